import { useEffect } from 'react';
import type { Scenario } from '../../model';
import { browserStore, saveWork } from '../../state';

/** Quiet time after the last change before saving, so a drag saves once, not on every move. */
const SAVE_DELAY_MS = 300;

/** Saves the scenario and step to this browser shortly after they change. */
export function useAutosave(scenario: Scenario, step: number): void {
  useEffect(() => {
    const timer = setTimeout(() => saveWork(browserStore(), scenario, step), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scenario, step]);
}
