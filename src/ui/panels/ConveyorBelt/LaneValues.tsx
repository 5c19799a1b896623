import { formatNumber } from '../../../tex';
import { inkOn } from '../../../viz';

interface LaneValuesProps {
  /** where the tags sit: on the lanes of a horizontal pipe at x, along the lanes of a vertical pipe at y,
   *  or in a plain column centred on (x, y) for a wire without lanes */
  x: number;
  y: number;
  flow: 'horizontal' | 'vertical' | 'column';
  laneOffsets: number[];
  laneSize: number;
  values: number[];
  /** background colour of each tag (a #rrggbb or rgb() value, so the ink can be chosen against it) */
  background: (value: number, lane: number) => string;
  digits: number;
  /** the quantity key for tests and linked reading, e.g. "c" */
  quantity: string;
}

/** Small value tags, one per lane, used when the belt has several lanes; on vertical pipes they run along the lane. */
export function LaneValues({ x, y, flow, laneOffsets, laneSize, values, background, digits, quantity }: LaneValuesProps) {
  const fontSize = Math.min(12, laneSize - 2);
  return (
    <g aria-hidden="true">
      {laneOffsets.map((offset, lane) => {
        const text = formatNumber(values[lane], Math.min(digits, 2));
        const width = text.length * fontSize * 0.62 + 4;
        const fill = background(values[lane], lane);
        const placement = tagPlacement(flow, x, y, offset, lane - (laneOffsets.length - 1) / 2, fontSize);
        return (
          <g key={lane} transform={placement}>
            <rect x={-width / 2} y={-fontSize / 2 - 1} width={width} height={fontSize + 2} rx={3} fill={fill} />
            <text
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={fontSize}
              fontFamily="var(--font-mono)"
              fill={inkOn(fill)}
              style={{ stroke: 'none' }}
              data-belt-quantity={quantity}
              data-unit={lane}
            >
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Where one lane's tag goes: on its lane, along it (turned), or in a column `row` lines from the centre. */
function tagPlacement(flow: LaneValuesProps['flow'], x: number, y: number, offset: number, row: number, fontSize: number): string {
  if (flow === 'horizontal') return `translate(${x} ${y + offset})`;
  if (flow === 'vertical') return `translate(${x + offset} ${y}) rotate(-90)`;
  return `translate(${x} ${y + row * (fontSize + 4)})`;
}
