// Benchmark, Node only: the cost of training the agreement task (the training panel's job) — 1,000 Adam
// steps of 8 sentences each through gradLstm, from a fresh trainer with the panel's seed. Target: the
// median of a few runs under 2 s. The held-out accuracy reached is printed too, as a sanity check.
import { runnerImport } from 'vite';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, round, warnIfBusy, writeResult } from './lib/stats.mjs';

/** Times `steps` training steps `runs` times (after one warm-up run); prints a table and returns the result. */
export async function runTrainingBenchmark() {
  const runs = numberOption('training-runs', 5);
  const steps = numberOption('training-steps', 1000);
  const { module: core } = await runnerImport(join(ROOT, 'src/core/training/index.ts'));
  const { module: task } = await runnerImport(join(ROOT, 'src/model/training/index.ts'));
  const data = task.agreementDataset();
  const config = task.agreementTrainerConfig();
  const train = () => {
    const trainer = core.createTrainer(config, data.train);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let k = 0; k < steps; k++) trainer.step();
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, trainer };
  };
  train();
  const results = Array.from({ length: runs }, train);
  const times = results.map((r) => r.ms);
  // CPU time is what the process itself used: on a machine busy with other work it stays near the idle
  // wall time while the wall time grows, so it tells a slow trainer from a crowded machine.
  const cpuTimes = results.map((r) => r.cpuMs);
  const heldOut = core.evaluateClassifier(results[0].trainer.model(), data.test).accuracy;
  const result = {
    benchmark: 'training',
    date: new Date().toISOString(),
    node: process.version,
    host: hostLoad(),
    runs,
    steps,
    batchSize: config.batchSize,
    hiddenSize: config.hiddenSize,
    medianMs: round(median(times), 1),
    minMs: round(Math.min(...times), 1),
    maxMs: round(Math.max(...times), 1),
    cpuMedianMs: round(median(cpuTimes), 1),
    heldOutAccuracy: heldOut,
    targetMs: 2000,
  };
  console.log(`training the agreement task in Node ${process.version} (${runs} runs of ${steps} steps × ${config.batchSize} sentences, H=${config.hiddenSize})`);
  printTable(
    ['case', 'median ms', 'min ms', 'max ms', 'CPU median ms', 'µs/sentence', 'held-out acc.'],
    [['agreement', result.medianMs, result.minMs, result.maxMs, result.cpuMedianMs, round((result.medianMs * 1000) / (steps * config.batchSize), 1), heldOut]],
  );
  console.log(`target: ${steps} steps under ${result.targetMs} ms — ${result.medianMs < result.targetMs ? 'met' : 'missed'}`);
  warnIfBusy(result.host);
  console.log(`→ ${writeResult('training', result)}`);
  return result;
}

if (isMain(import.meta.url)) await runTrainingBenchmark();
