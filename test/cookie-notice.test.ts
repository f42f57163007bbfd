import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
// Every language registered, as on a page that imports their modules.
import '../stories/support/locales.js';
import { configureConsent, ConsentCookieNotice } from '../src/index.js';
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
  visible,
} from './consent-test-helpers.js';

const categories = [
  {
    id: 'necessary',
    label: 'Strictly necessary',
    description: 'Keeps the site working.',
    required: true,
  },
  { id: 'analytics', label: 'Analytics', description: 'Counts visits.' },
  { id: 'marketing', label: 'Marketing', description: 'Shows relevant ads.' },
];

const notice = (template = html`<consent-cookie-notice></consent-cookie-notice>`) =>
  fixture<ConsentCookieNotice>(template);

const dialog = (el: ConsentCookieNotice) => part<HTMLDialogElement>(el, 'base')!;
/** Whether the first layer is rendered at all: a closed one is not (nothing of it is built). */
const firstLayerRendered = (el: ConsentCookieNotice) => part(el, 'base') !== null;
const preferences = (el: ConsentCookieNotice) => part<HTMLDialogElement>(el, 'preferences')!;
const switches = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="switch"]'),
];

const config = {
  categories,
  policy: { version: '1', url: 'https://example.com/privacy' },
  support: { email: 'privacy@example.com' },
};

beforeEach(() => resetConsent(config));
afterEach(() => {
  fixtureCleanup();
  document.documentElement.removeAttribute('lang');
});

