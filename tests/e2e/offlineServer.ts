import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** A running static server: `url` is the folder's address (ending in "/"); `close` stops it. */
export interface MountedSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the folder `dir` at the path `mount` (e.g. "/course/lstm/") on 127.0.0.1 and a free port, the
 * way a course website would host the built app inside its own pages. Everything outside `mount` is a
 * 404, so a page that reaches for an absolute path (/assets/…) fails visibly. Like most static hosts it
 * redirects the folder without its trailing slash to the folder with it.
 */
export async function mountStaticSite(dir: string, mount: string): Promise<MountedSite> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: build the app first`);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (`${path}/` === mount) {
      response.writeHead(301, { location: mount }).end();
      return;
    }
    if (!path.startsWith(mount)) {
      response.writeHead(404).end('outside the mounted site');
      return;
    }
    const relative = path.slice(mount.length) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
