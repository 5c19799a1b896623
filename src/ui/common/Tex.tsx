import katex from 'katex';
import { useMemo } from 'react';

/** Macros shared by every formula in the app. */
const MACROS: Record<string, string> = {};

interface TexProps {
  /** TeX source; user text inside it must come through `texText`. */
  tex: string;
  /** Display (block) style instead of inline. */
  display?: boolean;
  className?: string;
}

/** Typesets TeX with KaTeX; never trusts input, bounds macro expansion, shows errors inline. */
export function Tex({ tex, display = false, className }: TexProps) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        trust: false,
        maxExpand: 200,
        maxSize: 20,
        strict: 'ignore',
        macros: { ...MACROS },
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
