import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CellKind } from '../../../model';
import type { GradientFlow } from '../../../model/gradients';
import { gateColor, inkOn, QUANTITY_VAR } from '../../../viz';
import { fill, useT } from '../../../i18n';
import { brokenLinePath, chainLayout, wordLabels, type Band, type ChainLayout } from './chainLayout';
import { formatMagnitude } from './formatMagnitude';
import { decadeLabel, logAxis, ZERO_POSITION, type LogAxis } from './logAxis';
import { useElementWidth } from '../../hooks/useElementWidth';
import { cellName } from './cellName';
import styles from './Gradients.module.css';

interface UnrolledChainProps {
  flow: GradientFlow;
  /** the word the sentence is about (France, or the first word): its label is emphasised */
  keyWord: number;
  /** the word whose exact values are read out; its column is highlighted */
  selected: number;
  /** called with a word index when the pointer or a key picks a word */
  onSelect: (step: number) => void;
  /** decimals of values in fixed notation */
  digits: number;
}

/** One strip of gradient sizes: its band, values, colour and label. */
interface Strip {
  key: string;
  band: Band;
  values: number[];
  color: string;
  label: string;
}

/** The series, named by their symbols and the cell's short name (the GRU's belt series is its h). Pure. */
export function seriesNames(cell: CellKind, short: string): { cell: string; hidden: string; rnn: string } {
  const named = (symbol: string) => (short ? `${symbol} ${short}` : symbol);
  return { cell: named(cell === 'gru' ? '|∂L/∂h|' : '|∂L/∂C|'), hidden: named('|∂L/∂h|'), rnn: '|∂L/∂h| RNN' };
}

const KEY_MOVES: Record<string, (current: number, last: number) => number> = {
  ArrowLeft: (current) => current - 1,
  ArrowRight: (current) => current + 1,
  ArrowDown: (current) => current - 1,
  ArrowUp: (current) => current + 1,
  PageDown: (current) => current - 10,
  PageUp: (current) => current + 10,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The cell (any of the four) and the simple RNN unrolled over the sentence (one small copy per word,
 * the belt running through every copy with its valve), heat strips of |∂L/∂C_t|, |∂L/∂h_t| (one strip, |∂L/∂h_t|, for
 * the GRU) and the RNN's |∂L/∂h_t| under them, and the same on a log-scale plot. One keyboard stop: a slider over the words.
 */
export const UnrolledChain = memo(function UnrolledChain({ flow, keyWord, selected, onSelect, digits }: UnrolledChainProps) {
  const t = useT().gradients;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollerRef, 880);
  const count = flow.tokens.length;
  const last = count - 1;
  const gru = flow.cell === 'gru';
  const short = cellName(t.shortNames, flow.cell);
  // Inside the drawing the strip labels have about 90 px: a longer name is left to the row label above.
  const names = seriesNames(flow.cell, short.length <= 4 ? short : '');
  const layout = useMemo(() => chainLayout(count, width, !gru), [count, width, gru]);
  const axis = useMemo(() => logAxis([...flow.cellNorm, ...flow.hiddenNorm, ...flow.rnnHiddenNorm], { minDecades: 2 }), [flow]);
  const strips: Strip[] = [
    { key: 'cell', band: layout.cellStrip, values: flow.cellNorm, color: QUANTITY_VAR.cell, label: names.cell },
    ...(gru ? [] : [{ key: 'hidden', band: layout.hiddenStrip, values: flow.hiddenNorm, color: QUANTITY_VAR.hidden, label: names.hidden }]),
    { key: 'rnn', band: layout.rnnStrip, values: flow.rnnHiddenNorm, color: QUANTITY_VAR.candidate, label: names.rnn },
  ];
  const format = (value: number) => formatMagnitude(value, digits);
  const valueText = (step: number) =>
    fill(gru ? t.valueTextGru : t.valueText, {
      token: flow.tokens[step],
      t: step,
      name: cellName(t.names, flow.cell),
      memory: format(flow.cellNorm[step]),
      hidden: format(flow.hiddenNorm[step]),
      rnn: format(flow.rnnHiddenNorm[step]),
    });

  // Keep the picked word's column in view when a long sentence scrolls sideways.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || typeof scroller.scrollTo !== 'function') return;
    const x = layout.x(selected);
    if (x - layout.step < scroller.scrollLeft + layout.labelWidth || x + layout.step > scroller.scrollLeft + scroller.clientWidth) {
      scroller.scrollTo({ left: Math.max(0, x - scroller.clientWidth / 2) });
    }
  }, [selected, layout]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    // Claim the key, so the page's own step keys do not also move the explainer's word.
    event.preventDefault();
    onSelect(Math.min(last, Math.max(0, move(selected, last))));
  };

  const left = layout.x(0) - layout.step / 2;
  const right = layout.x(last) + layout.step / 2;
  return (
    <div className={styles.chainScroller} ref={scrollerRef}>
      <div
        role="slider"
        tabIndex={0}
        className={styles.chainSlider}
        style={{ width: layout.width }}
        aria-label={t.chainLabel}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={selected}
        aria-valuetext={valueText(selected)}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
      >
        <svg className={styles.chainSvg} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true">
          <rect
            className={styles.selectedColumn}
            x={layout.x(selected) - layout.step / 2}
            y={layout.words.top}
            width={layout.step}
            height={layout.arrow.top - layout.words.top}
          />
          <RowLabels layout={layout} strips={strips} cellName={short} />
          <Words layout={layout} tokens={flow.tokens} keyWord={keyWord} selected={selected} />
          <LstmCopies layout={layout} flow={flow} left={left} right={right} />
          <RnnCopies layout={layout} count={count} left={left} right={right} />
          {strips.map((strip) => (
            <HeatStrip key={strip.key} strip={strip} layout={layout} axis={axis} format={format} />
          ))}
          <rect
            className={styles.selectedOutline}
            x={layout.x(selected) - layout.step / 2}
            y={layout.cellStrip.top}
            width={layout.step}
            height={layout.rnnStrip.top + layout.rnnStrip.height - layout.cellStrip.top}
          />
          <LogPlot layout={layout} axis={axis} strips={strips} selected={selected} left={left} right={right} axisTitle={t.axis} zeroLabel={t.zero} />
          <FlowArrow layout={layout} left={left} right={right} label={t.flowsBack} />
          {flow.tokens.map((_, step) => (
            <rect
              key={step}
              className={styles.hit}
              x={layout.x(step) - layout.step / 2}
              y={layout.words.top}
              width={layout.step}
              height={layout.arrow.top - layout.words.top}
              onPointerEnter={() => onSelect(step)}
              onPointerDown={() => onSelect(step)}
            >
              <title>{valueText(step)}</title>
            </rect>
          ))}
        </svg>
      </div>
    </div>
  );
});

