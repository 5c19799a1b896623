import { useCallback, useState } from 'react';
import type { CellEquationId } from '../../tex';
import type { OnHighlight } from '../common/linkedHighlight';

/**
 * The equation linked between the belt and the equations panel: the hovered one, else the focused one,
 * so moving the pointer away does not clear what keyboard focus still points at.
 */
export function useLinkedHighlight(): { highlighted: CellEquationId | null; onHighlight: OnHighlight } {
  const [hovered, setHovered] = useState<CellEquationId | null>(null);
  const [focused, setFocused] = useState<CellEquationId | null>(null);
  const onHighlight = useCallback<OnHighlight>((equation, source) => {
    if (source === 'pointer') setHovered(equation);
    else setFocused(equation);
  }, []);
  return { highlighted: hovered ?? focused, onHighlight };
}
