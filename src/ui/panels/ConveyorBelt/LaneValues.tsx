import { formatNumber } from '../../../tex';
import { inkOn } from '../../../viz';

interface LaneValuesProps {
  /** where the tags sit: on the lanes of a horizontal pipe, centred at x */
  x: number;
  y: number;
  laneOffsets: number[];
  laneSize: number;
  values: number[];
  /** the lane whose value the label above already writes out in full: its tag is ringed, not repeated for tests */
  focus: number;
  /** background colour of each tag (a #rrggbb or rgb() value, so the ink can be chosen against it) */
  background: (value: number, lane: number) => string;
  digits: number;
  /** the quantity key for tests and linked reading, e.g. "c" */
  quantity: string;
}

/** Small horizontal value tags, one on each lane of a horizontal pipe, used when the belt has several lanes. */
export function LaneValues({ x, y, laneOffsets, laneSize, values, focus, background, digits, quantity }: LaneValuesProps) {
  const fontSize = Math.min(12, laneSize - 2);
  return (
    <g aria-hidden="true">
      {laneOffsets.map((offset, lane) => {
        const text = formatNumber(values[lane], Math.min(digits, 2));
        const width = text.length * fontSize * 0.62 + 4;
        const fill = background(values[lane], lane);
        const focused = lane === focus;
        return (
          <g key={lane} transform={`translate(${x} ${y + offset})`} opacity={focused ? 1 : 0.75}>
            <rect
              x={-width / 2}
              y={-fontSize / 2 - 1}
              width={width}
              height={fontSize + 2}
              rx={3}
              fill={fill}
              stroke={focused ? 'var(--ink)' : 'none'}
              strokeWidth={focused ? 1.5 : 0}
            />
            <text
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={fontSize}
              fontFamily="var(--font-mono)"
              fill={inkOn(fill)}
              style={{ stroke: 'none' }}
              data-belt-quantity={focused ? undefined : quantity}
              data-unit={focused ? undefined : lane}
            >
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
