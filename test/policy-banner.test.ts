import { afterEach, beforeEach, describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { ConsentPolicyBanner } from '../src/index.js';
import type { ConsentConfig } from '../src/store/index.js';
import {
  countChanges,
  getConsentStore,
  isoInDays,
  part,
  resetConsent,
} from './consent-test-helpers.js';

const longDate = (iso: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)),
  );

/** A returning visitor: decided under policy `1`, now configured with `policy`. */
function returningVisitor(policy: ConsentConfig['policy'], extra: ConsentConfig = {}): void {
  resetConsent({ policy: { version: '1' } });
  getConsentStore().acceptAll();
  resetConsentKeepingCookie({ policy, support: { email: 'privacy@example.com' }, ...extra });
}

/** A new store reading the same cookie, as after a reload with a new config. */
function resetConsentKeepingCookie(config: ConsentConfig): void {
  const cookie = document.cookie;
  resetConsent(config);
  for (const pair of cookie.split('; ')) document.cookie = `${pair}; path=/`;
}

const banner = (template = html`<consent-policy-banner></consent-policy-banner>`) =>
  fixture<ConsentPolicyBanner>(template);
const message = (el: Element) => part(el, 'message')!.textContent!.trim();

beforeEach(() => resetConsent());
afterEach(() => fixtureCleanup());

describe('<consent-policy-banner>', () => {
  describe('accessibility', () => {
    it('passes axe as a labelled region', async () => {
      returningVisitor({ version: '2', url: '/privacy', effectiveDate: isoInDays(10) });
      const el = await banner();
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Privacy policy update');
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark scheme', async () => {
      returningVisitor({ version: '2', url: '/privacy', effectiveDate: isoInDays(10) });
      const el = await banner();
      el.style.setProperty('--consent-color-scheme', 'dark');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('announces an upcoming change with the date and the days left', async () => {
      const iso = isoInDays(10);
      returningVisitor({ version: '2', url: '/privacy', effectiveDate: iso });
      const el = await banner();
      expect(message(el)).to.equal(
        `We're updating our privacy policy. The changes take effect on ${longDate(iso)} (in 10 days).`,
      );
      expect(part<HTMLAnchorElement>(el, 'policy-link')!.getAttribute('href')).to.equal('/privacy');
      expect(part<HTMLAnchorElement>(el, 'support-link')!.href).to.equal(
        'mailto:privacy@example.com',
      );
      expect(part(el, 'acknowledge')!.textContent!.trim()).to.equal('Got it');
    });

    it('says "in 1 day" the day before', async () => {
      returningVisitor({ version: '2', effectiveDate: isoInDays(1) });
      const el = await banner();
      expect(message(el)).to.contain('(in 1 day).');
    });

    it('says the policy was updated once the date has passed', async () => {
      const iso = isoInDays(-3);
      returningVisitor({ version: '2', effectiveDate: iso });
      const el = await banner();
      expect(message(el)).to.equal(`We updated our privacy policy on ${longDate(iso)}.`);
    });

    it('stays hidden before the notice window, for first-time visitors and for the same version', async () => {
      returningVisitor({ version: '2', effectiveDate: isoInDays(31) });
      let el = await banner();
      expect(part(el, 'base')).to.equal(null);
      fixtureCleanup();
      resetConsent({ policy: { version: '2', effectiveDate: isoInDays(10) } });
      el = await banner();
      expect(part(el, 'base'), 'first-time visitor').to.equal(null);
      fixtureCleanup();
      returningVisitor({ version: '1', effectiveDate: isoInDays(10) });
      el = await banner();
      expect(part(el, 'base'), 'same version').to.equal(null);
    });

    it('formats the date for the locale', async () => {
      const iso = isoInDays(5);
      returningVisitor({ version: '2', effectiveDate: iso }, { locale: 'de' });
      const el = await banner();
      expect(message(el)).to.equal(
        `Wir aktualisieren unsere Datenschutzerklärung. Die Änderungen gelten ab dem ${longDate(iso, 'de')} (in 5 Tagen).`,
      );
      expect(part(el, 'acknowledge')!.textContent!.trim()).to.equal('Verstanden');
    });
  });

  describe('attributes and properties', () => {
    it('lets attributes override the policy and computes visibility with the store rule', async () => {
      returningVisitor({ version: '1' });
      const el = await banner(
        html`<consent-policy-banner
          policy-version="3"
          effective-date=${isoInDays(20)}
          notice-days="14"
          policy-url="https://example.com/p3"
        ></consent-policy-banner>`,
      );
      expect(part(el, 'base'), '20 days ahead, 14-day window').to.equal(null);
      el.noticeDays = 30;
      await el.updateComplete;
      expect(message(el)).to.contain('(in 20 days)');
      expect(part<HTMLAnchorElement>(el, 'policy-link')!.href).to.equal('https://example.com/p3');
    });

    it('takes copy from attributes and config, and shows hostile copy as text', async () => {
      const hostile = '<img src=x onerror="window.__pwnedBanner=1">';
      returningVisitor(
        { version: '2', effectiveDate: isoInDays(2) },
        { copy: { 'banner.acknowledge': hostile } },
      );
      const el = await banner(
        html`<consent-policy-banner
          message="New terms on {date}: {days} days left. ${hostile}"
        ></consent-policy-banner>`,
      );
      expect(message(el)).to.equal(
        `New terms on ${longDate(isoInDays(2))}: 2 days left. ${hostile}`,
      );
      expect(part(el, 'acknowledge')!.textContent!.trim()).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await new Promise((r) => requestAnimationFrame(r));
      expect((window as { __pwnedBanner?: number }).__pwnedBanner).to.equal(undefined);
    });

    it('never puts a javascript: URL in href', async () => {
      returningVisitor({ version: '2' });
      const el = await banner(
        html`<consent-policy-banner
          policy-url="javascript:alert(1)"
          support-email=""
          support-url="javascript:alert(2)"
        ></consent-policy-banner>`,
      );
      expect(el.shadowRoot!.querySelectorAll('a[href]').length).to.equal(0);
      expect(message(el)).to.equal('We updated our privacy policy.');
    });
  });

  describe('slots', () => {
    it('takes a rich message', async () => {
      returningVisitor({ version: '2' });
      const el = await banner(
        html`<consent-policy-banner
          ><span>Read <a href="/changes">what changed</a>.</span></consent-policy-banner
        >`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Read what changed.');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('Got it acknowledges the version once, hides the banner, and it never returns', async () => {
      returningVisitor({ version: '2', effectiveDate: isoInDays(3) });
      const el = await banner();
      const changes = countChanges();
      const event = oneEvent(document, 'consent-change');
      part(el, 'acknowledge')!.click();
      const { detail } = await event;
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(1);
      expect(detail.source).to.equal('banner');
      expect(detail.changed).to.include('policy');
      expect(getConsentStore().state.record!.acknowledgedPolicy).to.equal('2');
      expect(part(el, 'base')).to.equal(null);

      fixtureCleanup();
      resetConsentKeepingCookie({ policy: { version: '2', effectiveDate: isoInDays(3) } });
      const again = await banner();
      expect(part(again, 'base')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('tabs to the links then Got it, which Enter activates, with a focus ring', async () => {
      returningVisitor({ version: '2', url: '/privacy' });
      const el = await banner();
      part(el, 'policy-link')!.focus();
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'support-link'));
      await userEvent.tab();
      const button = part(el, 'acknowledge')!;
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
    });
  });
});
