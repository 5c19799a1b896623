import { memo, useState } from 'react';
import type { LstmParams, LstmStep } from '../../../core';
import { dotProductTex, lstmEquations, type EquationId, type LayerId } from '../../../tex';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';
import { Tex } from '../../common/Tex';
import styles from './Equations.module.css';

/** Names and colours of the six equations, and the learned layer behind each gate's equation. */
const EQUATION_INFO: Record<EquationId, { name: string; color: string; layer?: LayerId }> = {
  forget: { name: 'Forget gate', color: 'var(--forget)', layer: 'f' },
  input: { name: 'Input gate', color: 'var(--input)', layer: 'i' },
  candidate: { name: 'Candidate memory', color: 'var(--candidate)', layer: 'c' },
  cell: { name: 'Cell state update', color: 'var(--cell)' },
  output: { name: 'Output gate', color: 'var(--output)', layer: 'o' },
  hidden: { name: 'Hidden state', color: 'var(--hidden)' },
};

interface EquationsProps {
  params: LstmParams;
  step: LstmStep;
  t: number;
  digits: number;
  /** equations to highlight: the hovered element's, or the animation stage's */
  highlighted: readonly EquationId[];
  onHighlight: OnHighlight;
}

/** The six LSTM equations, symbolic and with numbers; a gate's equation expands to its dot product on click. */
export const Equations = memo(function Equations({ params, step, t, digits, highlighted, onHighlight }: EquationsProps) {
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
        The equations at t = {t}
      </h2>
      <p className={styles.hint}>Click a gate’s equation to write its dot product out term by term.</p>
      <ol className={styles.list}>
        {lstmEquations(step, t, digits).map((equation) => {
          const info = EQUATION_INFO[equation.id];
          const isOpen = expanded.has(equation.id);
          const link = highlightHandlers(equation.id, onHighlight);
          const body = (
            <>
              <span className={styles.name} style={{ color: info.color }}>
                {info.name}
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
                  <Tex tex={dotProductTex(info.layer, params, step, t, digits)} display />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
