import type { CellEquationId } from '../../tex';

/** What asked for a highlight: the pointer hovering, or keyboard focus. Each is tracked on its own. */
export type HighlightSource = 'pointer' | 'focus';

/** Called to highlight an equation (null to stop) from one source. */
export type OnHighlight = (equation: CellEquationId | null, source: HighlightSource) => void;

/**
 * Pointer, focus and click handlers that link an element to its equation. Hover is ignored for touch,
 * where there is no "leave" to end it; a click (or Enter) picks the element, e.g. to open its weights.
 */
export function highlightHandlers<E extends CellEquationId>(equation: E, onHighlight: OnHighlight, onSelect?: (equation: E) => void) {
  return {
    onPointerEnter: (event: { pointerType: string }) => {
      if (event.pointerType !== 'touch') onHighlight(equation, 'pointer');
    },
    onPointerLeave: () => onHighlight(null, 'pointer'),
    onFocus: () => onHighlight(equation, 'focus'),
    onBlur: () => onHighlight(null, 'focus'),
    onClick: onSelect ? () => onSelect(equation) : undefined,
    onKeyDown: (event: { key: string; preventDefault: () => void }) => {
      if (event.key !== 'Enter' || !onSelect) return;
      event.preventDefault();
      onSelect(equation);
    },
  };
}
