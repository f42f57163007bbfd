import { afterEach, beforeEach, describe, it, vi, type MockInstance } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/audit/index.js';
import type { ConsentAudit } from '../src/audit/index.js';
import { getConsentStore, part, resetConsent, text } from './consent-test-helpers.js';

const categories = [
  { id: 'necessary', label: 'Strictly necessary', required: true },
  { id: 'analytics', label: 'Analytics', cookies: ['stats_*'] },
];

const TRACKING_COOKIES = ['_ga', '_gid', 'stats_id', '_fbp'];
const clearCookies = () => {
  for (const name of TRACKING_COOKIES) document.cookie = `${name}=; max-age=0; path=/`;
};
const audit = (template = html`<consent-audit poll-interval="50"></consent-audit>`) =>
  fixture<ConsentAudit>(template);
const toggle = (el: ConsentAudit) => part<HTMLButtonElement>(el, 'toggle')!;
const names = (el: ConsentAudit) => el.report().violations.map((v) => `${v.name} ${v.reason}`);
/**
 * Waits until the panel shows `count` violations, found by the element's own watching (report()
 * would look again itself, hiding a watcher that missed them).
 */
const shows = async (el: ConsentAudit, count: number) => {
  const expected = `FAIL Consent audit: ${count} ${count === 1 ? 'violation' : 'violations'}`;
  await waitUntil(() => text(el, 'toggle') === expected, `the panel shows ${expected}`, {
    timeout: 5000,
  });
};

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  clearCookies();
  resetConsent({ categories });
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  fixtureCleanup();
  clearCookies();
  warn.mockRestore();
});

