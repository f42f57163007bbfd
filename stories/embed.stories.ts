import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/embed/define.js';
import type { ConsentEmbed } from '../src/index.js';
import type { ConsentConfig } from '../src/store/index.js';
import { consent, store } from './support/consent.js';
import { MARKETING_WITH_SERVICES } from './support/services.js';
import { element, mustPart, part, recordChanges, text } from './support/dom.js';
import { create, frame, noControl, slotArgTypes } from './support/story.js';

/** A site whose marketing category holds the embeds' services: the shared example plus two. */
const SITE: ConsentConfig = {
  policy: { url: 'https://example.com/privacy' },
  categories: [
    { id: 'necessary', label: 'Necessary', required: true },
    {
      ...MARKETING_WITH_SERVICES,
      services: [
        ...(MARKETING_WITH_SERVICES.services ?? []),
        { id: 'vimeo', label: 'Vimeo', description: 'Talks from our conference.' },
        { id: 'spotify', label: 'Spotify', description: 'Our podcast.' },
      ],
    },
  ],
};

const ATTRIBUTES = [
  'service',
  'src',
  'title',
  'width',
  'height',
  'aspect-ratio',
  'poster',
  'host',
  'preset',
  'service-label',
  'allow',
  'referrerpolicy',
  'message',
  'load-label',
  'allow-label',
  'settings-label',
] as const;

type Args = Record<string, unknown>;

/**
 * A stand-in for a video player, given as the embed's `<template>`: the stories load it without
 * asking any vendor for anything (Storybook runs offline).
 */
function standInPlayer(label: string): HTMLTemplateElement {
  const template = document.createElement('template');
  const player = document.createElement('div');
  player.className = 'stand-in-player';
  player.style.cssText =
    'display: grid; place-items: center; background: #111; color: #fff; font: 600 1.25rem system-ui, sans-serif;';
  const play = document.createElement('button');
  play.type = 'button';
  play.style.cssText = 'font: inherit; padding: 0.5em 1em';
  play.textContent = `▶ ${label}`;
  player.append(play);
  template.content.append(player);
  return template;
}

/** The YouTube "Product tour" embed with a stand-in player as its content. */
const tourWithStandIn = () =>
  html`<consent-embed service="marketing.youtube" title="Product tour"
    >${standInPlayer('Product tour')}</consent-embed
  >`;

/** An inline poster image (nothing fetched): a calm gradient the site would replace with a still. */
const POSTER =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#3b5b8c"/><stop offset="1" stop-color="#9b4d6e"/></linearGradient></defs><rect width="16" height="9" fill="url(#g)"/></svg>',
  );

const meta = {
  title: 'Elements/Embed',
  component: 'consent-embed',
  parameters: {
    consent: { config: SITE },
    docs: {
      description: {
        component:
          'A click-to-load embed: a placeholder of the embed’s size until the visitor loads it once or allows its service. The stories load stand-in players given as `<template>` content, so nothing is requested from a vendor.',
      },
    },
  },
  render: (args: Args) =>
    create('consent-embed', Object.fromEntries(ATTRIBUTES.map((a) => [a, args[a]]))),
  argTypes: {
    ...slotArgTypes('consent-embed'),
    ...noControl(
      'aspectRatio',
      'referrerPolicy',
      'serviceLabel',
      'loadLabel',
      'allowLabel',
      'settingsLabel',
      'copy',
      'loaded',
      'locale',
    ),
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const embed = (canvasElement: HTMLElement) => element(canvasElement, 'consent-embed');
const all = (canvasElement: HTMLElement) =>
  Promise.all(
    [...canvasElement.querySelectorAll('consent-embed')].map(async (el) => {
      await el.updateComplete;
      return el;
    }),
  );

/** Every attribute as a control: a YouTube video by its usual link (loaded as youtube-nocookie.com). */
export const Playground: Story = {
  args: {
    service: 'marketing.youtube',
    src: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    title: 'Product tour',
    width: 560,
    height: 315,
    'aspect-ratio': '',
    poster: '',
    host: '',
    preset: '',
    'service-label': '',
    allow: 'fullscreen; picture-in-picture',
    referrerpolicy: 'strict-origin-when-cross-origin',
    message: '',
    'load-label': 'Load',
    'allow-label': 'Always allow {service}',
    'settings-label': 'Cookie settings',
  },
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    await expect(text(mustPart(el, 'title'))).toBe('Product tour');
    await expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
  },
};

/**
 * Before consent: what the embed is, who hosts it and that loading it lets them set cookies, with
 * **Load**, **Always allow YouTube** and **Cookie settings**. No frame, no request to the vendor.
 */
export const Placeholder: Story = {
  render: () =>
    html`<consent-embed
      service="marketing.youtube"
      src="https://www.youtube.com/embed/aqz-KE-bpKQ"
      title="Product tour"
      width="560"
      height="315"
    ></consent-embed>`,
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    await expect(text(mustPart(el, 'message'))).toBe(
      'Hosted by YouTube (Google). If you load it, YouTube (Google) can set cookies and store data on your device.',
    );
    await expect(text(mustPart(el, 'allow'))).toBe('Always allow YouTube');
    await expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
  },
};

