import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CopyKey } from '../src/copy/index.js';
import { readCookieValues } from '../src/core/cookie-string.js';
import { parseConsentCookie } from '../src/store/index.js';
import { allChoices, consent, decided, isoInDays, store } from './support/consent.js';
import { element, mustPart, part, parts, recordChanges, text, visible } from './support/dom.js';
import {
  LINK_ATTRIBUTES,
  LINK_PROPERTIES,
  LONG,
  copyArgTypes,
  copyFromArgs,
  create,
  localeStory,
  frame,
  placedInFrame,
  isPhone,
  noControl,
  slotArgTypes,
  type FrameOptions,
  type BuiltInLocale,
  type LocaleStoryOptions,
} from './support/story.js';
import { MARKETING_WITH_SERVICES } from './support/services.js';

/** Copy keys of the notice that no attribute overrides: the Playground sets them through `copy`. */
const COPY_KEYS: CopyKey[] = [
  'notice.usage',
  'notice.usageOptOut',
  'notice.ok',
  'notice.optOut',
  'notice.categories',
  'notice.alwaysOn',
];

const ATTRIBUTES = [
  'position',
  'layout',
  'heading',
  'message',
  'accept-label',
  'reject-label',
  'customize-label',
  'save-label',
  'close-label',
  'policy-label',
  'support-text',
  ...LINK_ATTRIBUTES,
] as const;

type Args = Record<string, unknown>;

const rtl: FrameOptions = { dir: 'rtl', lang: 'ar' };

/** Site config used by most stories: a policy link and a support contact, as a real site has. */
const SITE = {
  policy: { url: 'https://example.com/privacy', version: '2026-06' },
  support: { email: 'privacy@example.com' },
};

const meta = {
  title: 'Elements/Cookie notice',
  component: 'consent-cookie-notice',
  parameters: {
    consent: { config: SITE },
    docs: {
      description: {
        component:
          'Shows itself while no valid decision exists. Every story starts from a fresh store and no cookie (`parameters.consent`), so each one shows a known state.',
      },
    },
  },
  render: (args: Args) =>
    frame(
      create(
        'consent-cookie-notice',
        Object.fromEntries(ATTRIBUTES.map((a) => [a, args[a]])),
        copyFromArgs(args, COPY_KEYS),
      ),
    ),
  argTypes: {
    position: {
      control: 'select',
      options: ['bottom', 'top', 'center', 'bottom-start', 'bottom-end', 'top-start', 'top-end'],
      table: { category: 'attributes' },
    },
    layout: {
      control: 'inline-radio',
      options: ['box', 'bar'],
      table: { category: 'attributes' },
    },
    ...copyArgTypes(COPY_KEYS),
    ...slotArgTypes('consent-cookie-notice'),
    ...noControl(...LINK_PROPERTIES, 'copy', 'open', 'locale'),
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function notice(canvasElement: HTMLElement) {
  return element(canvasElement, 'consent-cookie-notice');
}

/** Every attribute and every copy string as a control. */
export const Playground: Story = {
  args: {
    position: 'bottom',
    layout: 'box',
    heading: 'We use cookies',
    message: '',
    'accept-label': 'Accept all',
    'reject-label': 'Reject all',
    'customize-label': 'Customize',
    'save-label': 'Save choices',
    'close-label': 'Close',
    'policy-label': 'Privacy policy',
    'support-text': 'Questions? Contact {contact}.',
    'policy-url': 'https://example.com/privacy',
    'support-email': 'privacy@example.com',
    'support-url': '',
    'support-name': '',
  },
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(text(part(el, 'title'))).toBe('We use cookies');
    await expect(mustPart(el, 'support-link').getAttribute('href')).toBe(
      'mailto:privacy@example.com',
    );
  },
};

/** First visit, opt-in: nothing is granted; Accept all and Reject all carry equal weight. */
export const FirstVisit: Story = {
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(el.open).toBe(true);
    await expect(visible(el, 'base')).toBe(true);
    await expect({ ...store().state.categories }).toEqual({
      necessary: true,
      ...allChoices(false),
    });
    const accept = mustPart(el, 'accept');
    const reject = mustPart(el, 'reject');
    const a = getComputedStyle(accept);
    const r = getComputedStyle(reject);
    for (const p of ['background-color', 'color', 'font-size', 'font-weight', 'border-top-width']) {
      await expect(r.getPropertyValue(p), `Reject's ${p}`).toBe(a.getPropertyValue(p));
    }
    await expect(reject.offsetHeight).toBe(accept.offsetHeight);
    await expect(document.cookie).not.toMatch(/(^|; )consent=/);
  },
};

