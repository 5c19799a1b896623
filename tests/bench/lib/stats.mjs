// Small statistics and reporting helpers shared by the benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './server.mjs';

export const ARTIFACTS = join(ROOT, 'artifacts/bench');

/** The q-quantile (0 ≤ q ≤ 1) with linear interpolation; NaN for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export const median = (values) => quantile(values, 0.5);

/** Rounds for JSON and tables (NaN and null stay null). */
export function round(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Prints rows (arrays of cells) as an aligned plain-text table. */
export function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Writes artifacts/bench/<name>.json (latest) and a timestamped copy under artifacts/bench/history/. */
export function writeResult(name, result) {
  mkdirSync(join(ARTIFACTS, 'history'), { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const latest = join(ARTIFACTS, `${name}.json`);
  writeFileSync(latest, json);
  writeFileSync(join(ARTIFACTS, 'history', `${name}-${result.date.replace(/[:.]/g, '-')}.json`), json);
  return latest;
}

/** Reads a numeric option from --name=value or the BENCH_NAME environment variable. */
export function numberOption(name, fallback) {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const raw = flag ? flag.slice(name.length + 3) : process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  const value = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** True when this module is the script node was started with. */
export function isMain(metaUrl) {
  return process.argv[1] !== undefined && metaUrl === pathToFileURL(resolve(process.argv[1])).href;
}

/**
 * CPU count and 1-minute load average. Timings on a machine busy with other work (tests, builds)
 * are inflated and spiky, so every result records the load and a warning is printed when it is high.
 */
export function hostLoad() {
  const cpus = availableParallelism();
  const load1 = round(loadavg()[0]);
  return { cpus, load1, busy: load1 > cpus * 0.75 };
}

/** Prints a warning line when the host is busy. */
export function warnIfBusy(load) {
  if (load.busy) console.log(`  ! host busy: load average ${load.load1} on ${load.cpus} CPUs, expect inflated and noisy timings`);
}