/** A poster from the site itself behind the text (never a thumbnail fetched from the vendor). */
export const WithPoster: Story = {
  render: () =>
    html`<consent-embed
      service="marketing.youtube"
      src="https://www.youtube.com/embed/aqz-KE-bpKQ"
      title="Product tour"
      poster=${POSTER}
    ></consent-embed>`,
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    await expect(mustPart(el, 'poster').getAttribute('src')).toBe(POSTER);
  },
};

/**
 * **Load**: this embed, this time. The stand-in player takes the placeholder's place at the same
 * size; nothing is recorded, so the next visit shows the placeholder again. Focus moves into the
 * player when Load was pressed by keyboard.
 */
export const LoadOnce: Story = {
  render: () => tourWithStandIn(),
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    const before = mustPart(el, 'base').getBoundingClientRect();
    const changes = recordChanges();
    mustPart(el, 'load').focus();
    await userEvent.keyboard('{Enter}');
    changes.stop();
    await waitFor(() => expect(el.querySelector('.stand-in-player')).not.toBeNull());
    await expect(changes.events).toHaveLength(0);
    await expect(mustPart(el, 'base').getBoundingClientRect().height).toBe(before.height);
    await expect(document.activeElement).toBe(el.querySelector('.stand-in-player button'));
  },
};

/** **Always allow YouTube** records the service grant: every YouTube embed on the page loads. */
export const AlwaysAllow: Story = {
  render: () => tourWithStandIn(),
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    await userEvent.click(mustPart(el, 'allow'));
    await waitFor(() => expect(el.querySelector('.stand-in-player')).not.toBeNull());
    await expect(store().isGranted('marketing.youtube')).toBe(true);
  },
};

/** The presets: Vimeo (`dnt=1`), Google Maps and Spotify name their vendor and host. */
export const Presets: Story = {
  render: () =>
    html`<div
      style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))"
    >
      <consent-embed
        service="marketing.vimeo"
        src="https://vimeo.com/76979871"
        title="Keynote"
      ></consent-embed>
      <consent-embed
        service="marketing.maps"
        src="https://www.google.com/maps/embed?pb=!1m18"
        title="Our shop"
        aspect-ratio="4/3"
      ></consent-embed>
      <consent-embed
        service="marketing.spotify"
        src="https://open.spotify.com/episode/7makk4oTQel546B0PZlDM5"
        title="Episode 12"
        height="232"
      ></consent-embed>
    </div>`,
  play: async ({ canvasElement }) => {
    const [vimeo, maps, spotify] = await all(canvasElement);
    await expect(text(mustPart(vimeo, 'allow'))).toBe('Always allow Vimeo');
    await expect(text(mustPart(maps, 'allow'))).toBe('Always allow Google Maps');
    await expect(text(mustPart(spotify, 'message'))).toContain('Hosted by Spotify.');
    await expect(mustPart(spotify, 'base').getBoundingClientRect().height).toBe(232);
  },
};

