// Benchmark (b): frame rate of the step animation on Alice. After each ArrowRight the page records
// requestAnimationFrame timestamps for as long as [data-testid="belt"] carries data-animating="true"
// (or for 1.5 s when the belt exists but never sets the flag). With no belt there is nothing to measure.
import { launchChromium, openBenchPage, readStepCounter, waitForAnimationEnd } from './lib/browser.mjs';
import { ensureBuild, startPreview } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, round, warnIfBusy, writeResult } from './lib/stats.mjs';

const TARGET_FPS = 55;
const LONG_FRAME_MS = 20;

/** Runs in the page: defines window.__benchFrames(), which resolves with the frames of one animation. */
function installFrameCollector() {
  // startTimeout: how long to wait for the flag after the press; fallback: sampling time without flag;
  // cap: longest animation we are willing to record.
  window.__benchFrames = ({ startTimeoutMs = 300, fallbackMs = 1500, capMs = 10_000 } = {}) => {
    const begun = performance.now();
    window.__benchFramesDone = new Promise((resolve) => {
      const stamps = [];
      let mode = 'waiting';
      const frame = (time) => {
        const belt = document.querySelector('[data-testid="belt"]');
        const animating = belt?.getAttribute('data-animating') === 'true';
        const elapsed = performance.now() - begun;
        if (mode === 'waiting') {
          if (animating) mode = 'flag';
          else if (elapsed > startTimeoutMs) {
            if (!belt) return resolve({ mode: 'none', stamps: [] });
            mode = 'timed';
          }
        }
        if (mode === 'flag') {
          stamps.push(time);
          // The first frame without the flag closes the last interval.
          if (!animating) return resolve({ mode, stamps });
        }
        if (mode === 'timed') {
          stamps.push(time);
          if (elapsed > startTimeoutMs + fallbackMs) return resolve({ mode, stamps });
        }
        if (elapsed > capMs) return resolve({ mode, stamps, timedOut: true });
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  };
}

function summariseStep(label, { mode, stamps, timedOut }) {
  const intervals = stamps.slice(1).map((time, k) => time - stamps[k]);
  const medianInterval = median(intervals);
  return {
    step: label,
    mode,
    timedOut: Boolean(timedOut),
    frames: stamps.length,
    durationMs: round(stamps.length > 1 ? stamps.at(-1) - stamps[0] : 0, 0),
    // The first interval holds the step's own render (the input-to-paint frame).
    firstIntervalMs: round(intervals.length ? intervals[0] : Number.NaN),
    medianIntervalMs: round(medianInterval),
    maxIntervalMs: round(intervals.length ? Math.max(...intervals) : Number.NaN),
    fps: round(1000 / medianInterval, 1),
    // Frames actually shown per second: unlike the median, dropped frames pull this down.
    averageFps: round(intervals.length ? (1000 * intervals.length) / intervals.reduce((sum, ms) => sum + ms, 0) : Number.NaN, 1),
    minFps: round(intervals.length ? 1000 / Math.max(...intervals) : Number.NaN, 1),
    longFrameShare: round(intervals.length ? intervals.filter((ms) => ms > LONG_FRAME_MS).length / intervals.length : Number.NaN, 3),
    intervals: intervals.map((ms) => round(ms)),
  };
}

/** Records `steps` step animations on Alice; prints a table and returns the result. */
export async function runAnimationFps(browser, baseUrl) {
  const stepsWanted = numberOption('fps-steps', 5);
  console.log(`animation frame rate: alice, ${stepsWanted} steps …`);
  const loadBefore = hostLoad();
  const { page, context, errors } = await openBenchPage(browser, `${baseUrl}/?preset=alice`, installFrameCollector);
  const counter = await readStepCounter(page);
  const stepCount = counter?.stepCount ?? 5;
  let step = counter?.step ?? 0;
  const steps = [];
  for (let k = 0; k < stepsWanted; k++) {
    if (step >= stepCount - 1) {
      await page.keyboard.press('Home');
      await waitForAnimationEnd(page);
      step = (await readStepCounter(page))?.step ?? 0;
    }
    await page.evaluate(() => window.__benchFrames());
    await page.keyboard.press('ArrowRight');
    const frames = await page.evaluate(() => window.__benchFramesDone);
    steps.push(summariseStep(`${step + 1}→${step + 2}`, frames));
    await waitForAnimationEnd(page);
    step = (await readStepCounter(page))?.step ?? step + 1;
  }
  await context.close();

  const animated = steps.filter((s) => s.mode !== 'none' && s.frames > 1);
  const intervals = animated.flatMap((s) => s.intervals);
  const medianInterval = median(intervals);
  const perStepFps = animated.map((s) => s.fps);
  const summary = animated.length
    ? {
        animationDetected: true,
        mode: animated.every((s) => s.mode === 'flag') ? 'data-animating' : 'timed 1.5 s (belt without data-animating)',
        frames: animated.reduce((sum, s) => sum + s.frames, 0),
        medianIntervalMs: round(medianInterval),
        fps: round(1000 / medianInterval, 1),
        averageFps: round((1000 * intervals.length) / intervals.reduce((sum, ms) => sum + ms, 0), 1),
        longFrameShare: round(intervals.filter((ms) => ms > LONG_FRAME_MS).length / intervals.length, 3),
        minStepFps: round(Math.min(...perStepFps), 1),
        medianStepFps: round(median(perStepFps), 1),
        meetsTarget: 1000 / medianInterval >= TARGET_FPS,
      }
    : { animationDetected: false };
  const result = {
    benchmark: 'animation-fps',
    date: new Date().toISOString(),
    browser: browser.version(),
    host: { before: loadBefore, after: hostLoad() },
    scenario: 'alice',
    targetFps: TARGET_FPS,
    longFrameMs: LONG_FRAME_MS,
    summary,
    steps,
    pageErrors: errors,
  };

  console.log(`\nstep animation frame rate, alice (Chromium ${result.browser})`);
  if (!summary.animationDetected) {
    console.log('no animation detected: no [data-testid="belt"] on the page, nothing to measure');
  } else {
    printTable(
      ['step', 'frames', 'ms', 'first Δ', 'median Δ', 'max Δ', 'fps', 'avg fps', 'min fps', `>${LONG_FRAME_MS} ms`],
      steps.map((s) => [s.step, s.frames, s.durationMs, s.firstIntervalMs, s.medianIntervalMs, s.maxIntervalMs, s.fps, s.averageFps, s.minFps, s.longFrameShare === null ? null : `${round(s.longFrameShare * 100, 1)}%`]),
    );
    console.log(
      `all: median interval ${summary.medianIntervalMs} ms = ${summary.fps} fps (target ≥ ${TARGET_FPS}: ${summary.meetsTarget ? 'yes' : 'NO'}), average ${summary.averageFps} fps, ` +
        `${round(summary.longFrameShare * 100, 1)}% frames > ${LONG_FRAME_MS} ms, per-step fps min ${summary.minStepFps} / median ${summary.medianStepFps} [${summary.mode}]`,
    );
  }
  for (const note of errors) console.log(`  ! ${note}`);
  warnIfBusy(result.host.before.busy ? result.host.before : result.host.after);
  console.log(`→ ${writeResult('animation-fps', result)}`);
  return result;
}

if (isMain(import.meta.url)) {
  const { dir } = ensureBuild();
  const server = await startPreview(dir);
  const browser = await launchChromium();
  try {
    await runAnimationFps(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
