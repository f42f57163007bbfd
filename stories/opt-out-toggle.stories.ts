import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { en, type CopyKey } from '../src/copy/index.js';
import { allChoices, consent, decided, store } from './support/consent.js';
import { MARKETING_WITH_SERVICES } from './support/services.js';
import { element, mustPart, part, recordChanges, text } from './support/dom.js';
import {
  LONG,
  copyArgTypes,
  copyFromArgs,
  create,
  localeStory,
  noControl,
  slotArgTypes,
  type BuiltInLocale,
  type LocaleStoryOptions,
} from './support/story.js';

/** Copy keys of the toggle that no attribute of its own overrides (`label` covers both labels). */
const COPY_KEYS: CopyKey[] = ['toggle.label', 'toggle.labelAll', 'toggle.allow', 'toggle.allowAll'];

const ATTRIBUTES = [
  'category',
  'allow',
  'hide-stored-note',
  'label',
  'stored-text',
  'gpc-text',
] as const;

type Args = Record<string, unknown>;

const meta = {
  title: 'Elements/Opt-out toggle',
  component: 'consent-opt-out-toggle',
  parameters: {
    docs: {
      description: {
        component:
          '`aria-checked="true"` means opted out. Each story starts from a fresh store and cookie, given by `parameters.consent`.',
      },
    },
  },
  render: (args: Args) =>
    create(
      'consent-opt-out-toggle',
      Object.fromEntries(ATTRIBUTES.map((a) => [a, args[a]])),
      copyFromArgs(args, COPY_KEYS),
    ),
  argTypes: {
    category: {
      control: 'select',
      options: ['analytics', 'marketing', 'preferences', '*'],
      table: { category: 'attributes' },
    },
    allow: { control: 'boolean', table: { category: 'attributes' } },
    'hide-stored-note': { control: 'boolean', table: { category: 'attributes' } },
    ...copyArgTypes(COPY_KEYS),
    ...slotArgTypes('consent-opt-out-toggle'),
    ...noControl('copy', 'optedOut', 'locale'),
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const toggle = (canvasElement: HTMLElement) => element(canvasElement, 'consent-opt-out-toggle');
const checked = (el: Element) => mustPart(el, 'switch').getAttribute('aria-checked');

/** Every attribute and copy string as a control. */
export const Playground: Story = {
  args: {
    category: 'analytics',
    allow: false,
    'hide-stored-note': false,
    label: '',
    'stored-text': '',
    'gpc-text': '',
  },
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(text(part(el, 'label'))).toBe('Opt out of analytics cookies');
  },
};

/** A visitor who accepted analytics: the switch is off; flipping it opts out, then back in. */
export const OptedIn: Story = {
  parameters: consent({ record: decided(allChoices(true)) }),
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(checked(el)).toBe('false');
    await expect(el.optedOut).toBe(false);
    let changeEvents = 0;
    el.addEventListener('change', () => changeEvents++);
    const changes = recordChanges();
    await userEvent.click(mustPart(el, 'switch'));
    await waitFor(() => expect(checked(el)).toBe('true'));
    await expect(changeEvents).toBe(1);
    await expect(changes.events).toHaveLength(1);
    await expect(changes.events[0].source).toBe('toggle');
    await expect(changes.events[0].changed).toEqual(['analytics']);
    await expect(store().isGranted('analytics')).toBe(false);
    await expect(store().isGranted('marketing')).toBe(true);
    await userEvent.click(mustPart(el, 'switch'));
    await waitFor(() => expect(checked(el)).toBe('false'));
    changes.stop();
    await expect(changeEvents).toBe(2);
    await expect(store().isGranted('analytics')).toBe(true);
  },
};

/** A visitor who refused analytics: the switch is on (opted out). Space flips it back. */
export const OptedOut: Story = {
  parameters: consent({ record: decided(allChoices(false)) }),
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(checked(el)).toBe('true');
    mustPart(el, 'switch').focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(checked(el)).toBe('false'));
    await expect(store().isGranted('analytics')).toBe(true);
  },
};

/** First visit under opt-in: nothing is granted yet, so the toggle reads "opted out". */
export const FirstVisitOptIn: Story = {
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(checked(el)).toBe('true');
    await expect(store().state.decided).toBe(false);
    await expect(part(el, 'gpc')).toBeNull();
  },
};

/** `category="*"`: one switch for every optional category. */
export const AllOptionalCategories: Story = {
  parameters: consent({ record: decided(allChoices(true)) }),
  render: () => html`<consent-opt-out-toggle category="*"></consent-opt-out-toggle>`,
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(text(part(el, 'label'))).toBe('Opt out of all optional cookies');
    await userEvent.click(mustPart(el, 'switch'));
    await expect({ ...store().state.categories }).toEqual({
      necessary: true,
      ...allChoices(false),
    });
  },
};

/** `allow`: "Allow analytics cookies", on = allowed, the notice's polarity. */
export const Allow: Story = {
  parameters: consent({ record: decided(allChoices(true)) }),
  render: () => html`<consent-opt-out-toggle allow></consent-opt-out-toggle>`,
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(text(part(el, 'label'))).toBe('Allow analytics cookies');
    await expect(checked(el)).toBe('true');
    await userEvent.click(mustPart(el, 'switch'));
    await waitFor(() => expect(checked(el)).toBe('false'));
    await expect(store().isGranted('analytics')).toBe(false);
  },
};

