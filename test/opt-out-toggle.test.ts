import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
// Every language registered, as on a page that imports their modules.
import '../stories/support/locales.js';
import { ConsentOptOutToggle, type ConsentCookieNotice } from '../src/index.js';
import { en } from '../src/copy/index.js';
import {
  countChanges,
  expectHostileCopyInert,
  getConsentStore,
  hostileCopy,
  itCopyAttributes,
  part,
  resetConsent,
  text,
  type CopyAttributeCase,
} from './consent-test-helpers.js';

const categories = [
  { id: 'necessary', label: 'Strictly necessary', required: true },
  { id: 'analytics', label: 'Analytics', description: 'Counts visits to improve the site.' },
  { id: 'marketing', label: 'Marketing', description: 'Shows relevant ads.' },
];

const toggle = (template = html`<consent-opt-out-toggle></consent-opt-out-toggle>`) =>
  fixture<ConsentOptOutToggle>(template);
const sw = (el: Element) => part<HTMLButtonElement>(el, 'switch')!;
const checked = (el: Element) => sw(el).getAttribute('aria-checked');

/** Makes the browser send Global Privacy Control for the store created next. */
function withGpc(on: boolean): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });
}

beforeEach(() => resetConsent({ categories, regime: 'opt-out' }));
afterEach(() => {
  fixtureCleanup();
  withGpc(false);
});

