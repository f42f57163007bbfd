// The public surface: `.` exports the element classes, the store API, the event types and the
// documented helpers, no internals; the test reset ships in no bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

const scripts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));

/** A built entry and every chunk it imports, transitively. */
function filesBehind(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g))
      visit(join(file, '..', specifier));
  };
  visit(entry);
  return [...seen];
}

describe('the main entry (consent-elements)', () => {
  it('exports exactly the element classes, the store API and the documented helpers', async () => {
    const main = await import('../src/index.js');
    expect(Object.keys(main).sort()).toEqual(
      [
        'ConsentCookieNotice',
        'ConsentEmbed',
        'ConsentOptOutToggle',
        'ConsentPolicyBanner',
        'ConsentStore',
        'DEFAULT_CATEGORIES',
        'VERSION',
        'configureConsent',
        'deriveState',
        'getConsentStore',
        'parseConsentCookie',
        'registerLocale',
        'resolveConfig',
        'serializeConsentCookie',
      ].sort(),
    );
  });
});

describe('the CDN entry (dist/cdn/consent-elements.js)', () => {
  it('exports every name of consent-elements and consent-elements/integrations', async () => {
    const entry = 'dist/cdn/consent-elements.js';
    // Read, not imported: the CDN entry registers its elements and starts the script gate on import.
    const exported = parseSync(entry, readFileSync(entry, 'utf8')).module.staticExports.flatMap(
      (statement) => statement.entries.map((entry) => entry.exportName.name),
    );
    const main = await import('../src/index.js');
    const integrations = await import('../src/integrations/index.js');
    const publicNames = [...Object.keys(main), ...Object.keys(integrations)];
    expect(publicNames.filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe('the test reset', () => {
  it('is in no file of the CDN build', () => {
    const files = scripts('dist/cdn');
    expect(files.length, 'dist/ is missing: run npm run build first').toBeGreaterThan(0);
    for (const file of files)
      expect(readFileSync(file, 'utf8'), file).not.toContain('resetConsentStoreForTests');
  });

  it.each(['dist/index.js', 'dist/store.js', 'dist/define.js'])(
    'is in none of the files behind %s',
    (entry) => {
      const files = filesBehind(entry);
      expect(files.length).toBeGreaterThan(1);
      for (const file of files)
        expect(readFileSync(file, 'utf8'), file).not.toContain('resetConsentStoreForTests');
    },
  );
});

describe('the React entries', () => {
  /** Every bare import of `file` (`react`, `@lit/react`, `lit/…`). */
  const packagesImported = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*["']([^."'][^"']*)["']/g)].map(
      ([, specifier]) => specifier,
    );

  it.each(['dist/react.js', 'dist/react/wrappers.js'])(
    '%s starts with "use client" (a client module in a Server Components tree)',
    (entry) => {
      expect(readFileSync(entry, 'utf8')).toMatch(/^["']use client["'];/);
    },
  );

  it('consent-elements/react (hooks, provider) needs neither @lit/react nor Lit', () => {
    const imported = filesBehind('dist/react.js').flatMap(packagesImported);
    expect(imported).toContain('react');
    expect(imported.filter((name) => name.startsWith('@lit/') || name.startsWith('lit'))).toEqual(
      [],
    );
  });

  it('consent-elements/react/wrappers is the entry that imports @lit/react', () => {
    expect(packagesImported('dist/react/wrappers.js')).toContain('@lit/react');
  });
});
