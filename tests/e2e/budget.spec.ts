import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test, waitForDeferredPanels } from './fixtures';

// The load budget of the built site (E2E_DIST, served by the config's preview server), loaded cold in the
// test's fresh context: the JavaScript the first view needs, gzipped, is at most 200 KB (200,000 bytes).
// "First view" means every script requested before the page goes idle, i.e. before `app:deferred-load`,
// the mark src/ui/lazyPanels.ts sets when it starts fetching the panels below the first screen. Sizes are
// the response bodies gzipped here at zlib's default level (as Vite reports them).
//
// The other budget, first render within 1 s, is timed by `npm run bench:load` (median of ten cold loads):
// a timing assertion here would fail whenever the machine is busy with other work.
const JS_BUDGET_BYTES = 200_000;

interface ScriptLoad {
  path: string;
  gzip: number;
  firstView: boolean;
}

/** Loads the app once and returns its scripts (sizes, and whether the first view needed them) and timings. */
async function coldLoad(page: Page) {
  const bodies: Promise<{ url: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length })));
  });
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('app:deferred-load').length > 0);
  // The deferred panels arrive one at a time, so the network can fall quiet between two of them: wait
  // for all of them, then for the last responses to finish (a script's resource entry, which dates its
  // request, appears only when its body has arrived).
  await waitForDeferredPanels(page);
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    firstRender: performance.getEntriesByName('app:first-render')[0]?.startTime ?? null,
    deferred: performance.getEntriesByName('app:deferred-load')[0].startTime,
    started: performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, start: entry.startTime })),
  }));
  const startOf = new Map(timing.started.map((entry) => [entry.url, entry.start]));
  const scripts: ScriptLoad[] = (await Promise.all(bodies)).map(({ url, gzip }) => {
    // The entry script is requested by the document itself; it has a resource entry like the rest.
    const start = startOf.get(url);
    if (start === undefined) throw new Error(`no resource timing for ${url}: cannot tell when it was requested`);
    return { path: new URL(url).pathname, gzip, firstView: start < timing.deferred };
  });
  return { scripts, firstRender: timing.firstRender };
}

const sum = (scripts: ScriptLoad[]) => scripts.reduce((total, script) => total + script.gzip, 0);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

test('the first view fetches at most 200 KB of JavaScript, gzipped', async ({ page }) => {
  const { scripts, firstRender } = await coldLoad(page);
  const firstView = scripts.filter((script) => script.firstView);
  const table = [...scripts]
    .sort((a, b) => b.gzip - a.gzip)
    .map((script) => `${script.firstView ? 'first view' : 'deferred  '}  ${kb(script.gzip).padStart(9)}  ${script.path}`)
    .join('\n');
  await test.info().attach('scripts.txt', { body: `${table}\nfirst view ${kb(sum(firstView))}, all ${kb(sum(scripts))}\n`, contentType: 'text/plain' });
  test.info().annotations.push({ type: 'javascript', description: `first view ${kb(sum(firstView))} gzipped, all ${kb(sum(scripts))}` });
  test.info().annotations.push({ type: 'first render', description: `${firstRender?.toFixed(0)} ms (informative: see npm run bench:load)` });

  expect(firstView.length, 'the entry script was seen').toBeGreaterThan(0);
  expect(sum(firstView), `first-view JavaScript, gzipped:\n${table}`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
});
