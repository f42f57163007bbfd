// The integrations in Node: importable without a DOM (SSR, tests), and free of Lit.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '../../src/integrations');
const modules = readdirSync(DIR).filter((file) => file.endsWith('.ts'));

describe('integrations modules', () => {
  it.each(modules)('%s imports in Node without touching document or window', async (file) => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    await expect(
      import(`../../src/integrations/${file.replace(/\.ts$/, '.js')}`),
    ).resolves.toBeTypeOf('object');
  });

  it.each(modules)(
    '%s imports nothing but the store, the pure core, its own modules and event types',
    (file) => {
      const source = readFileSync(resolve(DIR, file), 'utf8');
      const specifiers = [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
      for (const specifier of specifiers) {
        expect(specifier).toMatch(
          /^(\.\/[\w-]+\.js|\.\.\/store\/(index|types)\.js|\.\.\/core\/[\w-]+\.js|\.\.\/events\/[\w-]+\.js)$/,
        );
      }
    },
  );

  it('exports every public function from the entry', async () => {
    const entry = await import('../../src/integrations/index.js');
    for (const name of [
      'connectGoogleConsentMode',
      'gateScripts',
      'onConsent',
      'connectConsentLog',
      'connectMixpanel',
      'connectPostHog',
    ]) {
      expect(entry[name as keyof typeof entry], name).toBeTypeOf('function');
    }
  });
});
