import type { BoundedQuantity, SchemaProblem } from './problem';
import { kindOf, quotedNames, type Problems } from './problems';

/** What a list of numbers must look like: its length, why, and the bound on every entry. */
export interface NumberListSpec {
  count: number;
  /** the problem for a list of another length, which says why `count` was expected */
  wrongLength: (at: string, count: number) => SchemaProblem;
  /** the largest allowed absolute value */
  limit: number;
  /** what the entries are, for the range message */
  quantity: BoundedQuantity;
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

/** Records one problem naming every key of `keys` not in `allowed`; `where` is '' for the document. Mutates only `problems`. */
export function reportUnknownFields(keys: readonly string[], allowed: readonly string[], where: string, problems: Problems): void {
  const unknown = keys.filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  problems.add({ code: 'unknownFields', at: where, ...quotedNames(unknown), allowed: [...allowed] });
}

/**
 * Reads a list of `spec.count` finite numbers within ±spec.limit, or records why not and returns null.
 * The per-number checks are the core's checkFinite ones (a number, and finite), located by JSON path.
 * Returns a fresh array; mutates only `problems`.
 */
export function readNumberList(value: unknown, path: string, spec: NumberListSpec, problems: Problems): number[] | null {
  if (!Array.isArray(value)) {
    problems.add({ code: 'notNumberList', at: path, count: spec.count });
    return null;
  }
  if (value.length !== spec.count) {
    problems.add(spec.wrongLength(path, value.length));
    return null;
  }
  const numbers: number[] = [];
  for (let k = 0; k < spec.count; k++) {
    const entry: unknown = value[k];
    const at = `${path}[${k}]`;
    if (typeof entry !== 'number') problems.add({ code: 'notANumber', at, got: kindOf(entry) });
    else if (!Number.isFinite(entry)) problems.add({ code: 'notFinite', at, value: entry });
    else if (Math.abs(entry) > spec.limit) problems.add({ code: 'outOfRange', at, value: entry, limit: spec.limit, quantity: spec.quantity });
    else numbers.push(entry);
  }
  return numbers.length === spec.count ? numbers : null;
}

/** Reads optional text of at most `maxCharacters`, or records why not. Mutates only `problems`. */
export function readText(value: unknown, path: string, maxCharacters: number, problems: Problems): string | null {
  if (typeof value !== 'string') {
    problems.add({ code: 'notText', at: path });
    return null;
  }
  if (value.length > maxCharacters) {
    problems.add({ code: 'tooLong', at: path, length: value.length, limit: maxCharacters });
    return null;
  }
  return value;
}

/** The length problem of a list that needs one number per hidden unit: biases, h0 and c0. Pure. */
export function unitCountProblem(hiddenSize: number): (at: string, count: number) => SchemaProblem {
  return (at, count) => ({ code: 'wrongUnitCount', at, count, expected: hiddenSize });
}
