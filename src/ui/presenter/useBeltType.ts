import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { BELT_TEXT } from '../../viz/beltTurn';

/** The belt's value labels, in its own drawing units: their font size before any scaling (presenter mode draws the wide belt). */
const LABEL_UNITS = BELT_TEXT.landscape.label;

/**
 * Keeps the belt's type at a size read on screen, whatever scale the drawing is shown at. The container's
 * CSS asks for it in its own ems: --belt-label-em for the values on the belt, --belt-floor-em for the
 * smallest text (unset or 0: the belt stays as drawn). Returns a ref for the container and the custom
 * properties the belt's CSS reads (--belt-text-scale, --belt-text-floor); measures again on every resize.
 * Reads the layout only; the returned style is the one thing it changes.
 */
export function useBeltType<Element extends HTMLElement>(enabled: boolean) {
  const ref = useRef<Element>(null);
  const [style, setStyle] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    const container = ref.current;
    if (!enabled || !container) return;
    const measure = () => {
      const svg = container.querySelector('svg');
      const drawn = svg?.viewBox.baseVal;
      if (!svg || !drawn?.width || !drawn.height || svg.clientWidth === 0) return;
      const computed = getComputedStyle(container);
      const label = parseFloat(computed.getPropertyValue('--belt-label-em')) || 0;
      const floor = parseFloat(computed.getPropertyValue('--belt-floor-em')) || 0;
      if (label === 0) {
        setStyle({});
        return;
      }
      // Screen pixels per drawing unit (the drawing keeps its proportions); its font sizes are in drawing units.
      const scale = Math.min(svg.clientWidth / drawn.width, svg.clientHeight / drawn.height);
      const em = parseFloat(computed.fontSize);
      setStyle({
        ['--belt-text-scale' as string]: ((label * em) / (LABEL_UNITS * scale)).toFixed(3),
        ['--belt-text-floor' as string]: `${((floor * em) / scale).toFixed(2)}px`,
      });
    };
    measure();
    // Without ResizeObserver (jsdom) the first measure stands.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [enabled]);
  return { ref, style };
}
