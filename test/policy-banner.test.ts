import { afterAll, afterEach, beforeAll, beforeEach, describe, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
// Every language registered, as on a page that imports their modules.
import '../stories/support/locales.js';
import { ConsentPolicyBanner } from '../src/index.js';
import {
  countChanges,
  expectHostileCopyInert,
  getConsentStore,
  hostileCopy,
  isoInDays,
  itCopyAttributes,
  part,
  resetConsent,
  resetConsentKeepingCookie,
  returningVisitor,
  text,
  type CopyAttributeCase,
} from './consent-test-helpers.js';
import { TODAY } from './support/iso-date.js';

const longDate = (iso: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)),
  );

const banner = (template = html`<consent-policy-banner></consent-policy-banner>`) =>
  fixture<ConsentPolicyBanner>(template);
const message = (el: Element) => part(el, 'message')!.textContent!.trim();

// One clock for the file: a test writes a date relative to today (isoInDays) and the banner counts
// the days from its own reading of the clock; with the real one, a run that crossed local midnight
// in between would read "in 9 days" where the test wrote "in 10 days".
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});
afterAll(() => vi.useRealTimers());
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

    it('passes axe after Got it', async () => {
      returningVisitor({ version: '2', url: '/privacy', effectiveDate: isoInDays(10) });
      const el = await banner();
      part(el, 'acknowledge')!.click();
      await el.updateComplete;
      expect(getConsentStore().state.record!.acknowledgedPolicy).to.equal('2');
      expect(part(el, 'base')).to.equal(null);
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

    it('says "We updated our privacy policy on {date}" with config policy.lastUpdated once in force', async () => {
      const updated = isoInDays(-5);
      returningVisitor({ version: '2', lastUpdated: updated });
      const el = await banner();
      expect(message(el)).to.equal(`We updated our privacy policy on ${longDate(updated)}.`);
    });

    it('announces the effective date, not lastUpdated, before and after the change takes effect', async () => {
      const [effective, updated] = [isoInDays(10), isoInDays(-20)];
      returningVisitor({ version: '2', effectiveDate: effective, lastUpdated: updated });
      let el = await banner();
      expect(message(el)).to.equal(
        `We're updating our privacy policy. The changes take effect on ${longDate(effective)} (in 10 days).`,
      );
      fixtureCleanup();
      const past = isoInDays(-3);
      returningVisitor({ version: '2', effectiveDate: past, lastUpdated: updated });
      el = await banner();
      expect(message(el)).to.equal(`We updated our privacy policy on ${longDate(past)}.`);
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

    it('adopts no style sheet while hidden, and all of them, at once, the moment it shows', async () => {
      const el = await banner();
      expect(part(el, 'base')).to.equal(null);
      expect(el.shadowRoot!.adoptedStyleSheets, 'hidden: no style sheet').to.have.length(0);
      fixtureCleanup();
      returningVisitor({ version: '2', effectiveDate: isoInDays(10) });
      const shown = await banner();
      expect(shown.shadowRoot!.adoptedStyleSheets).to.have.length(2);
      expect(getComputedStyle(part(shown, 'base')!).position).to.equal('fixed');
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
      const hostile = hostileCopy('__pwnedBanner');
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
      await expectHostileCopyInert(el, '__pwnedBanner');
    });

    // Read while the tests are collected, before the file's clock is set: from TODAY itself.
    const inTenDays = isoInDays(10, TODAY);
    const fiveDaysAgo = isoInDays(-5, TODAY);
    const upcoming = () =>
      returningVisitor({ version: '2', url: '/privacy', effectiveDate: inTenDays });
    const copyCases: CopyAttributeCase<ConsentPolicyBanner>[] = [
      {
        key: 'banner.upcoming',
        attr: 'message',
        part: 'message',
        value: 'New policy on {date}, in {days} days.',
        shown: `New policy on ${longDate(inTenDays)}, in 10 days.`,
        fallback: `We're updating our privacy policy. The changes take effect on ${longDate(inTenDays)} (in 10 days).`,
        before: upcoming,
      },
      {
        key: 'banner.updated',
        attr: 'message',
        part: 'message',
        value: 'Policy changed on {date}.',
        shown: `Policy changed on ${longDate(fiveDaysAgo)}.`,
        fallback: `We updated our privacy policy on ${longDate(fiveDaysAgo)}.`,
        before: () => returningVisitor({ version: '2', lastUpdated: fiveDaysAgo }),
      },
      {
        key: 'banner.updatedUndated',
        attr: 'message',
        part: 'message',
        value: 'Our policy changed.',
        fallback: 'We updated our privacy policy.',
        before: () => returningVisitor({ version: '2' }),
      },
      {
        key: 'banner.acknowledge',
        attr: 'acknowledge-label',
        part: 'acknowledge',
        value: 'Understood',
        fallback: 'Got it',
        before: upcoming,
      },
      {
        key: 'policy.link',
        attr: 'policy-label',
        part: 'policy-link',
        value: 'Read the new policy',
        fallback: 'Privacy policy',
        before: upcoming,
      },
      {
        key: 'support.text',
        attr: 'support-text',
        part: 'support',
        value: 'Ask {contact} about it.',
        shown: 'Ask privacy@example.com about it.',
        fallback: 'Questions? Contact privacy@example.com.',
        before: upcoming,
      },
    ];

    itCopyAttributes('consent-policy-banner', ConsentPolicyBanner, copyCases);

    it('a message attribute wins over the built-in singular ("in 1 day")', async () => {
      const iso = isoInDays(1);
      returningVisitor({ version: '2', effectiveDate: iso });
      const el = await banner(
        html`<consent-policy-banner message="{days} day(s) to {date}."></consent-policy-banner>`,
      );
      expect(message(el)).to.equal(`1 day(s) to ${longDate(iso)}.`);
    });

    it('support-name, support-email, support-url and policy-url override the config, as attributes and properties', async () => {
      returningVisitor({ version: '2', url: '/privacy' });
      const el = await banner(
        html`<consent-policy-banner
          support-name="our privacy team"
          policy-url="/privacy/v2"
        ></consent-policy-banner>`,
      );
      const href = (name: string) => part(el, name)!.getAttribute('href');
      expect(text(el, 'support')).to.equal('Questions? Contact our privacy team.');
      expect(href('support-link')).to.equal('mailto:privacy@example.com');
      expect(href('policy-link')).to.equal('/privacy/v2');

      el.supportName = 'the DPO';
      el.supportEmail = 'dpo@example.org';
      el.policyUrl = 'https://example.org/privacy';
      await el.updateComplete;
      expect(text(el, 'support')).to.equal('Questions? Contact the DPO.');
      expect(href('support-link')).to.equal('mailto:dpo@example.org');
      expect(href('policy-link')).to.equal('https://example.org/privacy');

      el.removeAttribute('support-name');
      el.supportEmail = '';
      el.setAttribute('support-url', 'https://help.example.org');
      await el.updateComplete;
      expect(el.supportUrl).to.equal('https://help.example.org');
      expect(text(el, 'support')).to.equal('Questions? Contact https://help.example.org.');
      expect(href('support-link')).to.equal('https://help.example.org');
    });

    it('policyVersion and effectiveDate properties recompute the message; Got it records that version', async () => {
      returningVisitor({ version: '2', effectiveDate: isoInDays(10) });
      const el = await banner();
      const past = isoInDays(-2);
      el.effectiveDate = past;
      await el.updateComplete;
      expect(message(el)).to.equal(`We updated our privacy policy on ${longDate(past)}.`);
      el.policyVersion = '1';
      await el.updateComplete;
      expect(part(el, 'base'), 'the version the visitor decided under').to.equal(null);
      el.setAttribute('policy-version', '5');
      await el.updateComplete;
      expect(el.policyVersion).to.equal('5');
      expect(message(el)).to.equal(`We updated our privacy policy on ${longDate(past)}.`);
      part(el, 'acknowledge')!.click();
      await el.updateComplete;
      expect(getConsentStore().state.record!.acknowledgedPolicy).to.equal('5');
      expect(part(el, 'base')).to.equal(null);
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
  describe('position', () => {
    it('writes no default onto its host, so server-rendered HTML hydrates unchanged', async () => {
      const el = await banner();
      expect(el.position).to.equal('bottom');
      expect(el.hasAttribute('position')).to.equal(false);
    });

    const upcoming = () =>
      returningVisitor({ version: '2', url: '/privacy', effectiveDate: isoInDays(10) });

    it('overlays the bottom of the viewport by default: Got it in view on a 375×740 phone, layout unshifted', async () => {
      upcoming();
      await page.viewport(375, 740);
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <div style="height: 3000px">Long page</div>
            <consent-policy-banner></consent-policy-banner>
          </div>`,
        );
        const el = wrapper.querySelector('consent-policy-banner')!;
        await el.updateComplete;
        expect(el.getBoundingClientRect().height, 'takes no room in the flow').to.equal(0);
        const base = part(el, 'base')!.getBoundingClientRect();
        expect(base.bottom).to.equal(740);
        const gotIt = part(el, 'acknowledge')!.getBoundingClientRect();
        expect(gotIt.top).to.be.at.least(0);
        expect(gotIt.bottom).to.be.at.most(740);
        expect(gotIt.right).to.be.at.most(375);
      } finally {
        await page.viewport(414, 896);
      }
    });

    it('position="top" overlays the top; position="inline" stands in the flow', async () => {
      upcoming();
      const el = await banner(html`<consent-policy-banner position="top"></consent-policy-banner>`);
      expect(part(el, 'base')!.getBoundingClientRect().top).to.equal(0);
      expect(getComputedStyle(part(el, 'base')!).position).to.equal('fixed');
      el.position = 'inline';
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base')!).position).to.equal('static');
      expect(el.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
    });

    it('waits while the cookie notice asks for a decision, so the two never overlap', async () => {
      upcoming();
      getConsentStore().reset();
      getConsentStore().acknowledgePolicy('1');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <consent-cookie-notice></consent-cookie-notice>
          <consent-policy-banner></consent-policy-banner>
          <consent-policy-banner position="inline"></consent-policy-banner>
        </div>`,
      );
      const [fixed, inline] = [...wrapper.querySelectorAll('consent-policy-banner')];
      await Promise.all([fixed.updateComplete, inline.updateComplete]);
      expect(getConsentStore().state.needsNotice).to.be.true;
      expect(fixed.notice, 'the change is announced').to.not.equal(null);
      expect(part(fixed, 'base'), 'fixed banner waits').to.equal(null);
      expect(part(inline, 'base'), 'inline banner covers nothing').to.not.equal(null);
      fixed.position = 'top';
      await fixed.updateComplete;
      expect(part(fixed, 'base'), 'top waits too').to.equal(null);
    });

    it('warns once about a position outside its set and uses bottom', async () => {
      upcoming();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        const el = await banner(
          html`<consent-policy-banner position="left"></consent-policy-banner>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        const messages = warn.mock.calls
          .map((c) => String(c[0]))
          .filter((m) => m.includes('position="left"'));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('bottom, top, inline');
        expect(part(el, 'base')!.getBoundingClientRect().bottom).to.equal(innerHeight);
      } finally {
        warn.mockRestore();
      }
    });
  });
});
