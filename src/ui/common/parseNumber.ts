import { DICTIONARIES, fill, type Dictionary } from '../../i18n';

/** The result of reading a number the user typed: the value, or a message to show next to the field. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** The messages a typed number can get, in one language (the `fields.number` dictionary entry). */
export type NumberMessages = Dictionary['fields']['number'];

/**
 * Reads typed text as a number within [−limit, limit]. Accepts a typographic minus and a decimal comma;
 * rejects empty text, words, NaN and Infinity with a message that says what is allowed, worded with
 * `messages` (English unless the caller passes the reader's language). Pure.
 */
export function parseBoundedNumber(text: string, limit: number, messages: NumberMessages = DICTIONARIES.en.fields.number): ParsedNumber {
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (cleaned === '') return { ok: false, message: messages.empty };
  // Number('') and Number(' ') are 0 and Number('1e3') is 1000: accept only plain decimal notation.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { ok: false, message: fill(messages.notANumber, { text: text.trim() }) };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: messages.tooLarge };
  if (Math.abs(value) > limit) return { ok: false, message: fill(messages.outOfRange, { limit }) };
  return { ok: true, value };
}
