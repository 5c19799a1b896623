#!/usr/bin/env node
// Builds the app as ONE self-contained HTML file that opens from file:// (a double-click on a USB stick):
// every script, including the panels that normally load on demand, every style sheet, the KaTeX fonts
// (woff2 only, see vite.config.ts) and the favicon are inlined. The page makes no request at all.
//
// How: an ordinary Vite build with code splitting off (dynamic imports are bundled in), one CSS file and
// every asset turned into a data: URL; then the script and style sheet are moved into index.html. Inline
// module scripts run from file://, while external ones are refused there (the file origin is opaque).
//
// Usage: node scripts/build-single.mjs [--out <file>]   (default: dist-single/lstm-explainer.html)
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const outFlag = process.argv.indexOf('--out');
const OUT = resolve(ROOT, outFlag > 0 ? process.argv[outFlag + 1] : 'dist-single/lstm-explainer.html');

/**
 * Makes JavaScript safe inside <script>…</script>. The HTML parser ends the element at the first
 * "</script" whatever the JavaScript context, and "<!--" can switch it into an escaped state; both can
 * only occur inside string, template or regular-expression literals of minified code, where "\u003C"
 * means the same "<".
 */
function escapeInlineScript(code) {
  return code.replace(/<(\/script|!--)/gi, '\\u003C$1');
}

/** Inline CSS can end its <style> element the same way; CSS escapes "<" as "\3C ". */
function escapeInlineStyle(css) {
  return css.replace(/<\/style/gi, '\\3C /style');
}

/** Replaces the one tag matching `pattern` through `replace`; throws when there is not exactly one. */
function replaceOnce(html, pattern, replace, what) {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`expected exactly one ${what} in the built index.html, found ${matches.length}`);
  // A function replacement, so "$" in the inlined code is never read as a substitution pattern.
  return html.replace(pattern, (...match) => replace(...match));
}

const staging = mkdtempSync(join(tmpdir(), 'lstm-single-'));
try {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: staging,
      emptyOutDir: true,
      // Every asset (the fonts, referenced from the KaTeX CSS) becomes a data: URL.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      // No chunks, so nothing to preload; and the polyfill would be dead code.
      modulePreload: false,
      // The whole app in one script is expected here: silence the size warning.
      chunkSizeWarningLimit: 10_000,
      copyPublicDir: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });

  const assets = join(staging, 'assets');
  const files = readdirSync(assets);
  const scripts = files.filter((name) => name.endsWith('.js'));
  const styles = files.filter((name) => name.endsWith('.css'));
  if (scripts.length !== 1 || styles.length !== 1) {
    throw new Error(`expected one script and one style sheet, got ${scripts.join(', ')} / ${styles.join(', ')}`);
  }
  const leftovers = files.filter((name) => !scripts.includes(name) && !styles.includes(name));
  if (leftovers.length > 0) throw new Error(`assets that were not inlined: ${leftovers.join(', ')}`);

  const script = escapeInlineScript(readFileSync(join(assets, scripts[0]), 'utf8'));
  const style = escapeInlineStyle(readFileSync(join(assets, styles[0]), 'utf8'));
  const favicon = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');

  // Tags are swapped for markers first, so the check for leftover file references reads only the page,
  // not the inlined code (KaTeX's source contains `src="` in its own HTML output).
  const SCRIPT = '\u0000script\u0000';
  const STYLE = '\u0000style\u0000';
  let html = readFileSync(join(staging, 'index.html'), 'utf8');
  html = replaceOnce(html, /<script type="module" crossorigin src="[^"]+"><\/script>/, () => SCRIPT, 'module script');
  html = replaceOnce(html, /<link rel="stylesheet" crossorigin href="[^"]+">/, () => STYLE, 'style sheet');
  html = replaceOnce(
    html,
    /<link rel="icon" type="image\/svg\+xml" href="[^"]+" \/>/,
    () => `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(favicon)}" />`,
    'favicon',
  );
  // Anything still pointing at a file beside the page would fail from a USB stick: refuse to write it.
  const external = html.match(/\s(?:src|href)="(?!data:)[^"]*"/g);
  if (external) throw new Error(`the page still refers to files: ${external.join(' ')}`);
  html = html.replace(STYLE, () => `<style>${style}</style>`).replace(SCRIPT, () => `<script type="module">${script}</script>`);

  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  const size = statSync(OUT).size;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`${relative(process.cwd(), OUT)}: ${kb(size)} (${kb(gzipSync(html).length)} gzipped)`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
