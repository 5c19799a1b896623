import { decodeScenarioDocument } from './decodeDocument';
import type { ScenarioDecodeResult } from './document';
import { findJsonSyntaxError } from './jsonSyntax';
import { MAX_JSON_BYTES } from './limits';

/**
 * Parses and decodes a scenario JSON text (e.g. an imported file). Texts over MAX_JSON_BYTES are rejected
 * before parsing; a syntax error is reported with its line and column. Never throws. Pure.
 */
export function parseScenarioJson(text: string): ScenarioDecodeResult {
  if (typeof text !== 'string') return { ok: false, errors: ['the JSON must be text'] };
  const tooLarge = sizeProblem(text, 'the JSON');
  if (tooLarge !== null) return { ok: false, errors: [tooLarge] };
  const parsed = parseJson(text, 'the JSON is not valid');
  return parsed.ok ? decodeScenarioDocument(parsed.value) : { ok: false, errors: [parsed.error] };
}

/**
 * JSON.parse without throwing: the value, or `prefix` followed by where and why the text is invalid.
 * A leading byte-order mark (left by some editors) is ignored. Pure.
 */
export function parseJson(text: string, prefix: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (found === null) return { ok: false, error: `${prefix}: ${error instanceof Error ? error.message : String(error)}` };
    return { ok: false, error: `${prefix}: ${found.reason} (line ${found.line}, column ${found.column})` };
  }
}

/** A message when `text` is over MAX_JSON_BYTES in UTF-8, else null. Pure. */
function sizeProblem(text: string, what: string): string | null {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is rejected without reading it.
  if (text.length > MAX_JSON_BYTES) return `${what} is too large (at least ${megabytes(text.length)}); the limit is ${megabytes(MAX_JSON_BYTES)}`;
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes > MAX_JSON_BYTES ? `${what} is too large (${megabytes(bytes)}); the limit is ${megabytes(MAX_JSON_BYTES)}` : null;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}
