import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConsentStore,
  configureConsent,
  getConsentStore,
  parseConsentCookie,
  serializeConsentCookie,
  type ConsentChangeDetail,
  type ConsentErrorDetail,
  type ConsentRecord,
} from '../../src/store/index.js';
import { readCookieValues } from '../../src/core/cookie-string.js';
import { resetConsentStoreForTests } from '../../src/store/reset-for-tests.js';

const stores: ConsentStore[] = [];
/** A new store, as on a freshly loaded page ("reload"). */
const fresh = (config?: object): ConsentStore => {
  const s = new ConsentStore();
  if (config) s.configure(config);
  stores.push(s);
  return s;
};
const cookieValues = (name = 'consent') => readCookieValues(document.cookie, name);
const clearCookies = () => {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (name) {
      document.cookie = `${name}=; Max-Age=0; Path=/`;
      document.cookie = `${name}=; Max-Age=0; Path=/; Domain=${location.hostname}`;
    }
  }
};
/** A decided record, one second old unless `over` says otherwise. */
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => {
  const aSecondAgo = Date.now() - 1000;
  return {
    id: 'abc',
    decidedAt: aSecondAgo,
    updatedAt: aSecondAgo,
    choices: { preferences: false, analytics: true, marketing: false },
    source: 'notice',
    ...over,
  };
};
/** Collects `type` events on document until the test ends. */
const collect = <T>(type: 'consent-change' | 'consent-error') => {
  const events: T[] = [];
  const listener = (e: Event) => events.push((e as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  cleanups.push(() => document.removeEventListener(type, listener));
  return events;
};
const cleanups: (() => void)[] = [];

beforeEach(() => {
  clearCookies();
  resetConsentStoreForTests();
  document.querySelectorAll('script[data-consent-config]').forEach((s) => s.remove());
});
afterEach(() => {
  for (const s of stores.splice(0)) s.dispose();
  for (const c of cleanups.splice(0)) c();
  resetConsentStoreForTests();
  vi.restoreAllMocks();
  clearCookies();
});

describe('persistence', () => {
  it('remembers an acceptance across reloads', () => {
    fresh().acceptAll({ source: 'notice' });
    expect(cookieValues()).toHaveLength(1);
    const reloaded = fresh();
    expect(reloaded.state.decided).toBe(true);
    expect(reloaded.isGranted('analytics')).toBe(true);
    expect(reloaded.state.record?.source).toBe('notice');
    expect(reloaded.state.storage).toBe('cookie');
  });

  it('remembers a refusal across reloads, and does not ask again', () => {
    fresh().rejectAll();
    const reloaded = fresh();
    expect(reloaded.state).toMatchObject({ decided: true, needsNotice: false });
    expect(reloaded.isGranted('analytics')).toBe(false);
    expect(reloaded.isGranted('necessary')).toBe(true);
  });

  it('writes the cookie with the configured name, path and lifetime', () => {
    const s = fresh({ cookie: { name: 'my_consent', maxAgeDays: 30 } });
    const set = vi.spyOn(Document.prototype, 'cookie', 'set');
    s.setCategory('analytics', true);
    expect(set.mock.calls[0][0]).toMatch(
      /^my_consent=1\.[^;]+; Path=\/; Max-Age=2592000; SameSite=Lax$/,
    );
    expect(cookieValues('my_consent')).toHaveLength(1);
  });

  it('forgets the decision and removes the cookie on reset()', () => {
    const s = fresh();
    s.acceptAll();
    s.reset();
    expect(cookieValues()).toEqual([]);
    expect(s.state).toMatchObject({ decided: false, record: null });
    expect(fresh().state.decided).toBe(false);
  });

  it('treats a corrupt cookie as undecided, warns once and never throws', () => {
    document.cookie = 'consent=not-a-consent-cookie; Path=/';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const s = fresh();
    expect(s.state.decided).toBe(false);
    expect(s.isGranted('analytics')).toBe(false);
    expect(errors.map((e) => e.code)).toEqual(['corrupt-cookie']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^\[consent-elements\]/);
    s.acceptAll();
    expect(fresh().isGranted('analytics')).toBe(true);
  });
});

/**
 * A cookie jar keyed like a browser's (name, domain, path), standing in for `document.cookie`:
 * the test page runs on `localhost`, where Chromium refuses a `Domain` attribute, so a host-only and
 * a domain cookie of one name cannot both exist for real.
 */
const fakeJar = (host: string) => {
  const jar = new Map<string, [name: string, value: string]>();
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => [...jar.values()].map(([n, v]) => `${n}=${v}`).join('; '),
    set: (line: string) => {
      const [pair, ...attrs] = line.split(';').map((x) => x.trim());
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const attr = (a: string) =>
        attrs.find((x) => x.toLowerCase().startsWith(a + '='))?.split('=')[1];
      const domain = attr('domain')?.replace(/^\./, '');
      if (domain && !('.' + host).endsWith('.' + domain)) return;
      const key = `${name};${domain ? '.' + domain : host};${attr('path') ?? '/'}`;
      if (Number(attr('max-age') ?? 1) <= 0) jar.delete(key);
      else jar.set(key, [name, value]);
    },
  });
  cleanups.push(() => void delete (document as { cookie?: string }).cookie);
  return jar;
};

