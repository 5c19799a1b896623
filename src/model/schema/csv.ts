import type { CellKind } from '../scenario';
import type { ScenarioTrace } from '../trace';

/** The per-unit columns of traceToCsv for a standard LSTM, in order; each is suffixed with the 0-based unit index. */
export const CSV_UNIT_QUANTITIES = ['hPrev', 'cPrev', 'zf', 'zi', 'zc', 'zo', 'f', 'i', 'cTilde', 'o', 'c', 'h'] as const;

/**
 * The per-unit columns for each cell, named as the core's step fields. The peephole LSTM's z columns
 * include the peephole terms; the coupled LSTM has no zi (its i is 1 − f); the GRU's are its own step.
 */
export const CSV_CELL_QUANTITIES: { readonly [K in CellKind]: readonly string[] } = {
  lstm: CSV_UNIT_QUANTITIES,
  peephole: CSV_UNIT_QUANTITIES,
  coupled: CSV_UNIT_QUANTITIES.filter((quantity) => quantity !== 'zi'),
  gru: ['hPrev', 'zPre', 'rPre', 'z', 'r', 'resetHPrev', 'hTildePre', 'hTilde', 'h'],
};

/**
 * The trace as RFC 4180 CSV (CRLF line ends, one header row, one row per time step): t, token, unknown,
 * x_<feature> for each feature, then for each unit k the cell's quantities (CSV_CELL_QUANTITIES) as
 * `<name>_k`. Numbers are written at full precision (String(number)); text is quoted when needed and
 * defused against spreadsheet formulas. Throws when `features` does not match the trace's input size. Pure.
 */
export function traceToCsv(trace: ScenarioTrace, features: readonly string[]): string {
  const steps = trace.cellSteps;
  const quantities = CSV_CELL_QUANTITIES[trace.cell];
  const inputSize = steps[0]?.x.length ?? features.length;
  if (inputSize !== features.length) {
    throw new Error(`features has ${features.length} names, but the trace's inputs have ${inputSize} numbers`);
  }
  const units = Array.from({ length: trace.hiddenSize }, (_, k) => k);
  const header = [
    't',
    'token',
    'unknown',
    ...features.map((name) => `x_${name}`),
    ...units.flatMap((k) => quantities.map((quantity) => `${quantity}_${k}`)),
  ].map(textCell);
  const rows = steps.map((step, t) => {
    const token = trace.tokens[t];
    const record = step as unknown as Record<string, number[]>;
    return [
      String(t),
      textCell(token?.text ?? ''),
      token?.unknown ? 'true' : 'false',
      ...step.x.map(String),
      ...units.flatMap((k) => quantities.map((quantity) => String(record[quantity][k]))),
    ];
  });
  return [header, ...rows].map((cells) => `${cells.join(',')}\r\n`).join('');
}

/**
 * A text cell: a leading = + - @ tab or carriage return gets a ' so spreadsheets show it as text rather
 * than run it as a formula (OWASP's CSV injection advice), then RFC 4180 quoting. Pure.
 */
export function textCell(text: string): string {
  const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}
