import { useEffect } from 'react';

/** What the presenter's keys and a presentation clicker do. */
export interface PresenterKeyHandlers {
  onNext: () => void;
  onPrevious: () => void;
  onFirst: () => void;
  onLast: () => void;
  onBlank: () => void;
  onLeave: () => void;
}

// Clickers send PageDown/PageUp (some send arrows, "." or "b" for their blank button).
const KEYS: Record<string, keyof PresenterKeyHandlers> = {
  PageDown: 'onNext',
  ArrowRight: 'onNext',
  ArrowDown: 'onNext',
  ' ': 'onNext',
  Enter: 'onNext',
  PageUp: 'onPrevious',
  ArrowLeft: 'onPrevious',
  ArrowUp: 'onPrevious',
  Backspace: 'onPrevious',
  Home: 'onFirst',
  End: 'onLast',
  b: 'onBlank',
  B: 'onBlank',
  '.': 'onBlank',
  Escape: 'onLeave',
};

/** Listens for the presenter's keys while `enabled`; a focused button still takes its own Space and Enter. */
export function usePresenterKeys(enabled: boolean, handlers: PresenterKeyHandlers): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (target instanceof HTMLElement) {
        if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
        if ((event.key === ' ' || event.key === 'Enter') && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName)) return;
      }
      const name = KEYS[event.key];
      if (!name) return;
      event.preventDefault();
      handlers[name]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, handlers]);
}

/** P anywhere outside a form field calls `onToggle` (enter or leave presenter mode). */
export function usePresenterToggleKey(onToggle: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'p' && event.key !== 'P') return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      event.preventDefault();
      onToggle();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onToggle]);
}
