// The policy banner as the CDN entry defines it: the class registered at once, its view (template,
// styles, the date's wording) a module fetched only when a banner has a policy change to announce.
// Most page views (a first visit, a returning visitor with nothing new) fetch nothing; a visitor
// who must see the banner fetches the view once, and the banner draws when it is there. This file
// imports no define module: it hands the banner a loader, as on-demand/elements.ts does.
import { describe, expect, it, vi } from 'vitest';
import { ConsentPolicyBanner, configureConsent } from '../src/index.js';
import { ModuleOnDemand } from '../src/events/module-on-demand.js';
import * as view from '../src/components/policy-banner/policy-banner-view.js';
import { policyBannerView } from '../src/components/policy-banner/view-source.js';
import {
  getConsentStore,
  isoInDays,
  part,
  recordConsentErrors,
  resetConsent,
  returningVisitor,
} from './consent-test-helpers.js';

customElements.define('consent-policy-banner', ConsentPolicyBanner);

const UPCOMING = { version: '2', url: '/privacy', effectiveDate: isoInDays(10) };

/**
 * A loader of the view, as the CDN entry hands over: counts the imports it starts, and lets the
 * test say when (and whether) each one arrives.
 */
function viewLoader() {
  const arrivals: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const importView = vi.fn(
    () =>
      new Promise<typeof view>((resolve, reject) =>
        arrivals.push({ resolve: () => resolve(view), reject }),
      ),
  );
  policyBannerView.use(
    new ModuleOnDemand('the <consent-policy-banner> view', importView, 'nothing shows meanwhile'),
  );
  return {
    importView,
    /** The latest import arrives (or fails with `error`). */
    arrive(error?: Error) {
      const arrival = arrivals.at(-1);
      if (!arrival) throw new Error('no import was started');
      if (error) arrival.reject(error);
      else arrival.resolve();
    },
  };
}

/** Two animation frames: anything Lit would render unheld has been painted by then. */
const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function addBanner(position?: string): ConsentPolicyBanner {
  const banner = document.createElement('consent-policy-banner');
  if (position) banner.setAttribute('position', position);
  document.body.append(banner);
  return banner;
}

const recorded = recordConsentErrors();
const { errors } = recorded;

describe('<consent-policy-banner> with its view loaded on demand', () => {
  it('fetches nothing on a first visit: it updates at once and draws nothing', async () => {
    const { importView } = viewLoader();
    resetConsent({ policy: UPCOMING });
    const banner = addBanner();
    await banner.updateComplete;
    expect(banner.hasUpdated).toBe(true);
    expect(banner.shadowRoot?.childElementCount).toBe(0);
    expect(importView).not.toHaveBeenCalled();
  });

  it('fetches nothing for a returning visitor with no policy change to announce', async () => {
    const { importView } = viewLoader();
    returningVisitor({ version: '1', url: '/privacy' });
    const banners = [addBanner(), addBanner('inline')];
    await Promise.all(banners.map((banner) => banner.updateComplete));
    for (const banner of banners) expect(banner.shadowRoot?.childElementCount).toBe(0);
    // An inline banner with nothing to announce reserves no room in the page.
    expect(banners[1].getBoundingClientRect().height).toBe(0);
    expect(importView).not.toHaveBeenCalled();
  });

  it('during a policy notice holds its first draw until the view is there, then draws once, styled', async () => {
    const { importView, arrive } = viewLoader();
    returningVisitor(UPCOMING);
    const [fixed, inline] = [addBanner(), addBanner('inline')];
    await twoFrames();
    // One import for every banner of the page; nothing drawn (not even an empty frame) meanwhile.
    expect(importView).toHaveBeenCalledOnce();
    for (const banner of [fixed, inline]) {
      expect(banner.hasUpdated).toBe(false);
      expect(banner.shadowRoot?.childElementCount ?? 0).toBe(0);
    }

    arrive();
    await Promise.all([fixed.updateComplete, inline.updateComplete]);
    expect(part(fixed, 'message')?.textContent).toContain('in 10 days');
    expect(part(fixed, 'acknowledge')?.textContent?.trim()).toBe('Got it');
    // The banner's own styles came with its view: fixed over the bottom edge, or in the flow.
    expect(getComputedStyle(part(fixed, 'base')!).position).toBe('fixed');
    expect(getComputedStyle(part(inline, 'base')!).position).toBe('static');
    expect(importView).toHaveBeenCalledOnce();

    part(fixed, 'acknowledge')!.click();
    await Promise.all([fixed.updateComplete, inline.updateComplete]);
    expect(getConsentStore().state.record?.acknowledgedPolicy).toBe('2');
    for (const banner of [fixed, inline]) expect(part(banner, 'base')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('fetches the view when a policy change becomes due on a live page, and draws it', async () => {
    const { importView, arrive } = viewLoader();
    returningVisitor({ version: '1', url: '/privacy' });
    const banner = addBanner();
    await banner.updateComplete;
    expect(importView).not.toHaveBeenCalled();

    configureConsent({ policy: UPCOMING });
    await expect.poll(() => importView.mock.calls.length).toBe(1);
    expect(part(banner, 'base')).toBeNull();
    arrive();
    await expect.poll(() => part(banner, 'acknowledge')?.textContent?.trim()).toBe('Got it');
  });

  it('says so when the view cannot be loaded, draws nothing, and tries again on a later update', async () => {
    const { importView, arrive } = viewLoader();
    returningVisitor(UPCOMING);
    const banner = addBanner();
    await expect.poll(() => importView.mock.calls.length).toBe(1);
    arrive(new TypeError('Failed to fetch dynamically imported module'));
    await banner.updateComplete;

    expect(banner.shadowRoot?.childElementCount).toBe(0);
    expect(errors.map((event) => event.detail.code)).toEqual(['module-unavailable']);
    const { message } = errors[0].detail;
    expect(message).toContain('the <consent-policy-banner> view could not be loaded');
    expect(message).toContain('Failed to fetch');
    expect(String(recorded.warn.mock.calls[0][0])).toBe(`[consent-elements] ${message}`);

    // The next update (here: a new store state) asks again, and the banner draws.
    banner.requestUpdate();
    await expect.poll(() => importView.mock.calls.length).toBe(2);
    arrive();
    await banner.updateComplete;
    expect(part(banner, 'acknowledge')?.textContent?.trim()).toBe('Got it');
    expect(errors).toHaveLength(1);
  });
});
