/** The result of reading a number the user typed: the value, or a message to show next to the field. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads typed text as a number within [−limit, limit]. Accepts a typographic minus and a decimal comma;
 * rejects empty text, words, NaN and Infinity with a message that says what is allowed. Pure.
 */
export function parseBoundedNumber(text: string, limit: number): ParsedNumber {
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (cleaned === '') return { ok: false, message: 'Type a number.' };
  // Number('') and Number(' ') are 0 and Number('1e3') is 1000: accept only plain decimal notation.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { ok: false, message: `“${text.trim()}” is not a number.` };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  if (Math.abs(value) > limit) return { ok: false, message: `Use a value between −${limit} and ${limit}.` };
  return { ok: true, value };
}