/** Accept all records one decision, in the cookie, announced once with `source: 'notice'`. */
export const AcceptAll: Story = {
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const changes = recordChanges();
    await userEvent.click(mustPart(el, 'accept'));
    changes.stop();
    await expect(changes.events).toHaveLength(1);
    await expect(changes.events[0].source).toBe('notice');
    await expect(store().state.decided).toBe(true);
    await expect({ ...store().state.categories }).toEqual({ necessary: true, ...allChoices(true) });
    const [cookie] = readCookieValues(document.cookie, 'consent');
    await expect(parseConsentCookie(cookie)?.choices).toEqual(allChoices(true));
    await waitFor(() => expect(visible(el, 'base')).toBe(false));
  },
};

/** Reject all is remembered like a consent: a cookie with every optional category denied. */
export const RejectAll: Story = {
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await userEvent.click(mustPart(el, 'reject'));
    await expect(store().state.decided).toBe(true);
    const [cookie] = readCookieValues(document.cookie, 'consent');
    await expect(parseConsentCookie(cookie)?.choices).toEqual(allChoices(false));
    await waitFor(() => expect(visible(el, 'base')).toBe(false));
  },
};

/**
 * Customize opens the preferences: a modal dialog with a header (title, ×), one row per category
 * (none pre-ticked; the required one says "Always on", once), descriptions that expand, and Accept
 * all, Reject all and Save choices at equal weight.
 */
export const PreferencesDialog: Story = {
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await userEvent.click(mustPart(el, 'customize'));
    await waitFor(() => expect(part(el, 'preferences')).not.toBeNull());
    await expect(mustPart(el, 'preferences').matches(':modal')).toBe(true);
    await expect(mustPart(el, 'close').getAttribute('aria-label')).toBe('Close');
    const switches = parts(el, 'switch');
    await expect(switches).toHaveLength(3);
    for (const s of switches) await expect(s.getAttribute('aria-checked')).toBe('false');
    await expect(text(part(el, 'always-on'))).toBe('Always on');
    await expect(text(part(el, 'preferences')).split('Always on')).toHaveLength(2);
    const [description] = parts(el, 'description');
    await expect(description.checkVisibility()).toBe(false);
    await userEvent.click(parts(el, 'label')[0]);
    await waitFor(() => expect(description.checkVisibility()).toBe(true));
    await expect(store().state.decided).toBe(false);
  },
};

/** × leaves the preferences without recording anything; focus goes back to Customize. */
export const PreferencesClosed: Story = {
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const changes = recordChanges();
    await userEvent.click(mustPart(el, 'customize'));
    await waitFor(() => expect(part(el, 'close')).not.toBeNull());
    await userEvent.click(parts(el, 'switch')[0]);
    await userEvent.click(mustPart(el, 'close'));
    await waitFor(() => expect(part(el, 'preferences')).toBeNull());
    changes.stop();
    await expect(changes.events).toHaveLength(0);
    await expect(el.shadowRoot!.activeElement).toBe(mustPart(el, 'customize'));
    await expect(visible(el, 'base')).toBe(true);
  },
};

/** Customize → allow analytics only → Save choices: exactly that is recorded. */
export const CustomizeAndSave: Story = {
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await userEvent.click(mustPart(el, 'customize'));
    await waitFor(() => expect(part(el, 'categories')).not.toBeNull());
    const analytics = parts(el, 'switch')[1];
    await userEvent.click(analytics);
    await expect(analytics.getAttribute('aria-checked')).toBe('true');
    await userEvent.click(mustPart(el, 'save'));
    await expect({ ...store().state.categories }).toEqual({
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
    });
  },
};

/** A Marketing category of three services (vendors), as in **Docs / Services**. */
const WITH_SERVICES = {
  ...SITE,
  categories: [
    { id: 'necessary', label: 'Strictly necessary', required: true },
    { id: 'analytics', label: 'Analytics', description: 'Count visits to improve the site.' },
    MARKETING_WITH_SERVICES,
  ],
};

/**
 * Services: a category's services are nested rows, each with its own switch. Allowing YouTube alone
 * leaves Maps and Meta denied; Marketing says "Partly allowed" (its own switch stays off), and Save
 * records exactly that.
 */
