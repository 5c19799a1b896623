import { memo, useState } from 'react';
import type { LstmParams, LstmStep } from '../../../core';
import type { CellParams } from '../../../model';
import { dotProductTex, lstmEquations, type EquationId, type LayerId } from '../../../tex';
import { fill, useT } from '../../../i18n';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';
import { Tex } from '../../common/Tex';
import styles from './Equations.module.css';

/** Colours of the six equations, and the learned layer behind each gate's equation (names are in the dictionary). */
const EQUATION_INFO: Record<EquationId, { color: string; layer?: LayerId }> = {
  forget: { color: 'var(--forget)', layer: 'f' },
  input: { color: 'var(--input)', layer: 'i' },
  candidate: { color: 'var(--candidate)', layer: 'c' },
  cell: { color: 'var(--cell)' },
  output: { color: 'var(--output)', layer: 'o' },
  hidden: { color: 'var(--hidden)' },
};

interface EquationsProps {
  params: CellParams;
  step: LstmStep;
  t: number;
  digits: number;
  /** equations to highlight: the hovered element's, or the animation stage's */
  highlighted: readonly EquationId[];
  onHighlight: OnHighlight;
}

/** The six LSTM equations, symbolic and with numbers; a gate's equation expands to its dot product on click. */
export const Equations = memo(function Equations({ params, step, t, digits, highlighted, onHighlight }: EquationsProps) {
  const words = useT().equations;
  const [expanded, setExpanded] = useState<ReadonlySet<EquationId>>(new Set());
  const toggle = (id: EquationId) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className={styles.panel} aria-labelledby="equations-title">
      <h2 id="equations-title" className={styles.title}>
        {fill(words.title, { t })}
      </h2>
      <p className={styles.hint}>{words.hint}</p>
      <ol className={styles.list}>
        {lstmEquations(step, t, digits).map((equation) => {
          const info = EQUATION_INFO[equation.id];
          const isOpen = expanded.has(equation.id);
          const link = highlightHandlers(equation.id, onHighlight);
          const body = (
            <>
              <span className={styles.name} style={{ color: info.color }}>
                {words.names[equation.id]}
                {info.layer && <span className={styles.toggle} aria-hidden="true">{isOpen ? '−' : '+'}</span>}
              </span>
              <Tex className={styles.symbolic} tex={equation.symbolic} />
              <Tex className={styles.substituted} tex={equation.substituted} />
            </>
          );
          return (
            <li
              key={equation.id}
              className={`${styles.equation} ${highlighted.includes(equation.id) ? styles.highlighted : ''}`}
              data-equation={equation.id}
              data-highlighted={highlighted.includes(equation.id) || undefined}
              style={{ borderColor: info.color }}
              onPointerEnter={link.onPointerEnter}
              onPointerLeave={link.onPointerLeave}
            >
              {info.layer ? (
                <button
                  type="button"
                  className={styles.expander}
                  aria-expanded={isOpen}
                  onClick={() => toggle(equation.id)}
                  onFocus={link.onFocus}
                  onBlur={link.onBlur}
                >
                  {body}
                </button>
              ) : (
                <div className={styles.static} tabIndex={0} onFocus={link.onFocus} onBlur={link.onBlur}>
                  {body}
                </div>
              )}
              {info.layer && isOpen && (
                <div className={styles.expansion} data-expansion={equation.id}>
                  <Tex tex={dotProductTex(info.layer, params as LstmParams, step, t, digits)} display />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
