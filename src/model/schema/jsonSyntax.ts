import type { JsonSyntaxReason } from './problem';

/** Where a JSON text stops being valid, and why (as data a phrasebook words); line and column count from 1. */
export interface JsonSyntaxError {
  position: number;
  line: number;
  column: number;
  reason: JsonSyntaxReason;
}

type Expect = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z]+/y;
const LITERALS = ['true', 'false', 'null'];
const ESCAPES = '"\\/bfnrtu';
const OPEN_BRACE = 0x7b;

/**
 * Finds the first syntax error of a JSON text, or null when it is valid. JSON.parse says the same thing in
 * different words in every browser, and Chrome's message has no position; this scanner gives one reason
 * with a line and column everywhere, in the reader's language. Iterative (an explicit stack), so deep nesting cannot overflow. Pure.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  // Open containers as char codes. A typed array, because V8's optimised code turned push/pop on a
  // string array quadratic at 500,000 levels; nesting can never be deeper than the text is long.
  const stack = new Uint8Array(text.length + 1);
  let depth = 0;
  const afterValue = (): Expect => (depth > 0 ? 'commaOrClose' : 'end');
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    if (i >= text.length) {
      return expect === 'end' ? null : errorAt(text, i, { code: 'endsEarly' });
    }
    const ch = text[i];
    if (expect === 'end') return errorAt(text, i, { code: 'afterEnd', found: ch });
    if (expect === 'colon') {
      if (ch !== ':') return errorAt(text, i, { code: 'expectedColon', found: ch });
      i++;
      expect = 'value';
    } else if (expect === 'commaOrClose') {
      const close = stack[depth - 1] === OPEN_BRACE ? '}' : ']';
      if (ch === ',') expect = close === '}' ? 'key' : 'value';
      else if (ch === close) {
        depth--;
        expect = afterValue();
      } else return errorAt(text, i, { code: 'expectedCommaOrClose', close, found: ch });
      i++;
    } else if ((expect === 'keyOrClose' && ch === '}') || (expect === 'valueOrClose' && ch === ']')) {
      depth--;
      i++;
      expect = afterValue();
    } else if (expect === 'keyOrClose' || expect === 'key') {
      if (ch !== '"') return errorAt(text, i, { code: 'expectedKey', found: ch });
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
    } else {
      if (ch === '{' || ch === '[') {
        stack[depth++] = ch.charCodeAt(0);
        i++;
        expect = ch === '{' ? 'keyOrClose' : 'valueOrClose';
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = afterValue();
    }
  }
}

/** A string, number or literal starting at i: the index just after it, or the error. */
function scanScalar(text: string, i: number): number | JsonSyntaxError {
  const ch = text[i];
  if (ch === '"') return scanString(text, i);
  if (ch === '-' || (ch >= '0' && ch <= '9')) {
    NUMBER.lastIndex = i;
    return NUMBER.test(text) ? NUMBER.lastIndex : errorAt(text, i, { code: 'badNumber' });
  }
  WORD.lastIndex = i;
  if (WORD.test(text)) {
    const word = text.slice(i, WORD.lastIndex);
    if (LITERALS.includes(word)) return WORD.lastIndex;
    if (WORD.lastIndex === text.length && LITERALS.some((literal) => literal.startsWith(word))) {
      return errorAt(text, text.length, { code: 'endsEarly' });
    }
    return errorAt(text, i, { code: 'unexpectedWord', word: word.slice(0, 20) });
  }
  return errorAt(text, i, { code: 'unexpectedCharacter', found: ch });
}

/** A double-quoted string starting at i: the index just after its closing quote, or the error. */
function scanString(text: string, i: number): number | JsonSyntaxError {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return errorAt(text, j, { code: 'controlInText' });
    if (code === 0x5c) {
      const escape = text[j + 1] ?? '';
      if (escape === '') break;
      if (!ESCAPES.includes(escape)) return errorAt(text, j, { code: 'badEscape', escape });
      if (escape === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return errorAt(text, j, { code: 'badUnicodeEscape' });
      j += escape === 'u' ? 5 : 1;
    }
  }
  return errorAt(text, text.length, { code: 'unclosedText' });
}

function errorAt(text: string, position: number, reason: JsonSyntaxReason): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < position; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { position, line, column: position - lineStart + 1, reason };
}