export const Services: Story = {
  parameters: consent({ config: WITH_SERVICES }),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await userEvent.click(mustPart(el, 'customize'));
    await waitFor(() => expect(part(el, 'services')).not.toBeNull());
    const rows = [...mustPart(el, 'services').querySelectorAll('[part~="service"]')];
    await expect(rows.map((row) => text(row.querySelector('[part~="label"]')))).toEqual([
      'YouTube',
      'Google Maps',
      'Meta Pixel',
    ]);
    await userEvent.click(rows[0].querySelector<HTMLElement>('[part~="switch"]')!);
    await waitFor(() => expect(text(part(el, 'mixed'))).toBe('Partly allowed'));
    await userEvent.click(mustPart(el, 'save'));
    await expect({ ...store().state.services }).toEqual({
      'marketing.youtube': true,
      'marketing.maps': false,
      'marketing.meta': false,
    });
    await expect(store().isGranted('marketing')).toBe(false);
    await expect(store().state.mixed).toEqual(['marketing']);
  },
};

/**
 * A returning visitor opens the preferences from a footer link carrying `data-consent-settings`;
 * they show the current choices; Escape closes without recording anything, focus back on the link.
 */
export const ReopenedFromSettingsLink: Story = {
  parameters: consent({
    config: SITE,
    record: decided({ preferences: true, analytics: false, marketing: false }),
  }),
  render: () =>
    frame(
      html`<footer style="margin-top: 1rem">
          <a href="#cookie-settings" data-consent-settings>Cookie settings</a>
        </footer>
        <consent-cookie-notice></consent-cookie-notice>`,
    ),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(el.open).toBe(false);
    const changes = recordChanges();
    const link = canvasElement.querySelector<HTMLElement>('[data-consent-settings]')!;
    await userEvent.click(link);
    await waitFor(() => expect(part(el, 'preferences')).not.toBeNull());
    await expect(visible(el, 'base')).toBe(false);
    const checked = parts(el, 'switch').map((s) => s.getAttribute('aria-checked'));
    await expect(checked).toEqual(['true', 'false', 'false']);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(el.open).toBe(false));
    changes.stop();
    await expect(changes.events).toHaveLength(0);
    await expect(document.activeElement).toBe(link);
  },
};

/** `layout="bar"`: a full-width strip, the text and the buttons on one row. */
export const Bar: Story = {
  render: () => frame(html`<consent-cookie-notice layout="bar"></consent-cookie-notice>`),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const { inside, base: bar } = placedInFrame(canvasElement, el);
    await expect(bar.width).toBeCloseTo(inside.width, 0);
    await expect(bar.bottom).toBeCloseTo(inside.bottom, 0);
    const title = mustPart(el, 'title').getBoundingClientRect();
    const accept = mustPart(el, 'accept').getBoundingClientRect();
    // One row on a wide viewport; on a phone the buttons go below the text.
    if (isPhone()) await expect(accept.top).toBeGreaterThanOrEqual(title.bottom);
    else await expect(accept.left).toBeGreaterThan(title.right);
  },
};

/** `position="top-end"`: the box in the top inline-end corner. */
export const Corner: Story = {
  render: () => frame(html`<consent-cookie-notice position="top-end"></consent-cookie-notice>`),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const { inside, base: box } = placedInFrame(canvasElement, el);
    // On a phone every corner becomes the full-width edge of its side (here the top).
    const inset = isPhone() ? 0 : 16;
    await expect(inside.right - box.right).toBeCloseTo(inset, 0);
    await expect(box.top - inside.top).toBeCloseTo(inset, 0);
  },
};

/** `position="center"`: a modal dialog; the page behind is inert. */
export const Modal: Story = {
  render: () => html`<consent-cookie-notice position="center"></consent-cookie-notice>`,
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(mustPart(el, 'base').matches(':modal')).toBe(true);
  },
};

/** The opt-out regime (US style): an informational notice with **OK** and **Opt out**. */
export const OptOutRegime: Story = {
  parameters: consent({ config: { ...SITE, regime: 'opt-out' } }),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(text(part(el, 'accept'))).toBe('OK');
    await expect(text(part(el, 'reject'))).toBe('Opt out');
    await expect(store().isGranted('analytics')).toBe(true);
    await userEvent.click(mustPart(el, 'reject'));
    await expect({ ...store().state.categories }).toEqual({
      necessary: true,
      ...allChoices(false),
    });
  },
};

/** Opt-out regime with Global Privacy Control: the signal counts as opting out before any answer. */
export const GpcHonoured: Story = {
  parameters: consent({ config: { ...SITE, regime: 'opt-out' }, gpc: true }),
  play: async ({ canvasElement }) => {
    await notice(canvasElement);
    await expect(store().state.gpcApplied).toBe(true);
    await expect(store().isGranted('analytics')).toBe(false);
  },
};

