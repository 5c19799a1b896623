// Benchmark (c), Node only: the cost of deriving a trace (tokenize, encode, run the cell) for Alice and
// the stress scenarios. The app recomputes it when the scenario changes, not on every step.
import { runnerImport } from 'vite';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, quantile, round, warnIfBusy, writeResult } from './lib/stats.mjs';

const CASES = [
  { name: 'alice', make: (model) => model.alicePreset },
  { name: 'stress 200×8', make: (model) => model.stressScenario(200, 8) },
  { name: 'stress 500×8', make: (model) => model.stressScenario(500, 8) },
];

function timeRuns(run, runs) {
  for (let k = 0; k < Math.min(20, runs); k++) run();
  const times = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

/** Times stressScenario() and traceScenario(); prints a table and returns the result. */
export async function runTraceBenchmark() {
  const runs = numberOption('trace-runs', 200);
  // The model is TypeScript: let Vite transform it on the fly, as the tests do.
  // Only the modules it needs: the model's index also pulls in the link codec, whose CommonJS package
  // Vite's runner cannot import by name.
  const load = async (path) => (await runnerImport(join(ROOT, path))).module;
  const model = {
    ...(await load('src/model/trace.ts')),
    ...(await load('src/model/presets/alice.ts')),
    ...(await load('src/model/presets/stress.ts')),
  };
  const cases = CASES.map(({ name, make }) => {
    const scenario = make(model);
    const build = timeRuns(() => make(model), runs);
    const trace = timeRuns(() => model.traceScenario(scenario), runs);
    return {
      name,
      steps: model.traceScenario(scenario).steps.length,
      scenarioMedianMs: round(median(build), 3),
      traceMedianMs: round(median(trace), 3),
      traceP95Ms: round(quantile(trace, 0.95), 3),
    };
  });
  const result = { benchmark: 'trace', date: new Date().toISOString(), node: process.version, host: hostLoad(), runs, cases };
  console.log(`trace derivation in Node ${process.version} (${runs} runs, ms)`);
  printTable(
    ['scenario', 'steps', 'build scenario', 'trace median', 'trace p95', 'µs/step'],
    cases.map((c) => [c.name, c.steps, c.scenarioMedianMs, c.traceMedianMs, c.traceP95Ms, round((c.traceMedianMs * 1000) / c.steps, 1)]),
  );
  console.log(`ratio stress 200×8 / alice: ${round(cases[1].traceMedianMs / cases[0].traceMedianMs, 1)}×`);
  warnIfBusy(result.host);
  console.log(`→ ${writeResult('trace', result)}`);
  return result;
}

if (isMain(import.meta.url)) await runTraceBenchmark();
