// The browser benchmarks: builds when needed, serves the app with `vite preview`, runs input-to-paint,
// the animation frame rate, dragging a weight and painting while training in one headless Chromium, then
// stops everything it started.
import { runAnimationFps } from './animationFps.mjs';
import { runDragToPaint } from './dragToPaint.mjs';
import { runInputToPaint } from './inputToPaint.mjs';
import { runTrainingPaint } from './trainingPaint.mjs';
import { launchChromium } from './lib/browser.mjs';
import { ensureBuild, startPreview } from './lib/server.mjs';
import { isMain } from './lib/stats.mjs';

/** Runs every browser benchmark; resolves to their results. */
export async function runUiBenchmarks() {
  const { dir, stale } = ensureBuild();
  const server = await startPreview(dir);
  let browser;
  try {
    browser = await launchChromium();
    const inputToPaint = await runInputToPaint(browser, server.url);
    console.log('');
    const animationFps = await runAnimationFps(browser, server.url);
    console.log('');
    const dragToPaint = await runDragToPaint(browser, server.url);
    console.log('');
    const trainingPaint = await runTrainingPaint(browser, server.url);
    if (stale) console.warn('\n! these numbers are for the previous build: the current sources did not build');
    return { inputToPaint, animationFps, dragToPaint, trainingPaint };
  } finally {
    await browser?.close();
    await server.stop();
  }
}

if (isMain(import.meta.url)) await runUiBenchmarks();