/**
 * A service (`category="marketing.youtube"`): "Allow YouTube cookies", the service's name as
 * written; flipping it records that service alone (Marketing and its other services stay denied).
 */
export const Service: Story = {
  parameters: consent({
    config: {
      categories: [
        { id: 'necessary', label: 'Strictly necessary', required: true },
        MARKETING_WITH_SERVICES,
      ],
    },
  }),
  render: () =>
    html`<consent-opt-out-toggle category="marketing.youtube" allow></consent-opt-out-toggle>`,
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(text(part(el, 'label'))).toBe('Allow YouTube cookies');
    await expect(checked(el)).toBe('false');
    await userEvent.click(mustPart(el, 'switch'));
    await waitFor(() => expect(checked(el)).toBe('true'));
    await expect(
      ['marketing', 'marketing.youtube', 'marketing.maps'].map(store().isGranted),
    ).toEqual([false, true, false]);
  },
};

/** A group of toggles says "stored in a cookie" once: `hide-stored-note` on all but the last. */
export const GroupWithOneStoredNote: Story = {
  render: () =>
    html`<consent-opt-out-toggle
        category="analytics"
        allow
        hide-stored-note
      ></consent-opt-out-toggle>
      <consent-opt-out-toggle category="marketing" allow></consent-opt-out-toggle>`,
  play: async ({ canvasElement }) => {
    const [first, last] = canvasElement.querySelectorAll('consent-opt-out-toggle');
    await waitFor(() => expect(part(last, 'stored')).not.toBeNull());
    await expect(part(first, 'stored')).toBeNull();
    await expect(text(part(last, 'label'))).toBe('Allow marketing cookies');
  },
};

/** A category the config does not know: a warning naming the known ones, and an inactive switch. */
export const UnknownCategory: Story = {
  render: () => html`<consent-opt-out-toggle category="analytcs"></consent-opt-out-toggle>`,
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    const s = mustPart(el, 'switch');
    await expect(s.getAttribute('aria-disabled')).toBe('true');
    const before = checked(el);
    await userEvent.click(s);
    await expect(checked(el)).toBe(before);
    await expect(store().state.decided).toBe(false);
  },
};

/** Opt-out regime: granted until the visitor opts out. */
export const OptOutRegime: Story = {
  parameters: consent({ config: { regime: 'opt-out' } }),
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(checked(el)).toBe('false');
    await expect(part(el, 'gpc')).toBeNull();
  },
};

/** The browser sends Global Privacy Control: it counts as opting out, and the toggle says so. */
export const GpcHonoured: Story = {
  name: 'GPC honoured',
  parameters: consent({ config: { regime: 'opt-out' }, gpc: true }),
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    await expect(checked(el)).toBe('true');
    await expect(text(part(el, 'gpc'))).toBe(en['toggle.gpc']);
    await expect(text(part(el, 'stored'))).toBe(en['toggle.stored']);
  },
};

const inLocale = (locale: BuiltInLocale): LocaleStoryOptions => ({
  parameters: consent({ config: { locale, regime: 'opt-out' }, gpc: true }),
  render: () => html`<consent-opt-out-toggle category="*"></consent-opt-out-toggle>`,
  host: toggle,
  expected: (table) => ({
    label: table['toggle.labelAll'],
    stored: table['toggle.stored'],
    gpc: table['toggle.gpc'],
  }),
});

export const LocaleEn: Story = localeStory('en', inLocale('en'));
export const LocaleDe: Story = localeStory('de', inLocale('de'));
export const LocaleFr: Story = localeStory('fr', inLocale('fr'));
export const LocaleEs: Story = localeStory('es', inLocale('es'));

/** Right-to-left: the switch sits on the inline start (right). */
export const RightToLeft: Story = {
  name: 'RTL',
  parameters: consent({
    config: { copy: { 'toggle.label': 'إلغاء الاشتراك في ملفات {category}' } },
  }),
  render: () =>
    html`<div dir="rtl" lang="ar"><consent-opt-out-toggle></consent-opt-out-toggle></div>`,
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    const sw = mustPart(el, 'switch').getBoundingClientRect();
    const label = mustPart(el, 'label').getBoundingClientRect();
    await expect(sw.left).toBeGreaterThan(label.left);
  },
};

/** Long label and texts wrap; nothing overflows. */
export const LongCopy: Story = {
  args: { label: `Opt out of {category} cookies. ${LONG}`, 'stored-text': LONG.repeat(2) },
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    const base = mustPart(el, 'base');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  },
};

/** In a 320 px column. */
export const NarrowViewport: Story = {
  parameters: consent({ config: { regime: 'opt-out' }, gpc: true }),
  render: () =>
    html`<div style="inline-size: 320px"><consent-opt-out-toggle></consent-opt-out-toggle></div>`,
  play: async ({ canvasElement }) => {
    const el = await toggle(canvasElement);
    const base = mustPart(el, 'base');
    await expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  },
};
