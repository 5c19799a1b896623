import '@testing-library/jest-dom/vitest';

// jsdom has no MathML elements: KaTeX's <math> nodes are plain Elements without a `style`, and jsdom's
// getComputedStyle crashes on them when Testing Library computes accessible names. Give such nodes the
// computed style of an empty span instead; real browsers (the e2e suite) need no help.
if (typeof window !== 'undefined') {
  const computedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element, pseudo?: string | null) =>
    'style' in element ? computedStyle(element, pseudo) : computedStyle(document.createElement('span'), pseudo);
}

// The app autosaves to localStorage; each test starts from an empty one so no test inherits another's work.
if (typeof window !== 'undefined') {
  const { afterEach } = await import('vitest');
  afterEach(() => window.localStorage.clear());
}
