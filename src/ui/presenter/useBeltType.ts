import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';

/** The belt's smallest label, in its own drawing units: the values' font size before any scaling. */
const LABEL_UNITS = 17;

/** Sizes of the belt's type on screen, as multiples of the presenter's own font size. */
export interface BeltTypeSizes {
  /** the values written on the belt */
  label: number;
  /** everything else (names, notes, operators) */
  floor: number;
}

/**
 * Keeps the belt's type at a size read on screen, whatever scale the drawing is shown at: the belt's
 * labels become `sizes.label` × the container's font size and no text falls under `sizes.floor` × it.
 * Returns a ref for the belt's container and the custom properties the belt's CSS reads
 * (--belt-text-scale, --belt-text-floor). Measures on every resize; `null` sizes leave the belt as drawn.
 */
export function useBeltType<Element extends HTMLElement>(sizes: BeltTypeSizes | null) {
  const ref = useRef<Element>(null);
  const [style, setStyle] = useState<CSSProperties>({});
  const label = sizes?.label;
  const floor = sizes?.floor;
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container || label === undefined || floor === undefined) {
      setStyle({});
      return;
    }
    const measure = () => {
      const svg = container.querySelector('svg');
      const drawn = svg?.viewBox.baseVal;
      if (!svg || !drawn?.width || !drawn.height || svg.clientWidth === 0) return;
      // Screen pixels per drawing unit (the drawing keeps its proportions); its font sizes are in drawing units.
      const scale = Math.min(svg.clientWidth / drawn.width, svg.clientHeight / drawn.height);
      const em = parseFloat(getComputedStyle(container).fontSize);
      setStyle({
        ['--belt-text-scale' as string]: ((label * em) / (LABEL_UNITS * scale)).toFixed(3),
        ['--belt-text-floor' as string]: `${((floor * em) / scale).toFixed(2)}px`,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [label, floor]);
  return { ref, style };
}
