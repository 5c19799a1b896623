import { lazy, type ComponentType } from 'react';

// Panels below the first screen are split into their own chunks, and their code is fetched only once the
// first screen has been painted and the browser is idle: the first view then needs less JavaScript and
// nothing competes with it for the network or the main thread (the load budget counts what is fetched
// before that moment; tests/e2e/budget.spec.ts). Until its code arrives a panel shows its loading card.

/** Performance mark set when the deferred panels start loading (read by the budget test and the load bench). */
export const DEFERRED_LOAD_MARK = 'app:deferred-load';

/** Resolves when the browser is next idle (or after `timeoutMs`); a plain task where idle callbacks are missing. */
function nextIdle(timeoutMs = 300): Promise<void> {
  return new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: timeoutMs }) : setTimeout(resolve, 0),
  );
}

let firstViewIdle: Promise<void> | null = null;

/** Resolves once the page has loaded, a frame has been painted and the browser is idle (or 1 s passed). */
function afterFirstViewIdle(): Promise<void> {
  firstViewIdle ??= new Promise<void>((resolve) => {
    const release = () => {
      performance.mark(DEFERRED_LOAD_MARK);
      resolve();
    };
    // jsdom and older browsers lack some of these; each step falls back to a plain task.
    const whenIdle = () => void nextIdle(1000).then(release);
    const afterPaint = () => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(whenIdle, 0)) : setTimeout(whenIdle, 0));
    if (typeof document === 'undefined' || document.readyState === 'complete') afterPaint();
    else window.addEventListener('load', afterPaint, { once: true });
  });
  return firstViewIdle;
}

let lastInLine: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` after the loads queued before it, with an idle moment in between. The panels arrive one by
 * one, each mounting in its own short commit: arriving together they made one ~400 ms task, and a
 * student who pressed Next in the first second saw the animation stall. The queue follows render order,
 * so the panels nearest the top come first.
 */
function inTurn<T>(load: () => Promise<T>): Promise<T> {
  const turn = lastInLine.then(() => afterFirstViewIdle()).then(() => nextIdle()).then(load);
  lastInLine = turn.catch(() => undefined);
  return turn;
}

/** A lazy component whose code (`load` resolves to the component) is fetched after the first view is idle. */
function deferred<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(() => inTurn(load).then((component) => ({ default: component })));
}

/** The weight editor, loaded on demand. */
export const WeightEditor = deferred(() => import('./panels/WeightEditor/WeightEditor').then((module) => module.WeightEditor));
/** The sentence and vocabulary editor, loaded on demand. */
export const ScenarioEditor = deferred(() => import('./panels/ScenarioEditor/ScenarioEditor').then((module) => module.ScenarioEditor));
/** The save-and-share panel, loaded on demand. */
export const SaveShare = deferred(() => import('./panels/SaveShare/SaveShare').then((module) => module.SaveShare));
/** The activation plots, loaded on demand. */
export const ActivationPlots = deferred(() => import('./panels/ActivationPlots/ActivationPlots').then((module) => module.ActivationPlots));
/** The article's arithmetic note, loaded on demand. */
export const ArticleNote = deferred(() => import('./panels/ArticleNote/ArticleNote').then((module) => module.ArticleNote));
/** Presenter mode's full-screen view, loaded when the presenter first presses P. */
export const PresenterView = lazy(() => import('./presenter/PresenterView').then((module) => ({ default: module.PresenterView })));
/** The typeset equations (KaTeX comes with them), loaded on demand. */
export const Equations = deferred(() => import('./panels/Equations/Equations').then((module) => module.Equations));
/** The table of the step's values (typeset with KaTeX), loaded on demand. */
export const CellValues = deferred(() => import('./panels/CellValues/CellValues').then((module) => module.CellValues));

/**
 * Typesets `formulas` into the shared TeX cache while the browser is idle, once KaTeX has been loaded for
 * the equations (it never fetches KaTeX earlier). Returns a function that cancels what is left.
 */
export function prewarmTexLater(formulas: readonly { tex: string; display: boolean }[]): () => void {
  let cancelled = false;
  let cancel: (() => void) | null = null;
  void afterFirstViewIdle()
    .then(() => import('./common/texCache'))
    .then((texCache) => {
      if (!cancelled) cancel = texCache.prewarmTex(formulas);
    });
  return () => {
    cancelled = true;
    cancel?.();
  };
}

/** The training panel (its Web Worker is started only when training starts), loaded on demand. */
export const TrainingPanel = deferred(() => import('./panels/Training/TrainingPanel').then((module) => module.TrainingPanel));
/** A simple RNN beside the current cell, and the long-gap experiment, loaded on demand. */
export const Compare = deferred(() => import('./panels/Compare/Compare').then((module) => module.Compare));
/** Gradients through time on the unrolled cells, loaded on demand. */
export const Gradients = deferred(() => import('./panels/Gradients/Gradients').then((module) => module.Gradients));
/** The credits and further reading, loaded on demand. */
export const About = deferred(() => import('./panels/About/About').then((module) => module.About));
