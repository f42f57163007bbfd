// consent-elements/server: the consent cookie read and written on the server with the store's codec
// and rules, and the no-framework example that uses it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build } from 'vite';
import {
  clearConsentSetCookie,
  consentFromRequest,
  consentSetCookie,
  createConsentRecord,
  readConsent,
  renewConsentSetCookie,
  type ConsentRecord,
} from '../../src/server/index.js';
import { serializeConsentCookie } from '../../src/core/codec.js';

const config = {
  categories: [
    { id: 'necessary', label: 'Necessary', required: true },
    { id: 'analytics', label: 'Analytics' },
    { id: 'marketing', label: 'Marketing' },
  ],
  policy: { version: '2026-03' },
};
const NOW = Date.UTC(2026, 5, 1);
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'abc123',
  decidedAt: NOW - 1000,
  updatedAt: NOW - 1000,
  choices: { analytics: true, marketing: false },
  policyVersion: '2026-03',
  source: 'notice',
  ...over,
});
const cookie = (r: ConsentRecord, name = 'consent') => `${name}=${serializeConsentCookie(r)}`;

describe('readConsent', () => {
  it('reads the decision the browser store wrote into the Cookie header', () => {
    const consent = readConsent(`theme=dark; ${cookie(record())}; other=1`, { config, now: NOW });
    expect(consent.record).toEqual(record());
    expect(consent.state.decided).toBe(true);
    expect(consent.state.categories).toEqual({
      necessary: true,
      analytics: true,
      marketing: false,
    });
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.isGranted('unknown')).toBe(false);
  });

  it('treats a missing, corrupt or foreign cookie as no decision (opt-in: nothing granted)', () => {
    for (const header of [undefined, null, '', 'consent=garbage', 'consent=2.x.y', 'consent']) {
      const consent = readConsent(header, { config, now: NOW });
      expect(consent.record).toBeNull();
      expect(consent.state.needsNotice).toBe(true);
      expect(consent.state.categories).toEqual({
        necessary: true,
        analytics: false,
        marketing: false,
      });
    }
  });

  it('never throws on any Cookie header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (header) => {
        const consent = readConsent(header, { config, now: NOW });
        expect(consent.state.categories.necessary).toBe(true);
      }),
    );
  });

  it('reads back every record it writes with Set-Cookie', () => {
    const id = fc.stringMatching(/^[\w%-]{1,24}$/);
    fc.assert(
      fc.property(
        id,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 100 * 86400000 }),
        (rid, analytics, marketing, age) => {
          const r = record({
            id: rid,
            decidedAt: NOW - age,
            updatedAt: NOW - age,
            choices: { analytics, marketing },
          });
          const setCookie = consentSetCookie(r, { config });
          const pair = setCookie.split(';')[0];
          const consent = readConsent(pair, { config, now: NOW });
          expect(consent.record).toEqual(r);
          expect(consent.isGranted('analytics')).toBe(analytics);
          expect(consent.isGranted('marketing')).toBe(marketing);
        },
      ),
    );
  });

  it('takes the most recently updated of duplicated cookies', () => {
    const older = record({ updatedAt: NOW - 5000, decidedAt: NOW - 5000 });
    const newer = record({ choices: { analytics: false, marketing: true } });
    const consent = readConsent(`${cookie(older)}; ${cookie(newer)}`, { config, now: NOW });
    expect(consent.state.categories).toMatchObject({ analytics: false, marketing: true });
  });

  it('uses the configured cookie name', () => {
    const named = { ...config, cookie: { name: 'site_consent' } };
    expect(readConsent(cookie(record()), { config: named, now: NOW }).record).toBeNull();
    expect(
      readConsent(cookie(record(), 'site_consent'), { config: named, now: NOW }).record,
    ).toEqual(record());
  });

  it('lets an expired decision ask again', () => {
    const old = record({ decidedAt: NOW - 200 * 86400000, updatedAt: NOW - 200 * 86400000 });
    const consent = readConsent(cookie(old), { config, now: NOW });
    expect(consent.state.decided).toBe(false);
    expect(consent.isGranted('analytics')).toBe(false);
  });

  it('honours Global Privacy Control in the opt-out regime', () => {
    const optOut = { ...config, regime: 'opt-out' as const };
    expect(readConsent('', { config: optOut, now: NOW }).isGranted('analytics')).toBe(true);
    const withGpc = readConsent('', { config: optOut, now: NOW, gpc: '1' });
    expect(withGpc.isGranted('analytics')).toBe(false);
    expect(withGpc.state.gpcApplied).toBe(true);
  });

  it('reads the bare cookie value a framework cookie store gives (no `=`: not a header)', () => {
    const value = serializeConsentCookie(record());
    expect(value).not.toContain('=');
    expect(readConsent(value, { config, now: NOW }).record).toEqual(record());
    expect(readConsent(` ${value} `, { config, now: NOW }).record).toEqual(record());
    expect(readConsent('garbage', { config, now: NOW }).record).toBeNull();
  });

  it('reads a bare value exactly as the same value in a Cookie header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        fc.pre(!value.includes('=') && !value.includes(';') && value.trim() === value);
        const bare = readConsent(value, { config, now: NOW });
        const header = readConsent(`consent=${value}`, { config, now: NOW });
        expect(bare.record).toEqual(header.record);
      }),
    );
  });

  it('reads the consent cookie by its configured name from a { get(name) } cookie store', () => {
    const value = serializeConsentCookie(record());
    const named = { ...config, cookie: { name: 'site_consent' } };
    const asked: string[] = [];
    // Next.js `cookies()` and Astro `Astro.cookies` return `{ value }`; SvelteKit `cookies` the value.
    const nextStyle = {
      get: (name: string) => (asked.push(name), { name, value }),
    };
    const svelteKitStyle = { get: (name: string) => (name === 'site_consent' ? value : undefined) };
    expect(readConsent(nextStyle, { config: named, now: NOW }).record).toEqual(record());
    expect(asked).toEqual(['site_consent']);
    expect(readConsent(svelteKitStyle, { config: named, now: NOW }).record).toEqual(record());
    expect(readConsent(svelteKitStyle, { config, now: NOW }).record).toBeNull();
  });

  it('treats a store without the cookie, or with a corrupt one, as no decision', () => {
    for (const found of [undefined, null, '', 'garbage', { value: 'consent=x' }, { value: 42 }]) {
      const store = { get: () => found as { value: string } | undefined };
      const consent = readConsent(store, { config, now: NOW });
      expect(consent.record).toBeNull();
      expect(consent.isGranted('analytics')).toBe(false);
    }
  });

  it('returns the state as plain data, which a Server Component can hand to a Client Component', () => {
    const { state } = readConsent(cookie(record()), { config, now: NOW });
    const plain = (value: unknown): boolean =>
      value === null ||
      typeof value !== 'object' ||
      ((Object.getPrototypeOf(value) === Object.prototype || Array.isArray(value)) &&
        Object.values(value).every(plain));
    expect(plain(state)).toBe(true);
    expect(state.categories).toEqual({ necessary: true, analytics: true, marketing: false });
  });

  it('refuses an invalid config loudly', () => {
    expect(() => readConsent('', { config: { regime: 'maybe' as never } })).toThrow(TypeError);
  });
});