function RowLabels({ layout, strips, cellName }: { layout: ChainLayout; strips: Strip[]; cellName: string }) {
  const x = layout.labelWidth - 10;
  const middle = (band: Band) => band.top + band.height / 2 + 4;
  return (
    <g className={styles.rowLabel}>
      <text x={x} y={middle(layout.lstm)} textAnchor="end">
        {cellName}
      </text>
      <text x={x} y={middle(layout.rnn)} textAnchor="end">
        RNN
      </text>
      {strips.map((strip) => (
        <text key={strip.key} x={x} y={middle(strip.band)} textAnchor="end" className={styles.stripLabel}>
          {strip.label}
        </text>
      ))}
    </g>
  );
}

function Words({ layout, tokens, keyWord, selected }: { layout: ChainLayout; tokens: string[]; keyWord: number; selected: number }) {
  const labels = wordLabels(tokens, layout.x, [keyWord, selected, tokens.length - 1]);
  return (
    <g className={styles.words}>
      {labels.map(([step, text]) => (
        <text
          key={step}
          x={layout.x(step)}
          y={layout.words.top + 16}
          textAnchor="middle"
          className={step === keyWord ? styles.keyWord : step === selected ? styles.selectedWord : undefined}
        >
          {text}
        </text>
      ))}
    </g>
  );
}

function LstmCopies({ layout, flow, left, right }: { layout: ChainLayout; flow: GradientFlow; left: number; right: number }) {
  const { lstm, step } = layout;
  const beltY = lstm.top + 12;
  const hiddenY = lstm.top + lstm.height - 9;
  const inset = Math.min(4, step * 0.12);
  const valve = Math.max(3, Math.min(8, step / 5));
  const gru = flow.cell === 'gru';
  // The valve shows the belt's factor: the forget gate (with the peephole terms), or the GRU's 1 − z.
  const forgetColor = gateColor(QUANTITY_VAR.forget);
  return (
    <g>
      {flow.tokens.map((_, t) => (
        <rect key={t} className={styles.copy} x={layout.x(t) - step / 2 + inset} y={lstm.top + 4} width={step - 2 * inset} height={lstm.height - 4} rx={Math.min(7, step / 4)} />
      ))}
      <line className={styles.belt} x1={left - 6} x2={right + 6} y1={beltY} y2={beltY} />
      {!gru && <line className={styles.lstmHidden} x1={left - 6} x2={right + 6} y1={hiddenY} y2={hiddenY} />}
      <text className={styles.lineName} x={right + 10} y={beltY + 4} style={{ fill: 'var(--cell-text)' }}>
        {gru ? 'h' : 'C'}
      </text>
      {!gru && (
        <text className={styles.lineName} x={right + 10} y={hiddenY + 4} style={{ fill: 'var(--hidden-text)' }}>
          h
        </text>
      )}
      {flow.backprop.beltFactor.map((factor, t) => {
        const mean = factor.reduce((sum, value) => sum + value, 0) / factor.length;
        return <circle key={t} className={styles.valve} cx={layout.x(t)} cy={beltY} r={valve} fill={forgetColor(Math.min(1, Math.max(0, mean)))} />;
      })}
    </g>
  );
}

