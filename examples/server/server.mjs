// npm run example:server (from the repository root) → http://localhost:8080, or PORT.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 8080);
const cdnModule = new URL('../../dist/cdn/consent-elements.js', import.meta.url);
// The example uses the built package (consent-elements/server and the CDN module), like a site would.
if (!existsSync(fileURLToPath(cdnModule))) {
  console.error('The server example needs the built package: run `npm run build` first.');
  process.exit(1);
}
const { createHandler } = await import('./app.mjs');
createServer(createHandler({ secure: false, cdnModule })).listen(port, () =>
  console.log(`Server example: http://localhost:${port}`),
);
