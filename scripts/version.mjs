// The library version, injected at build time from package.json (Vite `define`): the one place it
// is written is package.json. Used by vite.config.ts, vitest.config.ts, .storybook/main.ts and
// scripts/size.mjs, so every build and test sees the same value.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The Vite `define` entry that replaces `__CONSENT_ELEMENTS__.version` in `src/version.ts`. */
export const versionDefine = { '__CONSENT_ELEMENTS__.version': JSON.stringify(version) };
