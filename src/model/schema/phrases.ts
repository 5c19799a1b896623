import type { JsonSyntaxReason, SchemaProblem, SchemaProblemCode, SchemaProblemOf } from './problem';

/**
 * A phrasebook for the decoder's problems: one function per problem code, so each language owns its
 * word order. Locations (JSON paths) and the user's own names are passed through unchanged.
 */
export type ProblemPhrases = { readonly [Code in SchemaProblemCode]: (problem: SchemaProblemOf<Code>) => string };

/** The words for each JSON syntax reason, one function per reason code. */
export type SyntaxPhrases = {
  readonly [Code in JsonSyntaxReason['code']]: (reason: Extract<JsonSyntaxReason, { code: Code }>) => string;
};

/** One problem in words, in the phrasebook's language. Pure. */
export function problemText(problem: SchemaProblem, phrases: ProblemPhrases): string {
  // The mapped type pairs each code with its own function; TypeScript cannot follow that through a union.
  const phrase = phrases[problem.code] as (problem: SchemaProblem) => string;
  return phrase(problem);
}

/** A syntax reason in words. Pure. */
export function syntaxText(reason: JsonSyntaxReason, phrases: SyntaxPhrases): string {
  const phrase = phrases[reason.code] as (reason: JsonSyntaxReason) => string;
  return phrase(reason);
}

/** How a message shows a character the JSON scanner stopped at: itself in quotes, or its code point. Pure. */
export function shownCharacter(character: string, codePointWord: string): string {
  const code = character.charCodeAt(0);
  return code < 0x20 || code > 0x7e ? `${codePointWord}U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${character}'`;
}

/** Bytes as megabytes with at most one decimal, e.g. "1.2 MB". Pure. */
export function megabytes(bytes: number): string {
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}
