import type { CellEquationId as EquationId } from '../../../tex';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';

interface ValveProps {
  /** centre of the valve on its pipe */
  x: number;
  y: number;
  /** 'horizontal' pipes flow left→right (shutters close from above and below); 'vertical' pipes flow up or down */
  flow: 'horizontal' | 'vertical';
  laneOffsets: number[];
  laneSize: number;
  /** opening per lane: 0 closed … 1 open */
  opening: number[];
  color: string;
  equation: EquationId;
  /** accessible name, e.g. "Forget gate f₃ = 0.647" */
  label: string;
  highlighted: boolean;
  onHighlight: OnHighlight;
  /** picks the gate, e.g. to open its weights */
  onSelect?: (equation: EquationId) => void;
  /** on a vertical pipe, draw the × where the gate's wire arrives: on the right instead of the left */
  markerRight?: boolean;
}

const SHUTTER_DEPTH = 18;

/**
 * A gate drawn as a sluice on its pipe: two shutters per lane that close towards the lane's centre,
 * leaving a gap proportional to the gate's value. Shutters scale with transforms only.
 */
export function Valve(props: ValveProps) {
  const { x, y, flow, laneOffsets, laneSize, opening, color, equation, label, highlighted, onHighlight, onSelect, markerRight = false } = props;
  const pipeSize = laneOffsets.length * laneSize;
  const horizontal = flow === 'horizontal';
  const housing = horizontal
    ? { x: x - SHUTTER_DEPTH / 2 - 5, y: y - pipeSize / 2 - 7, width: SHUTTER_DEPTH + 10, height: pipeSize + 14 }
    : { x: x - pipeSize / 2 - 7, y: y - SHUTTER_DEPTH / 2 - 5, width: pipeSize + 14, height: SHUTTER_DEPTH + 10 };
  const half = laneSize / 2;

  return (
    <g
      className="belt-valve"
      data-valve={equation}
      tabIndex={0}
      role="img"
      aria-label={label}
      {...highlightHandlers(equation, onHighlight, onSelect)}
      style={{ cursor: 'pointer' }}
    >
      <title>{label}</title>
      <rect {...housing} rx={6} fill="var(--surface)" fillOpacity={0.35} stroke={color} strokeWidth={highlighted ? 4 : 2} />
      {laneOffsets.map((offset, lane) => {
        const closed = 1 - (opening[lane] ?? 1);
        // Each shutter is a full half-lane rect scaled from the lane's edge towards its centre.
        const edgeA = horizontal ? { x: x - SHUTTER_DEPTH / 2, y: y + offset - half } : { x: x + offset - half, y: y - SHUTTER_DEPTH / 2 };
        const edgeB = horizontal ? { x: x - SHUTTER_DEPTH / 2, y: y + offset + half } : { x: x + offset + half, y: y - SHUTTER_DEPTH / 2 };
        const size = horizontal ? { width: SHUTTER_DEPTH, height: half } : { width: half, height: SHUTTER_DEPTH };
        const { scale, flip } = shutterScales(horizontal, closed);
        return (
          <g key={lane}>
            <rect {...size} fill={color} transform={`translate(${edgeA.x} ${edgeA.y}) ${scale}`} />
            <rect {...size} fill={color} transform={`translate(${edgeB.x} ${edgeB.y}) ${flip}`} />
          </g>
        );
      })}
      <circle
        cx={horizontal ? x : markerRight ? housing.x + housing.width + 13 : housing.x - 13}
        cy={horizontal ? housing.y + housing.height + 13 : y}
        r={11}
        fill="var(--surface)"
        stroke={color}
        strokeWidth={2}
      />
      <text
        x={horizontal ? x : markerRight ? housing.x + housing.width + 13 : housing.x - 13}
        y={horizontal ? housing.y + housing.height + 13 : y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={16}
        fontWeight={700}
        fill={color}
      >
        ×
      </text>
    </g>
  );
}

/** The two shutters' transforms for a lane closed by `closed` (0…1): one grows from each edge of the lane. */
function shutterScales(horizontal: boolean, closed: number): { scale: string; flip: string } {
  return horizontal
    ? { scale: `scale(1 ${closed})`, flip: `scale(1 -${closed})` }
    : { scale: `scale(${closed} 1)`, flip: `scale(-${closed} 1)` };
}
