import type { CSSProperties } from 'react';
import type { NarratedQuantity, NarrationSegment } from '../../../model';
import { formatNumber } from '../../../tex';
import { CELLS } from '../../../model';
import { formatPercent } from './formatPercent';
import styles from './Narration.module.css';

// Every quantity of every cell, so a GRU's z, r and h̃ are tinted like the LSTM's gates.
const COLOR = Object.fromEntries([...CELLS.lstm.quantities, ...CELLS.gru.quantities].map((quantity) => [quantity.key, quantity.color])) as Record<NarratedQuantity, string>;

interface SegmentProps {
  segment: NarrationSegment;
  /** decimals for values; percentages use digits − 3 */
  digits: number;
}

/** One piece of a narrated sentence: words as they are, numbers formatted and tinted with their quantity's colour. */
export function Segment({ segment, digits }: SegmentProps) {
  switch (segment.kind) {
    case 'text':
      return <>{segment.text}</>;
    case 'token':
      return <span className={styles.word}>{segment.text}</span>;
    case 'count':
      return <>{String(segment.value)}</>;
    case 'percent':
    case 'number': {
      // The tint is a background and underline; the digits stay in the ink colour so they always read.
      const tone = { '--tone': COLOR[segment.quantity] } as CSSProperties;
      const text = segment.kind === 'percent' ? formatPercent(segment.value, digits) : formatNumber(segment.value, digits);
      return (
        <span className={styles.value} style={tone} data-tone={segment.quantity}>
          {text}
        </span>
      );
    }
  }
}
