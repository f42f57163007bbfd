// Hostile pages, driven through the built CDN module: Trusted Types, cookies that throw, cookies of
// other apps and other schemas on a real domain (www.shop.test, mapped to 127.0.0.1), a framework
// mounting and unmounting the elements a thousand times, invalid config, hostile copy, and an element
// removed in the middle of a choice.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { serializeConsentCookie } from '../../src/core/codec.js';
import type { ConsentRecord } from '../../src/store/types.js';
import { hostPage } from './support/host-page.js';
import { useBrowserSession } from './support/session.js';

const GATED = '/test/e2e/fixtures/gated-analytics.js';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const ALL_THREE =
  '<consent-cookie-notice></consent-cookie-notice><consent-opt-out-toggle></consent-opt-out-toggle><consent-policy-banner></consent-policy-banner>';

const session = useBrowserSession({ args: ['--host-resolver-rules=MAP *.shop.test 127.0.0.1'] });
let shop: string;

beforeEach(() => {
  shop = session.server.origin.replace('127.0.0.1', 'www.shop.test');
});

/** The first layer's Accept all (the preferences dialog has its own). */
const accept = (tab: Page) => tab.locator('consent-cookie-notice [part~="base"] [part~="accept"]');
const toggle = (tab: Page) => tab.locator('consent-opt-out-toggle [part~="switch"]');
const ready = (tab: Page) =>
  tab.waitForFunction(() => customElements.get('consent-cookie-notice') !== undefined);

type StoreView = {
  state: { decided: boolean; storage: string; categories: Record<string, boolean> };
  config: { cookie: Record<string, unknown>; regime: string; categories: { id: string }[] };
};
/** The page's store, as plain data. */
const store = (tab: Page) =>
  tab.evaluate(() => {
    const s = (globalThis as unknown as Record<symbol, { store: StoreView }>)[
      Symbol.for('consent-elements.registry.v1')
    ].store;
    return JSON.parse(JSON.stringify({ state: s.state, config: s.config })) as StoreView;
  });

/**
 * What a visitor must never meet: uncaught errors and console errors (collected here), and CSP or
 * Trusted Types violations (collected in the page from its first script on: `violations()`).
 */
async function watch(tab: Page) {
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await tab.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = () =>
    tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { errors, violations };
}

/** `[consent-elements]` console warnings of a page. */
function libraryWarnings(tab: Page): string[] {
  const warnings: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('[consent-elements]'))
      warnings.push(message.text());
  });
  return warnings;
}

/** The text a visitor reads in every shadow root of the page's consent elements. */
const shadowTexts = (tab: Page) =>
  tab.evaluate(() =>
    Array.from(
      document.querySelectorAll('consent-cookie-notice, consent-opt-out-toggle'),
      (el) => el.shadowRoot?.textContent ?? '',
    ).join('\n'),
  );

const consentCookies = async () =>
  (await session.context.cookies()).filter((cookie) => cookie.name === 'consent');