/** A material policy change in force invalidates the earlier consent: the notice asks again. */
export const MaterialPolicyChangeInForce: Story = {
  parameters: consent({
    config: {
      ...SITE,
      policy: { ...SITE.policy, version: '2026-12', effectiveDate: isoInDays(-1), material: true },
    },
    record: decided(allChoices(true), { policyVersion: '2026-06', daysAgo: 20 }),
  }),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(el.open).toBe(true);
    await expect(store().isGranted('analytics')).toBe(false);
  },
};

const inLocale = (locale: BuiltInLocale): LocaleStoryOptions => ({
  parameters: consent({ config: { ...SITE, locale } }),
  host: notice,
  expected: (table) => ({
    title: table['notice.title'],
    accept: table['notice.accept'],
    reject: table['notice.reject'],
    'policy-link': table['policy.link'],
  }),
});

export const LocaleEn: Story = localeStory('en', inLocale('en'));
export const LocaleDe: Story = localeStory('de', inLocale('de'));
export const LocaleFr: Story = localeStory('fr', inLocale('fr'));
export const LocaleEs: Story = localeStory('es', inLocale('es'));

/** Right-to-left: the layout mirrors (logical properties); copy comes from config `copy`. */
export const RightToLeft: Story = {
  name: 'RTL',
  parameters: consent({
    config: {
      ...SITE,
      copy: {
        'notice.title': 'نستخدم ملفات تعريف الارتباط',
        'notice.accept': 'قبول الكل',
        'notice.reject': 'رفض الكل',
        'notice.customize': 'تخصيص',
      },
    },
  }),
  render: () => frame(html`<consent-cookie-notice></consent-cookie-notice>`, rtl),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    await expect(getComputedStyle(mustPart(el, 'base')).direction).toBe('rtl');
    const accept = mustPart(el, 'accept').getBoundingClientRect();
    const reject = mustPart(el, 'reject').getBoundingClientRect();
    await expect(accept.left).toBeGreaterThan(reject.left);
  },
};

/** Very long copy wraps inside the notice; nothing overflows sideways, the notice scrolls. */
export const LongCopy: Story = {
  args: {
    heading: 'We use cookies, and here is a very long heading that needs to wrap on small screens',
    message: LONG.repeat(3),
    'accept-label': 'Accept all cookies, including the optional ones',
    'reject-label': 'Reject every optional cookie',
  },
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const base = mustPart(el, 'base');
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    const frameBox = canvasElement.querySelector('.story-frame')!.getBoundingClientRect();
    await expect(base.getBoundingClientRect().bottom).toBeLessThanOrEqual(frameBox.bottom + 1);
  },
};

/** A 320 px wide viewport: Accept and Reject share a row at one width, nothing overflows. */
export const NarrowViewport: Story = {
  render: () => frame(html`<consent-cookie-notice></consent-cookie-notice>`, { width: '320px' }),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const base = mustPart(el, 'base');
    await expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    const accept = mustPart(el, 'accept').getBoundingClientRect();
    const reject = mustPart(el, 'reject').getBoundingClientRect();
    await expect(reject.width).toBeCloseTo(accept.width, 1);
    await expect(reject.right).toBeLessThanOrEqual(base.getBoundingClientRect().right);
  },
};

/** Rich content goes through slots: a heading with an emphasis, an explanation with a link. */
export const RichContentSlots: Story = {
  name: 'Rich content (slots)',
  render: () =>
    frame(
      html`<consent-cookie-notice>
        <span slot="title">Cookies, <em>only</em> with your say-so</span>
        <p>
          We keep you signed in with cookies. With your consent we also count visits; see
          <a href="https://example.com/cookies">the cookie list</a>.
        </p>
        <span slot="support">Write to <a href="mailto:dpo@example.com">our DPO</a>.</span>
      </consent-cookie-notice>`,
    ),
  play: async ({ canvasElement }) => {
    const el = await notice(canvasElement);
    const assigned = (name: string) =>
      el
        .shadowRoot!.querySelector<HTMLSlotElement>(
          name ? `slot[name="${name}"]` : 'slot:not([name])',
        )!
        .assignedElements();
    await expect(text(assigned('title')[0])).toBe('Cookies, only with your say-so');
    await expect(assigned('')[0].querySelector('a')!.href).toBe('https://example.com/cookies');
    await expect(text(assigned('support')[0])).toBe('Write to our DPO.');
  },
};