function RnnCopies({ layout, count, left, right }: { layout: ChainLayout; count: number; left: number; right: number }) {
  const { rnn, step } = layout;
  const hiddenY = rnn.top + rnn.height / 2 + 2;
  const inset = Math.min(4, step * 0.12);
  return (
    <g>
      {Array.from({ length: count }, (_, t) => (
        <rect key={t} className={styles.copy} x={layout.x(t) - step / 2 + inset} y={rnn.top + 4} width={step - 2 * inset} height={rnn.height - 4} rx={Math.min(7, step / 4)} />
      ))}
      <line className={styles.rnnHidden} x1={left - 6} x2={right + 6} y1={hiddenY} y2={hiddenY} />
      <text className={styles.lineName} x={right + 10} y={hiddenY + 4} style={{ fill: 'var(--candidate-text)' }}>
        h
      </text>
      {step >= 56 &&
        Array.from({ length: count }, (_, t) => (
          <text key={t} className={styles.tanh} x={layout.x(t)} y={hiddenY - 6} textAnchor="middle">
            tanh
          </text>
        ))}
    </g>
  );
}

function HeatStrip({ strip, layout, axis, format }: { strip: Strip; layout: ChainLayout; axis: LogAxis; format: (value: number) => string }) {
  const color = gateColor(strip.color);
  return (
    <g>
      {strip.values.map((value, t) => {
        const background = color(Math.max(0, axis.position(value)));
        return (
          <g key={t}>
            <rect className={styles.heat} x={layout.x(t) - layout.step / 2} y={strip.band.top} width={layout.step} height={strip.band.height} fill={background} />
            {layout.valuesFit && (
              <text className={styles.heatValue} x={layout.x(t)} y={strip.band.top + strip.band.height / 2 + 4} textAnchor="middle" fill={inkOn(background)}>
                {format(value)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

interface LogPlotProps {
  layout: ChainLayout;
  axis: LogAxis;
  strips: Strip[];
  selected: number;
  left: number;
  right: number;
  axisTitle: string;
  zeroLabel: string;
}

function LogPlot({ layout, axis, strips, selected, left, right, axisTitle, zeroLabel }: LogPlotProps) {
  const { plot } = layout;
  const y = (position: number) => plot.top + plot.height * (1 - position);
  const zeroY = y(ZERO_POSITION);
  const hasZero = strips.some((strip) => strip.values.some((value) => !(value > 0)));
  const dot = Math.max(1.5, Math.min(3.5, layout.step / 6));
  return (
    <g>
      <text className={styles.axisTitle} x={left} y={plot.top - 10}>
        {axisTitle}
      </text>
      {axis.ticks.map((exponent) => {
        const tickY = y((exponent - axis.low) / (axis.high - axis.low));
        return (
          <g key={exponent}>
            <line className={styles.grid} x1={left} x2={right} y1={tickY} y2={tickY} />
            <text className={styles.tick} x={left - 6} y={tickY + 4} textAnchor="end">
              {decadeLabel(exponent)}
            </text>
          </g>
        );
      })}
      {hasZero && (
        <text className={styles.tick} x={left - 6} y={zeroY + 4} textAnchor="end">
          <title>{zeroLabel}</title>0
        </text>
      )}
      <line className={styles.cursor} x1={layout.x(selected)} x2={layout.x(selected)} y1={plot.top} y2={zeroY + 6} />
      {strips.map((strip) => (
        <g key={strip.key} style={{ color: strip.color }}>
          <path
            className={styles.series}
            d={brokenLinePath(strip.values.map((value, t) => (value > 0 ? { x: layout.x(t), y: y(axis.position(value)) } : null)))}
          />
          {strip.values.map((value, t) =>
            value > 0 ? (
              <circle key={t} className={styles.seriesDot} cx={layout.x(t)} cy={y(axis.position(value))} r={t === selected ? dot + 1.5 : dot} />
            ) : (
              <circle key={t} className={styles.zeroDot} cx={layout.x(t)} cy={zeroY} r={dot} />
            ),
          )}
        </g>
      ))}
    </g>
  );
}

function FlowArrow({ layout, left, right, label }: { layout: ChainLayout; left: number; right: number; label: string }) {
  const y = layout.arrow.top + layout.arrow.height / 2;
  const start = right - 4;
  const end = left + 4;
  return (
    <g className={styles.flowArrow}>
      <line x1={start} x2={end + 8} y1={y} y2={y} />
      <path d={`M${end},${y} l10,-5 v10 z`} />
      <text x={(start + end) / 2} y={y - 5} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}