describe('strict CSP with Trusted Types', () => {
  const NONCE = 'tt-n0nce';
  const variants = {
    'require-trusted-types-for alone': `${STRICT_CSP}; require-trusted-types-for 'script'`,
    'with the policy names allowed': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html consent-elements`,
    'with a nonce and an inline gated script': `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html consent-elements`,
  };
  for (const [name, csp] of Object.entries(variants)) {
    const inline = csp.includes(NONCE);
    it(`${name}: no violation, the notice and toggle work, and gated scripts run after consent`, async () => {
      const url = session.server.serve(
        `/tt-${Object.keys(variants).indexOf(name)}.html`,
        hostPage(
          {},
          `<consent-cookie-notice></consent-cookie-notice><consent-opt-out-toggle></consent-opt-out-toggle>
          <script type="text/plain" data-consent-category="analytics" data-src="${GATED}"></script>
          ${inline ? `<script type="text/plain" data-consent-category="analytics" nonce="${NONCE}">window.ran.push('inline')</script>` : ''}`,
        ),
        { headers: { 'content-security-policy': csp } },
      );
      const tab = await session.context.newPage();
      const problems = await watch(tab);
      await tab.goto(url);
      await expect.poll(() => accept(tab).isVisible()).toBe(true);
      expect(await tab.evaluate(() => (window as { ran?: string[] }).ran)).toBeUndefined();

      await accept(tab).click();
      await expect.poll(() => accept(tab).isVisible()).toBe(false);
      await expect
        .poll(() => tab.evaluate(() => (window as { ran?: string[] }).ran))
        .toEqual(inline ? ['analytics', 'inline'] : ['analytics']);
      await toggle(tab).click();
      await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('true');
      expect((await store(tab)).state.categories.analytics).toBe(false);
      expect(await problems.violations()).toEqual([]);
      expect(problems.errors).toEqual([]);

      // The policy is really enforced, and a violation would have been seen: a plain string
      // assigned to a script sink is refused and reported.
      expect(
        await tab.evaluate(() => {
          try {
            document.createElement('script').text = '1';
            return 'accepted';
          } catch (e) {
            return (e as Error).name;
          }
        }),
      ).toBe('TypeError');
      await expect
        .poll(problems.violations)
        .toEqual(['require-trusted-types-for trusted-types-sink']);
    });
  }
});

describe('cookies that throw on write', () => {
  it('works from memory with exactly one warning when document.cookie throws on write only', async () => {
    const url = session.server.serve('/cookie-write-throws.html', hostPage({}, ALL_THREE));
    const tab = await session.context.newPage();
    await tab.addInitScript(() => {
      const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get: native.get,
        set() {
          throw new DOMException('The cookie jar is locked', 'SecurityError');
        },
      });
    });
    const problems = await watch(tab);
    const warnings = libraryWarnings(tab);
    await tab.goto(url);
    await expect.poll(() => accept(tab).isVisible()).toBe(true);
    await accept(tab).click();
    await expect.poll(() => accept(tab).isVisible()).toBe(false);
    await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('false');
    await toggle(tab).click();
    await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('true');
    await toggle(tab).click();
    await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('false');
    const { state } = await store(tab);
    expect(state).toMatchObject({ decided: true, storage: 'memory' });
    expect(await consentCookies()).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cookie/i);
    expect(problems.errors).toEqual([]);
  });
});

describe('consent cookies of other apps, other schemas and other domains (www.shop.test)', () => {
  const HOUR = 3_600_000;
  const record = (over: Partial<ConsentRecord>): ConsentRecord => ({
    id: 'visitor1',
    decidedAt: Date.now() - 48 * HOUR,
    updatedAt: Date.now() - 48 * HOUR,
    choices: { preferences: false, analytics: false, marketing: false },
    source: 'notice',
    ...over,
  });
  const rejected = serializeConsentCookie(record({}));
  const acceptedLater = serializeConsentCookie(
    record({
      decidedAt: Date.now() - HOUR,
      updatedAt: Date.now() - HOUR,
      choices: { preferences: true, analytics: true, marketing: true },
    }),
  );
  const hostOnly = (value: string) => ({ name: 'consent', value, url: `${shop}/` });
  const onDomain = (value: string) => ({ name: 'consent', value, domain: '.shop.test', path: '/' });

  const cases: {
    name: string;
    cookies: () => ReturnType<typeof hostOnly | typeof onDomain>[];
    wins: string;
  }[] = [
    {
      name: 'a newer decision on the parent domain beats an older host-only one',
      cookies: () => [hostOnly(rejected), onDomain(acceptedLater)],
      wins: acceptedLater,
    },
    {
      name: 'a newer host-only decision beats an older one on the parent domain',
      cookies: () => [onDomain(rejected), hostOnly(acceptedLater)],
      wins: acceptedLater,
    },
    {
      name: 'another app’s cookie named consent (value "yes") loses to the valid decision',
      cookies: () => [onDomain('yes'), hostOnly(rejected)],
      wins: rejected,
    },
    {
      name: 'a cookie of a newer schema version (3.…) loses to the valid decision',
      cookies: () => [onDomain(`3.${acceptedLater.slice(2)}`), hostOnly(rejected)],
      wins: rejected,
    },
    {
      name: 'a decision dated years in the future is ignored, not taken as the newest',
      cookies: () => [
        onDomain(
          serializeConsentCookie(
            record({
              decidedAt: Date.now() + 10 * 365 * 24 * HOUR,
              updatedAt: Date.now() + 10 * 365 * 24 * HOUR,
              choices: { preferences: true, analytics: true, marketing: true },
            }),
          ),
        ),
        hostOnly(rejected),
      ],
      wins: rejected,
    },
  ];

  for (const { name, cookies, wins } of cases) {
    it(`${name}; the other copy is removed`, async () => {
      await session.context.addCookies(cookies());
      const url = session.server.serve(
        `/dup-${cases.findIndex((c) => c.name === name)}.html`,
        hostPage({}, ALL_THREE),
      );
      const tab = await session.context.newPage();
      const problems = await watch(tab);
      await tab.goto(url.replace(session.server.origin, shop));
      await ready(tab);
      const granted = wins === acceptedLater;
      await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe(String(!granted));
      expect(await accept(tab).isVisible()).toBe(false);
      expect((await store(tab)).state).toMatchObject({
        decided: true,
        storage: 'cookie',
        categories: { analytics: granted },
      });
      const left = await consentCookies();
      expect(left.map((c) => c.value)).toEqual([wins]);
      expect(left[0].domain).toBe('www.shop.test');
      // …and the page keeps working on it.
      await toggle(tab).click();
      await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe(String(granted));
      expect((await consentCookies()).map((c) => c.value)).not.toEqual([wins]);
      expect(problems.errors).toEqual([]);
    });
  }

  it('another app’s cookie alone: asks, records the decision next to it, and keeps it across a reload', async () => {
    await session.context.addCookies([onDomain('yes')]);
    const url = session.server.serve('/foreign-alone.html', hostPage({}, ALL_THREE));
    const tab = await session.context.newPage();
    const problems = await watch(tab);
    await tab.goto(url.replace(session.server.origin, shop));
    await expect.poll(() => accept(tab).isVisible()).toBe(true);
    expect((await store(tab)).state.decided).toBe(false);
    await accept(tab).click();
    await expect.poll(() => accept(tab).isVisible()).toBe(false);
    await tab.reload();
    await ready(tab);
    await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('false');
    expect(await accept(tab).isVisible()).toBe(false);
    expect((await store(tab)).state.decided).toBe(true);
    expect(problems.errors).toEqual([]);
  });
});

describe('a framework mounting and unmounting the elements', () => {
  it('1,000 mount/unmount cycles of all three elements leak no listener, channel or timer', async () => {
    const url = session.server.serve(
      '/churn.html',
      hostPage({ policy: { version: '2', url: '/privacy' } }, ''),
    );
    const tab = await session.context.newPage();
    await tab.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      let channels = 0;
      const Native = BroadcastChannel;
      w.BroadcastChannel = class extends Native {
        #open = true;
        constructor(name: string) {
          super(name);
          channels++;
        }
        override close() {
          if (this.#open) channels--;
          this.#open = false;
          super.close();
        }
      };
      const timers = new Set<unknown>();
      const [st, ct, si, ci] = [setTimeout, clearTimeout, setInterval, clearInterval];
      w.setTimeout = (fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = st(
          (...a: unknown[]) => {
            timers.delete(id);
            if (typeof fn === 'function') (fn as (...b: unknown[]) => void)(...a);
          },
          ms,
          ...rest,
        );
        timers.add(id);
        return id;
      };
      w.setInterval = (fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = si(fn, ms, ...rest);
        timers.add(id);
        return id;
      };
      w.clearTimeout = (id?: number) => (timers.delete(id), ct(id));
      w.clearInterval = (id?: number) => (timers.delete(id), ci(id));
      w.__leaks = () => ({ channels, timers: timers.size });
    });
    const problems = await watch(tab);
    await tab.goto(url);
    await ready(tab);
    const cdp = await tab.context().newCDPSession(tab);
    const listeners = async () => {
      const types: Record<string, string[]> = {};
      for (const target of ['document', 'window']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: target });
        const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId!,
        });
        types[target] = found.map((l) => l.type).sort();
      }
      return types;
    };
    const counts = async () => ({
      listeners: await listeners(),
      ...(await tab.evaluate(() =>
        (window as unknown as { __leaks(): { channels: number; timers: number } }).__leaks(),
      )),
    });
    // The page's one store, started (it lives as long as the page): that is the baseline. Nothing
    // on this page starts it before the elements do (the script gate waits for gated markup).
    await store(tab);
    const before = await counts();
    expect(before.channels).toBe(1);

    const mounted = await tab.evaluate(async () => {
      const root = document.createElement('div');
      document.body.append(root);
      type El = HTMLElement & { updateComplete: Promise<boolean>; show?(v?: string): void };
      let peak = 0;
      for (let cycle = 0; cycle < 1000; cycle += 10) {
        const batch: El[] = [];
        for (let i = 0; i < 10; i++) {
          for (const tag of [
            'consent-cookie-notice',
            'consent-opt-out-toggle',
            'consent-policy-banner',
          ]) {
            const el = document.createElement(tag) as El;
            if (tag === 'consent-opt-out-toggle' && i % 2) el.setAttribute('category', '*');
            root.append(el);
            batch.push(el);
          }
        }
        // Like a framework: some batches render (and open the Customize view) before they go,
        // others are removed before Lit's first update.
        if (cycle % 30 === 0) {
          await Promise.all(batch.map((el) => el.updateComplete));
          (batch[0] as El).show?.('customize');
          await batch[0].updateComplete;
        }
        peak = Math.max(peak, root.querySelectorAll('*').length);
        for (const el of batch) el.remove();
        if (cycle % 50 === 0) await new Promise((r) => setTimeout(r, 0));
      }
      root.remove();
      // Let updates queued for removed elements land.
      await new Promise((r) => setTimeout(r, 0));
      return peak;
    });
    expect(mounted).toBe(30);
    await expect.poll(counts).toEqual(before);
    expect(problems.errors).toEqual([]);
  }, 120_000);
});

describe('configuration of every wrong kind', () => {
  it('warns naming each rejected key, keeps safe defaults and works', async () => {
    const config = {
      cookie: { name: 42, maxAgeDays: 9999, sameSite: 'Sometimes', domain: 'evil.example' },
      regime: 'gdpr-maximal',
      categories: [
        { id: 'analytics', label: 'Analytics' },
        { id: 'analytics', label: 'Analytics again' },
        { id: 7, label: 'Numbered' },
        { id: 'ads', label: 'Ads', required: 'yes' },
      ],
      policy: {
        version: '3',
        effectiveDate: '2026-02-30',
        lastUpdated: 'yesterday',
        noticeDays: -1,
      },
      support: { email: 'not an email', url: 5 },
      respectGpc: 'sometimes',
      locale: ['de'],
      copy: { 'notice.title': 42 },
      theme: 'dark',
    };
    const url = session.server.serve('/invalid-config.html', hostPage(config, ALL_THREE));
    const tab = await session.context.newPage();
    const problems = await watch(tab);
    const warnings = libraryWarnings(tab);
    await tab.goto(url);
    await expect.poll(() => accept(tab).isVisible()).toBe(true);
    const keys = [
      'cookie.name',
      'cookie.maxAgeDays',
      'cookie.sameSite',
      'cookie.domain',
      'regime',
      'categories[1].id',
      'categories[2].id',
      'categories[3].required',
      'policy.effectiveDate',
      'policy.lastUpdated',
      'policy.noticeDays',
      'support.email',
      'support.url',
      'respectGpc',
      'locale',
      'copy.notice.title',
      'theme',
    ];
    // Each problem is dropped at once; its warning follows when its words (a chunk) have loaded.
    await expect
      .poll(() => keys.filter((key) => !warnings.join('\n').includes(key)), { timeout: 10_000 })
      .toEqual([]);
    const { config: resolved } = await store(tab);
    expect(resolved.cookie).toEqual({
      name: 'consent',
      path: '/',
      sameSite: 'Lax',
      maxAgeDays: 182,
    });
    expect(resolved.regime).toBe('opt-in');
    expect(resolved.categories.map((c) => c.id)).toEqual(['analytics', 'ads']);
    expect(resolved).toMatchObject({ respectGpc: true, policy: { version: '3', noticeDays: 30 } });

    await accept(tab).click();
    await expect.poll(() => accept(tab).isVisible()).toBe(false);
    const [cookie] = await consentCookies();
    expect(cookie.domain).toBe('127.0.0.1');
    const days = (cookie.expires * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(181);
    expect(days).toBeLessThan(183);
    expect(problems.errors).toEqual([]);
  });
});

describe('hostile copy', () => {
  const XSS = [
    '<img src=x onerror="window.pwned=(window.pwned||0)+1">',
    '"><svg onload="window.pwned=(window.pwned||0)+1">',
    '<script>window.pwned=(window.pwned||0)+1</script>',
  ];
  it('renders hostile locale copy and category labels on a German page as text; nothing executes', async () => {
    const config = {
      categories: [
        { id: 'necessary', label: XSS[0], description: XSS[1], required: true },
        { id: 'analytics', label: XSS[2], description: XSS[0] },
      ],
      copy: {
        'notice.title': `Wir ${XSS[0]}`,
        'notice.body': XSS[1],
        'notice.accept': `Alle ${XSS[2]}`,
        'notice.categories': XSS[2],
        'toggle.label': `Abmelden {category} ${XSS[1]}`,
        'toggle.stored': XSS[0],
        'category.analytics.description': `Zählen ${XSS[1]}`,
        'support.text': `Fragen? {contact} ${XSS[0]}`,
      },
      support: { email: 'privacy@example.com', name: XSS[2] },
      policy: { url: '/privacy' },
    };
    const url = session.server.serve(
      '/hostile-copy-de.html',
      hostPage(
        config,
        '<consent-cookie-notice></consent-cookie-notice><consent-opt-out-toggle></consent-opt-out-toggle>',
        'de',
      ),
      { headers: { 'content-security-policy': STRICT_CSP } },
    );
    const tab = await session.context.newPage();
    const problems = await watch(tab);
    await tab.goto(url);
    await expect.poll(() => accept(tab).isVisible()).toBe(true);
    await tab.locator('consent-cookie-notice [part~="customize"]').click();
    // The toggle shows the category's description at once; the dialog comes with its module and
    // the German preferences strings: wait for its save button's German label.
    await expect.poll(() => shadowTexts(tab)).toContain(`Zählen ${XSS[1]}`);
    await expect.poll(() => shadowTexts(tab), { timeout: 20_000 }).toContain('Auswahl speichern');
    const text = await shadowTexts(tab);
    for (const expected of [
      `Wir ${XSS[0]}`,
      XSS[1],
      `Alle ${XSS[2]}`,
      XSS[2],
      `Abmelden ${XSS[2]} ${XSS[1]}`,
      `Fragen? ${XSS[2]} ${XSS[0]}`,
    ]) {
      expect(text).toContain(expected);
    }
    // German defaults fill what the copy leaves out: the page's lang was honoured.
    expect(text).toContain('Auswahl speichern');
    const injected = await tab.evaluate(() =>
      Array.from(
        document.querySelectorAll('consent-cookie-notice, consent-opt-out-toggle'),
        (el) => el.shadowRoot!.querySelectorAll('img, svg, script').length,
      ),
    );
    expect(injected).toEqual([0, 0]);
    await tab.locator('consent-cookie-notice [part~="preferences"] [part~="accept"]').click();
    await expect.poll(() => accept(tab).isVisible()).toBe(false);
    expect(await tab.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await problems.violations()).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});

describe('an element removed in the middle of a choice', () => {
  for (const position of ['bottom', 'center']) {
    it(`notice (${position}) removed with Customize open and re-added: no error, nothing recorded, still works`, async () => {
      const url = session.server.serve(
        `/remove-customize-${position}.html`,
        hostPage(
          {},
          `<consent-cookie-notice position="${position}"></consent-cookie-notice><consent-opt-out-toggle></consent-opt-out-toggle>`,
        ),
      );
      const tab = await session.context.newPage();
      await tab.addInitScript(() => {
        (window as unknown as { changes: number }).changes = 0;
        document.addEventListener('consent-change', () => {
          (window as unknown as { changes: number }).changes++;
        });
      });
      const problems = await watch(tab);
      await tab.goto(url);
      await expect.poll(() => accept(tab).isVisible()).toBe(true);
      await tab.locator('consent-cookie-notice [part~="customize"]').click();
      const analyticsSwitch = tab.locator('consent-cookie-notice [part~="switch"]').nth(1);
      await analyticsSwitch.click();
      await expect.poll(() => analyticsSwitch.getAttribute('aria-checked')).toBe('true');

      await tab.evaluate(async () => {
        const notice = document.querySelector('consent-cookie-notice')!;
        notice.remove();
        await (notice as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        document.body.append(notice);
      });
      const dialogOpen = () =>
        tab.evaluate(
          () =>
            // A closed first layer is not rendered at all.
            document.querySelector('consent-cookie-notice')!.shadowRoot!.querySelector('dialog')
              ?.open === true,
        );
      await expect.poll(dialogOpen).toBe(true);
      // Nothing was recorded: no event, no cookie, the store still undecided.
      expect(await tab.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
      expect(await consentCookies()).toEqual([]);
      expect((await store(tab)).state).toMatchObject({
        decided: false,
        categories: { analytics: false },
      });
      expect(await toggle(tab).getAttribute('aria-checked')).toBe('true');
      if (position === 'center') {
        expect(
          await tab.evaluate(() =>
            document
              .querySelector('consent-cookie-notice')!
              .shadowRoot!.querySelector('dialog')!
              .matches(':modal'),
          ),
        ).toBe(true);
      }
      // The unfinished choice is still there, and saving it records exactly it.
      await expect.poll(() => analyticsSwitch.getAttribute('aria-checked')).toBe('true');
      await tab.locator('consent-cookie-notice [part~="save"]').click();
      await expect.poll(dialogOpen).toBe(false);
      expect((await store(tab)).state).toMatchObject({
        decided: true,
        categories: { analytics: true, marketing: false },
      });
      expect(await tab.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(1);
      expect(problems.errors).toEqual([]);
    });
  }
});
