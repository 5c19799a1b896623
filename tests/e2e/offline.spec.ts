import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { expectAliceView, expectDeferredPanels, expectKatexFontsLoaded, expectKeyboardStepping, expectTypesetEquations } from './offlineChecks';
import { mountStaticSite, type MountedSite } from './offlineServer';

// The built site must work from any sub-path of any host and fetch nothing from outside its own folder:
// no CDN, no absolute /assets/ path, no font from elsewhere. Here the build (E2E_DIST, as the other specs
// use) is mounted at /course/lstm/ of a plain static server, and every request leaving that folder is
// blocked and recorded.
const MOUNT = '/course/lstm/';
let site: MountedSite;

test.beforeAll(async () => {
  site = await mountStaticSite(resolve(process.env.E2E_DIST || 'dist'), MOUNT);
});
test.afterAll(async () => {
  await site?.close();
});

test('the built site works from a sub-path and requests nothing outside it', async ({ page, context }) => {
  const blocked: string[] = [];
  const failed: string[] = [];
  const fetched: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('response', (response) => {
    fetched.push(response.url());
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });

  await page.goto(site.url);
  await expectAliceView(page);
  await expectTypesetEquations(page);
  await expectKatexFontsLoaded(page);
  await expectDeferredPanels(page);
  await expectKeyboardStepping(page);
  await page.waitForLoadState('networkidle');

  expect(blocked, 'requests outside the mounted folder').toEqual([]);
  expect(failed, 'requests that failed').toEqual([]);
  expect(workers.filter((url) => !url.startsWith(site.url)), 'workers from outside the folder').toEqual([]);
  // The page did fetch its own chunks and fonts, all from inside the folder.
  expect(fetched.some((url) => url.endsWith('.woff2'))).toBe(true);
  expect(fetched.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(1);
});

test('the folder without its trailing slash still opens the app', async ({ page }) => {
  await page.goto(site.url.replace(/\/$/, ''));
  await expect(page).toHaveURL(site.url);
  await expectAliceView(page);
});
