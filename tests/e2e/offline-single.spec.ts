import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { expectAliceView, expectDeferredPanels, expectKatexFontsLoaded, expectKeyboardStepping, expectTypesetEquations } from './offlineChecks';

// The single-file build (`npm run build:single`) opened the way a student opens it from a USB stick: as a
// file:// page, with no server and no network. Every script, style sheet and font must be inside it.
// E2E_SINGLE points at another copy (the test:e2e script builds the default one).
const SINGLE = resolve(process.env.E2E_SINGLE || 'dist-single/lstm-explainer.html');

test('the single HTML file works from file:// with no request at all', async ({ page, context }) => {
  expect(existsSync(SINGLE), `${SINGLE} is missing: run npm run build:single`).toBe(true);
  const pageUrl = pathToFileURL(SINGLE).href;
  const requests: string[] = [];
  const blocked: string[] = [];
  // Any other request (http, https, another file) would be a leak: block and record it.
  await context.route('**/*', (route) => {
    if (route.request().url() === pageUrl) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  // Inlined fonts and images are data: URLs, read from the page itself; anything else is a request.
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith('data:')) requests.push(`failed: ${request.url()}`);
  });
  // A worker started from a file would fail from file:// (training would quietly fall back to the page's
  // own thread): every worker must come from inside the page, as a data: URL.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url().slice(0, 40)));

  await page.goto(pageUrl);
  await expectAliceView(page);
  await expectTypesetEquations(page);
  await expectKatexFontsLoaded(page);
  await expectDeferredPanels(page);
  await expectKeyboardStepping(page);

  expect(workers.filter((url) => !url.startsWith('data:')), 'workers started from files').toEqual([]);
  expect(blocked, 'requests besides the page').toEqual([]);
  expect(requests, 'requests besides the page itself').toEqual([pageUrl]);
  test.info().annotations.push({ type: 'single-file size', description: `${(statSync(SINGLE).size / 1024).toFixed(1)} KB` });
});
