import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every word a user reads comes from the dictionaries (src/i18n). This reads each component's source and
// lists the words written straight into JSX text or into the attributes people read or hear.
const UI = join(__dirname, '../../src/ui');
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
// Shared by both languages: the names of functions and symbols in the equations, units, key names.
const SHARED = /^(tanh|σ|sigmoid|PNG|SVG|JSON|CSV|LSTM|GRU|RNN|Esc|Home|End|Space|Shift|Ctrl|PageUp|PageDown|Tab|Enter)$/;
const WORDS = /[A-Za-z]{2,}|[\u4e00-\u9fff]/;

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? componentFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

function isUserText(text: string): boolean {
  const words = text.trim().split(/[\s,.;:·()[\]/+−×→←–—…'"“”‘’!?]+/).filter(Boolean);
  return words.some((word) => WORDS.test(word) && !SHARED.test(word));
}

/** A string compared with (`kind === 'text'`), tested as a key (`'text' in part`) or used as an index is code, not text. */
function isComparedOrKey(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isElementAccessExpression(parent)) return true;
  if (!ts.isBinaryExpression(parent)) return false;
  const operator = parent.operatorToken.kind;
  return (
    operator === ts.SyntaxKind.InKeyword ||
    operator === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    operator === ts.SyntaxKind.ExclamationEqualsEqualsToken
  );
}

function hardCodedText(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${relative(UI, path)}:${line + 1} ${JSON.stringify(text.trim().slice(0, 60))}`);
  };
  const stringsIn = (node: ts.Node, visit: (literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression) => void) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      if (!isComparedOrKey(node)) visit(node);
    } else if (!ts.isJsxElement(node) && !ts.isJsxSelfClosingElement(node) && !ts.isJsxFragment(node)) {
      // Nested elements are visited on their own; only this expression's own strings count here.
      node.forEachChild((child) => stringsIn(child, visit));
    }
  };
  const walk = (node: ts.Node) => {
    if (ts.isJsxText(node) && isUserText(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      stringsIn(node.expression, (literal) => {
        const text = ts.isTemplateExpression(literal) ? literal.head.text + literal.templateSpans.map((span) => span.literal.text).join(' ') : literal.text;
        if (isUserText(text)) report(literal, text);
      });
    }
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      stringsIn(node.initializer, (literal) => {
        const text = ts.isTemplateExpression(literal) ? literal.head.text + literal.templateSpans.map((span) => span.literal.text).join(' ') : literal.text;
        if (isUserText(text)) report(literal, text);
      });
    }
    node.forEachChild(walk);
  };
  walk(source);
  return found;
}

describe('no hard-coded user-facing text', () => {
  it('finds the words it looks for (the checker itself works)', () => {
    expect(isUserText('Next step')).toBe(true);
    expect(isUserText('下一步')).toBe(true);
    expect(isUserText(' · ')).toBe(false);
    expect(isUserText('tanh')).toBe(false);
    expect(isUserText('×')).toBe(false);
  });

  it('every component takes its words from the dictionaries', () => {
    const found = componentFiles(UI).flatMap(hardCodedText);
    expect(found).toEqual([]);
  });
});
