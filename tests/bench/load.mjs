// Cold-load benchmark: opens the built app ~10 times, each in a fresh browser context (empty cache), and
// reports the median time to first render and the JavaScript each load fetched, gzipped.
//
// Time to first render: the `app:first-render` performance mark, which src/main.tsx sets in the task
// right after the frame that paints React's first commit of the Alice view (the header, the sentence,
// the player and the belt SVG); measured from the start of navigation. The first commit itself
// (`app:first-commit`) and the load event are reported beside it.
//
// JavaScript: every script response's body gzipped here (zlib's default level, as Vite reports it; the
// preview server itself sends it uncompressed). "first view" counts the scripts requested before
// `app:deferred-load`, the moment src/ui/lazyPanels.ts starts fetching the panels below the first screen;
// "all" counts everything fetched until the network has been quiet for 500 ms.
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/browser.mjs';
import { ensureBuild, startPreview } from './lib/server.mjs';
import { isMain, median, numberOption, printTable, quantile, round, writeResult } from './lib/stats.mjs';
import { loadavg } from 'node:os';

const FIRST_RENDER = 'app:first-render';
const FIRST_COMMIT = 'app:first-commit';
const DEFERRED = 'app:deferred-load';

/** One cold load of `url` in a fresh context; resolves to its timings (ms) and script sizes (bytes). */
export async function measureColdLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    // A body that can no longer be read (the context closed after a failed load) is left out, not thrown.
    scripts.push(
      response
        .body()
        .then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body).length }))
        .catch(() => null),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_RENDER, { timeout: 10_000 });
    // The panels below the first screen arrive one at a time, so the network can fall quiet between two:
    // wait for all of them and their last responses (a script's resource entry, which dates its request,
    // appears only once its body has arrived; a script without one counts as first view).
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0 && document.querySelectorAll('[aria-busy="true"]').length === 0,
      DEFERRED,
      { timeout: 15_000 },
    );
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(
      ({ FIRST_RENDER, FIRST_COMMIT, DEFERRED }) => {
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
        const navigation = performance.getEntriesByType('navigation')[0];
        const requested = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
          .map((entry) => ({ url: entry.name, start: entry.startTime }));
        // The entry script itself is fetched by the document's <script> tag (initiatorType "script" too).
        return {
          firstRender: mark(FIRST_RENDER),
          firstCommit: mark(FIRST_COMMIT),
          deferred: mark(DEFERRED),
          load: navigation?.loadEventStart ?? null,
          requested,
        };
      },
      { FIRST_RENDER, FIRST_COMMIT, DEFERRED },
    );
    const sizes = (await Promise.all(scripts)).filter((script) => script !== null);
    const startOf = new Map(timing.requested.map((entry) => [entry.url, entry.start]));
    const beforeDeferred = sizes.filter((script) => timing.deferred === null || (startOf.get(script.url) ?? 0) < timing.deferred);
    const sum = (list, key) => list.reduce((total, script) => total + script[key], 0);
    return {
      firstRender: timing.firstRender,
      firstCommit: timing.firstCommit,
      load: timing.load,
      deferredStart: timing.deferred,
      firstViewGzip: sum(beforeDeferred, 'gzip'),
      allGzip: sum(sizes, 'gzip'),
      allRaw: sum(sizes, 'raw'),
      scripts: sizes.map((script) => ({ ...script, url: new URL(script.url).pathname, firstView: beforeDeferred.includes(script) })),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Runs the cold loads against a served build; prints a table and writes artifacts/bench/load.json. */
export async function runLoad(browser, url, runs = numberOption('loads', 10)) {
  // One throw-away load first: the server's and the browser's own start-up are not the page's.
  await measureColdLoad(browser, url);
  const loads = [];
  for (let run = 0; run < runs; run++) loads.push(await measureColdLoad(browser, url));
  const column = (key) => loads.map((load) => load[key]).filter((value) => value !== null);
  // Kilobytes of 1000 bytes, as Vite reports sizes and the budget test counts them.
  const kb = (bytes) => round(bytes / 1000, 1);
  console.log(`cold loads of ${url} (${runs}, fresh context each, 1280×800)`);
  printTable(
    ['measure', 'median', 'p90', 'min', 'max'],
    [
      ['first render (ms)', ...[0.5, 0.9, 0, 1].map((q) => round(quantile(column('firstRender'), q), 1))],
      ['first commit (ms)', ...[0.5, 0.9, 0, 1].map((q) => round(quantile(column('firstCommit'), q), 1))],
      ['load event (ms)', ...[0.5, 0.9, 0, 1].map((q) => round(quantile(column('load'), q), 1))],
      ['deferred panels start (ms)', ...[0.5, 0.9, 0, 1].map((q) => round(quantile(column('deferredStart'), q), 1))],
    ],
  );
  const last = loads[loads.length - 1];
  console.log('');
  printTable(
    ['script (last load)', 'raw kB', 'gzip kB', 'when'],
    [...last.scripts]
      .sort((a, b) => b.gzip - a.gzip)
      .map((script) => [script.url.replace(/^.*\//, ''), kb(script.raw), kb(script.gzip), script.firstView ? 'first view' : 'deferred']),
  );
  console.log(`\nJavaScript gzipped: first view ${kb(median(column('firstViewGzip')))} kB, all ${kb(median(column('allGzip')))} kB (budget 200 kB for the first view)`);
  console.log(`time to first render: median ${round(median(column('firstRender')), 1)} ms (budget 1000 ms)`);
  const errors = loads.flatMap((load) => load.errors);
  if (errors.length > 0) console.warn(`! the page logged errors: ${errors.slice(0, 3).join(' | ')}`);
  const result = {
    date: new Date().toISOString(),
    loadavg: loadavg().map((value) => round(value)),
    url,
    runs,
    medianMs: {
      firstRender: round(median(column('firstRender'))),
      firstCommit: round(median(column('firstCommit'))),
      load: round(median(column('load'))),
      deferredStart: round(median(column('deferredStart'))),
    },
    gzipBytes: { firstView: median(column('firstViewGzip')), all: median(column('allGzip')) },
    scripts: last.scripts,
    loads: loads.map(({ scripts, ...rest }) => rest),
  };
  console.log(`written to ${writeResult('load', result)}`);
  return result;
}

if (isMain(import.meta.url)) {
  const { dir, stale } = ensureBuild();
  const server = await startPreview(dir);
  let browser;
  try {
    browser = await launchChromium();
    await runLoad(browser, `${server.url}/`);
    if (stale) console.warn('\n! these numbers are for the previous build: the current sources did not build');
  } finally {
    await browser?.close();
    await server.stop();
  }
}