describe('duplicate cookies', () => {
  it('keeps the newest valid decision and removes the stale host-only and domain copies', () => {
    const jar = fakeJar(location.hostname);
    // One clock reading: a `decidedAt` a millisecond after `updatedAt` makes a record invalid.
    const now = Date.now();
    const old = serializeConsentCookie(
      record({ decidedAt: now - 9000, updatedAt: now - 5000, choices: { analytics: false } }),
    );
    const newer = serializeConsentCookie(
      record({ decidedAt: now - 9000, updatedAt: now - 1000, choices: { analytics: true } }),
    );
    expect(parseConsentCookie(newer)).not.toBeNull();
    expect(parseConsentCookie(old)).not.toBeNull();
    document.cookie = `consent=${old}; Path=/`;
    document.cookie = `consent=${newer}; Path=/; Domain=${location.hostname}`;
    expect(cookieValues()).toHaveLength(2);
    const s = fresh({ cookie: { domain: location.hostname } });
    expect(s.isGranted('analytics')).toBe(true);
    expect(cookieValues()).toEqual([newer]);
    expect([...jar.keys()]).toEqual([`consent;.${location.hostname};/`]);
  });

  it('prefers a valid copy over a corrupt one', () => {
    fakeJar(location.hostname);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const valid = serializeConsentCookie(record());
    document.cookie = `consent=garbage; Path=/; Domain=${location.hostname}`;
    document.cookie = `consent=${valid}; Path=/`;
    const s = fresh();
    expect(s.state.decided).toBe(true);
    expect(cookieValues()).toEqual([valid]);
  });
});

