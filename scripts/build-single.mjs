#!/usr/bin/env node
// Builds the app as ONE self-contained HTML file that opens from file:// (a double-click on a USB stick):
// every script, including the panels that normally load on demand and the Web Workers, every style sheet,
// the KaTeX fonts (woff2 only, see vite.config.ts) and the favicon are inlined. The page makes no request
// at all.
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

/**
 * Web Workers are bundled apart (`new Worker(new URL('./x.worker.ts', import.meta.url))` becomes a file
 * beside the entry). A file:// page may not start a worker from a file, nor from a blob: URL (its origin
 * is opaque), but it may from a data: URL: each reference to the worker file becomes one. A worker that
 * itself loads other files could not work this way, so that is refused.
 */
function inlineWorker(entry, name, code) {
  const text = code.toString('utf8');
  if (/import\.meta\.url|importScripts\s*\(|\bimport\s*\(/.test(text)) throw new Error(`the worker ${name} loads other files: it cannot be inlined`);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reference = new RegExp(`new URL\\(\\s*(["'\`])(?:\\./)?${escaped}\\1\\s*,\\s*import\\.meta\\.url\\s*\\)`, 'g');
  const count = entry.match(reference)?.length ?? 0;
  if (count === 0) throw new Error(`${name} is not referenced as new URL('${name}', import.meta.url): cannot inline it`);
  const dataUrl = `data:text/javascript;base64,${code.toString('base64')}`;
  return entry.replace(reference, () => `new URL(${JSON.stringify(dataUrl)})`);
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
  const indexHtml = readFileSync(join(staging, 'index.html'), 'utf8');
  const entryName = indexHtml.match(/<script type="module" crossorigin src="\.\/assets\/([^"]+\.js)"><\/script>/)?.[1];
  if (!entryName) throw new Error('the built index.html has no module script under ./assets/');
  const files = readdirSync(assets);
  const styles = files.filter((name) => name.endsWith('.css'));
  if (styles.length !== 1) throw new Error(`expected one style sheet, got ${styles.join(', ') || 'none'}`);
  const workers = files.filter((name) => name.endsWith('.js') && name !== entryName);
  const leftovers = files.filter((name) => name !== entryName && !styles.includes(name) && !workers.includes(name));
  if (leftovers.length > 0) throw new Error(`assets that were not inlined: ${leftovers.join(', ')}`);

  let entry = readFileSync(join(assets, entryName), 'utf8');
  for (const name of workers) entry = inlineWorker(entry, name, readFileSync(join(assets, name)));
  const script = escapeInlineScript(entry);
  const style = escapeInlineStyle(readFileSync(join(assets, styles[0]), 'utf8'));
  const favicon = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');

  // Tags are swapped for markers first, so the check for leftover file references reads only the page,
  // not the inlined code (KaTeX's source contains `src="` in its own HTML output).
  const SCRIPT = '\u0000script\u0000';
  const STYLE = '\u0000style\u0000';
  let html = indexHtml;
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
