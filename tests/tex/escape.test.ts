import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { texText } from '../../src/tex';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, maxExpand: 200 });

describe('texText', () => {
  it('wraps plain text in \\text{}', () => {
    expect(texText('She')).toBe('\\text{She}');
  });

  it('escapes every TeX special character', () => {
    expect(texText('a_b^c{d}$e&f#g%h~i\\j')).toBe(
      '\\text{a\\_b\\textasciicircum{}c\\{d\\}\\$e\\&f\\#g\\%h\\textasciitilde{}i\\textbackslash{}j}',
    );
  });

  it.each([
    '\\href{javascript:alert(1)}{x}',
    '}\\def\\a{\\a}\\a',
    '<img src=x onerror=alert(1)>',
    '\\begin{bmatrix}',
    '{{{{',
  ])('renders hostile text %s literally without errors', (hostile) => {
    const html = render(texText(hostile));
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('<img');
  });

  it('keeps Chinese text intact', () => {
    expect(texText('祖国')).toBe('\\text{祖国}');
  });
});
