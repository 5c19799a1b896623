import { MAX_REPORTED_ERRORS } from './limits';

/**
 * Collects what is wrong with a document, in reading order. Past MAX_REPORTED_ERRORS it only counts, so
 * a matrix full of strings yields a readable list rather than thousands of lines. Mutates only itself.
 */
export class Problems {
  private readonly messages: string[] = [];
  private dropped = 0;

  /** Records one problem. Mutates this collector. */
  add(message: string): void {
    if (this.messages.length < MAX_REPORTED_ERRORS) this.messages.push(message);
    else this.dropped++;
  }

  /** How many problems were recorded, listed or not. */
  get count(): number {
    return this.messages.length + this.dropped;
  }

  /** The messages, with one closing line for the ones not listed. Pure. */
  list(): string[] {
    if (this.dropped === 0) return [...this.messages];
    return [...this.messages, `…and ${this.dropped} more ${this.dropped === 1 ? 'problem' : 'problems'}`];
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

/** Names a list of user-supplied keys for a message, at most five of them. Pure. */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 5).map(quoteName).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** The kind of a JSON value in words, the way the core's messages say it ("string", "null", "an array"). Pure. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
