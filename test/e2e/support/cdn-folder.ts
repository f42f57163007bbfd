import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type TestServer } from './server.js';

/** The built CDN folder: the entry, its chunks, the language modules and the audit overlay. */
export const CDN_FOLDER = 'dist/cdn';

/** Every file of the CDN folder, as paths relative to it (`chunks/script-gate-1a2b.js`). */
export function cdnFiles(): string[] {
  return readdirSync(join(ROOT, CDN_FOLDER), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
}

/**
 * Serves a copy of the whole CDN folder under `prefix` (`/a/`), from memory: a site that uploaded
 * it there. The entry finds its chunks and languages beside it, as on any host.
 */
export function serveCdnFolder(server: TestServer, prefix: string): void {
  for (const file of cdnFiles())
    server.serve(`${prefix}${file}`, readFileSync(join(ROOT, CDN_FOLDER, file)));
}
