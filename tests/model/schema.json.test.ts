import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alicePreset, encodeScenarioDocument, findJsonSyntaxError, parseScenarioJson, type ScenarioDecodeResult } from '../../src/model';
import { englishProblemPhrases, problemText } from '../../src/model/schema';

const aliceJson = JSON.stringify(encodeScenarioDocument(alicePreset, 3), null, 2);

function errorsOf(result: ScenarioDecodeResult): string[] {
  if (result.ok) throw new Error('expected the text to be rejected');
  return result.problems.map((problem) => problemText(problem, englishProblemPhrases));
}

function timed<T>(run: () => T): { value: T; milliseconds: number } {
  const started = performance.now();
  const value = run();
  return { value, milliseconds: performance.now() - started };
}

describe('parseScenarioJson', () => {
  it('reads an exported document, with or without a byte-order mark', () => {
    expect(parseScenarioJson(aliceJson)).toMatchObject({ ok: true, step: 3, scenario: { sentence: alicePreset.sentence } });
    expect(parseScenarioJson(`\uFEFF${aliceJson}`).ok).toBe(true);
  });

  it('says where the JSON breaks, by line and column', () => {
    expect(errorsOf(parseScenarioJson('{"version": 1,}'))).toEqual([
      "the JSON is not valid: expected a field name in double quotes, found '}' (line 1, column 15)",
    ]);
    expect(errorsOf(parseScenarioJson('{\n  "version": 1\n  "sentence": "x"\n}'))).toEqual([
      `the JSON is not valid: expected ',' or '}', found '"' (line 3, column 3)`,
    ]);
    expect(errorsOf(parseScenarioJson('{"params": {"Wf": [[NaN]]}}'))).toEqual([
      'the JSON is not valid: unexpected word "NaN" (JSON values are numbers, "text", true, false, null, lists and objects) (line 1, column 21)',
    ]);
    expect(errorsOf(parseScenarioJson('{"x": -Infinity}'))).toEqual(['the JSON is not valid: a malformed number (line 1, column 7)']);
    expect(errorsOf(parseScenarioJson(''))).toEqual(['the JSON is not valid: the text ends too early (it may have been cut off) (line 1, column 1)']);
    expect(errorsOf(parseScenarioJson('{"a": "b\nc"}'))[0]).toMatch(/line break or control character inside quoted text .*\(line 1, column 9\)$/);
    expect(errorsOf(parseScenarioJson('{} {}'))[0]).toBe("the JSON is not valid: unexpected '{' after the end of the JSON (line 1, column 4)");
  });

  it('rejects every truncation of a valid document with a located message', () => {
    for (let cut = 0; cut < aliceJson.length; cut++) {
      const errors = errorsOf(parseScenarioJson(aliceJson.slice(0, cut)));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^the JSON is not valid: .* \(line \d+, column \d+\)$/);
    }
  });

  it('turns numbers too large for a double (1e999 parses as Infinity) into a named error', () => {
    const text = aliceJson.replace('"bf": [\n      -0.1', '"bf": [\n      1e999');
    expect(errorsOf(parseScenarioJson(text))).toEqual(['params.bf[0] is not a finite number (Infinity)']);
    expect(errorsOf(parseScenarioJson(aliceJson.replace('"step": 3', '"step": 1e999')))).toEqual(['step must be a whole number, got Infinity']);
  });

  it('rejects 10 MB of garbage by its size, before parsing', () => {
    const garbage = '{"x": "'.padEnd(10_000_000, 'garbage ');
    const { value, milliseconds } = timed(() => parseScenarioJson(garbage));
    expect(errorsOf(value)).toEqual(['the JSON is too large (at least 10 MB); the limit is 1 MB']);
    expect(milliseconds).toBeLessThan(20);
  });

  it('counts the limit in UTF-8 bytes', () => {
    const text = `"${'é'.repeat(600_000)}"`; // 600,002 characters, 1,200,002 bytes
    expect(errorsOf(parseScenarioJson(text))).toEqual(['the JSON is too large (1.2 MB); the limit is 1 MB']);
    expect(errorsOf(parseScenarioJson(`"${'x'.repeat(999_990)}"`))).toEqual(['the document must be a JSON object, got string']);
  });

  it('survives deeply nested arrays, whole or cut off', () => {
    const depth = 100_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(errorsOf(parseScenarioJson(nested))).toEqual(['the document must be a JSON object, got an array']);
    const inField = aliceJson.replace('"features": [', `"features": [${'['.repeat(depth)}${']'.repeat(depth)}, `);
    expect(errorsOf(parseScenarioJson(inField))[0]).toBe('features[0] must be text');
    expect(errorsOf(parseScenarioJson('['.repeat(500_000)))).toEqual([
      'the JSON is not valid: the text ends too early (it may have been cut off) (line 1, column 500001)',
    ]);
  });

  it('never throws on text that is not a string', () => {
    expect(errorsOf(parseScenarioJson(42 as unknown as string))).toEqual(['the JSON must be text']);
  });
});

describe('findJsonSyntaxError agrees with JSON.parse', () => {
  const jsonish = fc.string({
    unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '+', '.', 'e', 'E', ' ', '\n', 't', 'r', 'n', 'l', 'a', 'f', 's'),
    maxLength: 30,
  });

  it('on random JSON-like text', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('on valid JSON and its truncations', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, cut) => {
        expect(findJsonSyntaxError(text)).toBeNull();
        const prefix = text.slice(0, cut % (text.length + 1));
        let valid = true;
        try {
          JSON.parse(prefix);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(prefix) === null).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });
});
