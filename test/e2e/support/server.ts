import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A page served from memory: its HTML and extra response headers (a CSP, say). */
export interface Page {
  html: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Serves `html` at `path` (e.g. `/notice.html`) from now on. */
  page(path: string, page: Page): string;
  /** Handles `path` with a handler of the test's own (an endpoint that records requests, say). */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 for end-to-end tests: files of the repository (so `/dist/cdn/...` is the
 * built CDN module), pages registered by the test, and routes of the test's own. Port chosen by the OS.
 */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, Page>();
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const route = routes.get(path);
    if (route) return route(req, res);
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...page.headers });
      return res.end(page.html);
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      // Like a CDN: module scripts are fetched with CORS, and a sandboxed frame's origin is opaque.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, page) {
      pages.set(path, page);
      return origin + path;
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
