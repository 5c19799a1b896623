import { formatNumber } from '../../../tex';
import { inkOn } from '../../../viz';

interface LaneValuesProps {
  /** position of the tags: on a horizontal pipe they sit on the lanes; for a vertical one, in a column at (x, y) */
  x: number;
  y: number;
  flow: 'horizontal' | 'vertical';
  laneOffsets: number[];
  laneSize: number;
  values: number[];
  /** background of each tag (a colour per value, or one colour for all) */
  background: (value: number, lane: number) => string;
  digits: number;
  /** the quantity key for tests and linked reading, e.g. "c" */
  quantity: string;
}

/** Small value tags sitting on each lane of a pipe, used when the belt has several lanes. */
export function LaneValues({ x, y, flow, laneOffsets, laneSize, values, background, digits, quantity }: LaneValuesProps) {
  const fontSize = Math.min(12, laneSize - 2);
  const width = fontSize * 3.4;
  return (
    <g aria-hidden="true">
      {laneOffsets.map((offset, lane) => {
        // Tags on a vertical pipe would be too narrow side by side: they stand in a column beside it.
        const cx = x;
        const cy = flow === 'horizontal' ? y + offset : y + (lane - (laneOffsets.length - 1) / 2) * (fontSize + 4);
        const fill = background(values[lane], lane);
        return (
          <g key={lane} transform={`translate(${cx} ${cy})`}>
            <rect x={-width / 2} y={-fontSize / 2 - 1} width={width} height={fontSize + 2} rx={3} fill={fill} />
            <text
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={fontSize}
              fontFamily="var(--font-mono)"
              fill={inkOn(fill)}
              data-belt-quantity={quantity}
              data-unit={lane}
            >
              {formatNumber(values[lane], Math.min(digits, 2))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