describe('<consent-cookie-notice>', () => {
  describe('accessibility', () => {
    it('passes axe on the first layer', async () => {
      const el = await notice();
      await expect(el).to.be.accessible();
    });

    it('passes axe in the Customize view and as a centred modal', async () => {
      const el = await notice(
        html`<consent-cookie-notice position="center"></consent-cookie-notice>`,
      );
      part(el, 'customize')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe (contrast included) in the dark scheme', async () => {
      const el = await notice();
      el.style.setProperty('--consent-color-scheme', 'dark');
      expect(getComputedStyle(dialog(el)).backgroundColor).to.equal('rgb(31, 31, 31)');
      await expect(el).to.be.accessible();
      part(el, 'customize')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const [action, act] of [
      ['Accept all', (el: ConsentCookieNotice) => part(el, 'accept')!.click()],
      ['Reject all', (el: ConsentCookieNotice) => part(el, 'reject')!.click()],
      [
        'Customize → Save choices',
        async (el: ConsentCookieNotice) => {
          part(el, 'customize')!.click();
          await el.updateComplete;
          switches(el)[1].click();
          await el.updateComplete;
          part(el, 'save')!.click();
        },
      ],
    ] as const) {
      it(`passes axe after ${action}, closed and re-opened`, async () => {
        const el = await notice();
        await act(el);
        await el.updateComplete;
        expect(getConsentStore().state.decided).to.be.true;
        expect(firstLayerRendered(el)).to.be.false;
        await expect(el).to.be.accessible();
        el.show();
        await el.updateComplete;
        expect(visible(el, 'close')).to.be.true;
        await expect(el).to.be.accessible();
        el.show('customize');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe after Accept all in a centred modal', async () => {
      const el = await notice(
        html`<consent-cookie-notice position="center"></consent-cookie-notice>`,
      );
      part(el, 'accept')!.click();
      await el.updateComplete;
      expect(firstLayerRendered(el)).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('fits a 320 px wide viewport without horizontal scrolling', async () => {
      await page.viewport(320, 640);
      try {
        const el = await notice();
        part(el, 'customize')!.click();
        await el.updateComplete;
        const box = dialog(el).getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        expect(dialog(el).scrollWidth).to.equal(dialog(el).clientWidth);
        for (const button of el.shadowRoot!.querySelectorAll('button')) {
          expect(button.getBoundingClientRect().right).to.be.at.most(box.right);
        }
      } finally {
        await page.viewport(414, 896);
      }
    });
  });

  describe('defaults', () => {
    it('shows while no decision exists, explaining cookies in plain words', async () => {
      const el = await notice();
      expect(el.open).to.be.true;
      expect(dialog(el).open).to.be.true;
      expect(part(el, 'title')!.textContent).to.contain('We use cookies');
      const body = part(el, 'body')!.textContent!;
      for (const use of ['sign you in', 'keep you signed in', 'preferences', 'limited data']) {
        expect(body).to.contain(use);
      }
    });

    it('gives Accept all and Reject all equal weight, side by side', async () => {
      const el = await notice();
      const accept = part(el, 'accept')!;
      const reject = part(el, 'reject')!;
      expect(accept.textContent!.trim()).to.equal('Accept all');
      expect(reject.textContent!.trim()).to.equal('Reject all');
      const [a, r] = [accept.getBoundingClientRect(), reject.getBoundingClientRect()];
      // Two equal grid columns: the layout may give one of them the odd 1/64 px.
      expect(a.width).to.be.closeTo(r.width, 1 / 32);
      expect(a.height).to.equal(r.height);
      expect(a.top).to.equal(r.top);
      const [sa, sr] = [getComputedStyle(accept), getComputedStyle(reject)];
      for (const prop of ['background-color', 'color', 'font-weight', 'font-size', 'border']) {
        expect(sa.getPropertyValue(prop), prop).to.equal(sr.getPropertyValue(prop));
      }
      expect(visible(el, 'customize')).to.be.true;
    });

    it('reads calmly: 14-15 px body text, a title a step above, Customize lighter than Accept and Reject', async () => {
      const el = await notice();
      const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
      const body = px(part(el, 'body')!);
      expect(body).to.be.within(14, 15);
      expect(px(part(el, 'title')!))
        .to.be.above(body)
        .and.at.most(body * 1.3);
      const [accept, customize] = [part(el, 'accept')!, part(el, 'customize')!];
      const background = (element: Element) => getComputedStyle(element).backgroundColor;
      expect(background(customize), 'Customize is not a third solid button').to.not.equal(
        background(accept),
      );
      expect(getComputedStyle(customize).fontSize).to.equal(getComputedStyle(accept).fontSize);
    });

    it('overlays the page at the bottom without shifting layout', async () => {
      const el = await notice();
      expect(el.getBoundingClientRect().height).to.equal(0);
      const style = getComputedStyle(dialog(el));
      expect(style.position).to.equal('fixed');
      expect(dialog(el).getBoundingClientRect().bottom).to.be.closeTo(innerHeight, 20);
      expect(dialog(el).matches(':modal')).to.be.false;
    });

    it('links the policy and the support contact (mailto)', async () => {
      const el = await notice();
      expect(part<HTMLAnchorElement>(el, 'policy-link')!.href).to.equal(
        'https://example.com/privacy',
      );
      const support = part<HTMLAnchorElement>(el, 'support-link')!;
      expect(support.href).to.equal('mailto:privacy@example.com');
      expect(part(el, 'support')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Questions? Contact privacy@example.com.',
      );
    });

    it('adopts no style sheet while hidden, and all of them, at once, the moment it shows', async () => {
      getConsentStore().rejectAll();
      const el = await notice();
      expect(el.shadowRoot!.adoptedStyleSheets, 'hidden: no style sheet').to.have.length(0);
      el.show('main');
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(2);
      expect(getComputedStyle(dialog(el)).position).to.equal('fixed');
    });

    it('renders its first layer open: no dialog is opened after joining the shadow root', async () => {
      const el = document.createElement('consent-cookie-notice');
      document.body.append(el);
      try {
        // The shadow root exists from connectedCallback; the first render comes after.
        const opened: string[] = [];
        const record = (records: MutationRecord[]) =>
          opened.push(...records.map((r) => (r.target as Element).localName));
        const observer = new MutationObserver(record);
        observer.observe(el.shadowRoot!, { subtree: true, attributeFilter: ['open'] });
        await el.updateComplete;
        record(observer.takeRecords());
        observer.disconnect();
        expect(dialog(el).open).to.be.true;
        expect(dialog(el).matches(':modal')).to.be.false;
        expect(opened, 'open attributes set on connected elements').to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    it('stays hidden once a decision exists, in every layout and on a phone', async () => {
      getConsentStore().rejectAll();
      for (const [width, height] of [
        [1280, 800],
        [375, 740],
      ]) {
        await page.viewport(width, height);
        for (const layout of ['box', 'bar']) {
          const el = await notice(
            html`<consent-cookie-notice layout=${layout}></consent-cookie-notice>`,
          );
          expect(el.open).to.be.false;
          expect(firstLayerRendered(el), `${layout} at ${width}`).to.be.false;
          fixtureCleanup();
        }
      }
      await page.viewport(414, 896);
    });

    it('is an informational notice (OK / Opt out) in the opt-out regime', async () => {
      resetConsent({ categories, regime: 'opt-out' });
      const el = await notice();
      expect(part(el, 'accept')!.textContent!.trim()).to.equal('OK');
      expect(part(el, 'reject')!.textContent!.trim()).to.equal('Opt out');
      expect(part(el, 'body')!.textContent).to.contain('You can opt out at any time');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes and properties', () => {
    it('takes per-element copy: attribute > copy property > config copy > locale', async () => {
      resetConsent({ categories, copy: { 'notice.title': 'Config title', 'notice.reject': 'No' } });
      const el = await notice(
        html`<consent-cookie-notice
          accept-label="Yes please"
          .copy=${{ 'notice.title': 'Property title', 'notice.accept': 'Ignored' }}
        ></consent-cookie-notice>`,
      );
      expect(part(el, 'accept')!.textContent!.trim()).to.equal('Yes please');
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Property title');
      expect(part(el, 'reject')!.textContent!.trim()).to.equal('No');
      expect(part(el, 'customize')!.textContent!.trim()).to.equal('Customize');
      el.setAttribute('heading', 'Attribute title');
      await el.updateComplete;
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Attribute title');
    });

    const optOutRegime = () => resetConsent({ ...config, regime: 'opt-out' });
    const copyCases: CopyAttributeCase<ConsentCookieNotice>[] = [
      {
        key: 'notice.title',
        attr: 'heading',
        part: 'title',
        value: 'Cookies here',
        fallback: 'We use cookies',
      },
      {
        key: 'notice.body',
        attr: 'message',
        part: 'body',
        value: 'We bake cookies.',
        shown: `We bake cookies. ${en['notice.usage']}`,
        fallback: `${en['notice.body']} ${en['notice.usage']}`,
      },
      {
        key: 'notice.accept',
        attr: 'accept-label',
        part: 'accept',
        value: 'Allow all',
        fallback: 'Accept all',
      },
      {
        key: 'notice.ok',
        attr: 'accept-label',
        part: 'accept',
        value: 'Fine',
        fallback: 'OK',
        before: optOutRegime,
      },
      {
        key: 'notice.reject',
        attr: 'reject-label',
        part: 'reject',
        value: 'Deny all',
        fallback: 'Reject all',
      },
      {
        key: 'notice.optOut',
        attr: 'reject-label',
        part: 'reject',
        value: 'No, thanks',
        fallback: 'Opt out',
        before: optOutRegime,
      },
      {
        key: 'notice.customize',
        attr: 'customize-label',
        part: 'customize',
        value: 'Choose',
        fallback: 'Customize',
      },
      {
        key: 'notice.save',
        attr: 'save-label',
        part: 'save',
        value: 'Keep these',
        fallback: 'Save choices',
        after: (el) => part(el, 'customize')!.click(),
      },
      {
        key: 'notice.close',
        attr: 'close-label',
        part: 'close',
        value: 'Dismiss',
        fallback: 'Close',
        after: (el) => el.show(),
        accessibleName: true,
      },
      {
        key: 'policy.link',
        attr: 'policy-label',
        part: 'policy-link',
        value: 'How we use data',
        fallback: 'Privacy policy',
      },
      {
        key: 'support.text',
        attr: 'support-text',
        part: 'support',
        value: 'Write to {contact} any time.',
        shown: 'Write to privacy@example.com any time.',
        fallback: 'Questions? Contact privacy@example.com.',
      },
    ];

    itCopyAttributes('consent-cookie-notice', ConsentCookieNotice, copyCases);

    it('support-text puts the contact link where {contact} is, or after the text without it', async () => {
      const el = await notice(
        html`<consent-cookie-notice
          support-text="Write to {contact} any time."
        ></consent-cookie-notice>`,
      );
      const link = part<HTMLAnchorElement>(el, 'support-link')!;
      expect(link.textContent).to.equal('privacy@example.com');
      expect(link.getAttribute('href')).to.equal('mailto:privacy@example.com');
      expect(text(el, 'support')).to.equal('Write to privacy@example.com any time.');
      el.setAttribute('support-text', 'Need help? Ask');
      await el.updateComplete;
      expect(text(el, 'support')).to.equal('Need help? Ask privacy@example.com');
      expect(part(el, 'support-link')!.textContent).to.equal('privacy@example.com');
    });

    it('policy-url, support-email and support-name override the config, as attributes and as properties', async () => {
      const el = await notice(
        html`<consent-cookie-notice
          policy-url="/cookies"
          support-email="dpo@example.org"
        ></consent-cookie-notice>`,
      );
      const policy = () => part<HTMLAnchorElement>(el, 'policy-link')!.getAttribute('href');
      const support = () => part<HTMLAnchorElement>(el, 'support-link')!;
      expect(policy()).to.equal('/cookies');
      expect(support().getAttribute('href')).to.equal('mailto:dpo@example.org');
      expect(text(el, 'support')).to.equal('Questions? Contact dpo@example.org.');

      el.policyUrl = 'https://example.org/privacy';
      el.supportEmail = 'help@example.org';
      el.supportName = 'our privacy team';
      await el.updateComplete;
      expect(policy()).to.equal('https://example.org/privacy');
      expect(support().getAttribute('href')).to.equal('mailto:help@example.org');
      expect(text(el, 'support')).to.equal('Questions? Contact our privacy team.');

      el.removeAttribute('policy-url');
      el.supportEmail = undefined;
      el.supportName = undefined;
      await el.updateComplete;
      expect(policy(), 'back to config policy.url').to.equal('https://example.com/privacy');
      expect(support().getAttribute('href')).to.equal('mailto:privacy@example.com');
      expect(text(el, 'support')).to.equal('Questions? Contact privacy@example.com.');

      el.setAttribute('support-name', 'the DPO');
      await el.updateComplete;
      expect(el.supportName).to.equal('the DPO');
      expect(text(el, 'support')).to.equal('Questions? Contact the DPO.');
    });

    it('reads a JSON copy attribute and ignores a malformed one', async () => {
      const el = await notice(
        html`<consent-cookie-notice copy='{"notice.save":"Keep"}'></consent-cookie-notice>`,
      );
      el.show('customize');
      await el.updateComplete;
      expect(part(el, 'save')!.textContent!.trim()).to.equal('Keep');
      el.setAttribute('copy', '{not json');
      await el.updateComplete;
      expect(part(el, 'save')!.textContent!.trim()).to.equal('Save choices');
    });

    it('speaks the nearest lang, unless config locale says otherwise', async () => {
      const el = await notice(
        html`<div lang="de-AT"><consent-cookie-notice></consent-cookie-notice></div>`,
      ).then((d) => d.querySelector('consent-cookie-notice')!);
      expect(part(el, 'accept')!.textContent!.trim()).to.equal('Alle akzeptieren');
      fixtureCleanup();
      resetConsent({ categories, locale: 'fr' });
      const fr = await notice(
        html`<div lang="de"><consent-cookie-notice></consent-cookie-notice></div>`,
      ).then((d) => d.querySelector('consent-cookie-notice')!);
      expect(part(fr, 'accept')!.textContent!.trim()).to.equal('Tout accepter');
      fixtureCleanup();
      resetConsent({ categories });
      document.documentElement.lang = 'es';
      const es = await notice();
      expect(part(es, 'reject')!.textContent!.trim()).to.equal('Rechazar todas');
    });

    it('follows the page language when a single-page app switches it', async () => {
      const el = await notice();
      expect(part(el, 'accept')!.textContent!.trim()).to.equal('Accept all');
      document.documentElement.lang = 'de';
      await vi.waitFor(() =>
        expect(part(el, 'accept')!.textContent!.trim()).to.equal('Alle akzeptieren'),
      );
    });

    it('shares one lang observer among every element on the page', async () => {
      const Native = window.MutationObserver;
      let created = 0;
      window.MutationObserver = class extends Native {
        constructor(callback: MutationCallback) {
          super(callback);
          created++;
        }
      };
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <consent-cookie-notice></consent-cookie-notice>
            <consent-opt-out-toggle></consent-opt-out-toggle>
            <consent-opt-out-toggle category="marketing"></consent-opt-out-toggle>
            <consent-policy-banner></consent-policy-banner>
          </div>`,
        );
        expect(created).to.equal(1);
        document.documentElement.lang = 'fr';
        for (const el of wrapper.querySelectorAll<ConsentCookieNotice>('*')) {
          await vi.waitFor(() => expect(el.locale).to.equal('fr'));
        }
      } finally {
        window.MutationObserver = Native;
      }
    });

    it('follows a new configuration while on the page, even when consent is unchanged', async () => {
      const el = await notice();
      const changes = countChanges();
      configureConsent({ categories, copy: { 'notice.title': 'Cookies on example.com' } });
      await el.updateComplete;
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Cookies on example.com');
      configureConsent({ categories, locale: 'fr' });
      await el.updateComplete;
      expect(part(el, 'accept')!.textContent!.trim()).to.equal('Tout accepter');
      expect(changes.count).to.equal(0);
      changes.stop();
    });

    it('translates the default categories, but never a site’s own category labels', async () => {
      const labels = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('[part~="label"]')].map((l) => l.textContent!.trim());
      resetConsent({ locale: 'de' });
      const defaults = await notice();
      part(defaults, 'customize')!.click();
      await defaults.updateComplete;
      expect(labels(defaults)).to.deep.equal([
        'Unbedingt erforderlich',
        'Präferenzen',
        'Statistik',
        'Marketing',
      ]);
      expect(text(defaults, 'always-on')).to.equal('Immer aktiv');
      expect(defaults.shadowRoot!.textContent).to.contain('Speichern Ihre Einstellungen.');
      fixtureCleanup();

      resetConsent({ categories, locale: 'de' });
      const own = await notice();
      part(own, 'customize')!.click();
      await own.updateComplete;
      expect(labels(own)).to.deep.equal(['Strictly necessary', 'Analytics', 'Marketing']);
      expect(text(own, 'always-on')).to.equal('Immer aktiv');
    });

    it('lets attributes override policy and support, and never uses a javascript: URL', async () => {
      const el = await notice(
        html`<consent-cookie-notice
          policy-url="javascript:alert(1)"
          support-url="https://help.example.com"
          support-name="Help desk"
          support-email="not an email"
        ></consent-cookie-notice>`,
      );
      expect(part(el, 'policy-link')).to.equal(null);
      const support = part<HTMLAnchorElement>(el, 'support-link')!;
      expect(support.getAttribute('href')).to.equal('https://help.example.com');
      expect(support.textContent).to.equal('Help desk');
      el.supportUrl = ' jav\tascript:alert(1)';
      await el.updateComplete;
      expect(part(el, 'support-link')).to.equal(null);
      for (const a of el.shadowRoot!.querySelectorAll('a')) {
        expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|\/)/);
      }
    });

    it('positions at the top, or as a modal dialog in the centre', async () => {
      const el = await notice(html`<consent-cookie-notice position="top"></consent-cookie-notice>`);
      expect(dialog(el).getBoundingClientRect().top).to.be.closeTo(0, 20);
      el.position = 'center';
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(dialog(el).matches(':modal')).to.be.true;
      await expect(el).to.be.accessible();
      el.position = 'top';
      await el.updateComplete;
      expect(dialog(el).open, 'back at the top: still open').to.be.true;
      expect(dialog(el).matches(':modal')).to.be.false;
      expect(dialog(el).getBoundingClientRect().top).to.be.closeTo(0, 20);
    });

    it('shows hostile copy as text and runs none of it', async () => {
      const hostile = hostileCopy('__pwned');
      resetConsent({ categories, copy: { 'notice.title': hostile } });
      const el = await notice(
        html`<consent-cookie-notice accept-label=${hostile}></consent-cookie-notice>`,
      );
      expect(part(el, 'accept')!.textContent).to.contain(hostile);
      expect(part(el, 'title')!.textContent).to.contain(hostile);
      await expectHostileCopyInert(el, '__pwned');
    });
  });

  describe('slots', () => {
    it('takes a rich title, body and support line', async () => {
      const el = await notice(
        html`<consent-cookie-notice>
          <span slot="title">Rich <b>title</b></span>
          <p>Rich body with <a href="/cookies">a link</a>.</p>
          <span slot="support">Write to <a href="mailto:dpo@example.com">our DPO</a></span>
        </consent-cookie-notice>`,
      );
      const slot = (name: string) =>
        el.shadowRoot!.querySelector<HTMLSlotElement>(
          name ? `slot[name=${name}]` : 'slot:not([name])',
        )!;
      expect(slot('title').assignedElements()[0].textContent).to.equal('Rich title');
      expect(slot('').assignedElements()[0].tagName).to.equal('P');
      expect(slot('support').assignedElements()[0].textContent).to.contain('our DPO');
      await expect(el).to.be.accessible();
    });

    it('shows a slotted support line even when no support contact is configured', async () => {
      resetConsent({ categories, policy: { version: '1' } });
      const el = await notice(
        html`<consent-cookie-notice>
          <span slot="support">Questions? Ask at the front desk.</span>
        </consent-cookie-notice>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=support]');
      expect(slot, 'the support slot is rendered').to.not.equal(null);
      expect(slot!.assignedElements()[0].textContent).to.contain('front desk');
      expect(part(el, 'support-link')).to.equal(null);
      expect(el.querySelector('[slot="support"]')!.getBoundingClientRect().height).to.be.above(0);
    });
  });

  describe('events and decisions', () => {
    it('Accept all records one decision, announces it once and closes', async () => {
      const el = await notice();
      const changes = countChanges();
      const event = oneEvent(document, 'consent-change');
      part(el, 'accept')!.click();
      const { detail } = await event;
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(1);
      expect(detail.source).to.equal('notice');
      expect(detail.state.categories).to.deep.equal({
        necessary: true,
        analytics: true,
        marketing: true,
      });
      expect(firstLayerRendered(el)).to.be.false;
      expect(document.cookie).to.contain('consent=');
    });

    it('Reject all records a refusal', async () => {
      const el = await notice();
      const changes = countChanges();
      part(el, 'reject')!.click();
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(1);
      expect(getConsentStore().state.decided).to.be.true;
      expect(getConsentStore().isGranted('analytics')).to.be.false;
      expect(el.open).to.be.false;
    });

    it('Customize shows one switch per optional category, none pre-ticked, required always on', async () => {
      const el = await notice();
      part(el, 'customize')!.click();
      await el.updateComplete;
      expect(switches(el)).to.have.length(2);
      const [analytics, marketing] = switches(el);
      const [necessaryRow] = el.shadowRoot!.querySelectorAll('[part~="option"]');
      expect(necessaryRow.querySelector('[part~="switch"]'), 'no switch for a required category').to
        .be.null;
      expect(necessaryRow.querySelector('[part~="always-on"]')!.textContent).to.equal('Always on');
      expect(analytics.getAttribute('aria-checked')).to.equal('false');
      expect(marketing.getAttribute('aria-checked')).to.equal('false');
      expect(part(el, 'categories')!.textContent).to.contain('Counts visits.');
      expect(preferences(el).matches(':modal'), 'the preferences are a modal dialog').to.be.true;

      const changes = countChanges();
      analytics.click();
      await el.updateComplete;
      expect(analytics.getAttribute('aria-checked')).to.equal('true');
      expect(changes.count, 'a switch in Customize records nothing by itself').to.equal(0);
      part(el, 'save')!.click();
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(1);
      expect(getConsentStore().state.categories).to.deep.equal({
        necessary: true,
        analytics: true,
        marketing: false,
      });
      expect(el.open).to.be.false;
    });

    it('show() opens the preferences with the current choices, and × records nothing', async () => {
      getConsentStore().setCategories({ analytics: true, marketing: false });
      const el = await notice();
      expect(el.open).to.be.false;
      el.show();
      await el.updateComplete;
      expect(preferences(el).open).to.be.true;
      expect(firstLayerRendered(el), 'the first layer stays closed for a decided visitor').to.be
        .false;
      expect(switches(el).map((s) => s.getAttribute('aria-checked'))).to.deep.equal([
        'true',
        'false',
      ]);
      const changes = countChanges();
      part(el, 'close')!.click();
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(0);
      expect(part(el, 'preferences')).to.equal(null);
      expect(el.open).to.be.false;
    });

    it('keeps its switches as they were when the preferences opened, whatever changes elsewhere meanwhile', async () => {
      getConsentStore().setCategories({ analytics: true, marketing: false });
      const el = await notice();
      el.show();
      await el.updateComplete;
      // A toggle on the page (or another tab) grants marketing while the visitor is choosing; any
      // later render (a language switch, a new config) draws the switches again.
      getConsentStore().setCategory('marketing', true);
      el.requestUpdate();
      await el.updateComplete;
      expect(switches(el).map((s) => s.getAttribute('aria-checked'))).to.deep.equal([
        'true',
        'false',
      ]);
    });

    it("show('main') re-opens the first layer, which Escape closes recording nothing", async () => {
      getConsentStore().rejectAll();
      const el = await notice();
      el.show('main');
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'accept'));
      const changes = countChanges();
      await userEvent.keyboard('{Escape}');
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(0);
      expect(firstLayerRendered(el)).to.be.false;
    });

    it('re-opens from any [data-consent-settings] element, without host script', async () => {
      getConsentStore().rejectAll();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <consent-cookie-notice></consent-cookie-notice>
          <footer>
            <a href="#settings" data-consent-settings><span>Cookie settings</span></a>
          </footer>
        </div>`,
      );
      const el = wrapper.querySelector('consent-cookie-notice')!;
      await el.updateComplete;
      expect(el.open).to.be.false;
      wrapper.querySelector('span')!.click();
      await el.updateComplete;
      expect(el.open).to.be.true;
      expect(preferences(el).open).to.be.true;
      expect(location.hash).to.not.equal('#settings');
    });

    it('removes its document listener when disconnected', async () => {
      const el = await notice();
      const show = vi.spyOn(el, 'show');
      const link = document.createElement('button');
      link.setAttribute('data-consent-settings', '');
      document.body.append(link);
      link.click();
      expect(show.mock.calls.length).to.equal(1);
      el.remove();
      link.click();
      expect(show.mock.calls.length).to.equal(1);
      link.remove();
    });
  });

  describe('modal (position="center")', () => {
    /** A page with a button before the notice. */
    async function pageWith(position: string) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="outside">Outside</button>
          <consent-cookie-notice position=${position}></consent-cookie-notice>
        </div>`,
      );
      const el = wrapper.querySelector('consent-cookie-notice')!;
      await el.updateComplete;
      const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
      let clicks = 0;
      outside.addEventListener('click', () => clicks++);
      return { el, outside, clicks: () => clicks };
    }

    /** Whether pressing Tab (up to `presses` times) ever focuses `target`. */
    async function tabReaches(target: Element, presses = 12): Promise<boolean> {
      for (let i = 0; i < presses; i++) {
        await userEvent.tab();
        if (document.activeElement === target) return true;
      }
      return false;
    }

    it('makes the page behind inert while open: no focus, no Tab, no click through', async () => {
      const { el, outside, clicks } = await pageWith('center');
      expect(dialog(el).matches(':modal')).to.be.true;
      outside.focus();
      expect(document.activeElement, 'focus() on the page behind').to.not.equal(outside);
      part(el, 'accept')!.focus();
      expect(await tabReaches(outside), 'Tab reaches the page behind').to.be.false;
      const box = outside.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      expect(hit, 'hit test at the outside button').to.not.equal(outside);
      await userEvent.click(outside, { force: true });
      expect(clicks(), 'a click on the page behind').to.equal(0);
      expect(getConsentStore().state.decided).to.be.false;
    });

    it('gives the page back after Accept all', async () => {
      const { el, outside, clicks } = await pageWith('center');
      part(el, 'accept')!.click();
      await el.updateComplete;
      expect(firstLayerRendered(el)).to.be.false;
      outside.focus();
      expect(document.activeElement).to.equal(outside);
      outside.blur();
      expect(await tabReaches(outside)).to.be.true;
      await userEvent.click(outside);
      expect(clicks()).to.equal(1);
    });

    it('leaves the page usable behind the bottom bar (not modal)', async () => {
      const { el, outside, clicks } = await pageWith('bottom');
      expect(dialog(el).open).to.be.true;
      outside.focus();
      expect(document.activeElement).to.equal(outside);
      await userEvent.click(outside);
      expect(clicks()).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it('tabs Accept → Reject → Customize → policy link → support link, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <consent-cookie-notice></consent-cookie-notice>
        </div>`,
      );
      const el = wrapper.querySelector('consent-cookie-notice')!;
      await el.updateComplete;
      expect(document.activeElement, 'the non-modal notice takes no focus on load').to.not.equal(
        el,
      );
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const order = [];
      for (let i = 0; i < 5; i++) {
        await userEvent.tab();
        order.push(el.shadowRoot!.activeElement?.getAttribute('part'));
        if (i === 0) {
          const ring = getComputedStyle(part(el, 'accept')!);
          expect(part(el, 'accept')!.matches(':focus-visible')).to.be.true;
          expect(ring.outlineStyle).to.equal('solid');
          expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        }
      }
      expect(order).to.deep.equal([
        'button accept',
        'button reject',
        'button customize',
        'policy-link',
        'support-link',
      ]);
    });

    it('a centred modal starts focus on Accept all', async () => {
      const el = await notice(
        html`<consent-cookie-notice position="center"></consent-cookie-notice>`,
      );
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'accept'));
    });

    it('Enter opens Customize, Space flips a switch, Escape leaves Customize recording nothing', async () => {
      const el = await notice();
      part(el, 'customize')!.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(part(el, 'categories')).to.not.equal(null);
      const analytics = switches(el)[0];
      expect(el.shadowRoot!.activeElement).to.equal(analytics);
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(analytics.getAttribute('aria-checked')).to.equal('true');
      const changes = countChanges();
      await userEvent.keyboard('{Escape}');
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(0);
      expect(part(el, 'categories')).to.equal(null);
      expect(el.open).to.be.true;
      expect(getConsentStore().state.decided).to.be.false;
      expect(document.cookie).to.not.contain('consent=');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'customize'));
      await expect(el).to.be.accessible();
    });

    it('keeps a centred modal open on Escape while no decision exists', async () => {
      const el = await notice(
        html`<consent-cookie-notice position="center"></consent-cookie-notice>`,
      );
      part(el, 'accept')!.focus();
      await userEvent.keyboard('{Escape}');
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(getConsentStore().state.decided).to.be.false;
    });
  });
  describe('layout and position', () => {
    it('writes no default onto its host, so server-rendered HTML hydrates unchanged', async () => {
      const el = await notice();
      expect(el.layout).to.equal('box');
      expect(el.hasAttribute('layout'), 'layout').to.equal(false);
      expect(el.hasAttribute('position'), 'position').to.equal(false);
    });

    /** Runs `body` at a viewport size, then restores the default one. */
    async function atViewport(width: number, height: number, body: () => Promise<void>) {
      await page.viewport(width, height);
      try {
        await body();
      } finally {
        await page.viewport(414, 896);
      }
    }

    it('is a box at most 420 px wide in the bottom inline-start corner at 1280×800', () =>
      atViewport(1280, 800, async () => {
        const el = await notice();
        const box = dialog(el).getBoundingClientRect();
        expect(box.width).to.be.at.most(420);
        expect(box.left).to.be.closeTo(16, 1);
        expect(box.bottom).to.be.closeTo(800 - 16, 1);
      }));

    it('takes the corner that position names, and mirrors it right-to-left', () =>
      atViewport(1280, 800, async () => {
        const el = await notice(
          html`<consent-cookie-notice position="top-end"></consent-cookie-notice>`,
        );
        const box = () => dialog(el).getBoundingClientRect();
        expect(box().right).to.be.closeTo(1280 - 16, 1);
        expect(box().top).to.be.closeTo(16, 1);
        el.setAttribute('dir', 'rtl');
        await el.updateComplete;
        expect(box().left).to.be.closeTo(16, 1);
        el.position = 'bottom-start';
        await el.updateComplete;
        expect(box().left).to.be.closeTo(1280 - 16 - box().width, 1);
        expect(box().bottom).to.be.closeTo(800 - 16, 1);
      }));

    it('layout="bar" spans the width at most 120 px tall, text and buttons on one row', () =>
      atViewport(1280, 800, async () => {
        const el = await notice(html`<consent-cookie-notice layout="bar"></consent-cookie-notice>`);
        const bar = dialog(el).getBoundingClientRect();
        expect(bar.width).to.equal(1280);
        expect(bar.bottom).to.equal(800);
        expect(bar.height).to.be.at.most(120);
        const title = part(el, 'title')!.getBoundingClientRect();
        const accept = part(el, 'accept')!.getBoundingClientRect();
        expect(accept.left, 'buttons beside the text').to.be.above(title.right);
        expect(accept.top).to.be.below(bar.bottom - accept.height / 2);
        el.position = 'top';
        await el.updateComplete;
        expect(dialog(el).getBoundingClientRect().top).to.equal(0);
        await expect(el).to.be.accessible();
      }));

    it('on a 375×740 phone: at most 40 % of the height, all three buttons in view', async () => {
      resetConsent({ ...config, categories: undefined });
      await atViewport(375, 740, async () => {
        for (const layout of ['box', 'bar']) {
          const el = await notice(
            html`<consent-cookie-notice layout=${layout}></consent-cookie-notice>`,
          );
          const box = dialog(el).getBoundingClientRect();
          expect(box.height, `${layout}: height`).to.be.at.most(0.4 * 740);
          expect(box.width).to.equal(375);
          expect(box.bottom).to.equal(740);
          for (const name of ['accept', 'reject', 'customize']) {
            const button = part(el, name)!.getBoundingClientRect();
            expect(button.top, `${layout}: ${name}`).to.be.at.least(box.top);
            expect(button.bottom, `${layout}: ${name}`).to.be.at.most(740);
            expect(button.right, `${layout}: ${name}`).to.be.at.most(375);
          }
          fixtureCleanup();
        }
      });
    });

    it('warns once about a position or layout outside its set, and uses the default', () =>
      atViewport(1280, 800, async () => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        try {
          const el = await notice(
            html`<consent-cookie-notice position="left" layout="grid"></consent-cookie-notice>`,
          );
          await notice(
            html`<consent-cookie-notice position="left" layout="grid"></consent-cookie-notice>`,
          );
          el.requestUpdate();
          await el.updateComplete;
          const messages = warn.mock.calls.map((c) => String(c[0]));
          expect(messages.filter((m) => m.includes('position="left"'))).to.have.length(1);
          expect(messages.filter((m) => m.includes('layout="grid"'))).to.have.length(1);
          expect(messages.find((m) => m.includes('position="left"'))).to.contain('bottom-end');
          const box = dialog(el).getBoundingClientRect();
          expect(box.bottom, 'falls back to bottom').to.be.closeTo(innerHeight - 16, 1);
          expect(box.width, 'falls back to the box').to.be.at.most(420);
        } finally {
          warn.mockRestore();
        }
      }));

    it("follows the page's color-scheme: light where none is declared, dark where it says so", async () => {
      const el = await notice();
      const background = () => getComputedStyle(dialog(el)).backgroundColor;
      expect(background()).to.equal('rgb(255, 255, 255)');
      document.documentElement.style.colorScheme = 'dark';
      try {
        expect(background()).to.equal('rgb(31, 31, 31)');
        el.style.setProperty('--consent-color-scheme', 'light');
        expect(background(), '--consent-color-scheme forces light').to.equal('rgb(255, 255, 255)');
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });
  });

  describe('preferences dialog', () => {
    it('has a header with the title and a named × (part close), and no close button in the action bar', async () => {
      const el = await notice();
      part(el, 'customize')!.click();
      await el.updateComplete;
      const prefs = preferences(el);
      expect(prefs.matches(':modal')).to.be.true;
      expect(text(el, 'preferences-title')).to.equal('Choose which cookies we may use');
      const close = part(el, 'close')!;
      expect(close.getAttribute('aria-label')).to.equal('Close');
      expect(close.closest('[part~="actions"]')).to.equal(null);
      const actions = prefs.querySelector('[part~="actions"]')!;
      expect(
        [...actions.querySelectorAll('button')].map((b) => b.getAttribute('part')),
      ).to.deep.equal(['button accept', 'button reject', 'button save']);
      const styles = ['accept', 'reject', 'save'].map((name) => getComputedStyle(part(el, name)!));
      for (const prop of ['background-color', 'color', 'font-weight', 'font-size', 'border']) {
        expect(new Set(styles.map((st) => st.getPropertyValue(prop))).size, prop).to.equal(1);
      }
      await expect(el).to.be.accessible();
    });

    it('says "Always on" once for the default necessary category', async () => {
      resetConsent({ ...config, categories: undefined });
      const el = await notice();
      el.show();
      await el.updateComplete;
      const all = preferences(el).textContent!;
      expect(all.split('Always on').length - 1).to.equal(1);
    });

    it('expands a description from its label, which also names the switch', async () => {
      const el = await notice();
      el.show();
      await el.updateComplete;
      const [analytics] = switches(el);
      const label = el.shadowRoot!.getElementById(analytics.getAttribute('aria-labelledby')!)!;
      expect(label.textContent!.trim()).to.equal('Analytics');
      const description = el.shadowRoot!.getElementById(
        analytics.getAttribute('aria-describedby')!,
      )!;
      expect(description.checkVisibility()).to.be.false;
      label.click();
      await vi.waitFor(() => expect(description.checkVisibility()).to.be.true);
      expect(analytics.getAttribute('aria-checked'), 'the label does not flip the switch').to.equal(
        'false',
      );
      await expect(el).to.be.accessible();
    });

    it('hides the first layer while the preferences show over it, and shows it again on ×', async () => {
      const el = await notice();
      const shown = () => dialog(el).checkVisibility({ visibilityProperty: true });
      expect(shown(), 'before').to.be.true;
      part(el, 'customize')!.click();
      await vi.waitFor(() => expect(part(el, 'preferences')).to.not.equal(null));
      await el.updateComplete;
      expect(shown(), 'under the preferences').to.be.false;
      expect(dialog(el).open, 'hidden, not closed').to.be.true;
      part(el, 'close')!.click();
      await vi.waitFor(() => expect(part(el, 'preferences')).to.equal(null));
      expect(shown(), 'after ×').to.be.true;
    });

    it('× and Escape go back to the first layer, record nothing, and give focus back to Customize', async () => {
      const el = await notice();
      for (const leave of ['×', 'Escape']) {
        part(el, 'customize')!.focus();
        await userEvent.keyboard('{Enter}');
        await el.updateComplete;
        switches(el)[0].click();
        await el.updateComplete;
        const changes = countChanges();
        if (leave === '×') part(el, 'close')!.click();
        else await userEvent.keyboard('{Escape}');
        await vi.waitFor(() => expect(part(el, 'preferences'), leave).to.equal(null));
        changes.stop();
        expect(changes.count, leave).to.equal(0);
        expect(document.cookie).to.not.contain('consent=');
        expect(dialog(el).open, `${leave}: the first layer is still there`).to.be.true;
        expect(el.shadowRoot!.activeElement, `${leave}: focus`).to.equal(part(el, 'customize'));
      }
    });

    it.each(['×', 'Escape'])(
      'opened from a "Cookie settings" link, %s closes it, records nothing and gives focus back to the link',
      async (leave) => {
        getConsentStore().rejectAll();
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <consent-cookie-notice></consent-cookie-notice>
            <button data-consent-settings>Cookie settings</button>
          </div>`,
        );
        const el = wrapper.querySelector('consent-cookie-notice')!;
        const link = wrapper.querySelector('button')!;
        await el.updateComplete;
        link.focus();
        await userEvent.keyboard('{Enter}');
        await el.updateComplete;
        expect(preferences(el).open).to.be.true;
        expect(el.shadowRoot!.activeElement).to.equal(switches(el)[0]);
        switches(el)[0].click();
        await el.updateComplete;
        const changes = countChanges();
        if (leave === '×') part(el, 'close')!.click();
        else await userEvent.keyboard('{Escape}');
        await vi.waitFor(() => expect(el.open).to.be.false);
        changes.stop();
        expect(changes.count).to.equal(0);
        expect(getConsentStore().isGranted('analytics'), 'the flipped switch is not saved').to.be
          .false;
        expect(document.activeElement).to.equal(link);
      },
    );

    it('fits a 375×740 phone: the list scrolls inside, the page does not, × and Save stay in view', async () => {
      const many = Array.from({ length: 12 }, (_, i) => ({
        id: `c${i}`,
        label: `Category ${i}`,
        description: 'A description.',
      }));
      resetConsent({ ...config, categories: [categories[0], ...many] });
      await page.viewport(375, 740);
      try {
        const el = await notice();
        el.show();
        await el.updateComplete;
        const box = preferences(el).getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(740);
        const list = part(el, 'categories')!;
        expect(list.scrollHeight, 'the list overflows').to.be.above(list.clientHeight);
        expect(getComputedStyle(list).overflowY).to.equal('auto');
        for (const name of ['close', 'save']) {
          const r = part(el, name)!.getBoundingClientRect();
          expect(r.top, name).to.be.at.least(box.top);
          expect(r.bottom, name).to.be.at.most(box.bottom);
        }
        expect(preferences(el).scrollHeight).to.equal(preferences(el).clientHeight);
      } finally {
        await page.viewport(414, 896);
      }
    });
  });

  describe('services in the preferences', () => {
    const withServices = {
      ...config,
      categories: [
        categories[0],
        categories[1],
        {
          ...categories[2],
          services: [
            { id: 'youtube', label: 'YouTube', description: 'Videos on our pages.' },
            { id: 'maps', label: 'Google Maps', description: 'Maps of our shops.' },
            { id: 'meta', label: 'Meta Pixel' },
          ],
        },
      ],
    };
    beforeEach(() => resetConsent(withServices));

    /** The preferences, opened; the switches by their accessible name. */
    async function openPreferences() {
      const el = await notice();
      el.show();
      await el.updateComplete;
      const byName = (name: string) =>
        switches(el).find(
          (s) =>
            el
              .shadowRoot!.getElementById(s.getAttribute('aria-labelledby')!)!
              .textContent!.trim() === name,
        )!;
      return { el, byName };
    }

    it('nests a row per service under its category, each with a named and described switch', async () => {
      const { el, byName } = await openPreferences();
      const list = part(el, 'services')!;
      expect(list.tagName).to.equal('UL');
      expect(list.closest('[part~="option"]')).to.equal(
        byName('Marketing').closest('[part~="option"]'),
      );
      const rows = [...list.querySelectorAll('[part~="service"]')];
      expect(rows.map((row) => row.querySelector('[part~="label"]')!.textContent)).to.deep.equal([
        'YouTube',
        'Google Maps',
        'Meta Pixel',
      ]);
      const youtube = byName('YouTube');
      expect(youtube.getAttribute('role')).to.equal('switch');
      expect(youtube.getAttribute('aria-checked')).to.equal('false');
      const description = el.shadowRoot!.getElementById(youtube.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal('Videos on our pages.');
      expect(description.checkVisibility()).to.be.true;
      expect(part(el, 'mixed')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('allowing one service shows the category as partly allowed; Save records that service alone', async () => {
      const { el, byName } = await openPreferences();
      byName('YouTube').click();
      await el.updateComplete;
      const marketing = byName('Marketing');
      const mixed = part(el, 'mixed')!;
      expect(mixed.textContent).to.equal('Partly allowed');
      expect(marketing.getAttribute('aria-checked'), 'the category itself stays denied').to.equal(
        'false',
      );
      expect(marketing.getAttribute('aria-describedby')!.split(' ')).to.include(mixed.id);
      await expect(el).to.be.accessible();
      part(el, 'save')!.click();
      await el.updateComplete;
      const store = getConsentStore();
      expect(
        ['marketing', 'marketing.youtube', 'marketing.maps', 'marketing.meta'].map(store.isGranted),
      ).to.deep.equal([false, true, false, false]);
      // Opened again, the preferences show what was recorded.
      el.show();
      await el.updateComplete;
      expect(byName('YouTube').getAttribute('aria-checked')).to.equal('true');
      expect(byName('Google Maps').getAttribute('aria-checked')).to.equal('false');
      expect(part(el, 'mixed')?.textContent).to.equal('Partly allowed');
    });

    it('"Partly allowed" shares the category switch\'s line: flipping a service moves no switch', async () => {
      const { el, byName } = await openPreferences();
      const dialog = el.shadowRoot!.querySelector('dialog.preferences')!;
      const boxes = () =>
        [dialog, ...['Marketing', 'YouTube', 'Google Maps'].map(byName)].map((node) =>
          JSON.stringify(node.getBoundingClientRect()),
        );
      const before = boxes();
      byName('YouTube').click();
      await el.updateComplete;
      const mixed = part(el, 'mixed')!;
      expect(mixed.checkVisibility(), '"Partly allowed" shows').to.be.true;
      const line = (node: Element) => node.getBoundingClientRect();
      expect(line(mixed).top).to.be.at.least(line(byName('Marketing')).top - 1);
      expect(line(mixed).bottom).to.be.at.most(line(byName('Marketing')).bottom + 1);
      expect(boxes(), 'the dialog and the switches where they were').to.deep.equal(before);
    });

    it("the category's switch sets all of its services, and the mixed state goes", async () => {
      const { el, byName } = await openPreferences();
      byName('Meta Pixel').click();
      await el.updateComplete;
      byName('Marketing').click();
      await el.updateComplete;
      expect(
        ['Marketing', 'YouTube', 'Google Maps', 'Meta Pixel'].map((name) =>
          byName(name).getAttribute('aria-checked'),
        ),
      ).to.deep.equal(['true', 'true', 'true', 'true']);
      expect(part(el, 'mixed')).to.equal(null);
      byName('Google Maps').click();
      await el.updateComplete;
      expect(part(el, 'mixed')?.textContent, 'one service denied in a granted category').to.equal(
        'Partly allowed',
      );
    });

    it('is used by keyboard: Tab goes from the category to its services in order, Space flips one', async () => {
      const { el, byName } = await openPreferences();
      byName('Marketing').focus();
      await userEvent.keyboard('{Tab}');
      expect(el.shadowRoot!.activeElement).to.equal(byName('YouTube'));
      await userEvent.keyboard('{Tab}');
      expect(el.shadowRoot!.activeElement).to.equal(byName('Google Maps'));
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(byName('Google Maps').getAttribute('aria-checked')).to.equal('true');
      expect(part(el, 'mixed')).to.not.equal(null);
    });
  });
});
