import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../scenario';
import { decodeScenarioDocument } from './decodeDocument';
import { encodeScenarioDocument, type ScenarioDecodeResult } from './document';
import { parseJson } from './json';
import { MAX_LINK_CHARACTERS, MAX_LINK_JSON_CHARACTERS, SCHEMA_VERSION } from './limits';
import { lzDecompressedLength } from './lzLength';
import type { SchemaProblem } from './problem';

/** What every scenario link starts with: the document format version, then a dot. */
export const LINK_PREFIX = `v${SCHEMA_VERSION}.`;

const PAYLOAD = /^[A-Za-z0-9+\-$]*$/;

/**
 * The scenario and step as a compact URL-safe string (for a hash or query parameter): LINK_PREFIX and the
 * lz-string compressed JSON document. A scenario whose JSON is over MAX_LINK_JSON_CHARACTERS gives a link
 * decodeScenarioLink refuses; check with it before offering the link. Pure.
 */
export function encodeScenarioLink(scenario: Scenario, step: number): string {
  return LINK_PREFIX + compressToEncodedURIComponent(JSON.stringify(encodeScenarioDocument(scenario, step)));
}

/**
 * Decodes a string made by encodeScenarioLink into the scenario and step, or says what is wrong: another
 * prefix, characters a link cannot hold, damaged data, too much data, or any problem of the document
 * itself. Spaces count as '+' (query strings turn '+' into a space). Never throws. Pure.
 */
export function decodeScenarioLink(text: string): ScenarioDecodeResult {
  const json = linkJson(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = parseJson(json.value, 'link');
  return parsed.ok ? decodeScenarioDocument(parsed.value) : { ok: false, problems: [parsed.problem] };
}

function linkJson(text: string): { ok: true; value: string } | { ok: false; problem: SchemaProblem } {
  const fail = (problem: SchemaProblem) => ({ ok: false, problem }) as const;
  if (typeof text !== 'string') return fail({ code: 'linkNotText' });
  const link = text.trim();
  if (link.length > MAX_LINK_CHARACTERS) return fail({ code: 'linkTooLong', length: link.length, limit: MAX_LINK_CHARACTERS });
  if (!link.startsWith(LINK_PREFIX)) {
    const version = /^v(\d{1,6})\./.exec(link);
    if (version !== null) return fail({ code: 'linkOtherVersion', version: version[1], supported: SCHEMA_VERSION, prefix: LINK_PREFIX });
    return fail({ code: 'notALink', prefix: LINK_PREFIX });
  }
  const payload = link.slice(LINK_PREFIX.length).replace(/ /g, '+');
  if (payload === '') return fail({ code: 'linkEmpty', prefix: LINK_PREFIX });
  if (!PAYLOAD.test(payload)) {
    const bad = payload.search(/[^A-Za-z0-9+\-$]/);
    return fail({ code: 'linkBadCharacter', character: payload[bad], position: LINK_PREFIX.length + bad + 1 });
  }
  const tooLarge = { code: 'linkTooLarge', limit: MAX_LINK_JSON_CHARACTERS } as const;
  const damaged = { code: 'linkDamaged' } as const;
  const size = lzDecompressedLength(payload, MAX_LINK_JSON_CHARACTERS);
  if (size === null) return fail(damaged);
  if (size > MAX_LINK_JSON_CHARACTERS) return fail(tooLarge);
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch {
    json = null;
  }
  if (typeof json !== 'string' || json === '') return fail(damaged);
  // Cannot happen when lzDecompressedLength mirrors lz-string; kept so a library change cannot lift the limit.
  if (json.length > MAX_LINK_JSON_CHARACTERS) return fail(tooLarge);
  return { ok: true, value: json };
}
