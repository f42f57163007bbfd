import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  allChoices,
  decided,
  isoInDays,
  store,
  type ConsentParameters,
} from './support/consent.js';
import { element, mustPart, part, visible } from './support/dom.js';
import { defineStoryEventLog } from './support/event-log.js';

defineStoryEventLog();

const CONFIG = {
  policy: { version: '2026-12', url: '#privacy', effectiveDate: isoInDays(14) },
  support: { email: 'privacy@example.com', name: 'our privacy team' },
};

const pageStyles = html`<style>
  .site {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 20rem;
    gap: 1.5rem;
    min-block-size: 100vh;
    padding: 1.5rem;
    background: #ffffff;
    color: #1f2328;
    font:
      1rem/1.6 system-ui,
      sans-serif;
  }
  .site header,
  .site footer {
    grid-column: 1 / -1;
  }
  .site header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    border-block-end: 1px solid #d0d7de;
  }
  .site nav a,
  .site footer a {
    margin-inline-start: 1rem;
    color: #0550ae;
  }
  .site aside {
    align-self: start;
    padding: 1rem;
    border: 1px solid #d0d7de;
    border-radius: 0.5rem;
    background: #f6f8fa;
    max-block-size: 60vh;
    overflow: auto;
  }
  .site h2 {
    margin-block: 1rem 0.5rem;
  }
  .site footer {
    padding-block: 1rem 12rem;
    border-block-start: 1px solid #d0d7de;
  }
  @media (max-width: 48rem) {
    .site {
      grid-template-columns: 1fr;
    }
  }
</style>`;

/** The whole host page: the three elements as a site drops them in, sharing one store. */
const page = () =>
  html`${pageStyles}
    <div class="site">
      <header>
        <strong>Example Store</strong>
        <nav aria-label="Main"><a href="#shop">Shop</a><a href="#privacy">Privacy</a></nav>
      </header>
      <main>
        <consent-policy-banner></consent-policy-banner>
        <h1>Autumn collection</h1>
        <p>
          Knitwear, boots and everything in between. This page is a stand-in for any site: the
          consent elements are dropped in as plain tags and share one consent store.
        </p>
        <h2 id="privacy">Your privacy choices</h2>
        <p>Change your mind at any time: the switches below take effect at once.</p>
        <consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>
        <consent-opt-out-toggle category="marketing"></consent-opt-out-toggle>
      </main>
      <aside aria-labelledby="log-title">
        <h2 id="log-title" style="margin-top: 0">Event log</h2>
        <p style="margin-top: 0">Every <code>consent-change</code> on <code>document</code>:</p>
        <story-event-log></story-event-log>
      </aside>
      <footer>
        © Example Store · <a href="#privacy">Privacy policy</a>
        <a href="#cookie-settings" data-consent-settings>Cookie settings</a>
      </footer>
      <consent-cookie-notice></consent-cookie-notice>
    </div>`;

const meta = {
  title: 'Pages/Drop-in page',
  parameters: {
    layout: 'fullscreen',
    consent: { config: CONFIG } satisfies ConsentParameters,
    docs: {
      description: {
        component:
          'A whole page with the three elements dropped in as plain tags: the notice, a policy banner, two opt-out switches and a "Cookie settings" link in the footer. They share one consent store, so a choice made in one is reflected in all of them at once; the event log alongside shows each `consent-change` your own code would receive.',
      },
      story: { iframeHeight: 760 },
    },
  },
  render: page,
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function elements(canvasElement: HTMLElement) {
  const notice = await element(canvasElement, 'consent-cookie-notice');
  const toggles = [...canvasElement.querySelectorAll('consent-opt-out-toggle')];
  const banner = await element(canvasElement, 'consent-policy-banner');
  const log = canvasElement.querySelector('story-event-log')!;
  return { notice, toggles, banner, log };
}

const checked = (el: Element) => mustPart(el, 'switch').getAttribute('aria-checked');

/**
 * A first visit, as a visitor meets the page: the notice asks, the banner stays hidden (nothing of
 * the visitor's changed), both switches are off and the log is empty. Try the buttons: the log
 * shows each `consent-change` as it happens.
 */
export const FirstVisit: Story = {
  name: 'Drop-in page',
  play: async ({ canvasElement }) => {
    const { notice, toggles, banner, log } = await elements(canvasElement);
    await expect(notice.open).toBe(true);
    await expect(visible(notice, 'accept')).toBe(true);
    await expect(part(banner, 'base')).toBeNull();
    await expect(toggles.map(checked)).toEqual(['true', 'true']);
    await expect(log.size).toBe(0);
    await expect(store().state.decided).toBe(false);
  },
};

/**
 * The same page, played through: accept, opt out of marketing with the toggle, re-open the notice
 * from the footer link, reject. Every element follows the one store.
 */
export const Walkthrough: Story = {
  name: 'Drop-in page: accept, opt out, reject',
  play: async ({ canvasElement }) => {
    const { notice, toggles, log } = await elements(canvasElement);
    await userEvent.click(mustPart(notice, 'accept'));
    await waitFor(() => expect(log.size).toBe(1));
    await waitFor(() => expect(toggles.map(checked)).toEqual(['false', 'false']));
    await waitFor(() => expect(visible(notice, 'base')).toBe(false));

    await userEvent.click(mustPart(toggles[1], 'switch'));
    await waitFor(() => expect(log.size).toBe(2));
    await expect(store().isGranted('marketing')).toBe(false);
    await expect(log.shadowRoot!.querySelector('li')!.dataset.source).toBe('toggle');

    // "Cookie settings" opens the preferences dialog, with its own Reject all.
    await userEvent.click(canvasElement.querySelector<HTMLElement>('[data-consent-settings]')!);
    await waitFor(() => expect(visible(notice, 'preferences')).toBe(true));
    const preferences = mustPart(notice, 'preferences');
    await userEvent.click(preferences.querySelector<HTMLElement>('[part~="reject"]')!);
    await waitFor(() => expect(log.size).toBe(3));
    await waitFor(() => expect(toggles.map(checked)).toEqual(['true', 'true']));
    await expect(log.shadowRoot!.querySelectorAll('li')).toHaveLength(3);
  },
};

/**
 * A returning visitor who consented under the previous policy: no notice, the policy banner
 * announces the change 14 days ahead; **Got it** is logged with `changed: ['policy']`.
 */
export const ReturningVisitor: Story = {
  name: 'Drop-in page: returning visitor, policy change upcoming',
  parameters: {
    consent: {
      config: CONFIG,
      record: decided({ ...allChoices(false), analytics: true }, { policyVersion: '2026-06' }),
    } satisfies ConsentParameters,
  },
  play: async ({ canvasElement }) => {
    const { notice, toggles, banner, log } = await elements(canvasElement);
    await expect(notice.open).toBe(false);
    await expect(toggles.map(checked)).toEqual(['false', 'true']);
    await userEvent.click(mustPart(banner, 'acknowledge'));
    await waitFor(() => expect(log.size).toBe(1));
    await expect(log.shadowRoot!.querySelector('li')!.textContent).toContain('policy');
    await waitFor(() => expect(part(banner, 'base')).toBeNull());
  },
};
