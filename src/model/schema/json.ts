import { decodeScenarioDocument } from './decodeDocument';
import type { ScenarioDecodeResult } from './document';
import { findJsonSyntaxError } from './jsonSyntax';
import { MAX_JSON_BYTES } from './limits';
import type { JsonSource, SchemaProblem } from './problem';

/**
 * Parses and decodes a scenario JSON text (e.g. an imported file). Texts over MAX_JSON_BYTES are rejected
 * before parsing; a syntax error is reported with its line and column. Never throws. Pure.
 */
export function parseScenarioJson(text: string): ScenarioDecodeResult {
  if (typeof text !== 'string') return { ok: false, problems: [{ code: 'jsonNotText' }] };
  const tooLarge = sizeProblem(text);
  if (tooLarge !== null) return { ok: false, problems: [tooLarge] };
  const parsed = parseJson(text, 'file');
  return parsed.ok ? decodeScenarioDocument(parsed.value) : { ok: false, problems: [parsed.problem] };
}

/**
 * JSON.parse without throwing: the value, or where and why the text is invalid (`source` says whose text
 * it was, for the message). A leading byte-order mark (left by some editors) is ignored. Pure.
 */
export function parseJson(text: string, source: JsonSource): { ok: true; value: unknown } | { ok: false; problem: SchemaProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(body);
    if (found === null) return { ok: false, problem: { code: 'jsonUnparsable', source, detail: error instanceof Error ? error.message : String(error) } };
    return { ok: false, problem: { code: 'jsonSyntax', source, reason: found.reason, line: found.line, column: found.column } };
  }
}

/** The problem when `text` is over MAX_JSON_BYTES in UTF-8, else null. Pure. */
function sizeProblem(text: string): SchemaProblem | null {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is rejected without reading it.
  if (text.length > MAX_JSON_BYTES) return { code: 'jsonTooLarge', bytes: text.length, atLeast: true, limit: MAX_JSON_BYTES };
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes > MAX_JSON_BYTES ? { code: 'jsonTooLarge', bytes, atLeast: false, limit: MAX_JSON_BYTES } : null;
}
