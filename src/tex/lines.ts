/** Wraps a piece of TeX so the piece is never split across lines; pieces are left as they are. */
export type Atom = (tex: string) => string;

/** Leaves the TeX as it is: for fixed layouts (aligned blocks) that never break a line. */
export const asIs: Atom = (tex) => tex;

/**
 * Braces a product or a parenthesised term: KaTeX breaks an inline formula only after a top-level
 * relation or operator, so a braced group stays whole and a line breaks between terms, not inside one.
 */
export const unbreakable: Atom = (tex) => `{${tex}}`;

/** The law at this step above its numbers, lined up on the equals sign: a fixed two-line block. Pure. */
export function alignedLines(lawWithAmpersand: string, numbers: string): string {
  return `\\begin{aligned} ${lawWithAmpersand} \\\\ &= ${numbers} \\end{aligned}`;
}

/**
 * The law at this step, a new line, then "= numbers" as inline TeX that wraps after = + ⊙ when its box
 * is narrow (typeset it in a block whose padding indents the numbers under the law). Pure.
 */
export function flowingLines(law: string, numbers: string): string {
  return `\\displaystyle ${law} \\newline = ${numbers}`;
}
