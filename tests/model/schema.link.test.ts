import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  alicePreset,
  decodeScenarioLink,
  encodeScenarioDocument,
  encodeScenarioLink,
  LINK_PREFIX,
  MAX_LINK_JSON_CHARACTERS,
  type ScenarioDecodeResult,
} from '../../src/model';
import { LZ_URI_ALPHABET, lzDecompressedLength } from '../../src/model/schema/lzLength';
import { englishProblemPhrases, problemText } from '../../src/model/schema';

const { sourceFigures: _figures, ...aliceWithoutFigures } = alicePreset;
const aliceLink = encodeScenarioLink(alicePreset, 3);

function errorsOf(result: ScenarioDecodeResult): string[] {
  if (result.ok) throw new Error('expected the link to be rejected');
  expect(Object.keys(result).sort()).toEqual(['ok', 'problems']);
  return result.problems.map((problem) => problemText(problem, englishProblemPhrases));
}

function linkOf(json: string): string {
  return LINK_PREFIX + compressToEncodedURIComponent(json);
}

describe('scenario links', () => {
  it('round-trips Alice through a short, URL-safe string', () => {
    expect(aliceLink.startsWith('v1.')).toBe(true);
    expect(aliceLink).toMatch(/^v1\.[A-Za-z0-9+\-$]+$/);
    expect(aliceLink.length).toBeLessThan(600);
    expect(decodeScenarioLink(aliceLink)).toEqual({ ok: true, scenario: aliceWithoutFigures, step: 3 });
  });

  it("tolerates surrounding whitespace and a query string's '+' turned into a space", () => {
    expect(decodeScenarioLink(`  ${aliceLink.replace(/\+/g, ' ')}\n`).ok).toBe(true);
  });

  it('rejects other prefixes, versions and characters', () => {
    expect(errorsOf(decodeScenarioLink('v3.N4Ig'))).toEqual(['this link is in format version 3, but this app reads version 1 or 2 links (they start with "v1." or "v2.")']);
    expect(errorsOf(decodeScenarioLink('hello'))).toEqual(['this is not a scenario link (scenario links start with "v1.")']);
    expect(errorsOf(decodeScenarioLink(aliceLink.slice(3)))).toEqual(['this is not a scenario link (scenario links start with "v1.")']);
    expect(errorsOf(decodeScenarioLink('v1.'))).toEqual(['the link has no scenario data after "v1."']);
    expect(errorsOf(decodeScenarioLink(`${aliceLink.slice(0, 10)}%24${aliceLink.slice(10)}`))).toEqual([
      'the link has "%" at position 11, which cannot be part of a scenario link (was it changed or cut?)',
    ]);
    expect(errorsOf(decodeScenarioLink(42 as unknown as string))).toEqual(['the link must be text']);
  });

  it('rejects a cut-off link at every length', () => {
    for (let cut = 3; cut < aliceLink.length - 1; cut++) {
      const errors = errorsOf(decodeScenarioLink(aliceLink.slice(0, cut)));
      expect(errors).toHaveLength(1);
    }
  });

  it('explains data that is not JSON or not a document', () => {
    expect(errorsOf(decodeScenarioLink(linkOf('{"version": 1,')))).toEqual([
      "the link's data is not valid JSON: the text ends too early (it may have been cut off) (line 1, column 15)",
    ]);
    const document = { ...encodeScenarioDocument(alicePreset, 0), version: 3 };
    expect(errorsOf(decodeScenarioLink(linkOf(JSON.stringify(document))))).toEqual(['version 3 is not supported (this app reads version 1 or 2)']);
  });

  it('refuses links that expand past the limit without expanding them', () => {
    const bomb = `v1.${bombPayload(30_000)}`; // about 75,000 characters that would expand to 450 million
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    expect(errorsOf(decodeScenarioLink(bomb))).toEqual(["the link's data expands to more than 100 KB, the limit for a link"]);
    expect(performance.now() - started).toBeLessThan(50);
    const justOver = JSON.stringify({ pad: 'x'.repeat(MAX_LINK_JSON_CHARACTERS) });
    expect(errorsOf(decodeScenarioLink(linkOf(justOver)))).toEqual(["the link's data expands to more than 100 KB, the limit for a link"]);
    expect(errorsOf(decodeScenarioLink(`v1.${'A'.repeat(100_001)}`))).toEqual(['the link is too long (100004 characters; the limit is 100000)']);
  });

  it('says when the data cannot be decompressed', () => {
    expect(errorsOf(decodeScenarioLink('v1.$$$$'))).toEqual(['the link is damaged or incomplete: its data cannot be decompressed']);
  });
});

/**
 * An lz-string stream of one 'a' followed by `codes` codes that each name the entry being defined (LZW's
 * "KwKwK" case), so entry k is k + 1 letters long: (codes + 1)(codes + 2) / 2 letters in all.
 */
function bombPayload(codes: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let bit = 0; bit < count; bit++) bits.push((value >> bit) & 1);
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let dictionarySize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    write(dictionarySize++, numBits);
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  let payload = '';
  for (let at = 0; at < bits.length; at += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit++) if (bits[at + bit] === 1) value |= 32 >> bit;
    payload += LZ_URI_ALPHABET[value];
  }
  return payload;
}

describe('lzDecompressedLength mirrors lz-string', () => {
  it('on a small quadratic stream', () => {
    const payload = bombPayload(300);
    expect(decompressFromEncodedURIComponent(payload)).toBe('a'.repeat((301 * 302) / 2));
    expect(lzDecompressedLength(payload, Infinity)).toBe((301 * 302) / 2);
  });

  it('on compressed text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json(), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
        const payload = compressToEncodedURIComponent(text);
        expect(lzDecompressedLength(payload, Infinity)).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('on damaged payloads: whenever it gives a length, lz-string gives a string of that length', () => {
    const payloads = fc
      .tuple(fc.json({ maxDepth: 2 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LZ_URI_ALPHABET)), { maxLength: 4 }), fc.nat())
      .map(([text, flips, cut]) => {
        const chars = [...compressToEncodedURIComponent(text)];
        for (const [at, char] of flips) if (chars.length > 0) chars[at % chars.length] = char;
        return chars.slice(0, chars.length - (cut % 3)).join('');
      });
    fc.assert(
      fc.property(payloads, (payload) => {
        const length = lzDecompressedLength(payload, Infinity);
        let decompressed: string | null = null;
        try {
          decompressed = decompressFromEncodedURIComponent(payload);
        } catch {
          decompressed = null;
        }
        if (length !== null && length > 0) expect(decompressed?.length).toBe(length);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops at the limit', () => {
    const payload = compressToEncodedURIComponent('a'.repeat(100_000));
    expect(lzDecompressedLength(payload, 1000)).toBe(Infinity);
    expect(lzDecompressedLength(payload, 100_000)).toBe(100_000);
  });
});