describe('consentFromRequest', () => {
  it('reads Cookie and Sec-GPC from a Fetch API request', () => {
    const request = new Request('https://shop.example/', {
      headers: { cookie: cookie(record()), 'sec-gpc': '1' },
    });
    const consent = consentFromRequest(request, { config, now: NOW });
    expect(consent.record?.id).toBe('abc123');
    expect(consent.state.gpc).toBe(true);
    // GPC wins over a recorded grant.
    expect(consent.isGranted('analytics')).toBe(false);
  });

  it('reads a Node IncomingMessage-style headers object', () => {
    const consent = consentFromRequest(
      { headers: { cookie: cookie(record()) } },
      { config, now: NOW },
    );
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.state.gpc).toBe(false);
  });
});

describe('Set-Cookie values', () => {
  it('writes the cookie with the configured attributes', () => {
    const value = consentSetCookie(record(), {
      config: {
        ...config,
        cookie: { name: 'c', domain: 'shop.example', maxAgeDays: 30, sameSite: 'Strict' },
      },
    });
    expect(value).toBe(
      `c=${serializeConsentCookie(record())}; Path=/; Max-Age=2592000; SameSite=Strict; Domain=shop.example; Secure`,
    );
  });

  it('is Secure by default, and not when asked (plain-http development)', () => {
    expect(consentSetCookie(record(), { config })).toMatch(/; Secure$/);
    expect(consentSetCookie(record(), { config, secure: false })).not.toMatch(/Secure/);
    expect(consentSetCookie(record(), { config, secure: false })).toContain('Max-Age=15724800');
  });

  it('is never HttpOnly: the page’s store reads the same cookie', () => {
    expect(consentSetCookie(record(), { config })).not.toMatch(/HttpOnly/i);
  });

  it('removes the cookie with the same name, path and domain', () => {
    expect(clearConsentSetCookie({ config: { cookie: { domain: 'shop.example' } } })).toBe(
      'consent=; Path=/; Max-Age=0; SameSite=Lax; Domain=shop.example; Secure',
    );
  });
});

