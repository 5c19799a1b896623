import { useEffect, useRef, type RefObject } from 'react';
import { revealScrollLeft } from '../../../viz';

/**
 * Scrolls the timeline sideways, and only sideways, so the current column is visible beside the
 * sticky labels. scrollIntoView would also scroll the page to the panel on every step key.
 *
 * Measuring forces layout, and the panel skips layout while off screen (content-visibility), so the
 * column is only revealed while the timeline is on screen, or as soon as it scrolls into view.
 */
export function useRevealColumn(scroller: RefObject<HTMLDivElement | null>, current: number): void {
  const onScreen = useRef(false);
  const wanted = useRef(current);
  wanted.current = current;

  useEffect(() => {
    const container = scroller.current;
    if (!container || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      onScreen.current = entry.isIntersecting;
      if (entry.isIntersecting) revealColumn(container, wanted.current);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    const container = scroller.current;
    if (container && (onScreen.current || typeof IntersectionObserver === 'undefined')) revealColumn(container, current);
  }, [scroller, current]);
}

function revealColumn(container: HTMLDivElement, current: number): void {
  const column = container.querySelector<HTMLElement>(`thead [data-grid-col="${current}"]`)?.closest('th');
  const sticky = container.querySelector<HTMLElement>('thead th');
  if (!column || !sticky) return;
  const viewport = container.getBoundingClientRect();
  const cell = column.getBoundingClientRect();
  const next = revealScrollLeft(
    container.scrollLeft,
    container.clientWidth,
    sticky.getBoundingClientRect().width,
    cell.left - viewport.left + container.scrollLeft,
    cell.width,
  );
  if (next !== container.scrollLeft) container.scrollLeft = next;
}
