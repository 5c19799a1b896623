import { useMemo } from 'react';
import { signedColor } from '../../../viz';
import { useT } from '../../../i18n';
import styles from './Timeline.module.css';

/** The key to the colours: gates fade from paper (0, closed) to their own colour (1, open); C̃, C and h diverge around 0. */
export function TimelineLegend({ gru = false }: { /** the GRU's gates z, r and its h̃, h instead of the LSTM's */ gru?: boolean }) {
  const dictionary = useT();
  const words = dictionary.timeline;
  const gradient = useMemo(() => {
    const color = signedColor();
    // Enough stops that the CSS gradient follows the scale's non-linear spacing.
    const stops = Array.from({ length: 17 }, (_, k) => `${color(-1 + k / 8)} ${(k / 16) * 100}%`);
    return `linear-gradient(to right, ${stops.join(', ')})`;
  }, []);
  return (
    <p className={styles.legend}>
      <span>{gru ? dictionary.cells.timeline.legendGatesGru : words.legendGates}</span>
      <span className={styles.legendScale}>
        {gru ? dictionary.cells.timeline.legendSignedGru : 'C̃, C, h:'}
        <span className={styles.legendEnd}>−1</span>
        <span className={styles.gradient} style={{ background: gradient }} aria-hidden="true" />
        <span className={styles.legendEnd}>+1</span>
      </span>
    </p>
  );
}
