// Characters that mean something to TeX, mapped to a form KaTeX prints literally inside \text{}.
const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * The only way user text enters TeX: wraps it in \text{} with every special character escaped, so a
 * token like `\href{…}` or `}\def\a{\a}\a` is printed, never interpreted. Pure.
 */
export function texText(userText: string): string {
  const escaped = Array.from(userText, (ch) => TEXT_ESCAPES[ch] ?? ch).join('');
  return `\\text{${escaped}}`;
}
