import type { EncodedToken } from '../../../model';
import styles from './TokenStrip.module.css';

interface TokenStripProps {
  tokens: EncodedToken[];
  /** index of the highlighted token */
  current: number;
  /** called with a token's index when the user picks it */
  onSelect: (index: number) => void;
}

/** The sentence as a row of tokens, the current one highlighted; each token is a button that jumps to it. */
export function TokenStrip({ tokens, current, onSelect }: TokenStripProps) {
  return (
    <ol className={styles.strip} aria-label="Sentence, one token per time step">
      {tokens.map((token) => {
        const isCurrent = token.index === current;
        return (
          <li key={token.index} className={styles.item}>
            <button
              type="button"
              className={`${styles.token} ${isCurrent ? styles.current : ''} ${token.index < current ? styles.seen : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
              onClick={() => onSelect(token.index)}
              title={token.unknown ? 'Not in the vocabulary: fed to the cell as a zero vector' : undefined}
            >
              <span className={styles.time}>t = {token.index}</span>
              <span className={styles.word}>{token.text}</span>
              <span className={styles.vector}>[{token.vector.join(', ')}]</span>
              {token.unknown && <span className={styles.unknown}>not in vocabulary</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
