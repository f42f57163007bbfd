import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
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
        expect(dialog(el).open).to.be.false;
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
      expect(dialog(el).open).to.be.false;
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
      expect(a.width).to.equal(r.width);
      expect(a.height).to.equal(r.height);
      expect(a.top).to.equal(r.top);
      const [sa, sr] = [getComputedStyle(accept), getComputedStyle(reject)];
      for (const prop of ['background-color', 'color', 'font-weight', 'font-size', 'border']) {
        expect(sa.getPropertyValue(prop), prop).to.equal(sr.getPropertyValue(prop));
      }
      expect(visible(el, 'customize')).to.be.true;
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

    it('stays hidden once a decision exists', async () => {
      getConsentStore().rejectAll();
      const el = await notice();
      expect(el.open).to.be.false;
      expect(dialog(el).open).to.be.false;
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
        before: () => getConsentStore().rejectAll(),
        after: (el) => el.show(),
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
        'Unbedingt erforderlich (Immer aktiv)',
        'Präferenzen',
        'Statistik',
        'Marketing',
      ]);
      expect(defaults.shadowRoot!.textContent).to.contain('Speichern Ihre Einstellungen.');
      fixtureCleanup();

      resetConsent({ categories, locale: 'de' });
      const own = await notice();
      part(own, 'customize')!.click();
      await own.updateComplete;
      expect(labels(own)).to.deep.equal([
        'Strictly necessary (Immer aktiv)',
        'Analytics',
        'Marketing',
      ]);
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
      expect(dialog(el).open).to.be.false;
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
      const [necessary, analytics, marketing] = switches(el);
      expect(necessary.disabled).to.be.true;
      expect(necessary.getAttribute('aria-checked')).to.equal('true');
      expect(part(el, 'categories')!.textContent).to.contain('Always on');
      expect(analytics.getAttribute('aria-checked')).to.equal('false');
      expect(marketing.getAttribute('aria-checked')).to.equal('false');
      expect(part(el, 'categories')!.textContent).to.contain('Counts visits.');
      expect(visible(el, 'customize')).to.be.false;

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

    it('show() re-opens the notice with the current choices, and Close records nothing', async () => {
      getConsentStore().setCategories({ analytics: true, marketing: false });
      const el = await notice();
      expect(el.open).to.be.false;
      el.show('customize');
      await el.updateComplete;
      expect(dialog(el).open).to.be.true;
      expect(switches(el).map((s) => s.getAttribute('aria-checked'))).to.deep.equal([
        'true',
        'true',
        'false',
      ]);
      const changes = countChanges();
      part(el, 'close')!.click();
      await el.updateComplete;
      changes.stop();
      expect(changes.count).to.equal(0);
      expect(dialog(el).open).to.be.false;
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
      expect(dialog(el).open).to.be.true;
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
      expect(dialog(el).open).to.be.false;
      expect(dialog(el).matches(':modal')).to.be.false;
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
    it('tabs Accept → Reject → Customize → policy link order, with a visible focus ring', async () => {
      const el = await notice();
      part(el, 'policy-link')!.focus();
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'support-link'));
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'accept'));
      const ring = getComputedStyle(part(el, 'accept')!);
      expect(part(el, 'accept')!.matches(':focus-visible')).to.be.true;
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'reject'));
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'customize'));
    });

    it('Enter opens Customize, Space flips a switch, Escape leaves Customize recording nothing', async () => {
      const el = await notice();
      part(el, 'customize')!.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(part(el, 'categories')).to.not.equal(null);
      const analytics = switches(el)[1];
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
});
