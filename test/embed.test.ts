import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/components/embed/define.js';
import '../stories/support/locales.js';
import { ConsentEmbed } from '../src/index.js';
import type { ConsentConfig } from '../src/store/index.js';
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

/** A site with a marketing category of two services, as the embeds use them. */
const SITE: ConsentConfig = {
  categories: [
    { id: 'necessary', label: 'Necessary', required: true },
    {
      id: 'marketing',
      label: 'Marketing',
      services: [
        { id: 'youtube', label: 'YouTube', hosts: ['www.youtube-nocookie.com'] },
        { id: 'maps', label: 'Google Maps', hosts: ['www.google.com'] },
      ],
    },
  ],
};

/** A same-origin stand-in for the vendor: a test never reaches a real embed host. */
const STAND_IN = `${location.origin}/__embed-stand-in__/video`;

/** A YouTube embed of 400 × 225 (the page is 414 px wide). */
const video = () =>
  fixture<ConsentEmbed>(
    html`<consent-embed
      service="marketing.youtube"
      src=${STAND_IN}
      title="Product tour"
      width="400"
      height="225"
    ></consent-embed>`,
  );

const frame = (el: ConsentEmbed) => el.shadowRoot!.querySelector('iframe');
const grant = (id: string, granted: boolean) => getConsentStore().setService(id, granted);

/** A YouTube embed whose content is a <template> with a post and a link. */
const postEmbed = () =>
  fixture<ConsentEmbed>(
    html`<consent-embed service="marketing.youtube">
      <template
        ><p class="post">A post <a href="#x">link</a></p></template
      >
    </consent-embed>`,
  );

beforeEach(() => resetConsent(SITE));
afterEach(() => fixtureCleanup());

