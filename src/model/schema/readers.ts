import { checkFinite } from '../../core';
import { listNames, type Problems } from './problems';

/** What a list of numbers must look like: its length, why, and the bound on every entry. */
export interface NumberListSpec {
  count: number;
  /** the word for the entries in the length message: "numbers", or "columns" for a matrix row */
  unit: string;
  /** why `count` is expected, e.g. "H=1 + D=3" or "one per feature" */
  why: string;
  /** the largest allowed absolute value */
  limit: number;
  /** what the entries are, for the range message, e.g. "weights and biases" */
  what: string;
}

/**
 * The own enumerable keys of a plain object, or null for anything else (arrays included). Own keys only:
 * a JSON key "__proto__" is data here, never a prototype. Pure.
 */
export function objectKeys(value: unknown): string[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  return Object.keys(value);
}

/**
 * The value of an own data property, or undefined. Goes through the property descriptor so "__proto__"
 * reads the key's own value rather than the prototype, and so an accessor (never produced by JSON.parse)
 * is not run. Pure.
 */
export function ownValue(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
}

/** Records one problem naming every key of `keys` not in `allowed`. Mutates only `problems`. */
export function reportUnknownFields(keys: readonly string[], allowed: readonly string[], where: string, problems: Problems): void {
  const unknown = keys.filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  const noun = unknown.length === 1 ? 'field' : 'fields';
  problems.add(`${where} has unknown ${noun} ${listNames(unknown)} (allowed: ${allowed.join(', ')})`);
}

/**
 * Reads a list of `spec.count` finite numbers within ±spec.limit, or records why not and returns null.
 * The per-number messages are the core's own (checkFinite) with the JSON path as the name. Returns a
 * fresh array; mutates only `problems`.
 */
export function readNumberList(value: unknown, path: string, spec: NumberListSpec, problems: Problems): number[] | null {
  if (!Array.isArray(value)) {
    problems.add(`${path} must be a list of ${spec.count} numbers`);
    return null;
  }
  if (value.length !== spec.count) {
    problems.add(`${path} has ${value.length} ${spec.unit}, expected ${spec.count} (${spec.why})`);
    return null;
  }
  const numbers: number[] = [];
  for (let k = 0; k < spec.count; k++) {
    const entry: unknown = value[k];
    const name = `${path}[${k}]`;
    try {
      checkFinite(name, entry);
    } catch (error) {
      problems.add(error instanceof Error ? error.message : `${name} must be a number`);
      continue;
    }
    if (Math.abs(entry) > spec.limit) {
      problems.add(`${name} is ${entry}, but ${spec.what} must be between -${spec.limit} and ${spec.limit}`);
      continue;
    }
    numbers.push(entry);
  }
  return numbers.length === spec.count ? numbers : null;
}

/** Reads optional text of at most `maxCharacters`, or records why not. Mutates only `problems`. */
export function readText(value: unknown, path: string, maxCharacters: number, problems: Problems): string | null {
  if (typeof value !== 'string') {
    problems.add(`${path} must be text`);
    return null;
  }
  if (value.length > maxCharacters) {
    problems.add(`${path} has ${value.length} characters, the limit is ${maxCharacters}`);
    return null;
  }
  return value;
}
