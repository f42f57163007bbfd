// The toggle's and the banner's classes, as `consent-elements` exports them, do not import their
// views (template, styles, what their controls do): the entry that registers the tag hands each
// over (npm `define`: the module; CDN entry: a loader of its chunk). This file imports no define
// module (each browser test file runs in a page of its own) and walks the states a page can be in:
// - the classes registered by themselves, without a view: the elements stay empty and say why;
// - the banner handed a loader, as the CDN entry does (on-demand/elements.ts): the view is fetched
//   only when a banner has a policy change to announce, so most page views (a first visit, a
//   returning visitor with nothing new) fetch nothing, and a banner that must show draws once it
//   is there.
// The tests run in order: the views are handed over (`use`) as a page's entries would, after the
// missing-view tests.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveElement } from 'lit';
import { ConsentOptOutToggle, ConsentPolicyBanner, configureConsent } from '../src/index.js';
import { ModuleOnDemand } from '../src/events/module-on-demand.js';
import * as toggleView from '../src/components/opt-out-toggle/opt-out-toggle-view.js';
import { optOutToggleView } from '../src/components/opt-out-toggle/view-source.js';
import * as bannerView from '../src/components/policy-banner/policy-banner-view.js';
import { policyBannerView } from '../src/components/policy-banner/view-source.js';
import { viewAtHand } from '../src/components/shared/view-source.js';
import {
  getConsentStore,
  isoInDays,
  part,
  recordConsentErrors,
  resetConsent,
  returningVisitor,
} from './consent-test-helpers.js';

customElements.define('consent-opt-out-toggle', ConsentOptOutToggle);
customElements.define('consent-policy-banner', ConsentPolicyBanner);

const UPCOMING = { version: '2', url: '/privacy', effectiveDate: isoInDays(10) };

const recorded = recordConsentErrors();
const { errors } = recorded;

// Each test starts from a page without elements: none left over asks for a view.
afterEach(() => document.body.replaceChildren());

/**
 * Adds an element to the page, set up by `set` first. Not awaited here: an update held for a view
 * that has not arrived would not settle.
 */
function add<Tag extends 'consent-opt-out-toggle' | 'consent-policy-banner'>(
  tag: Tag,
  set: (element: HTMLElementTagNameMap[Tag]) => void = () => {},
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  set(element);
  document.body.append(element);
  return element;
}

const inline = (banner: ConsentPolicyBanner) => (banner.position = 'inline');

/** The test's one report of a view it lacks (`module-unavailable`), checked against the one warning. */
function theViewReport(): string {
  expect(errors.map((event) => event.detail.code)).toEqual(['module-unavailable']);
  const { message } = errors[0].detail;
  expect(recorded.warn).toHaveBeenCalledOnce();
  expect(String(recorded.warn.mock.calls[0][0])).toBe(`[consent-elements] ${message}`);
  return message;
}

/** The one report of `tag`'s missing view: it names the element and what to import. */
function expectMissingViewReport(tag: string): void {
  const message = theViewReport();
  expect(message).toContain(`<${tag}> view is missing`);
  expect(message).toContain("import 'consent-elements/define'");
}

/**
 * Hands the view over afterwards, as a define module imported later would (`handOver`): the
 * element's next update draws it, and the missing view is not reported again.
 */
async function afterHandOver(element: HTMLElement & ReactiveElement, handOver: () => void) {
  handOver();
  element.requestUpdate();
  await element.updateComplete;
  expect(errors).toHaveLength(1);
}

/**
 * A loader of the banner's view, as the CDN entry hands over: counts the imports it starts, and
 * lets the test say when (and whether) each one arrives.
 */
