import { SPEEDS } from '../../../state';
import { useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import styles from './Player.module.css';

interface PlayerProps {
  step: number;
  stepCount: number;
  token: string;
  playing: boolean;
  speed: number;
  onFirst: () => void;
  onPrevious: () => void;
  onTogglePlay: () => void;
  onNext: () => void;
  onLast: () => void;
  onSpeed: (speed: number) => void;
}

/** The player: first / previous / play-pause / next / last, the speed, and "Step 4 of 5 · She". */
export function Player(props: PlayerProps) {
  const { step, stepCount, token, playing, speed, onFirst, onPrevious, onTogglePlay, onNext, onLast, onSpeed } = props;
  const atStart = step <= 0;
  const atEnd = step >= stepCount - 1;
  const t = useT().player;
  return (
    <div className={styles.player} role="group" aria-label={t.label}>
      <div className={styles.buttons}>
        <button type="button" className={styles.icon} onClick={onFirst} disabled={atStart} aria-label={t.first} aria-keyshortcuts="Home" title={t.firstTitle}>
          <Icon path="M5 4v16M19 5 9 12l10 7z" />
        </button>
        <button type="button" className={styles.icon} onClick={onPrevious} disabled={atStart} aria-label={t.previous} aria-keyshortcuts="ArrowLeft" title={t.previousTitle}>
          <Icon path="M15 5 8 12l7 7" />
        </button>
        <button
          type="button"
          className={`${styles.icon} ${styles.play}`}
          onClick={onTogglePlay}
          disabled={stepCount < 2}
          aria-label={playing ? t.pause : t.play}
          aria-keyshortcuts="Space"
          title={playing ? t.pauseTitle : t.playTitle}
        >
          {playing ? <Icon path="M8 5v14M16 5v14" /> : <Icon path="M8 5v14l11-7z" filled />}
        </button>
        <button type="button" className={styles.icon} onClick={onNext} disabled={atEnd} aria-label={t.next} aria-keyshortcuts="ArrowRight" title={t.nextTitle}>
          <Icon path="M9 5l7 7-7 7" />
        </button>
        <button type="button" className={styles.icon} onClick={onLast} disabled={atEnd} aria-label={t.last} aria-keyshortcuts="End" title={t.lastTitle}>
          <Icon path="M19 4v16M5 5l10 7-10 7z" />
        </button>
      </div>
      <p className={styles.counter} data-testid="step-counter">
        <Rich
          template={t.counter}
          values={{ step: <strong>{step + 1}</strong>, total: stepCount, token: <span className={styles.token}>{token}</span> }}
        />
      </p>
      <label className={styles.speed}>
        <span>{t.speed}</span>
        <select value={speed} onChange={(event) => onSpeed(Number(event.target.value))}>
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Icon({ path, filled = false }: { path: string; filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d={path} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