describe('renewConsentSetCookie (Safari caps script-written cookies at 7 days)', () => {
  const DAY = 86_400_000;

  it('re-issues the stored decision unchanged, living only until the decision itself expires', () => {
    const decided = record({ decidedAt: NOW - 10 * DAY, updatedAt: NOW - DAY });
    const consent = readConsent(cookie(decided), { config, now: NOW });
    const renewed = renewConsentSetCookie(consent, { now: NOW, secure: false })!;
    expect(renewed).toBe(
      `${cookie(decided)}; Path=/; Max-Age=${(182 - 10) * 86_400}; SameSite=Lax`,
    );
    const reread = readConsent(renewed.split(';')[0], { config, now: NOW });
    expect(reread.record).toEqual(decided);
    expect(reread.state).toEqual(consent.state);
  });

  it('uses the configured cookie attributes and is Secure by default', () => {
    const custom = { ...config, cookie: { name: 'cc', domain: 'example.com', maxAgeDays: 30 } };
    const consent = readConsent(cookie(record(), 'cc'), { config: custom, now: NOW });
    expect(renewConsentSetCookie(consent, { now: NOW })).toMatch(
      /^cc=1\.[^;]+; Path=\/; Max-Age=2591999; SameSite=Lax; Domain=example\.com; Secure$/,
    );
  });

  it('renews nothing without a valid decision: none, expired, or invalidated by a material policy change', () => {
    const none = readConsent('', { config, now: NOW });
    const expired = readConsent(cookie(record({ decidedAt: NOW - 200 * DAY })), {
      config,
      now: NOW,
    });
    const material = readConsent(cookie(record({ policyVersion: '2025-01' })), {
      config: { ...config, policy: { version: '2026-03', material: true } },
      now: NOW,
    });
    for (const consent of [none, expired, material]) {
      expect(renewConsentSetCookie(consent, { now: NOW })).toBeUndefined();
    }
  });
});

describe('createConsentRecord', () => {
  it('records accept-all and reject-all for every optional category, under the current policy', () => {
    expect(createConsentRecord('accept-all', { config, now: NOW })).toMatchObject({
      decidedAt: NOW,
      updatedAt: NOW,
      choices: { analytics: true, marketing: true },
      policyVersion: '2026-03',
      source: 'notice',
    });
    expect(createConsentRecord('reject-all', { config, now: NOW }).choices).toEqual({
      analytics: false,
      marketing: false,
    });
  });

  it('keeps the previous id and choices not given, ignores required and unknown ids', () => {
    const previous = record({ acknowledgedPolicy: '2026-03' });
    const next = createConsentRecord(
      { marketing: true, necessary: false, bogus: true },
      { config, previous, now: NOW },
    );
    expect(next).toEqual({
      id: 'abc123',
      decidedAt: NOW,
      updatedAt: NOW,
      choices: { analytics: true, marketing: true },
      policyVersion: '2026-03',
      acknowledgedPolicy: '2026-03',
      source: 'notice',
    });
  });

  it('gives a new decision a fresh random id', () => {
    const a = createConsentRecord('accept-all', { config });
    const b = createConsentRecord('accept-all', { config });
    expect(a.id).toMatch(/^[a-z0-9]{12}$/);
    expect(a.id).not.toBe(b.id);
  });
});

