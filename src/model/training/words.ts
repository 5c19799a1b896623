/**
 * The word lists of the agreement task. Names are split by gender; the last three of each list are held
 * out: they never appear in a training sentence, only in the test set.
 */

/** Female names; the last three are held out. */
export const FEMALE_NAMES = ['Alice', 'Mary', 'Emma', 'Sophie', 'Lucy', 'Grace', 'Anna', 'Julia', 'Laura', 'Nora', 'Rose', 'Clara'] as const;
/** Male names; the last three are held out. */
export const MALE_NAMES = ['Bob', 'John', 'Tom', 'Peter', 'David', 'James', 'Mark', 'Paul', 'Jack', 'Henry', 'Leo', 'Sam'] as const;
/** How many names of each gender only the test set uses. */
export const HELD_OUT_PER_GENDER = 3;
/** Adjectives after "is". */
export const ADJECTIVES = ['happy', 'tired', 'brave', 'calm', 'kind', 'busy', 'late', 'shy'] as const;
/** Verbs after the pronoun. */
export const VERBS = ['smiles', 'laughs', 'sings', 'waves', 'runs', 'sleeps', 'reads', 'nods'] as const;
/** The pronouns with their gender. */
export const PRONOUNS = [
  { word: 'She', female: true },
  { word: 'He', female: false },
] as const;
