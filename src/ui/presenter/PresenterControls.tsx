import { fill, useT } from '../../i18n';
import type { LessonPosition } from './lessonPosition';
import styles from './PresenterControls.module.css';

interface PresenterControlsProps {
  /** where the presenter left the lesson, offered for resuming */
  paused: LessonPosition | null;
  onPresent: () => void;
  onLesson: () => void;
  onResume: () => void;
}

/** The page's way into presenter mode: present what is on screen, start the guided lesson, or resume it. */
export function PresenterControls({ paused, onPresent, onLesson, onResume }: PresenterControlsProps) {
  const t = useT().presenter;
  return (
    <div className={styles.controls}>
      <button type="button" className={styles.button} onClick={onPresent} title={t.presentTitle} aria-keyshortcuts="P">
        {t.present}
      </button>
      {paused ? (
        <button type="button" className={`${styles.button} ${styles.primary}`} onClick={onResume}>
          {fill(t.resumeLesson, { slide: paused.slide + 1 })}
        </button>
      ) : (
        <button type="button" className={`${styles.button} ${styles.primary}`} onClick={() => onLesson()} title={t.startLessonTitle}>
          {t.startLesson}
        </button>
      )}
    </div>
  );
}
