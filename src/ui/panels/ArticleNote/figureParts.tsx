import { Fragment, type ReactNode } from 'react';
import type { FigureComparison } from '../../../model';

const SYMBOL: Record<FigureComparison['quantity'], string> = { c: 'C', h: 'h' };

/** A quantity's symbol, with its step as a subscript when given, e.g. C₂. */
export function FigureSymbol({ figure }: { figure: { quantity: FigureComparison['quantity']; step?: number } }) {
  return (
    <>
      <i>{SYMBOL[figure.quantity]}</i>
      {figure.step !== undefined && <sub>{figure.step}</sub>}
    </>
  );
}

/** The article's figure exactly as printed, with a typographic minus. Pure. */
export function printedFigure(figure: FigureComparison): string {
  return figure.printed.replace('-', '\u2212');
}

/** "t = 0", the way the note names a step. Pure. */
export function stepName(step: number): string {
  return `t = ${step}`;
}

/** Joins items as "a", "a and b", "a, b and c" with the language's comma and "and". Pure. */
export function joinAnd(items: ReactNode[], words: { listComma: string; listAnd: string }): ReactNode {
  return items.map((item, index) => (
    <Fragment key={index}>
      {index > 0 && (index === items.length - 1 ? words.listAnd : words.listComma)}
      {item}
    </Fragment>
  ));
}

/** Distinct steps of some comparisons, in order. Pure. */
export function stepsOf(comparisons: FigureComparison[]): number[] {
  return [...new Set(comparisons.map((figure) => figure.step))].sort((a, b) => a - b);
}
