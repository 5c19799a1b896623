/** lz-string's URI-safe alphabet: each character carries 6 bits. */
export const LZ_URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

const BITS_PER_CHARACTER = 6;

/**
 * How many characters lz-string's decompressFromEncodedURIComponent would return for `payload`, worked out
 * from dictionary entry lengths only, without building any string; null when the stream is not valid
 * lz-string data. LZ data can expand quadratically (a 30 KB link can hold 100 MB of one repeated letter),
 * so this runs before the real decompression and gives up with Infinity as soon as the total passes
 * `limit`: its work is bounded by the payload's length. Mirrors lz-string 1.5's _decompress. Pure.
 */
export function lzDecompressedLength(payload: string, limit: number): number | null {
  const bits = bitReader(payload);
  // Codes 0, 1 and 2 are commands (8-bit literal, 16-bit literal, end); entries start at 3.
  const entryLengths: number[] = [];
  let dictionarySize = 4;
  let numBits = 3;
  let enlargeIn = 4;

  const first = bits.read(2);
  if (first === 2) return 0;
  if (first !== 0 && first !== 1) return null;
  bits.read(first === 0 ? 8 : 16);
  entryLengths[3] = 1;
  let previousLength = 1;
  let total = 1;

  for (;;) {
    if (bits.exhausted()) return null; // lz-string returns "" for a cut-off stream
    let code = bits.read(numBits);
    if (code === 2) return total;
    if (code === 0 || code === 1) {
      bits.read(code === 0 ? 8 : 16);
      entryLengths[dictionarySize++] = 1;
      code = dictionarySize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entryLength: number;
    if (code < dictionarySize && entryLengths[code] !== undefined) entryLength = entryLengths[code];
    else if (code === dictionarySize) entryLength = previousLength + 1;
    else return null;
    total += entryLength;
    if (total > limit) return Infinity;
    entryLengths[dictionarySize++] = previousLength + 1;
    enlargeIn--;
    previousLength = entryLength;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}

/** Reads the payload's bits as lz-string does: high bit first within each character, zeros past the end. */
function bitReader(payload: string): { read: (count: number) => number; exhausted: () => boolean } {
  // Past the end, and for characters outside the alphabet, lz-string reads zeros.
  const valueAt = (index: number) => (index < payload.length ? Math.max(LZ_URI_ALPHABET.indexOf(payload[index]), 0) : 0);
  let value = valueAt(0);
  let position = 1 << (BITS_PER_CHARACTER - 1);
  let index = 1;
  return {
    read(count: number): number {
      let result = 0;
      for (let bit = 0; bit < count; bit++) {
        if ((value & position) !== 0) result |= 1 << bit;
        position >>= 1;
        if (position === 0) {
          position = 1 << (BITS_PER_CHARACTER - 1);
          value = valueAt(index++);
        }
      }
      return result;
    },
    exhausted: () => index > payload.length,
  };
}