function bannerViewLoader() {
  const arrivals: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const importView = vi.fn(
    () =>
      new Promise<typeof bannerView>((resolve, reject) =>
        arrivals.push({ resolve: () => resolve(bannerView), reject }),
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

describe('<consent-opt-out-toggle> registered without its view', () => {
  it('draws nothing and says so once, naming what to import; handed the view later, it draws', async () => {
    resetConsent({ regime: 'opt-out' });
    const first = add('consent-opt-out-toggle', (toggle) => (toggle.category = 'analytics'));
    const second = add('consent-opt-out-toggle', (toggle) => (toggle.category = 'marketing'));
    await Promise.all([first.updateComplete, second.updateComplete]);
    // Updates after the first do not repeat the report.
    first.allow = true;
    await first.updateComplete;

    for (const toggle of [first, second]) expect(part(toggle, 'switch')).toBeNull();
    expect(first.shadowRoot?.childElementCount).toBe(0);
    expectMissingViewReport('consent-opt-out-toggle');

    await afterHandOver(first, () => optOutToggleView.use(viewAtHand(toggleView)));
    expect(part(first, 'switch')?.getAttribute('role')).toBe('switch');
    expect(part(first, 'label')?.textContent).toContain('Allow analytics cookies');
  });
});

describe('<consent-policy-banner> registered without its view', () => {
  it('says nothing while it has nothing to announce: a first visit misses no view', async () => {
    resetConsent({ policy: UPCOMING });
    const banner = add('consent-policy-banner');
    await banner.updateComplete;
    expect(banner.notice).toBeNull();
    expect(banner.shadowRoot?.childElementCount).toBe(0);
    expect(errors).toEqual([]);
    expect(recorded.warn).not.toHaveBeenCalled();
  });

  it('draws nothing during a policy notice and says so once; handed the view later, it draws', async () => {
    returningVisitor(UPCOMING);
    const first = add('consent-policy-banner');
    const second = add('consent-policy-banner', inline);
    await Promise.all([first.updateComplete, second.updateComplete]);
    first.requestUpdate();
    await first.updateComplete;

    expect(first.notice).not.toBeNull();
    for (const banner of [first, second]) expect(banner.shadowRoot?.childElementCount).toBe(0);
    expectMissingViewReport('consent-policy-banner');

    await afterHandOver(first, () => policyBannerView.use(viewAtHand(bannerView)));
    expect(part(first, 'acknowledge')?.textContent?.trim()).toBe('Got it');
  });
});

describe('<consent-policy-banner> with its view loaded on demand', () => {
  it('fetches nothing on a first visit: it updates at once and draws nothing', async () => {
    const { importView } = bannerViewLoader();
    resetConsent({ policy: UPCOMING });
    const banner = add('consent-policy-banner');
    await banner.updateComplete;
    expect(banner.hasUpdated).toBe(true);
    expect(banner.shadowRoot?.childElementCount).toBe(0);
    expect(importView).not.toHaveBeenCalled();
  });

  it('fetches nothing for a returning visitor with no policy change to announce', async () => {
    const { importView } = bannerViewLoader();
    returningVisitor({ version: '1', url: '/privacy' });
    const banners = [add('consent-policy-banner'), add('consent-policy-banner', inline)];
    await Promise.all(banners.map((banner) => banner.updateComplete));
    for (const banner of banners) expect(banner.shadowRoot?.childElementCount).toBe(0);
    // An inline banner with nothing to announce reserves no room in the page.
    expect(banners[1].getBoundingClientRect().height).toBe(0);
    expect(importView).not.toHaveBeenCalled();
  });

  it('during a policy notice holds its first draw until the view is there, then draws once, styled', async () => {
    const { importView, arrive } = bannerViewLoader();
    returningVisitor(UPCOMING);
    const fixed = add('consent-policy-banner');
    const inFlow = add('consent-policy-banner', inline);
    await twoFrames();
    // One import for every banner of the page; nothing drawn (not even an empty frame) meanwhile.
    expect(importView).toHaveBeenCalledOnce();
    for (const banner of [fixed, inFlow]) {
      expect(banner.hasUpdated).toBe(false);
      expect(banner.shadowRoot?.childElementCount ?? 0).toBe(0);
    }

    arrive();
    await Promise.all([fixed.updateComplete, inFlow.updateComplete]);
    expect(part(fixed, 'message')?.textContent).toContain('in 10 days');
    expect(part(fixed, 'acknowledge')?.textContent?.trim()).toBe('Got it');
    // The banner's own styles came with its view: fixed over the bottom edge, or in the flow.
    expect(getComputedStyle(part(fixed, 'base')!).position).toBe('fixed');
    expect(getComputedStyle(part(inFlow, 'base')!).position).toBe('static');
    expect(importView).toHaveBeenCalledOnce();

    part(fixed, 'acknowledge')!.click();
    await Promise.all([fixed.updateComplete, inFlow.updateComplete]);
    expect(getConsentStore().state.record?.acknowledgedPolicy).toBe('2');
    for (const banner of [fixed, inFlow]) expect(part(banner, 'base')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('fetches the view when a policy change becomes due on a live page, and draws it', async () => {
    const { importView, arrive } = bannerViewLoader();
    returningVisitor({ version: '1', url: '/privacy' });
    const banner = add('consent-policy-banner');
    await banner.updateComplete;
    expect(importView).not.toHaveBeenCalled();

    configureConsent({ policy: UPCOMING });
    await expect.poll(() => importView.mock.calls.length).toBe(1);
    expect(part(banner, 'base')).toBeNull();
    arrive();
    await expect.poll(() => part(banner, 'acknowledge')?.textContent?.trim()).toBe('Got it');
  });

  it('says so when the view cannot be loaded, draws nothing, and tries again on a later update', async () => {
    const { importView, arrive } = bannerViewLoader();
    returningVisitor(UPCOMING);
    const banner = add('consent-policy-banner');
    await expect.poll(() => importView.mock.calls.length).toBe(1);
    arrive(new TypeError('Failed to fetch dynamically imported module'));
    await banner.updateComplete;

    expect(banner.shadowRoot?.childElementCount).toBe(0);
    const message = theViewReport();
    expect(message).toContain('the <consent-policy-banner> view could not be loaded');
    expect(message).toContain('Failed to fetch');

    // The next update (here: a new store state) asks again, and the banner draws.
    banner.requestUpdate();
    await expect.poll(() => importView.mock.calls.length).toBe(2);
    arrive();
    await banner.updateComplete;
    expect(part(banner, 'acknowledge')?.textContent?.trim()).toBe('Got it');
    expect(errors).toHaveLength(1);
  });
});
