import { fileURLToPath } from 'node:url';

/** The repository root: next, react and lit are installed there, beside this example. */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root },
  outputFileTracingRoot: root,
};
