/** A tree of message templates: every leaf is a string, optionally with {placeholders}. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The same tree shape with every leaf a string: what a translation of `T` must provide. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/**
 * One namespace of the interface's text in both languages, side by side so a translator sees each
 * English line next to its Chinese one. The type makes a missing Chinese key a compile error; the
 * dictionary test also checks that both sides use the same {placeholders}. Pure.
 */
export function defineMessages<T extends MessageTree>(en: T, zh: Translation<T>): { en: T; zh: Translation<T> } {
  return { en, zh };
}
