import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './ui/theme.css';
import { Root } from './ui/Root';

// Performance marks read by tests/bench/load.mjs and tests/e2e/budget.spec.ts: keep the names in step.
// Set once React has committed the first view to the DOM.
const FIRST_COMMIT_MARK = 'app:first-commit';
// Set once that first view has been painted: the load benchmark's time to first render.
const FIRST_RENDER_MARK = 'app:first-render';

/**
 * Marks the first commit and the first paint after it, so the load benchmark and the budget test time
 * what the reader sees rather than the load event. A layout effect of the outermost component runs after
 * every child's, i.e. once the whole first view is in the DOM; the frame callback after it runs just
 * before that view is painted, and the task queued from there runs just after.
 */
function FirstRenderMarks({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    // StrictMode runs effects twice in development: keep the first.
    if (performance.getEntriesByName(FIRST_COMMIT_MARK).length > 0) return;
    performance.mark(FIRST_COMMIT_MARK);
    requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_RENDER_MARK), 0));
  }, []);
  return children;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <FirstRenderMarks>
      <Root />
    </FirstRenderMarks>
  </StrictMode>,
);