/**
 * A page with several embeds and the cookie notice: **Always allow YouTube** on one video loads
 * both videos, not the map. **Cookie settings** opens the notice's preferences.
 */
export const SeveralEmbeds: Story = {
  parameters: consent({ config: SITE }),
  render: () =>
    frame(
      html`<consent-cookie-notice></consent-cookie-notice>
        <div style="display: grid; gap: 1rem; margin-block: 1rem">
          <consent-embed service="marketing.youtube" title="Product tour"
            >${standInPlayer('Product tour')}</consent-embed
          >
          <consent-embed service="marketing.youtube" title="Setting up"
            >${standInPlayer('Setting up')}</consent-embed
          >
          <consent-embed service="marketing.maps" title="Our shop" aspect-ratio="4/3"
            >${standInPlayer('Map')}</consent-embed
          >
        </div>`,
      { height: '60rem' },
    ),
  play: async ({ canvasElement }) => {
    const notice = await element(canvasElement, 'consent-cookie-notice');
    await userEvent.click(mustPart(notice, 'reject'));
    const [tour, setup, map] = await all(canvasElement);
    await userEvent.click(mustPart(setup, 'allow'));
    await waitFor(() => expect(tour.querySelector('.stand-in-player')).not.toBeNull());
    await expect(setup.querySelector('.stand-in-player')).not.toBeNull();
    await expect(map.querySelector('.stand-in-player')).toBeNull();
    await userEvent.click(mustPart(map, 'settings'));
    await waitFor(() => expect(part(notice, 'save')).not.toBeNull());
  },
};

/** Dark page, German, right-to-left: the placeholder follows the page like the other elements. */
export const DarkGermanAndRtl: Story = {
  render: () =>
    html`<div
      style="color-scheme: dark; background: #121212; padding: 1rem; display: grid; gap: 1rem"
    >
      <div lang="de">
        <consent-embed
          service="marketing.youtube"
          src="https://youtu.be/aqz-KE-bpKQ"
          title="Produkttour"
        ></consent-embed>
      </div>
      <div dir="rtl" lang="en">
        <consent-embed
          service="marketing.youtube"
          src="https://youtu.be/aqz-KE-bpKQ"
          title="Product tour"
        ></consent-embed>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    const [german, rtl] = (await all(canvasElement)) as ConsentEmbed[];
    await expect(text(mustPart(german, 'allow'))).toBe('YouTube immer erlauben');
    const { left, right } = mustPart(rtl, 'load').getBoundingClientRect();
    const box = mustPart(rtl, 'base').getBoundingClientRect();
    // Right to left: the first button sits at the inline start, the right-hand side.
    await expect(box.right - right).toBeLessThan(left - box.left);
  },
};

/**
 * Allowed, then withdrawn (here from script; a visitor does it in the cookie settings): the embed
 * goes, its content is taken away, and the placeholder is back.
 */
export const Withdrawn: Story = {
  render: () => tourWithStandIn(),
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    store().setService('marketing.youtube', true);
    await waitFor(() => expect(el.querySelector('.stand-in-player')).not.toBeNull());
    store().setService('marketing.youtube', false);
    await waitFor(() => expect(el.querySelector('.stand-in-player')).toBeNull());
    await expect(part(el, 'load')).not.toBeNull();
  },
};

/** Without a `service`, nothing can be recorded: **Load** only (and a console warning for the site). */
export const WithoutService: Story = {
  render: () =>
    html`<consent-embed title="Survey" host="forms.example.net" aspect-ratio="4/3"
      >${standInPlayer('Survey')}</consent-embed
    >`,
  play: async ({ canvasElement }) => {
    const el = await embed(canvasElement);
    await expect(part(el, 'allow')).toBeNull();
    await expect(text(mustPart(el, 'message'))).toContain('Hosted by forms.example.net.');
  },
};