describe('cookies unavailable', () => {
  it('falls back to memory, keeps working and warns once', () => {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const deny = () => {
      throw new DOMException('sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: deny, set: deny });
    cleanups.push(() => void delete (document as { cookie?: string }).cookie);
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(desc);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const s = fresh();
    expect(() => s.acceptAll()).not.toThrow();
    expect(s.isGranted('analytics')).toBe(true);
    expect(s.state.storage).toBe('memory');
    s.setCategory('analytics', false);
    s.reset();
    expect(s.state.decided).toBe(false);
    expect(errors.map((e) => e.code)).toEqual(['storage-unavailable']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('falls back to memory when a written cookie does not read back (blocked cookies)', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    cleanups.push(() => void delete (document as { cookie?: string }).cookie);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const changes = collect<ConsentChangeDetail>('consent-change');
    const s = fresh();
    expect(s.state.storage).toBe('cookie');
    s.acceptAll();
    expect(s.state).toMatchObject({ storage: 'memory', decided: true });
    expect(s.isGranted('marketing')).toBe(true);
    expect(changes).toHaveLength(1);
    s.rejectAll();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps the decision held in memory when the page regains focus or is configured again', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    cleanups.push(() => void delete (document as { cookie?: string }).cookie);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = fresh();
    s.setCategory('analytics', true);
    window.dispatchEvent(new Event('focus'));
    s.configure({ regime: 'opt-in' });
    expect(s.state).toMatchObject({ storage: 'memory', decided: true });
    expect(s.isGranted('analytics')).toBe(true);
  });
});

describe('Global Privacy Control', () => {
  afterEach(
    () => void delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl,
  );

  it('denies non-essential categories even after Accept all, and says so', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const s = fresh({ regime: 'opt-out' });
    expect(s.isGranted('analytics')).toBe(false);
    s.acceptAll();
    expect(s.isGranted('analytics')).toBe(false);
    expect(s.isGranted('necessary')).toBe(true);
    expect(s.state).toMatchObject({ gpc: true, gpcApplied: true, decided: true });
  });
});

describe('consent-change', () => {
  it('fires once per change on document, bubbling and composed, with the changed categories', () => {
    const s = fresh();
    const events: CustomEvent<ConsentChangeDetail>[] = [];
    const listener = (e: CustomEvent<ConsentChangeDetail>) => events.push(e);
    document.addEventListener('consent-change', listener);
    cleanups.push(() => document.removeEventListener('consent-change', listener));
    const before = s.state;
    s.setCategory('analytics', true, { source: 'toggle' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ bubbles: true, composed: true });
    expect(events[0].detail).toMatchObject({
      previous: before,
      state: s.state,
      changed: ['analytics'],
      source: 'toggle',
    });
    s.acceptAll({ source: 'notice' });
    expect(events[1].detail.changed).toEqual(['preferences', 'marketing']);
    expect(events[1].detail.source).toBe('notice');
    s.rejectAll();
    expect(events[2].detail.changed).toEqual(['preferences', 'analytics', 'marketing']);
    expect(events[2].detail.source).toBe('api');
    expect(events).toHaveLength(3);
  });

  it('does not fire for a call that changes nothing', () => {
    const s = fresh();
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.acceptAll();
    const cookie = cookieValues();
    s.acceptAll();
    s.setCategory('analytics', true);
    s.setCategories({ marketing: true });
    expect(changes).toHaveLength(1);
    expect(cookieValues()).toEqual(cookie);
  });

  it('announces a first decision that keeps every grant (opt-out Accept all) with changed: []', () => {
    const s = fresh({ regime: 'opt-out' });
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.acceptAll();
    expect(changes).toHaveLength(1);
    expect(changes[0].changed).toEqual([]);
    expect(changes[0].state.needsNotice).toBe(false);
  });

  it('calls subscribers once per change until they unsubscribe, and survives a throwing one', () => {
    const s = fresh();
    const seen: string[][] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    s.subscribe(() => {
      throw new Error('listener bug');
    });
    const off = s.subscribe((d) => seen.push(d.changed));
    s.setCategory('marketing', true);
    off();
    s.setCategory('marketing', false);
    expect(seen).toEqual([['marketing']]);
  });

  it('hands out immutable states, a new object after every change', () => {
    const s = fresh();
    const a = s.state;
    s.setCategory('analytics', true);
    expect(s.state).not.toBe(a);
    expect(a.categories.analytics).toBe(false);
    expect(Object.isFrozen(s.state) && Object.isFrozen(s.state.categories)).toBe(true);
  });
});

describe('reading consent', () => {
  /** Counts the page's `document.cookie` reads until `restore()`. */
  const spyOnCookieReads = () => {
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const reads = vi.spyOn(cookie, 'get');
    Object.defineProperty(document, 'cookie', { ...cookie, configurable: true });
    const restore = () => {
      delete (document as { cookie?: string }).cookie;
      reads.mockRestore();
    };
    return { reads, restore };
  };

  it('reads the cookie once when it starts, whatever is read first and however often', () => {
    const s = fresh();
    const { reads, restore } = spyOnCookieReads();
    try {
      for (let i = 0; i < 10; i++) {
        expect(s.config.cookie.name).toBe('consent');
        expect(s.state.needsNotice).toBe(true);
        expect(s.isGranted('analytics')).toBe(false);
      }
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
  });

  it('calls no clearTimeout when it holds no timer: at start, nor after a change with nothing due', () => {
    const clear = vi.spyOn(window, 'clearTimeout');
    const s = fresh();
    expect(s.state.needsNotice).toBe(true);
    s.reset();
    expect(clear).not.toHaveBeenCalled();
  });

  it('answers isGranted and state from memory: no cookie read per call', () => {
    const s = fresh();
    s.acceptAll();
    const { reads, restore } = spyOnCookieReads();
    try {
      for (let i = 0; i < 1000; i++) {
        expect(s.isGranted('analytics')).toBe(true);
        expect(s.state.decided).toBe(true);
      }
      expect(reads).not.toHaveBeenCalled();
      // The spy is live: a real read goes through it.
      void document.cookie;
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
  });
});

describe('setCategory / setCategories', () => {
  it('refuses a required or unknown category with a warning and no change', () => {
    const s = fresh();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.setCategory('necessary', false);
    s.setCategory('nonexistent', true);
    expect(errors.map((e) => e.code)).toEqual(['unknown-category', 'unknown-category']);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(changes).toHaveLength(0);
    expect(s.state.decided).toBe(false);
  });

  it('records several choices as one decision, the rest at the regime default', () => {
    const s = fresh();
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.setCategories({ analytics: true, preferences: false });
    expect(changes).toHaveLength(1);
    expect(s.state.record?.choices).toEqual({
      preferences: false,
      analytics: true,
      marketing: false,
    });
    expect(s.state.decided).toBe(true);
  });
});

describe('services', () => {
  const config = {
    categories: [
      { id: 'necessary', label: 'Necessary', required: true, services: [{ id: 'cdn' }] },
      {
        id: 'marketing',
        label: 'Marketing',
        services: [{ id: 'youtube' }, { id: 'maps' }, { id: 'meta' }],
      },
    ],
  };

  it('setService grants one service: consent-change names it, the rest stay denied, across reloads', () => {
    const s = fresh(config);
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.setService('marketing.youtube', true, { source: 'toggle' });
    expect(changes.map(({ changed, source }) => ({ changed, source }))).toEqual([
      { changed: ['marketing.youtube'], source: 'toggle' },
    ]);
    const reloaded = fresh(config);
    expect(
      ['marketing', 'marketing.youtube', 'marketing.maps', 'marketing.meta'].map(
        reloaded.isGranted,
      ),
    ).toEqual([false, true, false, false]);
    expect(reloaded.state.mixed).toEqual(['marketing']);
  });

  it('setCategory sets its services, and consent-change names the category and each service that changed', () => {
    const s = fresh(config);
    s.setService('marketing.youtube', true);
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.setCategory('marketing', true);
    expect(changes[0].changed).toEqual(['marketing', 'marketing.maps', 'marketing.meta']);
    expect(s.state.mixed).toEqual([]);
  });

  it('refuses a service of a required category or an unknown one with a warning and no change', () => {
    const s = fresh(config);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const changes = collect<ConsentChangeDetail>('consent-change');
    s.setService('necessary.cdn', false);
    s.setService('marketing.tiktok', true);
    s.setService('marketing', true);
    expect(errors.map((e) => e.message)).toEqual([
      'service "necessary.cdn" is required: ignored',
      'service "marketing.tiktok" is unknown: ignored',
      'service "marketing" is unknown: ignored',
    ]);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(changes).toHaveLength(0);
    expect(s.isGranted('necessary.cdn')).toBe(true);
  });
});

describe('policy acknowledgement', () => {
  const policy = { version: 'v2', effectiveDate: '2099-01-01', noticeDays: 100000 };

  it('clears the banner for a returning visitor and is remembered', () => {
    document.cookie = `consent=${serializeConsentCookie(record({ policyVersion: 'v1' }))}; Path=/`;
    const s = fresh({ policy: { ...policy, noticeDays: 365 } });
    expect(fresh({ policy: { version: 'v2' } }).state.policyNotice).toEqual({
      version: 'v2',
      inForce: true,
    });
    const changes = collect<ConsentChangeDetail>('consent-change');
    const t = fresh({ policy: { version: 'v2' } });
    t.acknowledgePolicy(undefined, { source: 'banner' });
    expect(t.state.policyNotice).toBeNull();
    expect(changes.map((c) => [c.changed, c.source])).toEqual([[['policy'], 'banner']]);
    expect(t.state.decided).toBe(true);
    expect(fresh({ policy: { version: 'v2' } }).state.policyNotice).toBeNull();
    expect(s.state.decided).toBe(true);
  });

  it('without a record, stores the acknowledgement but leaves the visitor undecided', () => {
    const s = fresh({ policy: { version: 'v2' } });
    s.acknowledgePolicy();
    expect(s.state).toMatchObject({ decided: false, needsNotice: true, policyNotice: null });
    expect(parseConsentCookie(cookieValues()[0])).toMatchObject({
      decidedAt: 0,
      acknowledgedPolicy: 'v2',
    });
    const reloaded = fresh({ policy: { version: 'v2' } });
    expect(reloaded.state.decided).toBe(false);
    reloaded.acceptAll();
    expect(reloaded.state.record).toMatchObject({ acknowledgedPolicy: 'v2', policyVersion: 'v2' });
  });
});

/** Adds a declarative `<script type="application/json" data-consent-config>` with `json`. */
const declareConfig = (json: string) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.consentConfig = '';
  script.textContent = json;
  document.body.append(script);
};

describe('the page store', () => {
  it('reads the declarative config script, merging several in document order', () => {
    declareConfig('{"regime":"opt-out","cookie":{"name":"first"}}');
    declareConfig('{"cookie":{"name":"second"}}');
    const s = getConsentStore();
    expect(s.config.regime).toBe('opt-out');
    expect(s.config.cookie.name).toBe('second');
  });

  it('warns about a config script with a JSON syntax error and keeps the defaults', async () => {
    declareConfig('{ "regime": "opt-out", oops }');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    expect(getConsentStore().config.regime).toBe('opt-in');
    await expect.poll(() => errors.map((e) => e.code)).toEqual(['invalid-config']);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0][0]).toMatch(/^\[consent-elements\] data-consent-config ignored: /);
  });

  it('reports each invalid config key and keeps the valid rest', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    configureConsent({ regime: 'opt-out', cookie: { maxAgeDays: 1000 } });
    // Dropped at once; the report follows once its words have loaded.
    expect(getConsentStore().config.regime).toBe('opt-out');
    expect(getConsentStore().config.cookie.maxAgeDays).toBe(182);
    await expect
      .poll(() => errors)
      .toEqual([expect.objectContaining({ code: 'invalid-config', key: 'cookie.maxAgeDays' })]);
  });

  it("drops a cookie.domain that is not the page's host or a parent of it, naming the host", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    configureConsent({ cookie: { domain: 'other.org' } });
    expect(getConsentStore().config.cookie.domain).toBeUndefined();
    await expect
      .poll(() => errors)
      .toEqual([expect.objectContaining({ code: 'invalid-config', key: 'cookie.domain' })]);
    expect(errors[0].message).toContain(`(${location.hostname})`);
  });

  it('keeps the order of its reports: one found after a config problem waits for its words', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const store = getConsentStore();
    store.configure({ regime: 'later' });
    store.setCategory('nope', true);
    await expect
      .poll(() => errors.map((e) => e.code))
      .toEqual(['invalid-config', 'unknown-category']);
    expect(errors[0].message).toBe("regime: 'later' is not one of 'opt-in', 'opt-out'");
  });

  it('reports nothing a disposed store had not reported yet', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const first = fresh({ regime: 'later' });
    void first.state;
    first.dispose();
    const second = fresh({ respectGpc: 'no' });
    void second.state;
    await expect.poll(() => errors.map((e) => e.key)).toEqual(['respectGpc']);
  });

  it('re-derives the state on configureConsent and announces it with source config', () => {
    const s = getConsentStore();
    expect(s.isGranted('analytics')).toBe(false);
    const changes = collect<ConsentChangeDetail>('consent-change');
    configureConsent({ regime: 'opt-out' });
    expect(s.isGranted('analytics')).toBe(true);
    expect(changes).toHaveLength(1);
    expect(changes[0].source).toBe('config');
    configureConsent({ regime: 'opt-out' });
    expect(changes).toHaveLength(1);
  });

  it('prints each config warning once per page: configureConsent after a JSON config does not repeat it', async () => {
    declareConfig('{ "polcy": { "version": "2" }, "regime": "opt-out" }');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    const store = getConsentStore();
    expect(store.config.regime).toBe('opt-out');
    configureConsent({ support: { email: 'privacy@example.com' } });
    configureConsent({ support: { email: 'help@example.com' } });
    // Every resolution reports it (three events); the console shows it once.
    await expect.poll(() => errors.length).toBe(3);
    expect(warn.mock.calls).toEqual([
      ['[consent-elements] `polcy` is not a known option; did you mean `policy`?'],
    ]);
  });

  it('prints a warning for each distinct problem, and the events keep reporting every time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = collect<ConsentErrorDetail>('consent-error');
    configureConsent({ policy: { effectiveDate: '12/09/2026' } });
    void getConsentStore().state;
    configureConsent({ policy: { effectiveDate: '12/09/2026' }, regime: 'opt-out' });
    configureConsent({ policy: { effectiveDate: '2026-13-01' } });
    await expect.poll(() => errors.length).toBe(3);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      "[consent-elements] policy.effectiveDate: '12/09/2026' is not a date (YYYY-MM-DD)",
      "[consent-elements] policy.effectiveDate: '2026-13-01' is not a date (YYYY-MM-DD)",
    ]);
    expect(errors.map((e) => e.key)).toEqual([
      'policy.effectiveDate',
      'policy.effectiveDate',
      'policy.effectiveDate',
    ]);
  });

  it('is one object for every caller, and fresh after resetConsentStoreForTests()', () => {
    const a = getConsentStore();
    expect(getConsentStore()).toBe(a);
    resetConsentStoreForTests();
    expect(getConsentStore()).not.toBe(a);
  });
});

