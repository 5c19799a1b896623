import { describe, expect, it } from 'vitest';
import { alicePreset, CSV_UNIT_QUANTITIES, traceScenario, traceToCsv, type Scenario, type ScenarioTrace } from '../../src/model';

/** Splits RFC 4180 CSV into rows of cells, undoing the quoting (enough for these tests). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < csv.length; k++) {
    const ch = csv[k];
    if (quoted) {
      if (ch === '"' && csv[k + 1] === '"') (cell += '"'), k++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && csv[k + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), k++;
    else cell += ch;
  }
  return rows;
}

/** A trace of the given scenario with its token texts replaced, for quoting and injection tests. */
function traceWithTokens(texts: string[], features = alicePreset.features): ScenarioTrace {
  const scenario: Scenario = { ...alicePreset, sentence: texts.map((_, k) => `w${k}`).join(' '), features };
  const trace = traceScenario(scenario);
  return { ...trace, tokens: trace.tokens.map((token, k) => ({ ...token, text: texts[k] })) };
}

describe('traceToCsv', () => {
  const trace = traceScenario(alicePreset);
  const csv = traceToCsv(trace, alicePreset.features);
  const rows = parseCsv(csv);

  it('has a header row and one CRLF-terminated row per step', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(trace.steps.length + 2);
    expect(rows[0]).toEqual([
      't',
      'token',
      'unknown',
      'x_female',
      'x_verb',
      'x_pronoun',
      ...CSV_UNIT_QUANTITIES.map((quantity) => `${quantity}_0`),
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 6))).toEqual([
      ['0', 'Alice', 'false', '1', '0', '0'],
      ['1', 'is', 'false', '0', '1', '0'],
      ['2', 'happy', 'false', '0', '0', '0'],
      ['3', 'She', 'false', '1', '0', '1'],
      ['4', 'smiles', 'false', '0', '1', '0'],
    ]);
  });

  it('writes every number at full precision', () => {
    trace.steps.forEach((step, t) => {
      CSV_UNIT_QUANTITIES.forEach((quantity, q) => {
        expect(Number(rows[t + 1][6 + q])).toBe(step[quantity][0]);
      });
    });
    expect(rows[4][6 + CSV_UNIT_QUANTITIES.indexOf('c')]).toBe(String(trace.steps[3].c[0]));
  });

  it('names the columns of every unit', () => {
    const wide: Scenario = {
      ...alicePreset,
      params: { Wf: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], Wi: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], Wc: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], Wo: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], bf: [0, 0], bi: [0, 0], bc: [0, 0], bo: [0, 0] },
    };
    const header = parseCsv(traceToCsv(traceScenario(wide), wide.features))[0];
    expect(header).toHaveLength(6 + 2 * CSV_UNIT_QUANTITIES.length);
    expect(header.slice(6, 8)).toEqual(['hPrev_0', 'cPrev_0']);
    expect(header.slice(18, 20)).toEqual(['hPrev_1', 'cPrev_1']);
    expect(header.at(-1)).toBe('h_1');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const texts = ['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain'];
    const quoted = traceToCsv(traceWithTokens(texts), alicePreset.features);
    expect(quoted).toContain('\r\n1,"say ""hi""",');
    expect(quoted).toContain('\r\n0,"a,b",');
    expect(parseCsv(quoted).slice(1).map((row) => row[1])).toEqual(texts);
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    const texts = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx'];
    const features = ['=cmd|calc', 'b', 'c'];
    const csv = traceToCsv(traceWithTokens(texts, features), features);
    const parsed = parseCsv(csv);
    expect(parsed.slice(1).map((row) => row[1])).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(parsed[0][3]).toBe('x_=cmd|calc');
    const negative = parseCsv(traceToCsv(traceScenario(alicePreset), alicePreset.features))[1];
    expect(negative.some((cell) => cell.startsWith('-') && Number.isFinite(Number(cell)))).toBe(true);
  });

  it('keeps HTML as plain text', () => {
    const html = '<img src=x onerror=alert(1)>';
    expect(parseCsv(traceToCsv(traceWithTokens([html]), alicePreset.features))[1][1]).toBe(html);
  });

  it('writes only the header for an empty sentence, and refuses mismatched feature names', () => {
    const empty = traceScenario({ ...alicePreset, sentence: '' });
    expect(traceToCsv(empty, alicePreset.features).split('\r\n')).toHaveLength(2);
    expect(() => traceToCsv(trace, ['female', 'verb'])).toThrow("features has 2 names, but the trace's inputs have 3 numbers");
  });
});
