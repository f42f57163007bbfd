// A tiny static server on 127.0.0.1 for the benchmark pages. Everything is held in memory and
// pre-compressed once, so the server's own cost is the same (and negligible) for every library, and
// the browser decompresses what it would over a real CDN (brotli when offered, else gzip).
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** routes: { '/path.ext': string | Buffer }. Returns { origin, url(path), close() }. */
export async function startServer(routes) {
  const files = new Map();
  for (const [path, body] of Object.entries(routes)) {
    const raw = Buffer.from(body);
    files.set(path, {
      type: TYPES[path.split('.').pop()] ?? 'application/octet-stream',
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    });
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    const body = encoding ? file[encoding] : file.raw;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      // Fresh browser contexts already start cold; no-store makes that explicit.
      'cache-control': 'no-store',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(body);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
