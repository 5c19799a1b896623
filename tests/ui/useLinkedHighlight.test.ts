// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { highlightHandlers } from '../../src/ui/common/linkedHighlight';
import { useLinkedHighlight } from '../../src/ui/hooks/useLinkedHighlight';

describe('linked highlighting', () => {
  it('hover wins while it lasts; leaving falls back to what keyboard focus points at', () => {
    const { result } = renderHook(() => useLinkedHighlight());
    act(() => result.current.onHighlight('forget', 'focus'));
    expect(result.current.highlighted).toBe('forget');
    act(() => result.current.onHighlight('cell', 'pointer'));
    expect(result.current.highlighted).toBe('cell');
    act(() => result.current.onHighlight(null, 'pointer'));
    expect(result.current.highlighted).toBe('forget');
    act(() => result.current.onHighlight(null, 'focus'));
    expect(result.current.highlighted).toBeNull();
  });

  it('ignores hover from touch, which never sends a matching leave', () => {
    const calls: unknown[] = [];
    const handlers = highlightHandlers('output', (equation, source) => calls.push([equation, source]));
    handlers.onPointerEnter({ pointerType: 'touch' });
    handlers.onPointerEnter({ pointerType: 'mouse' });
    expect(calls).toEqual([['output', 'pointer']]);
  });
});
