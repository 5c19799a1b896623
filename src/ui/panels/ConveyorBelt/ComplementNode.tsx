import { useT } from '../../../i18n';
import type { CellEquationId } from '../../../tex';
import { complementNode, type BeltLayout } from '../../../viz/beltLayout';
import { polylinePath } from '../../../viz/polyline';
import { uprightAt } from '../../../viz/beltTurn';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';
import styles from './Variants.module.css';

interface ComplementNodeProps {
  layout: BeltLayout;
  /** the forget gate's colour (what feeds the node) and the input gate's (what leaves it) */
  forgetColor: string;
  inputColor: string;
  /** where the wire to the input valve ends, left of the valve's housing */
  valveWireEnd: { x: number; y: number };
  highlighted: CellEquationId | null;
  onHighlight: OnHighlight;
}

/**
 * The coupled LSTM's input gate: no layer of its own, but the forget gate's value through a "1 −" node
 * into the input valve, so new memory is let in exactly where old memory is let go.
 */
export function ComplementNode({ layout, forgetColor, inputColor, valveWireEnd, highlighted, onHighlight }: ComplementNodeProps) {
  const words = useT().cells;
  const { node, wire } = complementNode(layout);
  return (
    <g data-node="complement" tabIndex={0} role="img" aria-label={words.valves.complement} {...highlightHandlers('input', onHighlight)}>
      <title>{words.valves.complement}</title>
      <path className={styles.complementWire} d={polylinePath(wire)} stroke={forgetColor} />
      <path className={styles.complementWire} d={`M${node.x + 16} ${node.y} L${valveWireEnd.x} ${valveWireEnd.y}`} stroke={inputColor} />
      <g className={`${styles.complement} ${highlighted === 'input' ? styles.complementHighlighted : ''}`}>
        <circle cx={node.x} cy={node.y} r={17} />
        <text transform={uprightAt(node.x, node.y, layout.orientation)}>
          {words.belt.oneMinus}
        </text>
      </g>
    </g>
  );
}
