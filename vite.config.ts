import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Keeps only the woff2 source of each KaTeX font face. Every browser the app supports reads woff2, so the
 * woff and ttf fallbacks are never fetched; dropping them keeps the build folder small and lets the
 * single-file build inline the fonts at a third of the size.
 */
function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["']?(?:woff|truetype)["']?\)/g, ''), map: null };
    },
  };
}

// Relative base so the built site works from any sub-path (and, through scripts/build-single.mjs, from file://).
export default defineConfig({
  base: './',
  plugins: [katexWoff2Only(), react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30000,
    // Vitest leaves one core to itself by default, which on a 2-core machine means one worker; the suite is
    // CPU-bound and its main process nearly idle, so two workers use both cores (the whole suite took 125 s in a
    // CI run with two, 231 s in the run before with one).
    maxWorkers: 2,
  },
});
