import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { ScenarioTrace } from '../../model';
import { stepAnnouncement } from './stepAnnouncement';

interface StepAnnouncerProps {
  /** the trace being explained; the announcement reads its numbers */
  trace: ScenarioTrace;
  /** the current step, 0-based */
  step: number;
  /** decimals read out (2 keeps the sentence short) */
  digits?: number;
}

/** A step must stay this long before it is announced, so holding an arrow key or fast play announces where it stops. */
export const ANNOUNCE_SETTLE_MS = 400;

/**
 * A polite live region, visually hidden, that tells a screen reader each new step and its main values.
 * It speaks only when the step changes: not on page load, not while a weight is dragged (the trace
 * changes under the same step) and not when the language is switched.
 */
export function StepAnnouncer({ trace, step, digits = 2 }: StepAnnouncerProps) {
  const words = useT().a11y.announce;
  const [message, setMessage] = useState('');
  const latest = useRef({ trace, words, digits });
  const announcedStep = useRef(step);
  useEffect(() => {
    latest.current = { trace, words, digits };
  });
  useEffect(() => {
    if (step === announcedStep.current) return;
    announcedStep.current = step;
    const timer = setTimeout(() => {
      const { trace: current, words: currentWords, digits: currentDigits } = latest.current;
      setMessage(stepAnnouncement(current, step, currentWords, currentDigits));
    }, ANNOUNCE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [step]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
      {message}
    </div>
  );
}
