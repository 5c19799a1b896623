import katex from 'katex';

/** Macros shared by every formula in the app. */
const MACROS: Record<string, string> = {};

// Rendered HTML by display mode and source. Stepping back and forth revisits the same formulas, and
// idle-time prewarming fills it for the next steps, so a step change rarely runs KaTeX at all.
const cache = new Map<string, string>();
const CACHE_LIMIT = 4000;

/** KaTeX HTML for a TeX string, from the cache when possible; never trusts input, bounds expansion. */
export function renderTex(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const html = katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    trust: false,
    maxExpand: 200,
    maxSize: 20,
    strict: 'ignore',
    macros: { ...MACROS },
    output: 'htmlAndMathml',
  });
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, html);
  return html;
}

type IdleHandle = number;
const requestIdle: (callback: () => void) => IdleHandle =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (callback) => window.requestIdleCallback(callback, { timeout: 500 })
    : (callback) => setTimeout(callback, 50) as unknown as IdleHandle;
const cancelIdle: (handle: IdleHandle) => void =
  typeof window !== 'undefined' && 'cancelIdleCallback' in window
    ? (handle) => window.cancelIdleCallback(handle)
    : (handle) => clearTimeout(handle);

/**
 * Renders formulas into the cache when the browser is idle, one per idle slice, so the next step's
 * equations are ready before the user asks for them. Returns a function that cancels what is left.
 */
export function prewarmTex(formulas: readonly { tex: string; display: boolean }[]): () => void {
  let index = 0;
  let handle: IdleHandle | null = null;
  const work = () => {
    handle = null;
    const deadline = performance.now() + 8;
    while (index < formulas.length && performance.now() < deadline) {
      renderTex(formulas[index].tex, formulas[index].display);
      index++;
    }
    if (index < formulas.length) handle = requestIdle(work);
  };
  handle = requestIdle(work);
  return () => {
    if (handle !== null) cancelIdle(handle);
  };
}
