import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../i18n';
import { formatNumber } from '../../tex';
import { parseBoundedNumber, type NumberQuantity } from './parseNumber';
import styles from './ScrubNumber.module.css';

interface ScrubNumberProps {
  value: number;
  /** called with each new value; `group` is the same for every change of one drag or one typing session */
  onChange: (value: number, group: string) => void;
  /** accessible name, e.g. "W_f, unit 1, female" */
  label: string;
  /** allowed range is [−limit, limit] */
  limit: number;
  digits: number;
  /** called when the field gets focus, so a slider elsewhere can follow it */
  onFocus?: () => void;
  /** what the field holds, named in the out-of-range message (default: values) */
  quantity?: NumberQuantity;
}

const DRAG_STEP = 0.01;
const FINE_FACTOR = 0.1;
const CLICK_SLOP_PX = 3;
let groupCounter = 0;
const nextGroup = (kind: string) => `${kind}-${++groupCounter}`;

/**
 * A number that can be dragged sideways (shift = fine), nudged with the arrow keys, or typed after a
 * click or Enter. Bad typed text shows a message beside the field (not a number, or out of range and
 * the range) and changes nothing.
 */
export function ScrubNumber({ value, onChange, label, limit, digits, onFocus, quantity = 'value' }: ScrubNumberProps) {
  const t = useT();
  // `invalid` rather than the message itself, so the message follows a change of language.
  const [editing, setEditing] = useState<{ text: string; invalid: boolean } | null>(null);
  const drag = useRef<{ startX: number; startValue: number; group: string; moved: boolean } | null>(null);
  const messageId = useId();
  const clamp = (v: number) => Math.min(limit, Math.max(-limit, Math.round(v * 1000) / 1000));

  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    // Keep receiving moves when the pointer leaves the number mid-drag.
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { startX: event.clientX, startValue: value, group: nextGroup('drag'), moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLSpanElement>) => {
    const current = drag.current;
    if (!current) return;
    const dx = event.clientX - current.startX;
    if (!current.moved && Math.abs(dx) < CLICK_SLOP_PX) return;
    current.moved = true;
    const step = DRAG_STEP * (event.shiftKey ? FINE_FACTOR : 1);
    onChange(clamp(current.startValue + dx * step), current.group);
  };
  const onPointerUp = () => {
    const current = drag.current;
    drag.current = null;
    // A press without movement is a click: open the field for typing.
    if (current && !current.moved) setEditing({ text: String(value), invalid: false });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const direction = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 }[event.key];
    if (direction !== undefined) {
      event.preventDefault();
      const step = event.shiftKey ? DRAG_STEP * FINE_FACTOR : event.altKey ? DRAG_STEP * 10 : DRAG_STEP;
      onChange(clamp(value + direction * step), nextGroup('key'));
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setEditing({ text: String(value), invalid: false });
    }
  };

  const commit = (text: string, keepOpenOnError: boolean) => {
    const parsed = parseBoundedNumber(text, limit, t.fields.number, quantity);
    if (parsed.ok) {
      if (parsed.value !== value) onChange(parsed.value, nextGroup('type'));
      setEditing(null);
    } else if (keepOpenOnError) {
      setEditing({ text, invalid: true });
    }
  };

  if (editing) {
    const parsed = editing.invalid ? parseBoundedNumber(editing.text, limit, t.fields.number, quantity) : null;
    const message = parsed && !parsed.ok ? parsed.message : null;
    return (
      <span className={styles.editing}>
        <input
          className={styles.input}
          autoFocus
          aria-label={label}
          aria-invalid={message !== null}
          aria-describedby={message ? messageId : undefined}
          value={editing.text}
          onChange={(event) => setEditing({ text: event.target.value, invalid: false })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(editing.text, true);
            if (event.key === 'Escape') setEditing(null);
          }}
          // Leaving a field with bad text keeps the text and its message, so nothing typed is lost.
          onBlur={() => commit(editing.text, true)}
        />
        {message && (
          <span id={messageId} className={styles.message} role="alert">
            {message}
          </span>
        )}
      </span>
    );
  }

  return (
    <span
      className={`${styles.scrub} ${value < 0 ? styles.negative : ''}`}
      role="spinbutton"
      tabIndex={0}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={-limit}
      aria-valuemax={limit}
      aria-valuetext={formatNumber(value, digits)}
      title={t.fields.scrubTitle}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {formatNumber(value, digits)}
    </span>
  );
}
