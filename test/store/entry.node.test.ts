import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';

describe('consent-elements/store in Node (no DOM)', () => {
  afterEach(async () =>
    (await import('../../src/store/reset-for-tests.js')).resetConsentStoreForTests(),
  );

  it('imports without a DOM and keeps decisions in memory', async () => {
    expect(typeof document).toBe('undefined');
    const { getConsentStore } = await import('../../src/store/index.js');
    const store = getConsentStore();
    expect(store.state.needsNotice).toBe(true);
    expect(store.isGranted('analytics')).toBe(false);
    store.acceptAll();
    expect(store.isGranted('analytics')).toBe(true);
    expect(store.state.storage).toBe('memory');
  });

  it('shares one store per page through the versioned global registry', async () => {
    const { getConsentStore } = await import('../../src/store/index.js');
    const store = getConsentStore();
    const key = Symbol.for('consent-elements.registry.v1');
    expect((globalThis as Record<symbol, { store?: unknown }>)[key].store).toBe(store);
    expect(getConsentStore()).toBe(getConsentStore());
  });

  it('loads by its package name from the built dist/, as `node -e "import(\'consent-elements/store\')"`', () => {
    expect(existsSync('dist/store.js'), 'dist/ is missing: run npm run build first').toBe(true);
    const script =
      "const m = await import('consent-elements/store');" +
      'const s = m.getConsentStore(); s.acceptAll();' +
      "console.log(typeof document, s.state.storage, s.isGranted('analytics'));";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('undefined memory true');
  });
});
