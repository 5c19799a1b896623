// Benchmark (e): does the page keep painting while the training panel trains? On Alice, records the
// requestAnimationFrame intervals for a few seconds with nothing running (the baseline), then again while
// the panel trains in its Web Worker (the belt and timeline meanwhile re-render from the current weights a
// few times a second). Reports the median, p95 and worst interval of each and the training/idle ratios.
// This replaces a pass/fail frame-gap bound in the browser tests, which a busy shared machine broke.
import { launchChromium, openBenchPage } from './lib/browser.mjs';
import { ensureBuild, startPreview } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, quantile, round, warnIfBusy, writeResult } from './lib/stats.mjs';

const LONG_FRAME_MS = 50;
const PANEL_NAME = 'Training: teach the cell its job';

/** Runs in the page: resolves with the rAF intervals (ms) of the next `duration` ms. */
function recordIntervals(duration) {
  return new Promise((resolve) => {
    const intervals = [];
    let last = null;
    let end = null;
    const frame = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      end ??= now + duration;
      if (now < end) requestAnimationFrame(frame);
      else resolve(intervals);
    };
    requestAnimationFrame(frame);
  });
}

function summarise(label, intervals) {
  const total = intervals.reduce((sum, ms) => sum + ms, 0);
  return {
    label,
    frames: intervals.length,
    medianMs: round(median(intervals)),
    p95Ms: round(quantile(intervals, 0.95)),
    worstMs: round(Math.max(...intervals)),
    averageFps: round((1000 * intervals.length) / total, 1),
    longFrameShare: round(intervals.filter((ms) => ms > LONG_FRAME_MS).length / intervals.length, 3),
  };
}

/** Records the idle and the training frame intervals; prints a table and returns the result. */
export async function runTrainingPaint(browser, baseUrl) {
  const seconds = numberOption('paint-seconds', 4);
  console.log(`page painting while training: alice, ${seconds} s idle then ${seconds} s training …`);
  const loadBefore = hostLoad();
  const { page, context, errors } = await openBenchPage(browser, `${baseUrl}/?preset=alice`);
  const panel = page.getByRole('region', { name: PANEL_NAME });
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('button', { name: 'Start', exact: true }).waitFor();

  const idle = summarise('idle', await page.evaluate(recordIntervals, seconds * 1000));
  await panel.getByRole('button', { name: 'Start', exact: true }).click();
  await panel.getByRole('button', { name: 'Pause', exact: true }).waitFor();
  const inWorker = page.workers().some((worker) => /training/.test(worker.url()));
  const training = summarise('training', await page.evaluate(recordIntervals, seconds * 1000));
  const status = await panel.getByRole('status').textContent();
  await context.close();

  const result = {
    benchmark: 'training-paint',
    date: new Date().toISOString(),
    browser: browser.version(),
    host: { before: loadBefore, after: hostLoad() },
    seconds,
    inWorker,
    statusAtEnd: status,
    longFrameMs: LONG_FRAME_MS,
    idle,
    training,
    ratios: {
      median: round(training.medianMs / idle.medianMs),
      p95: round(training.p95Ms / idle.p95Ms),
    },
    pageErrors: errors,
  };

  console.log(`\npage frame intervals, idle vs training (Chromium ${result.browser}; training in a worker: ${inWorker ? 'yes' : 'NO'})`);
  printTable(
    ['', 'frames', 'median Δ ms', 'p95 Δ ms', 'worst Δ ms', 'avg fps', `>${LONG_FRAME_MS} ms`],
    [idle, training].map((s) => [s.label, s.frames, s.medianMs, s.p95Ms, s.worstMs, s.averageFps, `${round(s.longFrameShare * 100, 1)}%`]),
  );
  console.log(`training / idle: median ${result.ratios.median}×, p95 ${result.ratios.p95}× (${status})`);
  for (const note of errors) console.log(`  ! ${note}`);
  warnIfBusy(result.host.before.busy ? result.host.before : result.host.after);
  console.log(`→ ${writeResult('training-paint', result)}`);
  return result;
}

if (isMain(import.meta.url)) {
  const { dir } = ensureBuild();
  const server = await startPreview(dir);
  const browser = await launchChromium();
  try {
    await runTrainingPaint(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
