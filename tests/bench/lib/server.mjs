// Builds the app into a private folder when needed and serves it with `vite preview` on 127.0.0.1,
// in its own process group so that stopping it also stops everything vite started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

// Our own build folder (git-ignored under artifacts/): other engineers' e2e runs build and serve dist/
// at the same time, and a benchmark must not measure a stale dist/ or empty it under their feet.
const DEFAULT_DIST = join(ROOT, 'artifacts/bench/dist');
const STAGING_DIST = join(ROOT, 'artifacts/bench/dist-staging');
// What the build depends on: rebuilding when any of these is newer than the build keeps numbers honest.
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * Returns the folder to serve. BENCH_DIST=<dir> serves an existing build as is; otherwise the app is
 * built into artifacts/bench/dist when that build is missing, older than the sources, or BENCH_REBUILD=1.
 * The build goes to a staging folder first, so a failed build (sources mid-edit) keeps the last good one,
 * which is then served with a warning.
 */
export function ensureBuild() {
  if (process.env.BENCH_DIST) {
    const dir = isAbsolute(process.env.BENCH_DIST) ? process.env.BENCH_DIST : join(ROOT, process.env.BENCH_DIST);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`BENCH_DIST=${dir} has no index.html`);
    return { dir, built: false, stale: false };
  }
  const index = join(DEFAULT_DIST, 'index.html');
  const sourcesTime = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(ROOT, input))));
  const fresh = existsSync(index) && statSync(index).mtimeMs >= sourcesTime && process.env.BENCH_REBUILD !== '1';
  if (fresh) return { dir: DEFAULT_DIST, built: false, stale: false };

  console.log(`building the app into ${DEFAULT_DIST} …`);
  rmSync(STAGING_DIST, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [VITE, 'build', '--outDir', STAGING_DIST, '--emptyOutDir', '--logLevel', 'warn'],
    // Always a production build: Vite's in-process helpers (the trace benchmark loads the sources with
    // one) set NODE_ENV=development when it is unset, and a child inheriting that builds React's
    // development bundle, which is several times slower to render.
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status === 0) {
    rmSync(DEFAULT_DIST, { recursive: true, force: true });
    renameSync(STAGING_DIST, DEFAULT_DIST);
    return { dir: DEFAULT_DIST, built: true, stale: false };
  }
  rmSync(STAGING_DIST, { recursive: true, force: true });
  if (!existsSync(index)) throw new Error(`vite build failed (exit ${result.status}) and there is no earlier build to measure`);
  console.warn(`! vite build failed (exit ${result.status}): measuring the previous build from ${statSync(index).mtime.toISOString()}`);
  return { dir: DEFAULT_DIST, built: false, stale: true };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Starts `vite preview` for `dir` on a free port; resolves to { url, stop }. stop() kills the process group. */
export async function startPreview(dir) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir, '--logLevel', 'warn'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  // If the benchmark dies half-way, do not leave a server behind.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, child, 30_000);
  } catch (error) {
    killGroup('SIGKILL');
    throw new Error(`${error.message}\n${stderr}`);
  }

  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  return { url, stop };
}
