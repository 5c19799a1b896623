import styles from './ValueBar.module.css';

interface ValueBarProps {
  value: number;
  /** 'gate' fills from the left over [0, 1]; 'signed' grows from the centre over [−1, 1]. */
  kind: 'gate' | 'signed';
  /** CSS colour for gate bars; signed bars use the theme's diverging colours. */
  color?: string;
}

/** A small horizontal bar that shows a value's size; decorative, the number beside it carries the value. */
export function ValueBar({ value, kind, color }: ValueBarProps) {
  const clamped = kind === 'gate' ? Math.min(Math.max(value, 0), 1) : Math.min(Math.max(value, -1), 1);
  const style =
    kind === 'gate'
      ? { left: '0%', width: `${clamped * 100}%`, background: color }
      : {
          left: `${50 + Math.min(clamped, 0) * 50}%`,
          width: `${Math.abs(clamped) * 50}%`,
          background: clamped < 0 ? 'var(--negative)' : 'var(--positive)',
        };
  return (
    <span className={`${styles.track} ${kind === 'signed' ? styles.signed : ''}`} aria-hidden="true">
      <span className={styles.fill} style={style} />
    </span>
  );
}
