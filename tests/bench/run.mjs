// `npm run bench`: every benchmark, Node first, then the browser ones. Prints numbers and writes JSON
// to artifacts/bench/; it never fails on a missed target (benchmarks are not tests). A benchmark that
// crashes is reported and the others still run; the exit code is then non-zero.
import { runCoreBenchmark } from './core.mjs';
import { runTraceBenchmark } from './trace.mjs';
import { runTrainingBenchmark } from './training.mjs';
import { runUiBenchmarks } from './ui.mjs';

const sections = [
  ['trace', runTraceBenchmark],
  ['core', runCoreBenchmark],
  ['training', runTrainingBenchmark],
  ['browser', runUiBenchmarks],
];
const failed = [];
for (const [index, [name, run]] of sections.entries()) {
  if (index > 0) console.log('');
  try {
    await run();
  } catch (error) {
    failed.push(name);
    console.error(`! the ${name} benchmark failed:`, error);
  }
}
if (failed.length > 0) {
  console.error(`\n! failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
