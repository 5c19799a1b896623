#!/usr/bin/env node
// Prints one plain closing line, "N passed, M failed, K skipped", summed from the Vitest and Playwright JSON
// reports, because neither tool ends with a line CI recognises. Exits 1 when anything failed.
//
// A report that is missing or unreadable counts as one failure: it means that step never ran (an
// earlier step failed) or crashed, and a green-looking total must not hide that.
//
// Usage: node scripts/summarize-reports.mjs [reports-dir]   (default: artifacts/reports)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const reportsDir = process.argv[2] ?? 'artifacts/reports';

/** Vitest's JSON reporter (Jest-compatible shape). */
function countVitest(report) {
  let passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  // A test file that fails to load (syntax error, bad import) has no failed tests of its own.
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failed += 1;
  }
  // Unhandled errors make the run fail without failing any test.
  if (report.success === false && failed === 0) failed = 1;
  // Skipped and todo tests are counted apart, so a test that skips itself shows in the closing line.
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return { passed, failed, skipped };
}

/** Playwright's JSON reporter. */
function countPlaywright(report) {
  const stats = report.stats ?? {};
  // With retries off "flaky" stays 0; if retries are ever enabled a flaky test did pass in the end.
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  // Top-level errors (web server did not start, a spec failed to import) fail the run outside any test.
  const failed = (stats.unexpected ?? 0) + (report.errors?.length ?? 0);
  const skipped = stats.skipped ?? 0;
  return { passed, failed, skipped };
}

const reports = [
  { name: 'vitest', file: 'vitest.json', count: countVitest },
  { name: 'playwright', file: 'playwright.json', count: countPlaywright },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const { name, file, count } of reports) {
  const path = join(reportsDir, file);
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.log(`${name}: no usable report at ${path} (${error.code ?? error.message}); counted as 1 failure`);
    failed += 1;
    continue;
  }
  const result = count(report);
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
  passed += result.passed;
  failed += result.failed;
  skipped += result.skipped;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
