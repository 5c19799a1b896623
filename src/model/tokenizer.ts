/** One word of the sentence as the user wrote it, with its position among the tokens. */
export interface Token {
  text: string;
  index: number;
}

// A word is a run of letters, digits and marks, optionally joined by an apostrophe or hyphen
// ("don't", "well-known"); everything else — spaces and punctuation in any script — separates words.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;

/** Splits a sentence into words and drops punctuation. Pure. */
export function tokenize(sentence: string): Token[] {
  const words = sentence.match(WORD) ?? [];
  return words.map((text, index) => ({ text, index }));
}
