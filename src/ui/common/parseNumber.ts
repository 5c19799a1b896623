import { DICTIONARIES, fill, type Dictionary } from '../../i18n';

/** The result of reading a number the user typed: the value, or a message to show next to the field. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** The messages a typed number can get, in one language (the `fields.number` dictionary entry). */
export type NumberMessages = Dictionary['fields']['number'];

/** What a field holds, which names it in the out-of-range message ("weights and biases must be …"). */
export type NumberQuantity = keyof NumberMessages['quantities'];

// Decimal notation with an optional exponent: 12, -0.5, .5, 3., 2e-3, 1E9. Hexadecimal, binary and
// octal literals, which Number() would also read, are not what anyone means in a weight.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const INFINITY = /^[+-]?(infinity|inf|∞)$/i;

/**
 * Reads typed text as a number within [−limit, limit]. Accepts a typographic or full-width minus,
 * full-width digits, a decimal comma when it is the only separator (1,5 = 1.5) and an exponent (2e-3).
 * A number outside the range — 1e9, Infinity, or 1e400, which overflows to Infinity — is called out of
 * range with the range; words, NaN, hexadecimal and mixed separators are called not a number, with
 * examples of what is read. A result of −0 (e.g. −1e-400) is 0. Worded with `messages` (English unless
 * the caller passes the reader's language). Pure.
 */
export function parseBoundedNumber(
  text: string,
  limit: number,
  messages: NumberMessages = DICTIONARIES.en.fields.number,
  quantity: NumberQuantity = 'value',
): ParsedNumber {
  const shown = text.trim();
  const cleaned = shown.normalize('NFKC').replace(/\u2212/g, '-');
  if (cleaned === '') return { ok: false, message: messages.empty };
  const outOfRange = { ok: false, message: fill(messages.outOfRange, { text: shown, limit, quantity: messages.quantities[quantity] }) } as const;
  if (INFINITY.test(cleaned)) return outOfRange;
  const decimal = /^[^.]*,[^.,]*$/.test(cleaned) ? cleaned.replace(',', '.') : cleaned;
  if (!DECIMAL.test(decimal)) return { ok: false, message: fill(messages.notANumber, { text: shown }) };
  const value = Number(decimal);
  if (!(Math.abs(value) <= limit)) return outOfRange;
  return { ok: true, value: value === 0 ? 0 : value };
}
