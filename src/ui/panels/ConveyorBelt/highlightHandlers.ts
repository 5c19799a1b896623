import type { EquationId } from '../../../tex';

/**
 * Pointer, focus and click handlers for a drawn gate: hovering or focusing links it to its equation;
 * a click (or Enter) picks the gate so the weight editor can open it.
 */
export function highlightHandlers(
  equation: EquationId,
  onHighlight: (equation: EquationId | null) => void,
  onSelect?: (equation: EquationId) => void,
) {
  return {
    onMouseEnter: () => onHighlight(equation),
    onMouseLeave: () => onHighlight(null),
    onFocus: () => onHighlight(equation),
    onBlur: () => onHighlight(null),
    onClick: () => onSelect?.(equation),
    onKeyDown: (event: { key: string; preventDefault: () => void }) => {
      if (event.key !== 'Enter' || !onSelect) return;
      event.preventDefault();
      onSelect(equation);
    },
  };
}