describe('examples/server', () => {
  let server: Server;
  let origin: string;
  let dir: string;

  beforeAll(async () => {
    // Bundle the example with `consent-elements/server` pointing at the source.
    dir = await mkdtemp(join(tmpdir(), 'consent-server-example-'));
    const root = resolve(import.meta.dirname, '../..');
    const output = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      resolve: { alias: { 'consent-elements/server': join(root, 'src/server/index.ts') } },
      build: {
        write: false,
        minify: false,
        target: 'node20',
        lib: {
          entry: join(root, 'examples/server/app.mjs'),
          formats: ['es'],
          fileName: () => 'app.mjs',
        },
      },
    });
    const chunk = (Array.isArray(output) ? output : [output])
      .flatMap((o) => ('output' in o ? o.output : []))
      .find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('example not bundled');
    const file = join(dir, 'app.mjs');
    await writeFile(file, chunk.code);
    const { createHandler } = (await import(pathToFileURL(file).href)) as {
      createHandler(o: { secure: boolean }): Parameters<typeof createServer>[1];
    };
    server = createServer(createHandler({ secure: false }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Bundling takes a few seconds, far more on a busy machine.
  }, 60_000);
  afterAll(async () => {
    // No server when the bundling failed: only the folder is left to remove.
    if (server) await new Promise<void>((done) => server.close(() => done()));
    await rm(dir, { recursive: true, force: true });
  });

  const post = (decision: string, cookieHeader = '') =>
    fetch(`${origin}/consent`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader },
      body: `decision=${decision}`,
    });
  const get = (cookieHeader = '') =>
    fetch(`${origin}/`, { headers: { cookie: cookieHeader } }).then((r) => r.text());

  it('leaves the analytics tag out of the page until the visitor consents', async () => {
    const html = await get();
    expect(html).not.toContain('data-analytics');
    expect(html).toContain('value="accept-all"');
  });

  it('records "Accept all" from a form without JavaScript and then serves the tag', async () => {
    const response = await post('accept-all');
    expect(response.status).toBe(303);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^consent=1\./);
    const html = await get(setCookie.split(';')[0]);
    expect(html).toContain('data-analytics');
    expect(html).toContain('data-decided="true"');
  });

  it('records "Reject all": no tag, and the decision is remembered', async () => {
    const setCookie = (await post('reject-all')).headers.get('set-cookie')!;
    const html = await get(setCookie.split(';')[0]);
    expect(html).not.toContain('data-analytics');
    expect(html).toContain('data-decided="true"');
  });

  it('re-issues a stored decision as an HTTP cookie on every page, and nothing without one', async () => {
    expect((await fetch(`${origin}/`)).headers.get('set-cookie')).toBeNull();
    const stored = cookie(record({ decidedAt: Date.now() - 1000, updatedAt: Date.now() - 1000 }));
    const renewed = (await fetch(`${origin}/`, { headers: { cookie: stored } })).headers.get(
      'set-cookie',
    )!;
    expect(renewed.split(';')[0]).toBe(stored);
    expect(renewed).toMatch(/; Max-Age=157247\d\d\b/);
  });

  it('keeps the decision id when the visitor changes their mind', async () => {
    const first = (await post('accept-all')).headers.get('set-cookie')!.split(';')[0];
    const second = (await post('reject-all', first)).headers.get('set-cookie')!.split(';')[0];
    const id = (pair: string) => readConsent(pair, { now: Date.now() }).record!.id;
    expect(id(second)).toBe(id(first));
  });
});
