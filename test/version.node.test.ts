import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/index.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Every .js file under `dir`. */
const scripts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));

describe('VERSION', () => {
  it('is the version in package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('is written into every built file at build time (no placeholder is left in dist/)', () => {
    const files = scripts('dist');
    expect(files, 'dist/ is missing: run npm run build first').toContain(join('dist', 'index.js'));
    for (const file of files)
      expect(readFileSync(file, 'utf8'), file).not.toContain('__CONSENT_ELEMENTS__');
    const cdn = readFileSync('dist/cdn/consent-elements.js', 'utf8');
    expect(cdn).toContain(pkg.version);
  });
});
