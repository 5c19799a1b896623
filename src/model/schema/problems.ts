import { MAX_REPORTED_ERRORS } from './limits';
import type { QuotedNames, SchemaProblem, ValueKind } from './problem';

/**
 * Collects what is wrong with a document, in reading order. Past MAX_REPORTED_ERRORS it only counts, so
 * a matrix full of strings yields a readable list rather than thousands of lines. Mutates only itself.
 */
export class Problems {
  private readonly found: SchemaProblem[] = [];
  private dropped = 0;

  /** Records one problem. Mutates this collector. */
  add(problem: SchemaProblem): void {
    if (this.found.length < MAX_REPORTED_ERRORS) this.found.push(problem);
    else this.dropped++;
  }

  /** How many problems were recorded, listed or not. */
  get count(): number {
    return this.found.length + this.dropped;
  }

  /** The problems, with one closing `moreProblems` for the ones not listed. Pure. */
  list(): SchemaProblem[] {
    if (this.dropped === 0) return [...this.found];
    return [...this.found, { code: 'moreProblems', count: this.dropped }];
  }
}

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const QUOTED_NAME_LIMIT = 40;

/** A JSON-path-like location for a field of `parent`: `vocabulary.she`, or `vocabulary["a b"]`. Pure. */
export function fieldPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key) && key.length <= QUOTED_NAME_LIMIT) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${quoteName(key)}]`;
}

/** A user-supplied name in double quotes, shortened so a megabyte-long key cannot flood a message. Pure. */
export function quoteName(name: string): string {
  const shown = name.length > QUOTED_NAME_LIMIT ? `${name.slice(0, QUOTED_NAME_LIMIT)}…` : name;
  return JSON.stringify(shown);
}

const NAMES_SHOWN = 5;

/** User-supplied names for a message: the first five quoted, and a count of the rest. Pure. */
export function quotedNames(names: readonly string[]): QuotedNames {
  return { names: names.slice(0, NAMES_SHOWN).map(quoteName), more: Math.max(0, names.length - NAMES_SHOWN) };
}

/** The kind of a JSON value, as the messages name it. Pure. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