describe('<consent-audit>', () => {
  describe('accessibility', () => {
    it('passes axe collapsed, and expanded with violations listed', async () => {
      document.cookie = '_ga=1; path=/';
      const el = await audit();
      await expect(el).to.be.accessible();
      toggle(el).click();
      await el.updateComplete;
      expect(part(el, 'violations')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('passes axe expanded in the dark scheme', async () => {
      document.cookie = '_ga=1; path=/';
      const el = await audit(html`<consent-audit open></consent-audit>`);
      el.style.setProperty('--consent-color-scheme', 'dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts collapsed, passing, with the verdict on its toggle', async () => {
      const el = await audit();
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'panel')!.hidden).to.equal(true);
      expect(text(el, 'toggle')).to.equal('PASS Consent audit: no violations so far');
      expect(el.report()).to.deep.include({ verdict: 'pass', violations: [] });
    });
  });

  describe('watching', () => {
    it('flags a tracking cookie already present when it starts, and logs it once', async () => {
      document.cookie = '_ga=1; path=/';
      const el = await audit();
      expect(names(el)).to.deep.equal(['_ga before-consent']);
      el.report();
      el.report();
      const logged = warn.mock.calls.filter(([m]) => String(m).includes('cookie _ga ('));
      expect(logged).to.have.length(1);
      expect(String(logged[0][0])).to.match(
        /^consent-audit: cookie _ga \(analytics, Google Analytics\) was present /,
      );
      await el.updateComplete;
      expect(text(el, 'toggle')).to.equal('FAIL Consent audit: 1 violation');
    });

    it('classifies by the consent config cookies and the categories attribute', async () => {
      const el = await audit(
        html`<consent-audit categories='{"marketing": {"cookies": ["promo"]}}'></consent-audit>`,
      );
      document.cookie = 'stats_id=1; path=/';
      document.cookie = 'promo=1; path=/';
      await shows(el, 2);
      expect(el.report().violations.map((v) => `${v.name} ${v.category}`)).to.have.members([
        'stats_id analytics',
        'promo marketing',
      ]);
      document.cookie = 'promo=; max-age=0; path=/';
    });

    it('ignores what is not valid in the categories attribute, with a warning and consent-error, and uses the rest', async () => {
      const errors: string[] = [];
      const onError = (event: Event) => errors.push(JSON.stringify((event as CustomEvent).detail));
      document.addEventListener('consent-error', onError);
      try {
        const el = await audit(
          html`<consent-audit
            poll-interval="50"
            categories='{"analytics": null, "marketing": {"cookies": ["promo", 5]}}'
          ></consent-audit>`,
        );
        expect(errors).to.deep.equal([
          JSON.stringify({
            code: 'invalid-config',
            key: 'categories',
            message:
              'categories.analytics must be an object with "cookies" and "hosts" lists; it is ignored',
          }),
          JSON.stringify({
            code: 'invalid-config',
            key: 'categories',
            message:
              'categories.marketing.cookies must be a list of strings; what is not is ignored',
          }),
        ]);
        expect(warn.mock.calls.map(([m]) => String(m))).to.include(
          'consent-audit: categories.marketing.cookies must be a list of strings; what is not is ignored',
        );
        document.cookie = 'promo=1; path=/';
        await shows(el, 1);
        expect(names(el)).to.deep.equal(['promo before-consent']);
      } finally {
        document.removeEventListener('consent-error', onError);
        document.cookie = 'promo=; max-age=0; path=/';
      }
    });

    it('takes categories that are not JSON as none, saying so', async () => {
      const el = await audit(html`<consent-audit categories="analytics: _pk_*"></consent-audit>`);
      expect(warn.mock.calls.map(([m]) => String(m))).to.include(
        'consent-audit: categories must be a JSON object of category ids; it is ignored',
      );
      expect(el.report().verdict).to.equal('pass');
    });

    it('accepts cookies written once their category is granted', async () => {
      const el = await audit();
      getConsentStore().acceptAll();
      document.cookie = '_gid=1; path=/';
      await waitUntil(
        () => el.report().observed.some((o) => o.name === '_gid'),
        'the cookie observed',
        { timeout: 5000 },
      );
      expect(el.report().observed.find((o) => o.name === '_gid')).to.deep.include({
        event: 'written',
        category: 'analytics',
        consentAtThatTime: { decided: true, granted: ['necessary', 'analytics'] },
      });
      expect(el.report().verdict).to.equal('pass');
    });

    it('flags a cookie still there after withdrawal once the grace period is over', async () => {
      const el = await audit(
        html`<consent-audit withdrawal-grace="100" poll-interval="50"></consent-audit>`,
      );
      getConsentStore().acceptAll();
      document.cookie = '_ga=1; path=/';
      await waitUntil(() => el.report().observed.some((o) => o.name === '_ga'), 'seen', {
        timeout: 5000,
      });
      getConsentStore().setCategory('analytics', false);
      expect(names(el)).to.deep.equal([]);
      await shows(el, 1);
      expect(names(el)).to.deep.equal(['_ga after-withdrawal']);
    });

    it('polls document.cookie where the browser has no CookieStore', async () => {
      Object.defineProperty(window, 'cookieStore', { value: undefined, configurable: true });
      try {
        const el = await audit();
        document.cookie = '_gid=1; path=/';
        await shows(el, 1);
        expect(names(el)).to.deep.equal(['_gid before-consent']);
      } finally {
        delete (window as { cookieStore?: unknown }).cookieStore;
      }
    });

    it('flags a tracking key written to localStorage, naming the area', async () => {
      const el = await audit();
      localStorage.setItem('_hjSessionUser_1', '1');
      try {
        await shows(el, 1);
        expect(el.report().violations[0]).to.deep.include({
          kind: 'storage',
          area: 'localStorage',
          name: '_hjSessionUser_1',
          vendor: 'Hotjar',
          reason: 'before-consent',
        });
      } finally {
        localStorage.removeItem('_hjSessionUser_1');
      }
    });

    it('stops watching when removed from the page', async () => {
      const el = await audit();
      el.remove();
      document.cookie = '_ga=1; path=/';
      expect(el.report().violations).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('opens with Enter, lists violations and the timeline, and closes with Escape back on the toggle', async () => {
      document.cookie = '_ga=1; path=/';
      const el = await audit();
      toggle(el).focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'panel')!.hidden).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[part~="violation"]')).to.have.length(1);
      expect(text(el, 'timeline')).to.match(
        /^0\.0 s: consent: no decision yet; granted: necessary \d+\.\d s: cookie _ga present \(analytics, Google Analytics\)/,
      );
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'panel'));
      await userEvent.keyboard('{Escape}');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    });
  });
});
