// The demo shops' server: the shop's pages, the built CDN modules and the stand-in tracker, all
// from this repository, on 127.0.0.1 only. The stand-in tracker is reached as
// http://analytics.localhost:PORT/… (browsers resolve *.localhost to this machine), so it is
// "another host" to the page while nothing leaves 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What the demo may serve: the examples, and the built CDN modules. */
const SERVED = ['/examples/', '/dist/cdn/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves the demo shop `site` (a folder of examples/) on `port`, and prints its URL. */
export function serveShop(site, port) {
  if (!existsSync(join(ROOT, 'dist/cdn/consent-audit.js'))) {
    console.log('dist/cdn is missing: building it first (npm run build).');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') {
      return void res.writeHead(302, { location: `/examples/${site}/` }).end();
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    const allowed = SERVED.some((prefix) => file.startsWith(join(ROOT, prefix)));
    if (!allowed) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.listen(port, '127.0.0.1', () => console.log(`${site}: http://127.0.0.1:${port}/`));
  return server;
}
