import { useEffect } from 'react';

/** Handlers for the player's keys; each is called when its key is pressed outside a form field. */
export interface StepKeyHandlers {
  onPrevious: () => void;
  onNext: () => void;
  onFirst: () => void;
  onLast: () => void;
  onTogglePlay: () => void;
}

/**
 * Listens on the window for ← → Home End Space while mounted and `enabled` (presenter mode has keys of
 * its own); ignores keys typed into form fields.
 */
export function useStepKeys({ onPrevious, onNext, onFirst, onLast, onTogglePlay }: StepKeyHandlers, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditable(event.target)) return;
      // Space on a focused button or link must press that control, not the player.
      if (event.key === ' ' && isPressable(event.target)) return;
      const handler = { ArrowLeft: onPrevious, ArrowRight: onNext, Home: onFirst, End: onLast, ' ': onTogglePlay }[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, onPrevious, onNext, onFirst, onLast, onTogglePlay]);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isPressable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}
