import { useEffect, useRef } from 'react';
import type { EncodedToken } from '../../../model';
import { formatNumber } from '../../../tex';
import { fill, useT } from '../../../i18n';
import { subscript } from '../../format';
import { compactState, fitsOnCell, type ChainState } from './chainStates';
import styles from './TokenStrip.module.css';

interface TokenStripProps {
  tokens: EncodedToken[];
  /** index of the highlighted token */
  current: number;
  /** called with a token's index when the user picks it */
  onSelect: (index: number) => void;
  /** the state each word's cell passes on (C_t, h_t), drawn as labelled arrows to the next cell; omitted: cells only */
  flow?: readonly ChainState[];
  /** decimals of the values on the arrows */
  digits?: number;
}

/**
 * The sentence as colah's unrolled chain: one small cell per word (a button that jumps to it), C and h
 * flowing from each cell to the next with their values, the current cell lit and opening toward the
 * belt below. The chain scrolls sideways inside its own box and keeps the current cell in view.
 */
export function TokenStrip({ tokens, current, onSelect, flow, digits = 3 }: TokenStripProps) {
  const t = useT().tokens;
  const list = useRef<HTMLOListElement>(null);
  useKeepCurrentInView(list, current);
  return (
    <ol ref={list} className={`${styles.strip} ${flow ? styles.chain : ''}`} aria-label={t.label}>
      {tokens.map((token) => {
        const isCurrent = token.index === current;
        const state = flow?.[token.index];
        const vector = token.vector.map((value) => formatNumber(value, fitsOnCell(token.vector) ? 0 : digits)).join(', ');
        return (
          <li key={token.index} className={styles.item}>
            <button
              type="button"
              className={`${styles.token} ${isCurrent ? styles.current : ''} ${token.index < current ? styles.seen : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
              data-token-index={token.index}
              onClick={() => onSelect(token.index)}
              title={token.unknown ? t.unknownTitle : fill(t.inputTitle, { word: token.text, vector })}
            >
              <span className={styles.time}>t = {token.index}</span>
              <span className={styles.word}>{token.text}</span>
              {fitsOnCell(token.vector) ? (
                <span className={`${styles.vector} hidden-on-short-screen`}>[{vector}]</span>
              ) : (
                <>
                  <InputGlyph vector={token.vector} />
                  <span className="visually-hidden">[{vector}]</span>
                </>
              )}
              {token.unknown && <span className={styles.unknown}>{t.unknown}</span>}
            </button>
            {state && <Flow state={state} word={token.text} step={token.index} digits={digits} />}
          </li>
        );
      })}
    </ol>
  );
}

/** The arrows from one cell to the next: C on top (LSTM family), h below, each with its value. */
function Flow({ state, word, step, digits }: { state: ChainState; word: string; step: number; digits: number }) {
  const t = useT().tokens;
  const arrows = [
    state.c && { name: 'C', vector: state.c, className: styles.cArrow },
    { name: 'h', vector: state.h, className: styles.hArrow },
  ].filter((arrow) => !!arrow);
  const described = arrows.map(({ name, vector }) => describe(name + subscript(step), vector, digits, t));
  return (
    <span className={styles.flow}>
      {arrows.map(({ name, vector, className }, index) => {
        const { value, isNorm } = compactState(vector);
        return (
          <span key={name} className={`${styles.arrow} ${className}`} title={described[index]} aria-hidden="true">
            {isNorm ? `‖${name}‖` : name} {formatNumber(value, digits)}
          </span>
        );
      })}
      <span className="visually-hidden">{fill(t.passedOn, { word, values: described.join(', ') })}</span>
    </span>
  );
}

/** "C₃ = 0.389", or for a vector its norm, what the norm is, and the values. */
function describe(name: string, vector: readonly number[], digits: number, t: ReturnType<typeof useT>['tokens']): string {
  const { value, isNorm } = compactState(vector);
  const shown = formatNumber(value, digits);
  if (!isNorm) return fill(t.stateValue, { name, value: shown });
  const values = vector.map((entry) => formatNumber(entry, digits)).join(', ');
  return fill(t.stateNorm, { name, value: shown, units: vector.length, vector: `[${values}]` });
}

/** A word's input vector as a tiny bar chart, for vectors too long to print on the cell. */
function InputGlyph({ vector }: { vector: readonly number[] }) {
  const largest = Math.max(1e-9, ...vector.map(Math.abs));
  const shown = vector.slice(0, 16);
  return (
    <svg className={styles.glyph} viewBox={`0 0 ${shown.length * 4} 12`} width={shown.length * 4} height="12" aria-hidden="true">
      {shown.map((value, index) => {
        const height = (Math.abs(value) / largest) * 6;
        return <rect key={index} x={index * 4} y={value >= 0 ? 6 - height : 6} width="3" height={Math.max(height, 0.5)} className={value >= 0 ? styles.positive : styles.negative} />;
      })}
    </svg>
  );
}

/** Scrolls the strip sideways (never the page) so the current token stays in view. */
function useKeepCurrentInView(list: React.RefObject<HTMLOListElement | null>, current: number): void {
  useEffect(() => {
    const strip = list.current;
    const token = strip?.querySelector<HTMLElement>(`[data-token-index="${current}"]`);
    if (!strip || !token || strip.scrollWidth <= strip.clientWidth) return;
    // The strip is the token's offset parent (it is positioned), so offsetLeft is measured from its edge.
    const left = token.offsetLeft;
    const right = left + token.offsetWidth;
    if (left < strip.scrollLeft) strip.scrollLeft = left - 8;
    else if (right > strip.scrollLeft + strip.clientWidth) strip.scrollLeft = right - strip.clientWidth + 8;
  }, [list, current]);
}
