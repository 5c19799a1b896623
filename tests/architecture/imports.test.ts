import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The one-way rule of DESIGN.md: which src/ folders each folder may import from.
const ALLOWED: Record<string, string[]> = {
  core: [],
  model: ['core'],
  state: ['model', 'core'],
  viz: ['core'],
  tex: ['core'],
  i18n: [],
  ui: ['state', 'model', 'core', 'viz', 'tex', 'i18n'],
};
// Outside packages a layer may use; the core may use none.
const PACKAGES: Record<string, RegExp> = {
  core: /^$/,
  // lz-string is a pure codec for the versioned link format (DESIGN.md: model owns the URL schema).
  model: /^lz-string$/,
  state: /^react$/,
  viz: /^d3-/,
  tex: /^$/,
  i18n: /^react$/,
  ui: /.*/,
};

const SRC = join(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

describe('the one-way dependency rule', () => {
  for (const layer of Object.keys(ALLOWED)) {
    it(`${layer} imports only what it may`, () => {
      let files: string[] = [];
      try {
        files = filesUnder(join(SRC, layer));
      } catch {
        return; // layer not created yet
      }
      const violations: string[] = [];
      for (const file of files) {
        for (const target of importsOf(file)) {
          if (target.startsWith('.')) {
            const resolved = relative(SRC, join(file, '..', target)).split(sep)[0];
            if (resolved !== layer && !ALLOWED[layer].includes(resolved)) violations.push(`${relative(SRC, file)} → ${target}`);
          } else if (!PACKAGES[layer].test(target)) {
            violations.push(`${relative(SRC, file)} → ${target}`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
