import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../scenario';
import { decodeScenarioDocument } from './decodeDocument';
import { encodeScenarioDocument, type ScenarioDecodeResult } from './document';
import { parseJson } from './json';
import { MAX_LINK_CHARACTERS, MAX_LINK_JSON_CHARACTERS, SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS } from './limits';
import { lzDecompressedLength } from './lzLength';
import type { SchemaProblem } from './problem';

/** What a standard LSTM's link starts with: the document format version, then a dot. */
export const LINK_PREFIX = `v${SCHEMA_VERSION}.`;
/** The prefixes of every link this app reads ("v1." for the LSTM, "v2." for the other cells). */
export const LINK_PREFIXES: readonly string[] = SUPPORTED_SCHEMA_VERSIONS.map((version) => `v${version}.`);

const PAYLOAD = /^[A-Za-z0-9+\-$]*$/;

/**
 * The scenario and step as a compact URL-safe string (for a hash or query parameter): the document's
 * version as a prefix ("v1." for a standard LSTM, exactly as before cells; "v2." for the others) and the
 * lz-string compressed JSON document. A scenario whose JSON is over MAX_LINK_JSON_CHARACTERS gives a link
 * decodeScenarioLink refuses; check with it before offering the link. Pure.
 */
export function encodeScenarioLink(scenario: Scenario, step: number): string {
  const document = encodeScenarioDocument(scenario, step);
  return `v${document.version}.` + compressToEncodedURIComponent(JSON.stringify(document));
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
  // The prefix names the version; the document inside says it again, and the decoder checks that one.
  const prefix = LINK_PREFIXES.find((candidate) => link.startsWith(candidate));
  if (prefix === undefined) {
    const version = /^v(\d{1,6})\./.exec(link);
    if (version !== null) {
      return fail({ code: 'linkOtherVersion', version: version[1], supported: [...SUPPORTED_SCHEMA_VERSIONS], prefixes: [...LINK_PREFIXES] });
    }
    return fail({ code: 'notALink', prefix: LINK_PREFIX });
  }
  const payload = link.slice(prefix.length).replace(/ /g, '+');
  if (payload === '') return fail({ code: 'linkEmpty', prefix });
  if (!PAYLOAD.test(payload)) {
    const bad = payload.search(/[^A-Za-z0-9+\-$]/);
    return fail({ code: 'linkBadCharacter', character: payload[bad], position: prefix.length + bad + 1 });
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
