import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gateScripts } from '../../src/integrations/index.js';
import { domainVariants } from '../../src/core/cookie-string.js';
import { matchingCookieNames, pathVariants } from '../../src/integrations/cookies.js';
import type { ConsentRevokeEvent } from '../../src/events/consent-revoke.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { clearRuns, freshGateHost, freshStore, ran, resetPage } from './helpers.js';

let host: HTMLElement;
let store: ConsentStoreApi;
const disposers: (() => void)[] = [];
const blobUrls: string[] = [];

/** A same-origin script URL whose code records `name` when it runs. */
function scriptUrl(name: string): string {
  const url = URL.createObjectURL(
    new Blob([`(window.ran ??= []).push(${JSON.stringify(name)});`], {
      type: 'text/javascript',
    }),
  );
  blobUrls.push(url);
  return url;
}
const inline = (name: string, category = 'analytics', attrs = '') =>
  `<script type="text/plain" data-consent-category="${category}" ${attrs}>(window.ran ??= []).push(${JSON.stringify(name)});</script>`;
const external = (name: string, category = 'analytics', attrs = '') =>
  `<script type="text/plain" data-consent-category="${category}" data-src="${scriptUrl(name)}" ${attrs}></script>`;

function mount(html: string): void {
  // Parsed by the HTML parser, as a server-rendered page would be (scripts stay inert: type text/plain).
  host.append(document.createRange().createContextualFragment(html));
}
/** Mounts `html` and resolves once mutation observers created before now have been notified. */
function mountAndSettle(html: string): Promise<void> {
  return new Promise((resolve) => {
    const witness = new MutationObserver(() => {
      witness.disconnect();
      resolve();
    });
    witness.observe(host, { childList: true, subtree: true });
    mount(html);
  });
}
function gate(options: Parameters<typeof gateScripts>[0] = {}): void {
  disposers.push(gateScripts({ store, root: host, ...options }));
}

beforeEach(() => {
  host = freshGateHost();
  store = freshStore({
    categories: [
      { id: 'necessary', label: 'Necessary', required: true },
      { id: 'analytics', label: 'Analytics', cookies: ['_ga', '_ga_*', 'mp_*'] },
      {
        id: 'marketing',
        label: 'Marketing',
        cookies: ['_fbp'],
        services: [
          { id: 'youtube', label: 'YouTube' },
          { id: 'maps', label: 'Google Maps' },
        ],
      },
    ],
  });
});
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
  host.remove();
  clearRuns();
  resetPage();
});

