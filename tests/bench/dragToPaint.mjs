// Benchmark (c): dragging a weight. Per pointer move: from the pointermove event to just after the next
// frame's rendering work (a MessageChannel message posted from the next requestAnimationFrame callback),
// on Alice and on the 200-word, H = 8 stress scenario. Every move changes the weight, so every panel
// (belt, equations, values, timeline, narration) is recomputed and redrawn.
import { launchChromium, openBenchPage } from './lib/browser.mjs';
import { ensureBuild, startPreview } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, quantile, round, warnIfBusy, writeResult } from './lib/stats.mjs';

const SCENARIOS = [
  { name: 'alice', query: '?preset=alice', weight: 'W f, unit 1, pronoun', targetP95Ms: 16 },
  { name: 'stress 200×8', query: '?preset=stress&tokens=200&hidden=8', weight: 'W f, unit 1, h₁', targetP95Ms: 50 },
];

/** Runs in the page before the app: times each pointermove to the paint that follows it. */
function installProbe() {
  const moves = [];
  window.__dragBench = moves;
  addEventListener(
    'pointermove',
    (event) => {
      if (event.buttons === 0) return;
      const move = { timeStamp: event.timeStamp, paintAt: null };
      moves.push(move);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          move.paintAt = performance.now();
          channel.port1.close();
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

async function measure(browser, baseUrl, scenario, moves) {
  const { page, context, errors } = await openBenchPage(browser, `${baseUrl}/${scenario.query}`, installProbe);
  const cell = page.getByRole('spinbutton', { name: scenario.weight });
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Back and forth by 4 px (0.04 per move), one move per frame or so, like a hand.
  for (let k = 0; k < moves; k++) {
    await page.mouse.move(x + 4 * (1 + (k % 40) - (k % 80 >= 40 ? 2 * (k % 40) : 0)), y);
    await page.waitForTimeout(20);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => window.__dragBench.filter((m) => m.paintAt !== null).map((m) => m.paintAt - m.timeStamp));
  await context.close();
  if (errors.length) throw new Error(`the page logged errors:\n${errors.join('\n')}`);
  // The first moves include warm-up (first trace of the edited scenario, caches): drop them.
  return samples.slice(5);
}

/** Runs the drag benchmark against a served build; resolves to the result object. */
export async function runDragToPaint(browser, baseUrl) {
  const moves = numberOption('moves', 80);
  const load = hostLoad();
  const rows = [];
  const results = [];
  for (const scenario of SCENARIOS) {
    console.log(`drag-to-paint: ${scenario.name} (${moves} moves) …`);
    const samples = await measure(browser, baseUrl, scenario, moves);
    const result = {
      scenario: scenario.name,
      n: samples.length,
      medianMs: round(median(samples)),
      p95Ms: round(quantile(samples, 0.95)),
      maxMs: round(Math.max(...samples)),
      targetP95Ms: scenario.targetP95Ms,
    };
    results.push(result);
    rows.push([result.scenario, result.n, result.medianMs, result.p95Ms, result.maxMs, `≤ ${result.targetP95Ms}`, result.p95Ms <= result.targetP95Ms ? 'yes' : 'NO']);
  }
  console.log('\ndrag a weight: pointermove to paint (ms)');
  printTable(['scenario', 'n', 'median', 'p95', 'max', 'target p95', 'ok'], rows);
  const ratio = results[1].medianMs / results[0].medianMs;
  console.log(`ratio stress/alice: median ${round(ratio)}×`);
  warnIfBusy(load);
  writeResult('drag-to-paint', { date: new Date().toISOString(), load, results, ratio });
  return results;
}

if (isMain(import.meta.url)) {
  const { dir } = ensureBuild();
  const server = await startPreview(dir);
  const browser = await launchChromium();
  try {
    await runDragToPaint(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
