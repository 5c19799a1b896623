import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../scenario';
import { decodeScenarioDocument } from './decodeDocument';
import { encodeScenarioDocument, type ScenarioDecodeResult } from './document';
import { parseJson } from './json';
import { MAX_LINK_CHARACTERS, MAX_LINK_JSON_CHARACTERS, SCHEMA_VERSION } from './limits';
import { lzDecompressedLength } from './lzLength';

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
  if (!json.ok) return { ok: false, errors: [json.error] };
  const parsed = parseJson(json.value, "the link's data is not valid JSON");
  return parsed.ok ? decodeScenarioDocument(parsed.value) : { ok: false, errors: [parsed.error] };
}

function linkJson(text: string): { ok: true; value: string } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false, error }) as const;
  if (typeof text !== 'string') return fail('the link must be text');
  const link = text.trim();
  if (link.length > MAX_LINK_CHARACTERS) {
    return fail(`the link is too long (${link.length} characters; the limit is ${MAX_LINK_CHARACTERS})`);
  }
  if (!link.startsWith(LINK_PREFIX)) {
    const version = /^v(\d{1,6})\./.exec(link);
    if (version !== null) {
      return fail(`this link is in format version ${version[1]}, but this app reads version ${SCHEMA_VERSION} links (they start with "${LINK_PREFIX}")`);
    }
    return fail(`this is not a scenario link (scenario links start with "${LINK_PREFIX}")`);
  }
  const payload = link.slice(LINK_PREFIX.length).replace(/ /g, '+');
  if (payload === '') return fail(`the link has no scenario data after "${LINK_PREFIX}"`);
  if (!PAYLOAD.test(payload)) {
    const bad = payload.search(/[^A-Za-z0-9+\-$]/);
    const where = `${JSON.stringify(payload[bad])} at position ${LINK_PREFIX.length + bad + 1}`;
    return fail(`the link has ${where}, which cannot be part of a scenario link (was it changed or cut?)`);
  }
  const limitText = `${MAX_LINK_JSON_CHARACTERS / 1000} KB`;
  const size = lzDecompressedLength(payload, MAX_LINK_JSON_CHARACTERS);
  if (size === null) return fail('the link is damaged or incomplete: its data cannot be decompressed');
  if (size > MAX_LINK_JSON_CHARACTERS) return fail(`the link's data expands to more than ${limitText}, the limit for a link`);
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch {
    json = null;
  }
  if (typeof json !== 'string' || json === '') return fail('the link is damaged or incomplete: its data cannot be decompressed');
  // Cannot happen when lzDecompressedLength mirrors lz-string; kept so a library change cannot lift the limit.
  if (json.length > MAX_LINK_JSON_CHARACTERS) return fail(`the link's data expands to more than ${limitText}, the limit for a link`);
  return { ok: true, value: json };
}