describe('gateScripts: running gated scripts', () => {
  it('never runs a gated script before consent', async () => {
    mount(inline('inline') + external('external') + external('sentinel', 'marketing'));
    gate();
    store.setCategories({ analytics: false, marketing: true });
    await expect.poll(ran).toEqual(['sentinel']);
    expect(host.querySelectorAll('script[type="text/plain"]')).toHaveLength(2);
  });

  it('runs an inline script once its category is granted', () => {
    mount(inline('inline'));
    gate();
    store.setCategory('analytics', true);
    expect(ran()).toEqual(['inline']);
  });

  it('runs scripts at once when consent was already given', async () => {
    store.acceptAll();
    mount(inline('inline') + external('external'));
    gate();
    await expect.poll(ran).toEqual(['inline', 'external']);
  });

  it('runs each script exactly once, even after revoke and grant again', async () => {
    mount(inline('inline') + external('external'));
    gate();
    store.setCategory('analytics', true);
    await expect.poll(ran).toEqual(['inline', 'external']);
    store.setCategory('analytics', false);
    store.setCategory('analytics', true);
    store.acceptAll();
    await mountAndSettle(external('sentinel'));
    await expect.poll(ran).toEqual(['inline', 'external', 'sentinel']);
  });

  it('runs scripts in document order, inline ones waiting for earlier external ones', async () => {
    mount(external('1') + inline('2') + external('3') + external('4') + inline('5') + inline('6'));
    gate();
    store.acceptAll();
    await expect.poll(ran).toHaveLength(6);
    expect(ran()).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('inserts external scripts with async = false (unless they ask for async)', async () => {
    mount(external('ordered') + external('async', 'analytics', 'async'));
    gate();
    store.acceptAll();
    const [ordered, async] = Array.from(host.querySelectorAll('script'));
    expect(ordered.async).toBe(false);
    expect(async.async).toBe(true);
    await expect.poll(() => ran().sort()).toEqual(['async', 'ordered']);
  });

  it('copies the nonce and other attributes, but not type, data-src or data-consent-category', async () => {
    mount(
      external('x', 'analytics', 'id="tag" nonce="n0nce" crossorigin="anonymous" data-extra="1"'),
    );
    const gated = host.querySelector('script')!;
    const src = gated.getAttribute('data-src');
    gate();
    store.acceptAll();
    const live = host.querySelector('script')!;
    expect(live).not.toBe(gated);
    expect(live.nonce).toBe('n0nce');
    expect(live.id).toBe('tag');
    expect(live.getAttribute('crossorigin')).toBe('anonymous');
    expect(live.dataset.extra).toBe('1');
    expect(live.src).toBe(src);
    expect(live.hasAttribute('type')).toBe(false);
    expect(live.hasAttribute('data-src')).toBe(false);
    expect(live.hasAttribute('data-consent-category')).toBe(false);
    await expect.poll(ran).toEqual(['x']);
  });

  it('gives the live script the type written in data-type (modules)', async () => {
    mount(
      `<script type="text/plain" data-type="module" data-consent-category="analytics">(window.ran ??= []).push(typeof import.meta);</script>`,
    );
    gate();
    store.acceptAll();
    expect(host.querySelector('script')!.type).toBe('module');
    await expect.poll(ran).toEqual(['object']);
  });

  it('needs every listed category when several are given', () => {
    mount(inline('both', 'analytics marketing'));
    gate();
    store.setCategories({ analytics: true, marketing: false });
    expect(ran()).toEqual([]);
    store.setCategory('marketing', true);
    expect(ran()).toEqual(['both']);
  });

  it('ignores a script with an empty category list', () => {
    mount(inline('nothing', ' '));
    gate();
    store.acceptAll();
    expect(ran()).toEqual([]);
  });

  it('runs a script gated on a service (data-consent-service) once that service alone is granted', () => {
    mount(
      inline('youtube', 'marketing', 'data-consent-service="youtube"') +
        inline('category', 'marketing') +
        inline('maps', 'marketing', 'data-consent-service="maps"'),
    );
    gate();
    store.setService('marketing.youtube', true);
    expect(ran()).toEqual(['youtube']);
    const live = host.querySelector('script:not([type])')!;
    expect(live.hasAttribute('data-consent-service'), 'gate attributes are not copied').toBe(false);
    store.setCategory('marketing', true);
    expect(ran()).toEqual(['youtube', 'category', 'maps']);
  });

  it('takes a full service id, and loads a service-gated iframe with its service', () => {
    mount(
      `<iframe title="map" data-consent-service="marketing.maps" data-src="about:blank#map"></iframe>` +
        inline('both', '', 'data-consent-service="marketing.youtube marketing.maps"'),
    );
    const frame = host.querySelector('iframe')!;
    gate();
    store.setService('marketing.youtube', true);
    expect(frame.hasAttribute('src')).toBe(false);
    expect(ran(), 'every listed service is needed').toEqual([]);
    store.setService('marketing.maps', true);
    expect(frame.getAttribute('src')).toBe('about:blank#map');
    expect(ran()).toEqual(['both']);
  });

  it('never runs a short service id without a category', () => {
    mount(inline('orphan', '', 'data-consent-service="youtube"'));
    gate();
    store.acceptAll();
    expect(ran()).toEqual([]);
  });

  it('loads a gated iframe once its category is granted', () => {
    mount(
      `<iframe title="video" data-consent-category="marketing" data-src="about:blank#video"></iframe>`,
    );
    const frame = host.querySelector('iframe')!;
    gate();
    expect(frame.hasAttribute('src')).toBe(false);
    store.setCategory('analytics', true);
    expect(frame.hasAttribute('src')).toBe(false);
    store.setCategory('marketing', true);
    expect(frame.getAttribute('src')).toBe('about:blank#video');
  });

  it('loads a gated iframe only once, however often consent changes or gates rescan', () => {
    mount(
      `<iframe title="video" data-consent-category="marketing" data-src="about:blank#once"></iframe>`,
    );
    const frame = host.querySelector('iframe')!;
    // Every assignment to src navigates the frame again: count them.
    const sources: string[] = [];
    const { set } = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src')!;
    Object.defineProperty(frame, 'src', {
      set(value: string) {
        sources.push(value);
        set!.call(this, value);
      },
    });
    gate();
    store.setCategory('marketing', true);
    store.setCategory('analytics', true);
    store.setCategory('analytics', false);
    gate();
    store.acceptAll();
    expect(sources).toEqual(['about:blank#once']);
  });

  it('catches gated scripts added later (single-page apps)', async () => {
    gate();
    store.setCategory('analytics', true);
    await mountAndSettle(inline('late granted'));
    expect(ran()).toEqual(['late granted']);
    await mountAndSettle(`<section>${inline('late denied', 'marketing')}</section>`);
    expect(ran()).toEqual(['late granted']);
    store.setCategory('marketing', true);
    expect(ran()).toEqual(['late granted', 'late denied']);
  });

  it('runs a script only once when two gates watch the same page (CDN and bundled copies)', () => {
    mount(inline('shared'));
    gate();
    gate();
    store.acceptAll();
    expect(ran()).toEqual(['shared']);
  });

  it('stops after the disposer: no observer, no store subscription', async () => {
    mount(inline('before'));
    const dispose = gateScripts({ store, root: host });
    dispose();
    store.acceptAll();
    await mountAndSettle(inline('after'));
    expect(ran()).toEqual([]);
    expect(host.querySelectorAll('script[type="text/plain"]')).toHaveLength(2);
  });

  it('uses document as the default root', () => {
    mount(inline('page'));
    disposers.push(gateScripts({ store }));
    store.acceptAll();
    expect(ran()).toEqual(['page']);
  });
});

describe('gateScripts: withdrawing consent', () => {
  const cookieNames = () =>
    document.cookie
      .split(';')
      .map((pair) => pair.split('=')[0].trim())
      .filter(Boolean);

  it('removes the category’s cookies and fires consent-revoke with what it removed', () => {
    gate();
    store.acceptAll();
    document.cookie = '_ga=GA1.1.1; path=/';
    document.cookie = '_ga_ABC123=GS1.1; path=/';
    document.cookie = 'mp_token_mixpanel=%7B%7D; path=/';
    document.cookie = '_fbp=fb.1; path=/';
    document.cookie = 'unrelated=1; path=/';
    const events: ConsentRevokeEvent[] = [];
    const listener = (event: ConsentRevokeEvent) => events.push(event);
    document.addEventListener('consent-revoke', listener);
    try {
      store.setCategory('analytics', false);
    } finally {
      document.removeEventListener('consent-revoke', listener);
    }
    expect(cookieNames()).not.toContain('_ga');
    expect(cookieNames()).not.toContain('_ga_ABC123');
    expect(cookieNames()).not.toContain('mp_token_mixpanel');
    expect(cookieNames()).toEqual(expect.arrayContaining(['_fbp', 'unrelated']));
    expect(events).toHaveLength(1);
    expect(events[0].bubbles).toBe(true);
    expect(events[0].composed).toBe(true);
    expect(events[0].detail.categories).toEqual(['analytics']);
    expect(events[0].detail.removedCookies.sort()).toEqual(
      ['_ga', '_ga_ABC123', 'mp_token_mixpanel'].sort(),
    );
  });

  it('removes a category’s cookies set on the page’s own path and its folder, not only on /', async () => {
    // A same-origin page below / (/shop/cart), its document gated like the host page's.
    const frame = document.createElement('iframe');
    frame.src = '/shop/cart';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    host.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    const names = () => matchingCookieNames(['_ga*'], page.cookie).sort();
    gate({ root: page });
    store.acceptAll();
    page.cookie = '_ga=page; path=/shop/cart';
    page.cookie = '_ga_FOLDER=folder; path=/shop/';
    page.cookie = '_ga_ROOT=root; path=/';
    expect(names()).toEqual(['_ga', '_ga_FOLDER', '_ga_ROOT']);
    store.setCategory('analytics', false);
    expect(names()).toEqual([]);
  });

  it('lists every path a cookie visible on a page may have been set with', () => {
    expect(pathVariants('/')).toEqual(['/']);
    expect(pathVariants('/shop/cart')).toEqual([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
    ]);
    expect(pathVariants('/shop/')).toEqual(['/', '/shop', '/shop/']);
  });

  it('reports every category withdrawn in one change, and extra cookie patterns from options', () => {
    gate({ cookies: { marketing: ['ads_*'] } });
    store.acceptAll();
    document.cookie = '_fbp=1; path=/';
    document.cookie = 'ads_id=1; path=/';
    document.cookie = '_ga=1; path=/';
    const listener = vi.fn();
    document.addEventListener('consent-revoke', listener);
    try {
      store.rejectAll();
    } finally {
      document.removeEventListener('consent-revoke', listener);
    }
    expect(listener).toHaveBeenCalledTimes(1);
    const { detail } = listener.mock.calls[0][0] as ConsentRevokeEvent;
    expect(detail.categories.sort()).toEqual(['analytics', 'marketing']);
    expect(detail.removedCookies.sort()).toEqual(['_fbp', '_ga', 'ads_id']);
    expect(cookieNames()).toEqual(['consent']);
  });

  it('fires consent-revoke even when no cookie was there, and not on a grant', () => {
    gate();
    const listener = vi.fn();
    document.addEventListener('consent-revoke', listener);
    try {
      store.setCategory('analytics', true);
      expect(listener).not.toHaveBeenCalled();
      store.setCategory('analytics', false);
    } finally {
      document.removeEventListener('consent-revoke', listener);
    }
    expect(listener).toHaveBeenCalledTimes(1);
    expect((listener.mock.calls[0][0] as ConsentRevokeEvent).detail).toEqual({
      categories: ['analytics'],
      services: [],
      removedCookies: [],
    });
  });

  it("removes a withdrawn service's cookies and names the service, its category untouched", () => {
    resetPage();
    store = freshStore({
      categories: [
        {
          id: 'marketing',
          label: 'Marketing',
          cookies: ['_fbp'],
          services: [{ id: 'youtube', label: 'YouTube', cookies: ['VISITOR_INFO1_LIVE', 'YSC'] }],
        },
      ],
    });
    gate();
    store.acceptAll();
    document.cookie = 'VISITOR_INFO1_LIVE=x; path=/';
    document.cookie = 'YSC=y; path=/';
    document.cookie = '_fbp=fb.1; path=/';
    const listener = vi.fn();
    document.addEventListener('consent-revoke', listener);
    try {
      store.setService('marketing.youtube', false);
    } finally {
      document.removeEventListener('consent-revoke', listener);
    }
    expect((listener.mock.calls[0][0] as ConsentRevokeEvent).detail).toEqual({
      categories: [],
      services: ['marketing.youtube'],
      removedCookies: ['VISITOR_INFO1_LIVE', 'YSC'],
    });
    expect(cookieNames()).toContain('_fbp');
  });
});

describe('gateScripts: two gates on one store', () => {
  it('announces a withdrawal once, however many gates watch', () => {
    gate();
    gate();
    store.acceptAll();
    const listener = vi.fn();
    document.addEventListener('consent-revoke', listener);
    try {
      store.setCategory('analytics', false);
    } finally {
      document.removeEventListener('consent-revoke', listener);
    }
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('cookie helpers', () => {
  it('matches names with * wildcards and escapes everything else', () => {
    const cookies = '_ga=1; _ga_XY=2; _gab=3; mp_a=4; a.b=5; axb=6';
    expect(matchingCookieNames(['_ga', '_ga_*', 'mp_*', 'a.b'], cookies)).toEqual([
      '_ga',
      '_ga_XY',
      'mp_a',
      'a.b',
    ]);
    expect(matchingCookieNames([], cookies)).toEqual([]);
  });

  it('lists host-only and every parent domain, but not the top-level domain', () => {
    expect(domainVariants('www.shop.example.com')).toEqual([
      undefined,
      '.www.shop.example.com',
      '.shop.example.com',
      '.example.com',
    ]);
    expect(domainVariants('localhost')).toEqual([undefined, 'localhost']);
    expect(domainVariants('127.0.0.1')).toEqual([undefined, '127.0.0.1']);
  });
});
