import { useCallback, useSyncExternalStore } from 'react';

// One query list per query for the page: creating one per render costs more than the render itself.
const lists = new Map<string, MediaQueryList | null>();
function listFor(query: string): MediaQueryList | null {
  if (!lists.has(query)) lists.set(query, typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null);
  return lists.get(query) ?? null;
}

/** True while the CSS media `query` matches (false where matchMedia is missing); follows changes live. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      const media = listFor(query);
      media?.addEventListener('change', listener);
      return () => media?.removeEventListener('change', listener);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listFor(query)?.matches ?? false, () => false);
}
