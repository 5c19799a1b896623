// Benchmark (a): input-to-paint of the Next key (ArrowRight) on Alice and on the stress scenario.
//
// Per press, the Event Timing API's `duration` for the keydown (input to next paint) when Chromium
// reports it; it only reports events of 16 ms or more (its minimum durationThreshold, 8 ms
// granularity), so faster presses fall back to the in-page estimate: from the event's timeStamp to a
// MessageChannel message posted from the next requestAnimationFrame callback, i.e. just after the
// frame's style, layout and paint work on the main thread.
import { launchChromium, openBenchPage, readStepCounter, waitForAnimationEnd } from './lib/browser.mjs';
import { ensureBuild, startPreview } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, quantile, round, warnIfBusy, writeResult } from './lib/stats.mjs';

export const SCENARIOS = [
  { name: 'alice', query: '?preset=alice', expectedSteps: null, targetP95Ms: 16 },
  { name: 'stress 200×8', query: '?preset=stress&tokens=200&hidden=8', expectedSteps: 200, targetP95Ms: 50 },
];

/** Runs in the page before the app: a capture-phase keydown probe and an Event Timing observer. */
function installProbe() {
  const bench = { presses: [], events: [], eventTimingSupported: false };
  window.__bench = bench;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowRight') return;
      const press = { timeStamp: event.timeStamp, listenerAt: performance.now(), rafAt: null, paintAt: null };
      bench.presses.push(press);
      requestAnimationFrame(() => {
        press.rafAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          press.paintAt = performance.now();
          channel.port1.close();
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
  bench.whenPainted = (index) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        const press = bench.presses[index];
        if (press && press.paintAt !== null) return resolve(true);
        if (performance.now() - started > 5000) return reject(new Error(`press ${index} was never painted`));
        setTimeout(poll, 5);
      };
      poll();
    });
  if (PerformanceObserver.supportedEntryTypes?.includes('event')) {
    bench.eventTimingSupported = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'keydown') continue;
        bench.events.push({
          startTime: entry.startTime,
          duration: entry.duration,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
        });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  }
}

async function measureScenario(browser, baseUrl, scenario, { presses, warmup }) {
  const { page, context, errors } = await openBenchPage(browser, `${baseUrl}/${scenario.query}`, installProbe);
  const warnings = [];
  const counter = await readStepCounter(page);
  if (!counter) warnings.push('no step counter found: cannot tell the last step, pressing Home every 4 presses');
  if (counter && scenario.expectedSteps && counter.stepCount !== scenario.expectedSteps) {
    warnings.push(`the page shows ${counter.stepCount} steps, not ${scenario.expectedSteps}: the app ignores "${scenario.query}" (numbers are for the default scenario)`);
  }
  const stepCount = counter?.stepCount ?? 5;
  // Chromium's own counters (cumulative seconds) read just before a press and just after its paint
  // say where the main thread spent the time: script, style recalculation or layout.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
    return { script: value('ScriptDuration'), style: value('RecalcStyleDuration'), layout: value('LayoutDuration'), task: value('TaskDuration') };
  };
  const costs = [];
  let step = counter?.step ?? 0;
  let homes = 0;

  for (let index = 0; index < warmup + presses; index++) {
    if (step >= stepCount - 1) {
      await page.keyboard.press('Home');
      await waitForAnimationEnd(page);
      homes += 1;
      step = (await readStepCounter(page))?.step ?? 0;
    }
    const before = await mainThread();
    await page.keyboard.press('ArrowRight');
    await page.evaluate((n) => window.__bench.whenPainted(n), index);
    const after = await mainThread();
    if (index >= warmup) costs.push(Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]])));
    await waitForAnimationEnd(page);
    step = counter ? ((await readStepCounter(page))?.step ?? step + 1) : step + 1;
  }
  // Event Timing entries are delivered after the frame is presented; give the last ones time to arrive.
  await page.waitForTimeout(500);
  const raw = await page.evaluate(() => ({
    presses: window.__bench.presses.map(({ timeStamp, listenerAt, rafAt, paintAt }) => ({ timeStamp, listenerAt, rafAt, paintAt })),
    events: window.__bench.events,
    eventTimingSupported: window.__bench.eventTimingSupported,
  }));
  await context.close();

  const measured = raw.presses.slice(warmup).map((press) => {
    const entry = raw.events.find((event) => Math.abs(event.startTime - press.timeStamp) < 1);
    const rafMs = press.paintAt - press.timeStamp;
    return {
      rafMs,
      eventTimingMs: entry ? entry.duration : null,
      inputToPaintMs: entry ? entry.duration : rafMs,
      // Where the time goes: waiting before the handlers ran, the handlers (React renders synchronously
      // inside them), and from their end to the next frame's paint.
      inputDelayMs: entry ? entry.processingStart - entry.startTime : press.listenerAt - press.timeStamp,
      processingMs: entry ? entry.processingEnd - entry.processingStart : null,
      toPaintMs: press.paintAt - (entry ? entry.processingEnd : press.listenerAt),
    };
  });
  const series = (key) => measured.map((press) => press[key]).filter((value) => value !== null);
  const inputToPaint = series('inputToPaintMs');
  const p95 = quantile(inputToPaint, 0.95);
  return {
    name: scenario.name,
    query: scenario.query,
    stepCount,
    presses: measured.length,
    homePresses: homes,
    eventTimingSupported: raw.eventTimingSupported,
    eventTimingReported: series('eventTimingMs').length,
    medianMs: round(median(inputToPaint)),
    p95Ms: round(p95),
    maxMs: round(Math.max(...inputToPaint)),
    rafMedianMs: round(median(series('rafMs'))),
    rafP95Ms: round(quantile(series('rafMs'), 0.95)),
    targetP95Ms: scenario.targetP95Ms,
    meetsTarget: p95 <= scenario.targetP95Ms,
    warnings,
    pageErrors: errors,
    breakdownMedianMs: {
      inputDelay: round(median(series('inputDelayMs'))),
      processing: round(median(series('processingMs'))),
      processingEndToPaint: round(median(series('toPaintMs'))),
    },
    mainThreadMedianMs: Object.fromEntries(['task', 'script', 'style', 'layout'].map((key) => [key, round(median(costs.map((cost) => cost[key])))])),
    samples: measured.map((press) => ({
      rafMs: round(press.rafMs),
      eventTimingMs: press.eventTimingMs,
      inputDelayMs: round(press.inputDelayMs),
      processingMs: round(press.processingMs),
      toPaintMs: round(press.toPaintMs),
    })),
  };
}

