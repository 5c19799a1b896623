import { memo, useState } from 'react';
import { CELLS, matrixOf, vectorOf, type CellKind, type CellParams, type CellStep, type LayerDescription } from '../../../model';
import { cellEquations, layerSumRows, type CellEquationId, type LayerSum } from '../../../tex';
import { fill, useT } from '../../../i18n';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';
import { Tex } from '../../common/Tex';
import { cellFromParams, equationName, equationQuantity, layerLetter, layerOf, quantityColor, valuesOf } from '../../cellLook';
import styles from './Equations.module.css';

interface EquationsProps {
  /** the scenario's parameters; their names say which cell it is */
  params: CellParams;
  /** the step of that cell (a GruStep for the GRU) */
  step: CellStep;
  t: number;
  digits: number;
  /** equations to highlight: the hovered element's, or the animation stage's */
  highlighted: readonly CellEquationId[];
  onHighlight: OnHighlight;
  /** the cell, when the caller knows it; read from the params otherwise */
  cell?: CellKind;
}

/**
 * The cell's equations, symbolic and with numbers (six for the LSTM family, four for the GRU); a learned
 * layer's equation expands to its dot product on click, written out over its own inputs, one line per
 * unit. Long lines wrap between terms, so with up to 8 units they fit a column about 480 px wide.
 */
export const Equations = memo(function Equations({ params, step, t, digits, highlighted, onHighlight, cell }: EquationsProps) {
  const dictionary = useT();
  const words = dictionary.equations;
  const kind = cell ?? cellFromParams(params);
  const [expanded, setExpanded] = useState<ReadonlySet<CellEquationId>>(new Set());
  const toggle = (id: CellEquationId) =>
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
        {cellEquations(kind, step, t, digits).map((equation) => {
          const key = equationQuantity(kind, equation.id);
          const info = { color: quantityColor(kind, key), layer: layerOf(kind, key) };
          const isOpen = expanded.has(equation.id);
          const link = highlightHandlers(equation.id, onHighlight);
          const body = (
            <>
              <span className={styles.name} style={{ color: info.color }}>
                {equationName(kind, equation.id, dictionary)}
                {info.layer && <span className={styles.toggle} aria-hidden="true">{isOpen ? '−' : '+'}</span>}
              </span>
              <Tex className={`${styles.symbolic} hidden-on-short-screen`} tex={equation.symbolic} />
              <Tex className={styles.substituted} tex={equation.flowing} />
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
                  {layerSumRows(layerSum(kind, info.layer, params, step, t), digits).map((row, unit) => (
                    <Tex key={unit} className={styles.sumRow} tex={row} />
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
});

/** What a layer adds up at step t, read from the cell table: its rows, its input (r ⊙ h for the GRU's candidate) and any peephole. */
function layerSum(kind: CellKind, layer: LayerDescription, params: CellParams, step: CellStep, t: number): LayerSum {
  const resetInput = kind === 'gru' && layer.output === 'hTilde';
  const hPart = (resetInput ? valuesOf(step, 'resetHPrev') : undefined) ?? step.hPrev;
  const quantity = CELLS[kind].quantities.find((candidate) => candidate.key === layer.output);
  const peephole = layer.peephole;
  return {
    letter: layerLetter(layer),
    weights: matrixOf(params, layer.weights) ?? [],
    bias: vectorOf(params, layer.bias) ?? [],
    input: [...hPart, ...step.x],
    inputTex: resetInput ? `[r_{${t}} \\odot h_{${t - 1}}, x_{${t}}]` : `[h_{${t - 1}}, x_{${t}}]`,
    peephole: peephole && {
      weights: vectorOf(params, peephole.name) ?? [],
      state: valuesOf(step, peephole.sees) ?? [],
      stateTex: peephole.sees === 'c' ? `C_{${t}}` : `C_{${t - 1}}`,
    },
    sums: (quantity?.preActivation && valuesOf(step, quantity.preActivation)) || [],
  };
}
