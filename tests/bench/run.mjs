// `npm run bench`: every benchmark, Node first, then the browser ones. Prints numbers and writes JSON
// to artifacts/bench/; it never fails on a missed target (benchmarks are not tests).
import { runCoreBenchmark } from './core.mjs';
import { runTraceBenchmark } from './trace.mjs';
import { runUiBenchmarks } from './ui.mjs';

await runTraceBenchmark();
console.log('');
await runCoreBenchmark();
console.log('');
await runUiBenchmarks();
