import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The repository: what the server serves by default (so `/dist/cdn/...` is the built CDN module). */
export const ROOT = resolve(import.meta.dirname, '../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A request the server received. */
export interface Received {
  method: string;
  /** Path and query, as requested. */
  url: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface ServerOptions {
  /** The folder served as static files. Default: the repository. */
  root?: string;
  /** Keep every request, with its body, in `received` (the integration suites). Default `false`. */
  record?: boolean;
}

export interface ServeOptions {
  /** `content-type`. Default: from the path's extension, else HTML. */
  type?: string;
  /** Extra response headers (a CSP, say). */
  headers?: Record<string, string>;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /**
   * Every request received, in arrival order (pages and assets included), when started with
   * `record: true`; otherwise it stays empty. Tests may empty it (`received.length = 0`).
   */
  received: Received[];
  /** Serves `body` at `path` (exact pathname) from now on, before any file; returns its URL. */
  serve(path: string, body: string | Buffer, options?: ServeOptions): string;
  /** Handles `path` (exact pathname) with the test's own handler (an endpoint, a computed response). */
  route(path: string, handler: (req: Received, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/**
 * The one server of the end-to-end tests, on 127.0.0.1 (port chosen by the OS). It answers, in this
 * order: routes of the test's own, bodies the test serves from memory, then the files under `root`
 * (`index.html` for a folder). CORS is permissive, like a CDN's and like an analytics endpoint's: a
 * sandboxed frame (opaque origin) can load module scripts, and SDKs posting from the page never fail
 * on preflight.
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const root = options.root ?? ROOT;
  const served = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
  const routes = new Map<string, (req: Received, res: ServerResponse) => void>();
  const received: Received[] = [];

  async function respond(request: Received, res: ServerResponse): Promise<void> {
    const { path } = request;
    const route = routes.get(path);
    if (route) return route(request, res);
    const entry = served.get(path);
    if (entry) return void res.writeHead(200, entry.headers).end(entry.body);
    let file: string;
    try {
      file = normalize(
        join(root, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path)),
      );
    } catch {
      return void res.writeHead(400).end();
    }
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const request: Received = {
        method: req.method ?? 'GET',
        url,
        path: new URL(url, 'http://127.0.0.1').pathname,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      if (options.record) received.push(request);
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader(
        'access-control-allow-headers',
        req.headers['access-control-request-headers'] ?? '*',
      );
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      void respond(request, res);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    serve(path, body, { type, headers } = {}) {
      const contentType = type ?? TYPES[extname(path)] ?? TYPES['.html'];
      served.set(path, { body, headers: { 'content-type': contentType, ...headers } });
      return origin + path;
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    async close() {
      // Analytics SDKs keep connections alive; close would wait for them.
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
