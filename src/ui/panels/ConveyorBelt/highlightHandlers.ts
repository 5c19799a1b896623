import type { EquationId } from '../../../tex';

/** Pointer and focus handlers that link a drawn element to its equation while hovered or focused. */
export function highlightHandlers(equation: EquationId, onHighlight: (equation: EquationId | null) => void) {
  return {
    onMouseEnter: () => onHighlight(equation),
    onMouseLeave: () => onHighlight(null),
    onFocus: () => onHighlight(equation),
    onBlur: () => onHighlight(null),
  };
}
