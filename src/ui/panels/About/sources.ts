/** The source articles this explainer was made from, in the order the panel lists them (keys of the about dictionary). */
export const SOURCE_ARTICLES = ['worked', 'memory', 'translation', 'overview', 'simpleRnn'] as const;

/** A text for further reading and its address. */
export interface Reading {
  /** its key in the about dictionary */
  id: 'colah' | 'greff' | 'hochreiter';
  href: string;
}

/** Further reading, with addresses: Olah's essay, the arXiv version of Greff et al., the DOI of the 1997 paper. */
export const FURTHER_READING: readonly Reading[] = [
  { id: 'colah', href: 'https://colah.github.io/posts/2015-08-Understanding-LSTMs/' },
  { id: 'greff', href: 'https://arxiv.org/abs/1503.04069' },
  { id: 'hochreiter', href: 'https://doi.org/10.1162/neco.1997.9.8.1735' },
];
