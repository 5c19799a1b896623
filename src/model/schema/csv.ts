import type { ScenarioTrace } from '../trace';

/** The per-unit columns of traceToCsv, in order; each is suffixed with the 0-based unit index. */
export const CSV_UNIT_QUANTITIES = ['hPrev', 'cPrev', 'zf', 'zi', 'zc', 'zo', 'f', 'i', 'cTilde', 'o', 'c', 'h'] as const;

/**
 * The trace as RFC 4180 CSV (CRLF line ends, one header row, one row per time step): t, token, unknown,
 * x_<feature> for each feature, then for each unit k the quantities of CSV_UNIT_QUANTITIES as `<name>_k`.
 * Numbers are written at full precision (String(number)); text is quoted when needed and defused against
 * spreadsheet formulas. Throws when `features` does not match the trace's input size. Pure.
 */
export function traceToCsv(trace: ScenarioTrace, features: readonly string[]): string {
  const inputSize = trace.steps[0]?.x.length ?? features.length;
  if (inputSize !== features.length) {
    throw new Error(`features has ${features.length} names, but the trace's inputs have ${inputSize} numbers`);
  }
  const units = Array.from({ length: trace.hiddenSize }, (_, k) => k);
  const header = [
    't',
    'token',
    'unknown',
    ...features.map((name) => `x_${name}`),
    ...units.flatMap((k) => CSV_UNIT_QUANTITIES.map((quantity) => `${quantity}_${k}`)),
  ].map(textCell);
  const rows = trace.steps.map((step, t) => {
    const token = trace.tokens[t];
    return [
      String(t),
      textCell(token?.text ?? ''),
      token?.unknown ? 'true' : 'false',
      ...step.x.map(String),
      ...units.flatMap((k) => CSV_UNIT_QUANTITIES.map((quantity) => String(step[quantity][k]))),
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
