import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/audit/index.js';
import type { ConsentAudit } from '../src/audit/index.js';
import { mustPart, parts, text } from './support/dom.js';
import { frame } from './support/story.js';

type Args = { open: boolean; 'withdrawal-grace': number; 'poll-interval': number };

const meta = {
  title: 'Dev tools/Consent audit',
  component: 'consent-audit',
  parameters: {
    docs: {
      description: {
        component:
          'A development overlay: it lists every cookie, storage key and request of a category that is not granted. See Docs/Test your site.',
      },
    },
  },
  args: { open: false, 'withdrawal-grace': 1000, 'poll-interval': 500 },
  render: (args: Args) =>
    frame(
      html`<consent-audit
        ?open=${args.open}
        withdrawal-grace=${args['withdrawal-grace']}
        poll-interval=${args['poll-interval']}
      ></consent-audit>`,
    ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const audit = async (canvasElement: HTMLElement): Promise<ConsentAudit> => {
  const el = canvasElement.querySelector('consent-audit');
  if (!el) throw new Error('<consent-audit> is not in the story');
  await el.updateComplete;
  return el;
};

/** A page that tracks nothing: the verdict passes. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const el = await audit(canvasElement);
    await expect(text(mustPart(el, 'toggle'))).toBe('PASS Consent audit: no violations so far');
  },
};

/**
 * A page that writes `_ga` before any consent: the overlay flags it; opened from the keyboard, the
 * panel lists the violation and the timeline.
 */
export const TrackingBeforeConsent: Story = {
  play: async ({ canvasElement }) => {
    const el = await audit(canvasElement);
    document.cookie = '_ga=GA1.1.story; path=/';
    try {
      await waitFor(() => expect(el.report().verdict).toBe('fail'));
      await el.updateComplete;
      mustPart(el, 'toggle').focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      await expect(mustPart(el, 'toggle').getAttribute('aria-expanded')).toBe('true');
      await expect(text(parts(el, 'violation')[0])).toMatch(
        /^cookie _ga \(analytics, Google Analytics\) was written .* before analytics was granted/,
      );
    } finally {
      document.cookie = '_ga=; max-age=0; path=/';
    }
  },
};