describe('<consent-opt-out-toggle>', () => {
  describe('accessibility', () => {
    it('passes axe, unchecked and checked', async () => {
      const el = await toggle();
      await expect(el).to.be.accessible();
      sw(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark scheme, unchecked and checked', async () => {
      const el = await toggle();
      el.style.setProperty('--consent-color-scheme', 'dark');
      await expect(el).to.be.accessible();
      sw(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe after opting out of every category (category="*") and back in', async () => {
      const el = await toggle(html`<consent-opt-out-toggle category="*"></consent-opt-out-toggle>`);
      sw(el).click();
      await el.updateComplete;
      expect(checked(el)).to.equal('true');
      await expect(el).to.be.accessible();
      sw(el).click();
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('is a labelled switch with its description', async () => {
      const el = await toggle();
      const s = sw(el);
      expect(s.getAttribute('role')).to.equal('switch');
      expect(s.labels[0].textContent!.trim()).to.equal('Opt out of analytics cookies');
      const described = el.shadowRoot!.getElementById(s.getAttribute('aria-describedby')!)!;
      expect(described.textContent).to.contain('Counts visits to improve the site.');
    });
  });

  describe('defaults', () => {
    it('controls analytics and is off (not opted out) in the opt-out regime', async () => {
      const el = await toggle();
      expect(el.category).to.equal('analytics');
      expect(checked(el)).to.equal('false');
      expect(el.optedOut).to.be.false;
    });

    it('says the choice is stored in a cookie that clearing cookies clears', async () => {
      const el = await toggle();
      const line = part(el, 'stored')!.textContent!;
      expect(line).to.contain('stored in a cookie');
      expect(line).to.contain('Clearing your cookies clears it');
      expect(part(el, 'gpc')).to.equal(null);
    });

    it('says so when the Global Privacy Control signal was honoured', async () => {
      withGpc(true);
      resetConsent({ categories, regime: 'opt-out' });
      const el = await toggle();
      expect(getConsentStore().state.gpcApplied).to.be.true;
      expect(checked(el)).to.equal('true');
      expect(part(el, 'gpc')!.textContent).to.contain('Global Privacy Control');
      await expect(el).to.be.accessible();
    });

    it('shows opted out in the opt-in regime before any decision', async () => {
      resetConsent({ categories });
      const el = await toggle();
      expect(checked(el)).to.equal('true');
    });
  });

  describe('attributes and properties', () => {
    it('controls the category it names', async () => {
      const el = await toggle(
        html`<consent-opt-out-toggle category="marketing"></consent-opt-out-toggle>`,
      );
      expect(sw(el).labels[0].textContent!.trim()).to.equal('Opt out of marketing cookies');
      sw(el).click();
      await el.updateComplete;
      expect(getConsentStore().state.categories).to.deep.equal({
        necessary: true,
        analytics: true,
        marketing: false,
      });
    });

    it('category="*" opts out of every optional category at once, in one change', async () => {
      const el = await toggle(html`<consent-opt-out-toggle category="*"></consent-opt-out-toggle>`);
      expect(sw(el).labels[0].textContent!.trim()).to.equal('Opt out of all optional cookies');
      const changes = countChanges();
      sw(el).click();
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(1);
      expect(getConsentStore().state.categories).to.deep.equal({
        necessary: true,
        analytics: false,
        marketing: false,
      });
      expect(checked(el)).to.equal('true');
      getConsentStore().setCategory('marketing', true);
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
    });

    it('takes copy from attributes, config and the page language', async () => {
      resetConsent({
        categories,
        regime: 'opt-out',
        copy: { 'toggle.stored': 'Kept in a cookie.', 'category.analytics.label': 'Statistics' },
      });
      const el = await toggle(
        html`<consent-opt-out-toggle gpc-text="GPC honoured"></consent-opt-out-toggle>`,
      );
      expect(part(el, 'stored')!.textContent).to.equal('Kept in a cookie.');
      expect(sw(el).labels[0].textContent!.trim()).to.equal('Opt out of statistics cookies');
      el.setAttribute('label', 'No {category}, thanks');
      await el.updateComplete;
      expect(sw(el).labels[0].textContent!.trim()).to.equal('No statistics, thanks');
      fixtureCleanup();
      resetConsent({ categories, regime: 'opt-out' });
      const de = await fixture(
        html`<p lang="de"><consent-opt-out-toggle></consent-opt-out-toggle></p>`,
      ).then((p) => p.querySelector('consent-opt-out-toggle')!);
      expect(part(de, 'stored')!.textContent).to.contain('Cookie auf diesem Gerät');
    });

    const copyCases: CopyAttributeCase<ConsentOptOutToggle>[] = [
      {
        key: 'toggle.label',
        attr: 'label',
        part: 'label',
        value: 'No {category} for me',
        shown: 'No analytics for me',
        fallback: 'Opt out of analytics cookies',
      },
      {
        key: 'toggle.allow',
        attr: 'label',
        part: 'label',
        value: 'Yes to {category}',
        shown: 'Yes to analytics',
        fallback: 'Allow analytics cookies',
        after: (el) => (el.allow = true),
      },
      {
        key: 'toggle.allowAll',
        attr: 'label',
        part: 'label',
        value: 'Allow everything optional',
        fallback: 'Allow all optional cookies',
        after: (el) => {
          el.allow = true;
          el.category = '*';
        },
      },
      {
        key: 'toggle.labelAll',
        attr: 'label',
        part: 'label',
        value: 'Opt out of everything optional',
        fallback: 'Opt out of all optional cookies',
        after: (el) => (el.category = '*'),
      },
      {
        key: 'toggle.stored',
        attr: 'stored-text',
        part: 'stored',
        value: 'Kept in a cookie on this device.',
        fallback: en['toggle.stored'],
      },
      {
        key: 'toggle.gpc',
        attr: 'gpc-text',
        part: 'gpc',
        value: 'Your GPC signal was honoured.',
        fallback: en['toggle.gpc'],
        before: () => {
          withGpc(true);
          resetConsent({ categories, regime: 'opt-out' });
        },
      },
    ];

    itCopyAttributes('consent-opt-out-toggle', ConsentOptOutToggle, copyCases);

    it('names the category in lower case inside the sentence, except in German', async () => {
      resetConsent({
        regime: 'opt-out',
        categories: [...categories, { id: 'ga4', label: 'GA4 Insights' }],
      });
      const label = async (template: ReturnType<typeof html>) => {
        const wrapper = await fixture(template);
        const el = wrapper.matches('consent-opt-out-toggle')
          ? wrapper
          : wrapper.querySelector('consent-opt-out-toggle')!;
        const result = text(el, 'label');
        fixtureCleanup();
        return result;
      };
      expect(await label(html`<consent-opt-out-toggle></consent-opt-out-toggle>`)).to.equal(
        'Opt out of analytics cookies',
      );
      expect(
        await label(html`<consent-opt-out-toggle category="ga4"></consent-opt-out-toggle>`),
        'an acronym keeps its case',
      ).to.equal('Opt out of GA4 insights cookies');
      resetConsent({ regime: 'opt-out', locale: 'de' });
      expect(await label(html`<consent-opt-out-toggle></consent-opt-out-toggle>`)).to.equal(
        'Keine Statistik-Cookies zulassen',
      );
      resetConsent({ regime: 'opt-out', locale: 'fr' });
      // text() collapses the narrow no-break spaces around the name.
      expect(
        await label(html`<consent-opt-out-toggle category="preferences"></consent-opt-out-toggle>`),
      ).to.equal('Refuser les cookies « préférences »');
    });

    it('allow turns it into an "Allow … cookies" switch where on means allowed', async () => {
      const el = await toggle(html`<consent-opt-out-toggle allow></consent-opt-out-toggle>`);
      expect(text(el, 'label')).to.equal('Allow analytics cookies');
      expect(checked(el), 'opt-out regime: allowed until the visitor opts out').to.equal('true');
      sw(el).click();
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
      expect(el.optedOut).to.be.true;
      expect(getConsentStore().isGranted('analytics')).to.be.false;
      el.allow = false;
      await el.updateComplete;
      expect(checked(el), 'default polarity: on = opted out').to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('hide-stored-note leaves the "stored in a cookie" line to one toggle of a group', async () => {
      const wrapper = await fixture(
        html`<div>
          <consent-opt-out-toggle category="analytics" hide-stored-note></consent-opt-out-toggle>
          <consent-opt-out-toggle category="marketing"></consent-opt-out-toggle>
        </div>`,
      );
      const [first, last] = [...wrapper.querySelectorAll('consent-opt-out-toggle')];
      await Promise.all([first.updateComplete, last.updateComplete]);
      expect(part(first, 'stored')).to.equal(null);
      expect(part(last, 'stored')!.textContent).to.contain('stored in a cookie');
      expect(wrapper.textContent!.split('stored in a cookie').length).to.equal(1);
    });

    it('warns about an unknown category, naming the known ones, and renders an inactive switch', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const errors: string[] = [];
      const onError = (e: Event) => errors.push((e as CustomEvent).detail.code);
      document.addEventListener('consent-error', onError);
      try {
        const el = await toggle(
          html`<consent-opt-out-toggle category="analytcs"></consent-opt-out-toggle>`,
        );
        const message = warn.mock.calls
          .map((c) => String(c[0]))
          .find((m) => m.includes('analytcs'));
        expect(message).to.contain('necessary, analytics, marketing');
        expect(errors).to.deep.equal(['unknown-category']);
        expect(sw(el).getAttribute('aria-disabled')).to.equal('true');
        expect(getComputedStyle(sw(el)).opacity).to.equal('0.5');
        const changes = countChanges();
        const flips: Event[] = [];
        el.addEventListener('change', (e) => flips.push(e));
        sw(el).click();
        await el.updateComplete;
        changes.stop();
        expect(changes.count).to.equal(0);
        expect(flips).to.have.length(0);
        expect(checked(el)).to.equal('true');
        el.requestUpdate();
        await el.updateComplete;
        expect(errors, 'reported once, not per render').to.have.length(1);
        el.category = 'marketing';
        await el.updateComplete;
        expect(sw(el).getAttribute('aria-disabled')).to.equal('false');
      } finally {
        warn.mockRestore();
        document.removeEventListener('consent-error', onError);
      }
    });

    it('the category property switches the category it names and controls, and reflects', async () => {
      const el = await toggle();
      el.category = 'marketing';
      await el.updateComplete;
      expect(el.getAttribute('category')).to.equal('marketing');
      expect(text(el, 'label')).to.equal('Opt out of marketing cookies');
      expect(text(el, 'category-description')).to.equal('Shows relevant ads.');
      sw(el).click();
      await el.updateComplete;
      expect(getConsentStore().isGranted('marketing')).to.be.false;
      expect(getConsentStore().isGranted('analytics')).to.be.true;
    });

    it('shows hostile copy as text and runs none of it', async () => {
      const hostile = hostileCopy('__pwnedToggle');
      resetConsent({ categories, regime: 'opt-out', copy: { 'toggle.stored': hostile } });
      const el = await toggle(
        html`<consent-opt-out-toggle label=${hostile}></consent-opt-out-toggle>`,
      );
      expect(part(el, 'stored')!.textContent).to.equal(hostile);
      expect(part(el, 'label')!.textContent!.trim()).to.equal(hostile);
      await expectHostileCopyInert(el, '__pwnedToggle');
    });
  });

  describe('slots', () => {
    it('takes a rich label and description', async () => {
      const el = await toggle(
        html`<consent-opt-out-toggle
          ><span slot="label">Opt out of <em>analytics</em></span
          ><span>See <a href="/privacy#analytics">what we count</a>.</span></consent-opt-out-toggle
        >`,
      );
      const label = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=label]')!;
      expect(label.assignedElements()[0].textContent).to.equal('Opt out of analytics');
      const body = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(body.assignedElements()[0].textContent).to.contain('what we count');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('records the choice at once, fires change once and consent-change once', async () => {
      const el = await toggle();
      const changes = countChanges();
      let fired = 0;
      el.addEventListener('change', () => fired++);
      const change = oneEvent(el, 'change');
      sw(el).click();
      const event = await change;
      changes.stop();
      expect(event.bubbles && event.composed).to.be.true;
      expect(fired).to.equal(1);
      expect(changes.count).to.equal(1);
      expect(el.optedOut).to.be.true;
      expect(getConsentStore().isGranted('analytics')).to.be.false;
      expect(getConsentStore().state.record!.source).to.equal('toggle');
      expect(document.cookie).to.contain('consent=');
    });

    it('keeps two toggles and a notice in agreement', async () => {
      const page = await fixture(
        html`<div>
          <consent-opt-out-toggle id="a"></consent-opt-out-toggle>
          <consent-opt-out-toggle id="b" category="analytics"></consent-opt-out-toggle>
          <consent-cookie-notice></consent-cookie-notice>
        </div>`,
      );
      const [a, b] = [...page.querySelectorAll('consent-opt-out-toggle')];
      const notice = page.querySelector<ConsentCookieNotice>('consent-cookie-notice')!;
      await Promise.all([a.updateComplete, b.updateComplete, notice.updateComplete]);
      sw(a).click();
      await Promise.all([a.updateComplete, b.updateComplete, notice.updateComplete]);
      expect([checked(a), checked(b)]).to.deep.equal(['true', 'true']);
      notice.show('customize');
      await notice.updateComplete;
      const analytics = notice.shadowRoot!.querySelectorAll('[part~="switch"]')[0];
      expect(analytics.getAttribute('aria-checked'), 'Customize shows "allowed"').to.equal('false');
      notice
        .shadowRoot!.querySelector<HTMLElement>('[part~="preferences"] [part~="accept"]')!
        .click();
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect([checked(a), checked(b)]).to.deep.equal(['false', 'false']);
    });

    it('follows a change announced from another tab (through the store)', async () => {
      const el = await toggle();
      getConsentStore().setCategory('analytics', false, { source: 'sync' });
      await el.updateComplete;
      expect(checked(el)).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('is reached with Tab, flipped with Space and Enter, and shows a focus ring', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      const el = await toggle();
      before.focus();
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(sw(el));
      const style = getComputedStyle(sw(el));
      expect(sw(el).matches(':focus-visible')).to.be.true;
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(checked(el)).to.equal('true');
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
      expect(getConsentStore().isGranted('analytics')).to.be.true;
      before.remove();
      await expect(el).to.be.accessible();
    });
  });

  describe('a service (category="<category>.<service>")', () => {
    const withServices = {
      categories: [
        { ...categories[0], services: [{ id: 'cdn', label: 'CDN' }] },
        categories[1],
        {
          ...categories[2],
          services: [
            { id: 'youtube', label: 'YouTube', description: 'Videos on our pages.' },
            { id: 'maps', label: 'Google Maps' },
          ],
        },
      ],
    };
    beforeEach(() => resetConsent(withServices));

    it("is labelled with the service's name, kept as written, and its description", async () => {
      const el = await toggle(
        html`<consent-opt-out-toggle category="marketing.maps"></consent-opt-out-toggle>`,
      );
      expect(text(el, 'label')).to.equal('Opt out of Google Maps cookies');
      const youtube = await toggle(
        html`<consent-opt-out-toggle category="marketing.youtube" allow></consent-opt-out-toggle>`,
      );
      expect(text(youtube, 'label')).to.equal('Allow YouTube cookies');
      expect(text(youtube, 'category-description')).to.equal('Videos on our pages.');
      await expect(youtube).to.be.accessible();
    });

    it('flips that service alone: its category and the other services keep their grant', async () => {
      const el = await toggle(
        html`<consent-opt-out-toggle category="marketing.youtube" allow></consent-opt-out-toggle>`,
      );
      expect(checked(el)).to.equal('false');
      const changes: string[][] = [];
      const listen = (e: Event) => changes.push((e as CustomEvent).detail.changed);
      document.addEventListener('consent-change', listen);
      try {
        const changed = oneEvent(el, 'change');
        sw(el).click();
        await changed;
      } finally {
        document.removeEventListener('consent-change', listen);
      }
      await el.updateComplete;
      expect(checked(el)).to.equal('true');
      expect(changes).to.deep.equal([['marketing.youtube']]);
      const store = getConsentStore();
      expect(
        ['marketing', 'marketing.youtube', 'marketing.maps'].map(store.isGranted),
      ).to.deep.equal([false, true, false]);
      expect(el.optedOut).to.be.false;
    });

    it('follows its category: granting the category grants the service', async () => {
      const el = await toggle(
        html`<consent-opt-out-toggle category="marketing.maps"></consent-opt-out-toggle>`,
      );
      expect(checked(el), 'opted out before any decision (opt-in)').to.equal('true');
      getConsentStore().setCategory('marketing', true);
      await el.updateComplete;
      expect(checked(el)).to.equal('false');
    });

    it('is inactive for a service of a required category, and for an unknown service', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        const cdn = await toggle(
          html`<consent-opt-out-toggle category="necessary.cdn"></consent-opt-out-toggle>`,
        );
        expect(sw(cdn).getAttribute('aria-disabled')).to.equal('true');
        const unknown = await toggle(
          html`<consent-opt-out-toggle category="marketing.tiktok"></consent-opt-out-toggle>`,
        );
        expect(sw(unknown).getAttribute('aria-disabled')).to.equal('true');
        expect(warn.mock.calls.flat().join(' ')).to.contain(
          'category="marketing.tiktok" is not configured',
        );
      } finally {
        warn.mockRestore();
      }
    });
  });
});
