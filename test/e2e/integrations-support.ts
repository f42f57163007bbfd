// Support for the integrations end-to-end tests: a browser bundle of the store and integrations built
// from source, and a 127.0.0.1 server that records every request it receives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * One ES module exporting the whole store and integrations API, built from `src/` with vite (Lit is
 * not involved: integrations must not need it). Returns the module's source.
 */
export async function buildIntegrationsBundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'consent-integrations-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      [
        `export * from ${JSON.stringify(join(ROOT, 'src/store/index.ts'))};`,
        `export * from ${JSON.stringify(join(ROOT, 'src/integrations/index.ts'))};`,
      ].join('\n'),
    );
    const output = await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: { external: [/^lit($|\/)/] },
      },
    });
    const outputs = Array.isArray(output) ? output : [output];
    const chunk = outputs
      .flatMap((o) => ('output' in o ? o.output : []))
      .find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle produced');
    if (/from\s*["']lit/.test(chunk.code)) throw new Error('the integrations bundle imports Lit');
    return chunk.code;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A request the server received. */
export interface Received {
  method: string;
  /** Path and query, as requested. */
  url: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface RecordingServer {
  origin: string;
  /** Every request received, in arrival order (page and asset requests included). */
  received: Received[];
  /** Serves `body` at `path` with `type`. */
  serve(path: string, body: string, type?: string): void;
  /** Serves a file of the repository (under node_modules, say) at its own path. */
  serveFile(repoPath: string, type?: string): Promise<void>;
  /** Handles `path` (exact pathname) with the test's own handler; the request is recorded first. */
  route(path: string, handler: (req: Received, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (port chosen by the OS) that records every request, with body. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const assets = new Map<string, { body: string | Buffer; type: string }>();
  const routes = new Map<string, (req: Received, res: ServerResponse) => void>();
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const path = new URL(url, 'http://127.0.0.1').pathname;
      const entry: Received = {
        method: req.method ?? 'GET',
        url,
        path,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(entry);
      // Permissive CORS so analytics SDKs posting from the page never fail on preflight.
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader(
        'access-control-allow-headers',
        req.headers['access-control-request-headers'] ?? '*',
      );
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const route = routes.get(path);
      if (route) return route(entry, res);
      const asset = assets.get(path);
      if (asset) return void res.writeHead(200, { 'content-type': asset.type }).end(asset.body);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    serve(path, body, type = 'text/html; charset=utf-8') {
      assets.set(path, { body, type });
    },
    async serveFile(repoPath, type = 'text/javascript; charset=utf-8') {
      assets.set(`/${repoPath}`, { body: await readFile(join(ROOT, repoPath)), type });
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
