import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { formatDate } from '../src/copy/dates.js';
import { en, interpolate, type CopyKey } from '../src/copy/index.js';
import {
  allChoices,
  consent,
  decided,
  isoInDays,
  store,
  type ConsentParameters,
} from './support/consent.js';
import { element, mustPart, part, recordChanges, text } from './support/dom.js';
import {
  LINK_ATTRIBUTES,
  frame,
  placedInFrame,
  LINK_PROPERTIES,
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

/** Copy keys of the banner that no attribute overrides on its own (`message` replaces all four messages). */
const COPY_KEYS: CopyKey[] = [
  'banner.label',
  'banner.upcoming',
  'banner.upcoming.one',
  'banner.updated',
  'banner.updatedUndated',
];

const ATTRIBUTES = [
  'position',
  'message',
  'acknowledge-label',
  'policy-label',
  'support-text',
  'policy-version',
  'effective-date',
  'notice-days',
  ...LINK_ATTRIBUTES,
] as const;

type Args = Record<string, unknown>;

const NEW = '2026-12';
const OLD = '2026-06';

/** A returning visitor who consented under the previous policy, and a policy change `inDays` away. */
function policyChange(inDays: number, extra: ConsentParameters = {}): ConsentParameters {
  return {
    config: {
      policy: {
        version: NEW,
        url: 'https://example.com/privacy',
        effectiveDate: isoInDays(inDays),
      },
      support: { email: 'privacy@example.com' },
      ...extra.config,
    },
    record: decided(allChoices(false), { policyVersion: OLD, daysAgo: 60 }),
    ...(extra.gpc ? { gpc: true } : {}),
  };
}

const meta = {
  title: 'Elements/Policy banner',
  component: 'consent-policy-banner',
  parameters: {
    consent: policyChange(10),
    docs: {
      description: {
        component:
          'Shown to returning visitors from `effectiveDate - noticeDays` until they acknowledge the version. Stories store a decision made under the previous policy version (`parameters.consent.record`); dates are relative to today.',
      },
      story: { iframeHeight: 220 },
    },
  },
  render: (args: Args) =>
    create(
      'consent-policy-banner',
      Object.fromEntries(ATTRIBUTES.map((a) => [a, args[a]])),
      copyFromArgs(args, COPY_KEYS),
    ),
  argTypes: {
    position: {
      control: 'inline-radio',
      options: ['bottom', 'top', 'inline'],
      table: { category: 'attributes' },
    },
    'notice-days': { control: { type: 'number', min: 0, max: 365 } },
    'effective-date': { control: 'text' },
    ...copyArgTypes(COPY_KEYS),
    ...slotArgTypes('consent-policy-banner'),
    ...noControl(
      'policyVersion',
      'effectiveDate',
      'noticeDays',
      ...LINK_PROPERTIES,
      'copy',
      'notice',
      'locale',
    ),
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const banner = (canvasElement: HTMLElement) => element(canvasElement, 'consent-policy-banner');

/** Every attribute and copy string as a control. */
export const Playground: Story = {
  args: {
    position: 'bottom',
    message: '',
    'acknowledge-label': 'Got it',
    'policy-label': 'Privacy policy',
    'support-text': 'Questions? Contact {contact}.',
    'policy-version': NEW,
    'effective-date': isoInDays(10),
    'notice-days': 30,
    'policy-url': 'https://example.com/privacy',
    'support-email': 'privacy@example.com',
    'support-url': '',
    'support-name': '',
  },
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    await expect(part(el, 'base')).not.toBeNull();
  },
};

/**
 * Policy change upcoming, 10 days ahead: announced (30 days ahead by default) with the date and
 * the day count. **Got it** acknowledges the version for good: the banner goes, announced once.
 */
export const PolicyChangeUpcoming: Story = {
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    const date = formatDate(isoInDays(10), 'en');
    await expect(text(part(el, 'message'))).toBe(
      interpolate(en['banner.upcoming'], { date, days: 10 }),
    );
    await expect(mustPart(el, 'base').getAttribute('aria-label')).toBe('Privacy policy update');
    const changes = recordChanges();
    await userEvent.click(mustPart(el, 'acknowledge'));
    changes.stop();
    await waitFor(() => expect(part(el, 'base')).toBeNull());
    await expect(changes.events).toHaveLength(1);
    await expect(changes.events[0].source).toBe('banner');
    await expect(changes.events[0].changed).toContain('policy');
    await expect(store().state.record?.acknowledgedPolicy).toBe(NEW);
    await expect(store().state.policyNotice).toBeNull();
  },
};

/** One day left: the plural rules pick "day". */
export const OneDayLeft: Story = {
  parameters: consent(policyChange(1)),
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    await expect(text(part(el, 'message'))).toMatch(/\(in 1 day\)\.$/);
  },
};