describe('<consent-embed>', () => {
  describe('accessibility', () => {
    it('passes axe as a placeholder, light and dark', async () => {
      const el = await video();
      await expect(el).to.be.accessible();
      el.style.setProperty('--consent-color-scheme', 'dark');
      await expect(el).to.be.accessible();
    });

    it('passes axe once loaded, the frame named by the title', async () => {
      const el = await video();
      part(el, 'load')!.click();
      await el.updateComplete;
      expect(frame(el)!.title).to.equal('Product tour');
      await expect(el).to.be.accessible();
    });

    it('groups the placeholder under its title, with real buttons', async () => {
      const el = await video();
      const group = part(el, 'placeholder')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(
        el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim(),
      ).to.equal('Product tour');
      for (const name of ['load', 'allow', 'settings'])
        expect(part(el, name)!.tagName, name).to.equal('BUTTON');
    });
  });

  describe('placeholder (before consent)', () => {
    it('says what the embed is, who hosts it and that loading it sets cookies', async () => {
      const el = await video();
      expect(text(el, 'title')).to.equal('Product tour');
      expect(text(el, 'message')).to.equal(
        'Hosted by YouTube (Google). If you load it, YouTube (Google) can set cookies and store data on your device.',
      );
      expect(text(el, 'load')).to.equal('Load');
      expect(text(el, 'allow')).to.equal('Always allow YouTube');
      expect(text(el, 'settings')).to.equal('Cookie settings');
    });

    it('requests nothing from the embed host: no frame at all', async () => {
      const el = await video();
      expect(frame(el)).to.equal(null);
      expect(el.loaded).to.equal(false);
    });

    it('without a title, names the service', async () => {
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed service="marketing.maps" src=${STAND_IN}></consent-embed>`,
      );
      expect(text(el, 'title')).to.equal('Content from Google Maps');
      part(el, 'load')!.click();
      await el.updateComplete;
      expect(frame(el)!.title).to.equal('Content from Google Maps');
    });

    it('a preset that names no host of its own is hosted by its vendor (Vimeo)', async () => {
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed service="marketing.vimeo" src=${STAND_IN}></consent-embed>`,
      );
      expect(text(el, 'message')).to.contain('Hosted by Vimeo.');
      expect(text(el, 'allow')).to.equal('Always allow Vimeo');
    });

    it('without a preset, names the host of the URL', async () => {
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed
          service="marketing.forms"
          src="https://forms.example.net/f/1"
        ></consent-embed>`,
      );
      expect(text(el, 'message')).to.contain('Hosted by forms.example.net.');
      expect(text(el, 'allow')).to.equal('Always allow forms');
    });

    it('shows the site’s poster image (its own URL or inline data) behind the text, and only a safe one', async () => {
      const el = await video();
      el.poster = '/posters/tour.jpg';
      await el.updateComplete;
      expect(part(el, 'poster')!.getAttribute('src')).to.equal('/posters/tour.jpg');
      expect(part(el, 'poster')!.getAttribute('alt')).to.equal('');
      el.poster = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E';
      await el.updateComplete;
      expect(part(el, 'poster')!.getAttribute('src')).to.match(/^data:image\/svg\+xml,/);
      el.poster = 'javascript:alert(1)';
      await el.updateComplete;
      expect(part(el, 'poster')).to.equal(null);
    });

    it('shows an inline poster with spaces around it (the browser reads it)', async () => {
      const el = await video();
      el.poster =
        ' data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="2" height="1"/%3E ';
      await el.updateComplete;
      const poster = part(el, 'poster') as HTMLImageElement;
      await poster.decode();
      expect(poster.naturalWidth).to.equal(2);
    });

    it('speaks the page language', async () => {
      document.documentElement.lang = 'de';
      try {
        const el = await video();
        expect(text(el, 'allow')).to.equal('YouTube immer erlauben');
        expect(text(el, 'load')).to.equal('Laden');
      } finally {
        document.documentElement.lang = '';
      }
    });

    it('without a service, offers Load only, and says why in a warning', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await fixture<ConsentEmbed>(html`<consent-embed src=${STAND_IN}></consent-embed>`);
      expect(part(el, 'allow')).to.equal(null);
      expect(part(el, 'load')).not.to.equal(null);
      expect(warn.mock.calls.flat().join(' ')).to.contain('has no service');
      warn.mockRestore();
    });

    it('a src that is not http(s) loads nothing and warns, never throws', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed service="marketing.youtube" src="javascript:alert(1)"></consent-embed>`,
      );
      part(el, 'load')!.click();
      await el.updateComplete;
      expect(frame(el)).to.equal(null);
      expect(warn.mock.calls.flat().join(' ')).to.contain('is not an http(s) URL');
      warn.mockRestore();
    });

    it('keeps hostile copy as text', async () => {
      const el = await video();
      el.title = hostileCopy('embedTitleRan');
      el.copy = { 'embed.notice': hostileCopy('embedNoticeRan') };
      await el.updateComplete;
      await expectHostileCopyInert(el, 'embedTitleRan');
      await expectHostileCopyInert(el, 'embedNoticeRan');
    });
  });

  describe('size', () => {
    it('keeps the embed’s box from placeholder to embed (width and height)', async () => {
      const el = await video();
      const before = part(el, 'base')!.getBoundingClientRect();
      expect(before.width).to.equal(400);
      expect(before.height).to.equal(225);
      part(el, 'load')!.click();
      await el.updateComplete;
      const after = part(el, 'base')!.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      expect(frame(el)!.getBoundingClientRect().height).to.equal(225);
    });

    it('keeps the ratio in a narrower container, and 16 / 9 by default', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <consent-embed
            service="marketing.youtube"
            src=${STAND_IN}
            width="640"
            height="480"
          ></consent-embed>
          <consent-embed service="marketing.youtube" src=${STAND_IN}></consent-embed>
          <consent-embed
            service="marketing.youtube"
            src=${STAND_IN}
            aspect-ratio="1/1"
          ></consent-embed>
        </div>`,
      );
      const boxes = [...wrap.querySelectorAll('consent-embed')];
      await Promise.all(boxes.map((e) => e.updateComplete));
      const sizes = boxes.map((e) => part(e, 'base')!.getBoundingClientRect());
      expect(sizes.map((s) => [s.width, Math.round(s.height)])).to.deep.equal([
        [320, 240],
        [320, 180],
        [320, 320],
      ]);
    });

    it('does not grow with long copy: the placeholder scrolls inside the box', async () => {
      const el = await video();
      el.message = 'A long explanation. '.repeat(60);
      await el.updateComplete;
      expect(part(el, 'base')!.getBoundingClientRect().height).to.equal(225);
    });
  });

  describe('Load (this embed, this time)', () => {
    it('loads the frame with title, allow and referrerpolicy passed through', async () => {
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed
          service="marketing.youtube"
          src=${STAND_IN}
          title="Product tour"
          allow="fullscreen; picture-in-picture"
          referrerpolicy="no-referrer"
        ></consent-embed>`,
      );
      part(el, 'load')!.click();
      await el.updateComplete;
      const f = frame(el)!;
      expect(f.getAttribute('src')).to.equal(STAND_IN);
      expect(f.getAttribute('title')).to.equal('Product tour');
      expect(f.getAttribute('allow')).to.equal('fullscreen; picture-in-picture');
      expect(f.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(part(el, 'placeholder')).to.equal(null);
    });

    it('records nothing, and loads only that embed', async () => {
      const changes = countChanges();
      const [first, second] = await Promise.all([video(), video()]);
      part(first, 'load')!.click();
      await first.updateComplete;
      changes.stop();
      expect(frame(first)).not.to.equal(null);
      expect(frame(second)).to.equal(null);
      expect(changes.count).to.equal(0);
      expect(document.cookie).not.to.contain('consent=');
      expect(getConsentStore().isGranted('marketing.youtube')).to.equal(false);
    });

    it('by keyboard, moves focus into the loaded frame', async () => {
      const el = await video();
      part(el, 'load')!.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(frame(el));
    });

    it('by pointer, leaves focus where the visitor put it', async () => {
      const el = await video();
      await userEvent.click(part(el, 'load')!);
      await el.updateComplete;
      expect(frame(el)).not.to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });

  describe('Always allow {service}', () => {
    it('records the service grant, and every embed of the service loads', async () => {
      const [first, second] = await Promise.all([video(), video()]);
      const map = await fixture<ConsentEmbed>(
        html`<consent-embed service="marketing.maps" src=${STAND_IN}></consent-embed>`,
      );
      part(first, 'allow')!.click();
      await Promise.all([first.updateComplete, second.updateComplete, map.updateComplete]);
      expect(getConsentStore().isGranted('marketing.youtube')).to.equal(true);
      expect(getConsentStore().state.record?.source).to.equal('embed');
      expect(frame(first)).not.to.equal(null);
      expect(frame(second)).not.to.equal(null);
      expect(frame(map)).to.equal(null);
    });

    it('a granted category grants its services: Accept all loads the embed', async () => {
      const el = await video();
      getConsentStore().acceptAll();
      await el.updateComplete;
      expect(frame(el)).not.to.equal(null);
    });

    it('a granted service loads at once', async () => {
      grant('marketing.youtube', true);
      const el = await video();
      expect(frame(el)).not.to.equal(null);
    });

    it('a withdrawal also takes away an embed loaded "this time" before the grant', async () => {
      const el = await video();
      part(el, 'load')!.click();
      await el.updateComplete;
      grant('marketing.youtube', true);
      await el.updateComplete;
      grant('marketing.youtube', false);
      await el.updateComplete;
      expect(frame(el)).to.equal(null);
      expect(el.loaded).to.equal(false);
    });

    it('a withdrawn service puts the placeholder back and removes the frame', async () => {
      grant('marketing.youtube', true);
      const el = await video();
      const loaded = frame(el)!;
      grant('marketing.youtube', false);
      await el.updateComplete;
      expect(loaded.isConnected).to.equal(false);
      expect(frame(el)).to.equal(null);
      expect(part(el, 'load')).not.to.equal(null);
    });
  });

  describe('Cookie settings', () => {
    it('opens the notice’s preferences', async () => {
      getConsentStore().rejectAll();
      const [notice, el] = await Promise.all([
        fixture(html`<consent-cookie-notice></consent-cookie-notice>`),
        video(),
      ]);
      expect(part(notice, 'save')).to.equal(null);
      part(el, 'settings')!.click();
      await (notice as ConsentEmbed).updateComplete;
      expect(part(notice, 'save')).not.to.equal(null);
    });
  });

  describe('content given by the site', () => {
    it('a <template> is put in place by Load, in the light DOM', async () => {
      const el = await postEmbed();
      expect(el.querySelector('.post')).to.equal(null);
      part(el, 'load')!.click();
      await el.updateComplete;
      expect(
        el.querySelector(':scope > [data-consent-embed-content] > .post')!.checkVisibility(),
      ).to.equal(true);
    });

    it('a <template>’s copy stays in place through later updates (nothing in it reloads)', async () => {
      const el = await postEmbed();
      part(el, 'load')!.click();
      await el.updateComplete;
      const post = el.querySelector('.post');
      el.message = 'Another message';
      el.requestUpdate();
      await el.updateComplete;
      expect(el.querySelector('.post')).to.equal(post);
      expect(el.querySelectorAll('[data-consent-embed-content]').length).to.equal(1);
    });

    /**
     * A map embed wrapping an `<iframe data-src>`, and that frame: clicking `action` (Load or
     * Always allow) gives the frame its src and shows it; before, it has none and is hidden.
     */
    async function loadFrameBy(action: 'load' | 'allow') {
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed service="marketing.maps" title="Our office">
          <iframe data-src=${STAND_IN} title="Our office"></iframe>
        </consent-embed>`,
      );
      const original = el.querySelector('iframe')!;
      expect(original.hasAttribute('src')).to.equal(false);
      expect(original.checkVisibility()).to.equal(false);
      part(el, action)!.click();
      await el.updateComplete;
      expect(original.getAttribute('src')).to.equal(STAND_IN);
      expect(original.checkVisibility()).to.equal(true);
      return { el, original };
    }

    it('an <iframe data-src> stays hidden without src until Load', () => loadFrameBy('load'));

    it('a <template> is put in place on load and taken away when withdrawn', async () => {
      grant('marketing.youtube', false);
      const el = await postEmbed();
      expect(el.querySelector('.post')).to.equal(null);
      part(el, 'allow')!.click();
      await el.updateComplete;
      expect(el.querySelector('.post')!.checkVisibility()).to.equal(true);
      grant('marketing.youtube', false);
      await el.updateComplete;
      expect(el.querySelector('.post')).to.equal(null);
    });

    it('an <iframe data-src> gets its src on load, and a fresh frame when withdrawn', async () => {
      const { el, original } = await loadFrameBy('allow');
      grant('marketing.maps', false);
      await el.updateComplete;
      expect(original.isConnected).to.equal(false);
      expect(el.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    });

    it('by keyboard, focus goes to the first focusable element of the content', async () => {
      const el = await fixture<ConsentEmbed>(
        html`<consent-embed service="marketing.youtube">
          <template
            ><p>A post <a href="#x">link</a></p></template
          >
        </consent-embed>`,
      );
      part(el, 'load')!.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.querySelector('a'));
    });
  });

  describe('copy', () => {
    const copyCases: CopyAttributeCase<ConsentEmbed>[] = [
      {
        key: 'embed.notice',
        attr: 'message',
        part: 'message',
        value: 'Loads from {host}.',
        shown: 'Loads from YouTube.',
        fallback:
          'Hosted by YouTube. If you load it, YouTube can set cookies and store data on your device.',
        before: () => {},
        after: (el) => (el.host = 'YouTube'),
      },
      { key: 'embed.load', attr: 'load-label', part: 'load', value: 'Play', fallback: 'Load' },
      {
        key: 'embed.allow',
        attr: 'allow-label',
        part: 'allow',
        value: 'Allow {service} videos',
        shown: 'Allow YouTube videos',
        fallback: 'Always allow YouTube',
        after: (el) => (el.service = 'marketing.youtube'),
      },
      {
        key: 'embed.settings',
        attr: 'settings-label',
        part: 'settings',
        value: 'Privacy choices',
        fallback: 'Cookie settings',
      },
    ];
    itCopyAttributes('consent-embed', ConsentEmbed, copyCases);
  });
});