/** Measures every scenario on an already running server; prints a table and returns the result. */
export async function runInputToPaint(browser, baseUrl) {
  const presses = numberOption('presses', 60);
  const warmup = numberOption('warmup', 5);
  const scenarios = [];
  const loadBefore = hostLoad();
  for (const scenario of SCENARIOS) {
    console.log(`input-to-paint: ${scenario.name} (${warmup} warm-up + ${presses} presses) …`);
    scenarios.push(await measureScenario(browser, baseUrl, scenario, { presses, warmup }));
  }
  const [alice, stress] = scenarios;
  const result = {
    benchmark: 'input-to-paint',
    date: new Date().toISOString(),
    browser: browser.version(),
    host: { before: loadBefore, after: hostLoad() },
    method:
      'Event Timing keydown duration where reported (≥ 16 ms), else event.timeStamp → MessageChannel message posted from the next requestAnimationFrame',
    scenarios,
    ratio: { median: round(stress.medianMs / alice.medianMs), p95: round(stress.p95Ms / alice.p95Ms) },
  };

  console.log(`\ninput-to-paint, ArrowRight (ms; Chromium ${result.browser})`);
  printTable(
    ['scenario', 'steps', 'n', 'median', 'p95', 'max', 'ET≥16', 'target p95', 'ok'],
    scenarios.map((s) => [s.name, s.stepCount, s.presses, s.medianMs, s.p95Ms, s.maxMs, `${s.eventTimingReported}/${s.presses}`, `≤ ${s.targetP95Ms}`, s.meetsTarget ? 'yes' : 'NO']),
  );
  for (const s of scenarios) {
    const b = s.breakdownMedianMs;
    const m = s.mainThreadMedianMs;
    console.log(`${s.name}: median input delay ${b.inputDelay} ms, handlers ${b.processing ?? '–'} ms, handlers→paint ${b.processingEndToPaint} ms; main thread per press: tasks ${m.task}, script ${m.script}, style ${m.style}, layout ${m.layout} ms`);
  }
  console.log(`ratio stress/alice: median ${result.ratio.median}×, p95 ${result.ratio.p95}×`);
  for (const s of scenarios) for (const note of [...s.warnings, ...s.pageErrors]) console.log(`  ! ${s.name}: ${note}`);
  warnIfBusy(result.host.before.busy ? result.host.before : result.host.after);
  console.log(`→ ${writeResult('input-to-paint', result)}`);
  return result;
}

if (isMain(import.meta.url)) {
  const { dir } = ensureBuild();
  const server = await startPreview(dir);
  const browser = await launchChromium();
  try {
    await runInputToPaint(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