/** Policy change in force (3 days ago): "We updated our privacy policy on …". */
export const PolicyChangeInForce: Story = {
  parameters: consent(policyChange(-3)),
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    const date = formatDate(isoInDays(-3), 'en');
    await expect(text(part(el, 'message'))).toBe(`We updated our privacy policy on ${date}.`);
    // Not material: the earlier decision still counts.
    await expect(store().state.decided).toBe(true);
  },
};

/** 40 days ahead with the default 30 days' notice: not announced yet. */
export const NotAnnouncedYet: Story = {
  parameters: consent(policyChange(40)),
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    await expect(el.notice).toBeNull();
    await expect(part(el, 'base')).toBeNull();
  },
};

/** A first-time visitor never sees the banner: there is nothing of theirs to change. */
export const FirstVisitNoBanner: Story = {
  parameters: consent({ ...policyChange(10), record: null }),
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    await expect(part(el, 'base')).toBeNull();
  },
};

/** The opt-out regime announces policy changes the same way. */
export const OptOutRegime: Story = {
  parameters: consent(policyChange(5, { config: { regime: 'opt-out' } })),
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    await expect(text(part(el, 'message'))).toMatch(/\(in 5 days\)\.$/);
  },
};

const inLocale = (locale: BuiltInLocale): LocaleStoryOptions => {
  const base = policyChange(12);
  return {
    parameters: consent({ ...base, config: { ...base.config, locale } }),
    host: banner,
    expected: (table) => ({
      message: interpolate(table['banner.upcoming'], {
        date: formatDate(isoInDays(12), locale),
        days: 12,
      }),
      acknowledge: table['banner.acknowledge'],
    }),
  };
};

export const LocaleEn: Story = localeStory('en', inLocale('en'));
export const LocaleDe: Story = localeStory('de', inLocale('de'));
export const LocaleFr: Story = localeStory('fr', inLocale('fr'));
export const LocaleEs: Story = localeStory('es', inLocale('es'));

/** Right-to-left: the button moves to the inline end (left). */
export const RightToLeft: Story = {
  name: 'RTL',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <consent-policy-banner acknowledge-label="فهمت"></consent-policy-banner>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    await expect(getComputedStyle(mustPart(el, 'base')).direction).toBe('rtl');
    const button = mustPart(el, 'acknowledge').getBoundingClientRect();
    const message = mustPart(el, 'message').getBoundingClientRect();
    // Beside the message, on its left; or, where the row wraps (a phone), below it from the right.
    if (button.top >= message.bottom) await expect(button.right).toBeCloseTo(message.right, 0);
    else await expect(button.left).toBeLessThan(message.left);
  },
};

/** A long message wraps; the button stays reachable. */
export const LongCopy: Story = {
  args: { message: LONG.repeat(2), 'acknowledge-label': 'I have read and understood the change' },
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    const base = mustPart(el, 'base');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    await expect(text(part(el, 'message'))).toBe(LONG.repeat(2).trim());
  },
};

/** `position="top"`: fixed over the top edge of the viewport (here, the frame). */
export const Top: Story = {
  render: () => frame(html`<consent-policy-banner position="top"></consent-policy-banner>`),
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    const { inside, base } = placedInFrame(canvasElement, el);
    await expect(base.top).toBeCloseTo(inside.top, 0);
    await expect(base.width).toBeCloseTo(inside.width, 0);
  },
};

/** `position="inline"`: in the page flow where it stands, between two paragraphs. */
export const Inline: Story = {
  render: () =>
    html`<p id="before">Before the banner.</p>
      <consent-policy-banner position="inline"></consent-policy-banner>
      <p id="after">After the banner.</p>`,
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    const base = mustPart(el, 'base').getBoundingClientRect();
    const before = canvasElement.querySelector('#before')!.getBoundingClientRect();
    const after = canvasElement.querySelector('#after')!.getBoundingClientRect();
    await expect(base.top).toBeGreaterThanOrEqual(before.bottom);
    await expect(after.top).toBeGreaterThanOrEqual(base.bottom);
  },
};

/** Inline in a 320 px column: the button drops below the message. */
export const NarrowViewport: Story = {
  render: () =>
    html`<div style="inline-size: 320px">
      <consent-policy-banner position="inline"></consent-policy-banner>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = await banner(canvasElement);
    const base = mustPart(el, 'base');
    await expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const button = mustPart(el, 'acknowledge').getBoundingClientRect();
    const message = mustPart(el, 'message').getBoundingClientRect();
    await expect(button.top).toBeGreaterThan(message.bottom - 1);
  },
};
