import { useEffect, type RefObject } from 'react';
import { revealScrollLeft } from '../../../viz';

/**
 * Scrolls the timeline sideways, and only sideways, so the current column is visible beside the
 * sticky labels. scrollIntoView would also scroll the page to the panel on every step key.
 */
export function useRevealColumn(scroller: RefObject<HTMLDivElement | null>, current: number): void {
  useEffect(() => {
    const container = scroller.current;
    const column = container?.querySelector<HTMLElement>(`thead [data-grid-col="${current}"]`)?.closest('th');
    const sticky = container?.querySelector<HTMLElement>('thead th');
    if (!container || !column || !sticky) return;
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
  }, [scroller, current]);
}
