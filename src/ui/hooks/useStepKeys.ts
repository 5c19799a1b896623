import { useEffect } from 'react';

/** Handlers for the step keys; each is called when its key is pressed outside a text field. */
export interface StepKeyHandlers {
  onPrevious: () => void;
  onNext: () => void;
  onFirst: () => void;
  onLast: () => void;
}

/** Listens on the window for ← → Home End while mounted; ignores keys typed into form fields. */
export function useStepKeys({ onPrevious, onNext, onFirst, onLast }: StepKeyHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditable(event.target)) return;
      const handler = { ArrowLeft: onPrevious, ArrowRight: onNext, Home: onFirst, End: onLast }[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onPrevious, onNext, onFirst, onLast]);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
