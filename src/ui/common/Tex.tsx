import { useMemo } from 'react';
import { renderTex } from './texCache';

interface TexProps {
  /** TeX source; user text inside it must come through `texText`. */
  tex: string;
  /** Display (block) style instead of inline. */
  display?: boolean;
  className?: string;
}

/** Typesets TeX with KaTeX (through the shared cache); never trusts input, shows errors inline. */
export function Tex({ tex, display = false, className }: TexProps) {
  const html = useMemo(() => renderTex(tex, display), [tex, display]);
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