describe('tab sync', () => {
  it('brings a change made in one tab to another within a second, with source sync', async () => {
    const first = fresh();
    const second = fresh();
    expect(second.isGranted('analytics')).toBe(false);
    const seen: ConsentChangeDetail[] = [];
    second.subscribe((d) => seen.push(d));
    first.acceptAll();
    await expect
      .poll(() => second.isGranted('analytics'), { timeout: 1000, interval: 20 })
      .toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0].source).toBe('sync');
    first.reset();
    await expect.poll(() => second.state.decided, { timeout: 1000, interval: 20 }).toBe(false);
  });

  it('re-reads the cookie when the page regains focus', () => {
    const s = fresh();
    expect(s.state.decided).toBe(false);
    document.cookie = `consent=${serializeConsentCookie(record())}; Path=/`;
    window.dispatchEvent(new Event('focus'));
    expect(s.state.decided).toBe(true);
    expect(s.isGranted('analytics')).toBe(true);
  });

  it('follows the cookie configureConsent renames: a change another tab makes to it arrives', async () => {
    const s = fresh();
    void s.state;
    s.configure({ cookie: { name: 'renamed' } });
    const value = serializeConsentCookie(record());
    document.cookie = `renamed=${value}; Path=/`;
    const otherTab = new BroadcastChannel('consent-elements:renamed');
    cleanups.push(() => otherTab.close());
    otherTab.postMessage(value);
    await expect.poll(() => s.state.decided, { timeout: 1000, interval: 20 }).toBe(true);
    expect(s.isGranted('analytics')).toBe(true);
  });

  it('re-reads the cookie when the page is shown again from the back/forward cache, not on its first show', () => {
    const s = fresh();
    expect(s.state.decided).toBe(false);
    document.cookie = `consent=${serializeConsentCookie(record())}; Path=/`;
    // The page's own load: the store has just read the cookie, nothing to read again.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(s.state.decided).toBe(false);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(s.state.decided).toBe(true);
  });

  it('stops listening after dispose()', () => {
    const s = fresh();
    void s.state;
    s.dispose();
    document.cookie = `consent=${serializeConsentCookie(record())}; Path=/`;
    window.dispatchEvent(new Event('focus'));
    expect(s.state.decided).toBe(false);
  });
});
