// The words of config warnings travel in a chunk of their own: a page whose config is right never
// fetches it; a page with a problem fetches it (also under a strict CSP), and its visitor-facing
// behaviour does not wait for it: the bad value is dropped at once, the warning follows.
import { beforeEach, describe, expect, it } from 'vitest';
import { cdnGraph, chunkName, CDN_FOLDER } from '../../scripts/cdn-graph.mjs';
import type { ConsentStore } from '../../src/store/index.js';
import { watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const CDN = `/${CDN_FOLDER}`;
const NOTICE = '<consent-cookie-notice></consent-cookie-notice>';

/** The chunk of config messages, from the build's chunk graph. */
function messagesChunk(): string {
  const chunk = Object.keys(cdnGraph().onDemand).find(
    (file) => chunkName(file) === 'config-messages',
  );
  if (!chunk) throw new Error('the build has no "config-messages" chunk: run npm run build.');
  return `${CDN}/${chunk}`;
}

const session = useSessionPage();
/** Scripts the page requested from the CDN folder, by path. */
let scripts: string[];
/** The library's console warnings. */
let warnings: string[];

beforeEach(() => {
  scripts = [];
  warnings = [];
  session.page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script' && path.startsWith(`${CDN}/`)) scripts.push(path);
  });
  session.page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('[consent-elements]'))
      warnings.push(message.text());
  });
});

const accept = () => session.page.locator('consent-cookie-notice [part~="base"] [part~="accept"]');

for (const [variant, headers] of [
  ['', {}],
  [' under a strict CSP', { 'content-security-policy': STRICT_CSP }],
] as const) {
  const suffix = variant ? '-csp' : '';

  describe(`config warnings on the CDN folder${variant}`, () => {
    it('a page with a valid config fetches no config messages and warns nothing', async () => {
      const config = { regime: 'opt-in', policy: { version: '1' } };
      await session.page.goto(
        session.server.serve(`/valid${suffix}.html`, hostPage(config, NOTICE), { headers }),
      );
      await expect.poll(() => accept().isVisible(), { timeout: 20_000 }).toBe(true);
      expect(scripts).not.toContain(messagesChunk());
      expect(warnings).toEqual([]);
    });

    it('a typo fetches the messages chunk and teaches, while the page already works', async () => {
      const problems = await watchForProblems(session.page);
      const config = { polcy: { version: '2' }, cookie: { maxAgeDays: 400 } };
      await session.page.goto(
        session.server.serve(`/typo${suffix}.html`, hostPage(config, NOTICE), { headers }),
      );
      await expect.poll(() => accept().isVisible(), { timeout: 20_000 }).toBe(true);
      await expect
        .poll(() => warnings, { timeout: 20_000 })
        .toEqual([
          '[consent-elements] `polcy` is not a known option; did you mean `policy`?',
          '[consent-elements] cookie.maxAgeDays: 400 is not a number from 1 to 395',
        ]);
      expect(scripts).toContain(messagesChunk());
      // The page's store, from the library's page registry.
      const maxAgeDays = await session.page.evaluate(() => {
        const registry = (globalThis as unknown as Record<symbol, { store: ConsentStore }>)[
          Symbol.for('consent-elements.registry.v1')
        ];
        return registry.store.config.cookie.maxAgeDays;
      });
      expect(maxAgeDays).toBe(182);
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });
  });
}
