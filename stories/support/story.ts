/** Building blocks shared by the element stories: the viewport frame and the Playground helpers. */
import { html, type TemplateResult } from 'lit';
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { en, type CopyKey, type CopyTable } from '../../src/copy/index.js';
import { languageTables } from './locales.js';
import { mustPart, part, text } from './dom.js';
import manifest from '../../custom-elements.json' with { type: 'json' };

export interface FrameOptions {
  /** Height of the simulated viewport, at most the story's own (default: the story's own). */
  height?: string;
  /** Width of the simulated viewport (narrow-viewport stories). */
  width?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
}

/** The story's viewport inside Storybook's padded layout (1rem on each side). */
const STORY_VIEWPORT_HEIGHT = 'calc(100vh - 2rem)';

/**
 * A simulated viewport: `transform` makes the frame the containing block of the notice's
 * `position: fixed` dialog, so the notice sits at the bottom of the frame, over the page behind it.
 * Like a browser window, the frame is never taller than the story's viewport (its content scrolls
 * inside it), and by default it is exactly as tall: the notice gets the height it would have on a
 * real page of that size, on a phone and in a docs page's story iframe alike. A modal notice
 * (`position="center"`) still goes to the top layer.
 */
export const frame = (content: unknown, o: FrameOptions = {}): TemplateResult =>
  html`<div
    class="story-frame"
    dir=${o.dir ?? 'ltr'}
    lang=${o.lang ?? 'en'}
    style="position: relative; transform: translateZ(0); box-sizing: border-box; block-size: ${
      o.height ? `min(${o.height}, ${STORY_VIEWPORT_HEIGHT})` : STORY_VIEWPORT_HEIGHT
    }; ${o.width ? `inline-size: ${o.width};` : ''} border: 1px dashed currentColor; padding: 1rem; overflow: auto;"
  >
    <p style="margin: 0 0 0.5rem; font: 600 1.25rem system-ui, sans-serif;">Example Store</p>
    <p style="margin: 0; font: 1rem/1.5 system-ui, sans-serif;">
      The page behind the notice: the notice overlays it and never shifts its layout.
    </p>
    ${content}
  </div>`;

/**
 * Where an overlay sits in its story frame: the element's `base` part and the inside of the frame
 * (its 1px border left out), both in viewport coordinates, to compare placements.
 */
export function placedInFrame(
  canvasElement: HTMLElement,
  el: Element,
): { inside: DOMRect; base: DOMRect } {
  const frameBox = canvasElement.querySelector('.story-frame')!.getBoundingClientRect();
  return {
    inside: new DOMRect(frameBox.x + 1, frameBox.y + 1, frameBox.width - 2, frameBox.height - 2),
    base: mustPart(el, 'base').getBoundingClientRect(),
  };
}

/** Whether the story runs at phone width, where the notice's phone layout applies (`max-width: 40rem`). */
export const isPhone = (): boolean => matchMedia('(max-width: 40rem)').matches;

/** Text controls for copy keys that no attribute overrides, applied through the `copy` property. */
export function copyArgTypes(keys: readonly CopyKey[]): ArgTypes {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      {
        name: key,
        control: 'text',
        description: `Copy key \`${key}\`, set through the \`copy\` property (or config \`copy\`). English default: “${en[key]}”`,
        table: { category: 'copy strings', defaultValue: { summary: en[key] } },
      },
    ]),
  );
}

/** The `copy` overrides set in the Playground's copy controls (empty strings ignored). */
export function copyFromArgs(
  args: Record<string, unknown>,
  keys: readonly CopyKey[],
): Record<string, string> {
  return Object.fromEntries(
    keys.flatMap((k) => (typeof args[k] === 'string' && args[k] ? [[k, args[k] as string]] : [])),
  );
}

/** Creates `tag` with the given attributes (empty, null and undefined values are left out). */
export function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, unknown>,
  copy: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    // A boolean control sets a boolean attribute: present when true, absent when false.
    if (value === true) el.setAttribute(name, '');
    else if (value !== undefined && value !== null && value !== '' && value !== false) {
      el.setAttribute(name, String(value));
    }
  }
  if (Object.keys(copy).length) (el as unknown as { copy: Record<string, string> }).copy = copy;
  return el;
}

/** The policy link and support contact overrides of the notice and the banner (ConsentLinkedElement). */
export const LINK_ATTRIBUTES = [
  'policy-url',
  'support-email',
  'support-url',
  'support-name',
] as const;
/** The same overrides as properties: shown in the tables, controlled through their attributes. */
export const LINK_PROPERTIES = ['policyUrl', 'supportEmail', 'supportUrl', 'supportName'] as const;

/** Shows a manifest property in the table without a control (it has an attribute twin). */
export function noControl(...names: string[]): ArgTypes {
  return Object.fromEntries(names.map((n) => [n, { control: false }]));
}

/** A long text in the given voice, for long-copy stories. */
export const LONG =
  'Datenschutzgrundverordnungskonformitätsprüfung aside, this deliberately long message checks that the copy wraps, that nothing overflows horizontally and that the buttons stay reachable when a site writes a whole paragraph (or three) where one sentence would do. ';

interface ManifestSlot {
  name: string;
  description?: string;
}

/**
 * The element's slots as table rows. Storybook keys manifest rows by name only, so the slots
 * `title` and `support` would be replaced by the parts of the same names and the default slot
 * (named '') is dropped: these rows use keys of their own (`slot: title`, `slot: (default)`).
 */
export function slotArgTypes(tag: string): ArgTypes {
  const declaration = manifest.modules
    .flatMap((m) => (m.declarations ?? []) as { tagName?: string; slots?: ManifestSlot[] }[])
    .find((d) => d.tagName === tag);
  return Object.fromEntries(
    (declaration?.slots ?? []).map((slot) => {
      const key = `slot: ${slot.name || '(default)'}`;
      return [
        key,
        { name: key, description: slot.description, control: false, table: { category: 'slots' } },
      ];
    }),
  );
}

/** The languages with a story each. */
export type BuiltInLocale = 'en' | 'de' | 'fr' | 'es';

export interface LocaleStoryOptions {
  /** The story's `parameters` in that locale. */
  parameters: Record<string, unknown>;
  render?: () => TemplateResult;
  /** The element under test, once rendered. */
  host: (canvasElement: HTMLElement) => Promise<Element>;
  /** The text each part must show, from the locale's copy table. */
  expected: (table: CopyTable, locale: BuiltInLocale) => Record<string, string>;
}

/** A story in one built-in locale whose play function checks each part reads that locale's copy. */
export function localeStory(
  locale: BuiltInLocale,
  { parameters, render, host, expected }: LocaleStoryOptions,
): StoryObj {
  return {
    name: `Locale: ${locale}`,
    parameters,
    ...(render && { render }),
    play: async ({ canvasElement }) => {
      const el = await host(canvasElement);
      for (const [name, copy] of Object.entries(expected(languageTables[locale], locale))) {
        await expect(text(part(el, name))).toBe(copy);
      }
    },
  };
}
