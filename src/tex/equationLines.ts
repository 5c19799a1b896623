/** An equation of the explainer split into two one-line TeX strings, for places too narrow for the aligned block. */
export interface EquationLines {
  /** the law at this step, e.g. f_{3} = \sigma(W_f \cdot [h_{2}, x_{3}] + b_f) */
  law: string;
  /** the same left-hand side with this step's numbers, e.g. f_{3} = \sigma(0.605) = 0.647 */
  numbers: string;
}

// The aligned block every equation builder writes: `<lhs> &= <law> \\ &= <numbers>`.
const ALIGNED = /^\\begin\{aligned\} (.*?) &= (.*?) \\\\ &= (.*) \\end\{aligned\}$/;

/**
 * Splits an equation's two-line aligned form into its law and its numbers, each with the left-hand side
 * so it reads on its own. A form of another shape comes back whole as both lines. Pure.
 */
export function equationLines(substituted: string): EquationLines {
  const match = ALIGNED.exec(substituted);
  if (!match) return { law: substituted, numbers: substituted };
  const [, lhs, law, numbers] = match;
  return { law: `${lhs} = ${law}`, numbers: `${lhs} = ${numbers}` };
}
