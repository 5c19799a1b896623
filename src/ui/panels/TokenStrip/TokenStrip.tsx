import { useEffect, useRef } from 'react';
import type { EncodedToken } from '../../../model';
import { useT } from '../../../i18n';
import styles from './TokenStrip.module.css';

interface TokenStripProps {
  tokens: EncodedToken[];
  /** index of the highlighted token */
  current: number;
  /** called with a token's index when the user picks it */
  onSelect: (index: number) => void;
}

/** Sentences longer than this become one scrolling row instead of wrapping over many lines. */
const LONG_SENTENCE = 16;

/** The sentence as a row of tokens, the current one highlighted; each token is a button that jumps to it. */
export function TokenStrip({ tokens, current, onSelect }: TokenStripProps) {
  const t = useT().tokens;
  const long = tokens.length > LONG_SENTENCE;
  const list = useRef<HTMLOListElement>(null);
  useKeepCurrentInView(list, current, long);
  return (
    <ol ref={list} className={`${styles.strip} ${long ? styles.long : ''}`} aria-label={t.label}>
      {tokens.map((token) => {
        const isCurrent = token.index === current;
        return (
          <li key={token.index} className={styles.item}>
            <button
              type="button"
              className={`${styles.token} ${isCurrent ? styles.current : ''} ${token.index < current ? styles.seen : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
              data-token-index={token.index}
              onClick={() => onSelect(token.index)}
              title={token.unknown ? t.unknownTitle : undefined}
            >
              <span className={styles.time}>t = {token.index}</span>
              <span className={styles.word}>{token.text}</span>
              <span className={styles.vector}>[{token.vector.join(', ')}]</span>
              {token.unknown && <span className={styles.unknown}>{t.unknown}</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** Scrolls a long strip sideways (never the page) so the current token stays in view. */
function useKeepCurrentInView(list: React.RefObject<HTMLOListElement | null>, current: number, enabled: boolean): void {
  useEffect(() => {
    const strip = list.current;
    const token = strip?.querySelector<HTMLElement>(`[data-token-index="${current}"]`);
    if (!enabled || !strip || !token) return;
    const left = token.offsetLeft - strip.offsetLeft;
    const right = left + token.offsetWidth;
    if (left < strip.scrollLeft) strip.scrollLeft = left - 8;
    else if (right > strip.scrollLeft + strip.clientWidth) strip.scrollLeft = right - strip.clientWidth + 8;
  }, [list, current, enabled]);
}
