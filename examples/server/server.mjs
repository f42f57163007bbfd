// node examples/server/server.mjs → http://localhost:8080
import { createServer } from 'node:http';
import { createHandler } from './app.mjs';

const port = Number(process.env.PORT ?? 8080);
const cdnModule = new URL('../../dist/cdn/consent-elements.js', import.meta.url);
createServer(createHandler({ secure: false, cdnModule })).listen(port, () =>
  console.log(`http://localhost:${port}`),
);
