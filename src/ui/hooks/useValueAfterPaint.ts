import { useEffect, useState } from 'react';

/**
 * Returns `value` one painted frame late: the new value is adopted in a task after the next frame.
 * Panels that take this value stay out of the frame that answers a key press, so the belt, the strip
 * and the player paint at once and the text panels follow a frame later. If the value changes again
 * before then, only the newest is adopted (a held key does not queue up renders).
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the frame is painted; a timeout queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
