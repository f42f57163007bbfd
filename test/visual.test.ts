// Visual regression: every state of the four elements, both notice layouts, light and dark (the
// page declares the scheme; the elements follow it), on a 375×740 phone and a 1280×800 desktop,
// against the committed baselines in test/__screenshots__/visual.test.ts/ (real Chromium; a small
// tolerance for anti-aliasing). After an intended change of the look, update them with
// `npx vitest run --project browser test/visual.test.ts -u` and review the images.
import { afterAll, afterEach, beforeAll, describe, it, vi } from 'vitest';
import { expect as expectVitest } from 'vitest';
import { page } from 'vitest/browser';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import '../src/components/embed/define.js';
import type { ConsentConfig } from '../src/store/index.js';
import { getConsentStore, part, resetConsent } from './consent-test-helpers.js';
import { TODAY } from './support/iso-date.js';
import { MARKETING_WITH_SERVICES } from '../stories/support/services.js';

/** The acceptance set-up: the default copy and categories, a policy URL and a support email. */
const SITE: ConsentConfig = {
  policy: { version: '2', url: 'https://example.com/privacy' },
  support: { email: 'privacy@example.com' },
};
/** An inline poster (a gradient): the embed's poster is the site's own image, never fetched from the vendor. */
const POSTER =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#3b5b8c"/><rect width="8" height="9" fill="#9b4d6e"/></svg>',
  );
/** A Marketing category of three services, as in the services docs. */
const WITH_SERVICES: ConsentConfig['categories'] = [
  {
    id: 'necessary',
    label: 'Strictly necessary',
    description: 'Needed for the site to work.',
    required: true,
  },
  { id: 'analytics', label: 'Analytics', description: 'Count visits to improve the site.' },
  MARKETING_WITH_SERVICES,
];
const VIEWPORTS = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

// A fixed today, so the banner's "in N days" and its dates never move.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});
afterAll(() => vi.useRealTimers());
afterEach(async () => {
  fixtureCleanup();
  document.documentElement.style.colorScheme = '';
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: false, configurable: true });
  await page.viewport(414, 896);
});

/** Brings the page to a viewport and a declared colour scheme. */
async function stage(viewport: (typeof VIEWPORTS)[number], scheme: (typeof SCHEMES)[number]) {
  await page.viewport(viewport.width, viewport.height);
  document.documentElement.style.colorScheme = scheme;
}

/**
 * How long a screenshot may take to come out the same twice. Under a heavy load (two cores, load
 * average about 18) the default 5 s ran out once for a notice that had long stopped changing.
 */
const STABLE_SCREENSHOT_MS = 30_000;

/** Renders `template`, then matches `target(el)` against the baseline `name`. */
async function matches<T extends HTMLElement>(
  name: string,
  template: TemplateResult,
  target: (el: T) => Promise<Element> | Element = (el) => el,
) {
  const el = await fixture<T>(template);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const shot = await target(el);
  // No focus ring in the pictures: opening the preferences focuses its first switch.
  (el.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  await expectVitest.element(page.elementLocator(shot)).toMatchScreenshot(name, {
    comparatorName: 'pixelmatch',
    comparatorOptions: { allowedMismatchedPixelRatio: 0.005 },
    timeout: STABLE_SCREENSHOT_MS,
  });
}

for (const viewport of VIEWPORTS) {
  for (const scheme of SCHEMES) {
    const suffix = `${viewport.name}-${scheme}`;

    describe(
      `${viewport.name} (${viewport.width}×${viewport.height}), ${scheme}`,
      { timeout: 2 * STABLE_SCREENSHOT_MS },
      () => {
        for (const layout of ['box', 'bar']) {
          it(`notice, ${layout}: first layer`, async () => {
            resetConsent(SITE);
            await stage(viewport, scheme);
            await matches(
              `notice-${layout}-${suffix}`,
              html`<consent-cookie-notice layout=${layout}></consent-cookie-notice>`,
              (el) => part(el, 'base')!,
            );
          });
        }

        it('notice: preferences dialog', async () => {
          resetConsent(SITE);
          await stage(viewport, scheme);
          await matches(
            `preferences-${suffix}`,
            html`<consent-cookie-notice></consent-cookie-notice>`,
            async (el: HTMLElementTagNameMap['consent-cookie-notice']) => {
              part(el, 'customize')!.click();
              await el.updateComplete;
              return part(el, 'preferences')!;
            },
          );
        });

        it('notice: preferences dialog with services, one of them allowed (partly allowed)', async () => {
          resetConsent({ ...SITE, categories: WITH_SERVICES });
          getConsentStore().setService('marketing.youtube', true);
          await stage(viewport, scheme);
          await matches(
            `preferences-services-${suffix}`,
            html`<consent-cookie-notice></consent-cookie-notice>`,
            async (el: HTMLElementTagNameMap['consent-cookie-notice']) => {
              el.show();
              await el.updateComplete;
              return part(el, 'preferences')!;
            },
          );
        });

        for (const state of ['off', 'on', 'gpc'] as const) {
          it(`toggle: ${state === 'gpc' ? 'opted out by Global Privacy Control' : state}`, async () => {
            Object.defineProperty(navigator, 'globalPrivacyControl', {
              value: state === 'gpc',
              configurable: true,
            });
            resetConsent({ ...SITE, regime: 'opt-out' });
            if (state === 'on') getConsentStore().setCategory('analytics', false);
            await stage(viewport, scheme);
            await matches(
              `toggle-${state}-${suffix}`,
              html`<consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>`,
            );
          });
        }

        for (const [state, effectiveDate] of [
          ['before', '2026-12-09'],
          ['after', '2026-11-20'],
        ] as const) {
          it(`policy banner: ${state} the effective date`, async () => {
            resetConsent({ policy: { version: '1' } });
            getConsentStore().acceptAll();
            const cookie = document.cookie;
            resetConsent({ ...SITE, policy: { ...SITE.policy, effectiveDate } });
            for (const pair of cookie.split('; ')) document.cookie = `${pair}; path=/`;
            await stage(viewport, scheme);
            await matches(
              `banner-${state}-${suffix}`,
              html`<consent-policy-banner></consent-policy-banner>`,
              (el) => part(el, 'base')!,
            );
          });
        }

        for (const state of ['placeholder', 'poster', 'loaded'] as const) {
          it(`embed: ${state}`, async () => {
            resetConsent(SITE);
            await stage(viewport, scheme);
            await matches(
              `embed-${state}-${suffix}`,
              // The host as wide as the embed: the picture is the element, placeholder or embed.
              html`<consent-embed
                style="max-inline-size: 560px"
                service="marketing.youtube"
                title="Product tour"
                width="560"
                height="315"
                poster=${state === 'poster' ? POSTER : ''}
                ><template
                  ><div style="display: grid; place-items: center; background: #111; color: #fff">
                    ▶ Stand-in player
                  </div></template
                ></consent-embed
              >`,
              async (el: HTMLElementTagNameMap['consent-embed']) => {
                if (state === 'loaded') {
                  el.load();
                  await el.updateComplete;
                }
                return el;
              },
            );
          });
        }
      },
    );
  }
}
