/** The quantities a narrated number can belong to; the UI colours each with its theme colour. */
export type NarratedQuantity = 'f' | 'i' | 'cTilde' | 'o' | 'c' | 'h' | 'z' | 'r' | 'hTilde';

/**
 * One piece of a narrated sentence. Words and numbers are kept apart so a phrasebook owns every word and
 * the UI owns every number's formatting (the model keeps full precision).
 */
export type NarrationSegment =
  | { kind: 'text'; text: string }
  /** a word of the user's sentence, quoted by the phrasebook around it */
  | { kind: 'token'; text: string }
  /** a fraction in [0, 1] shown as a percentage, e.g. a gate value */
  | { kind: 'percent'; value: number; quantity: NarratedQuantity }
  /** a signed value shown with the chosen number of decimals */
  | { kind: 'number'; value: number; quantity: NarratedQuantity }
  /** a whole count, e.g. a unit number */
  | { kind: 'count'; value: number };

/** One sentence of the narration: segments to be joined without separators. */
export type NarrationSentence = NarrationSegment[];
