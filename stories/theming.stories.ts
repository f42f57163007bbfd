import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { RETURNING_BEFORE_POLICY_CHANGE } from './support/consent.js';
import { computedColor, element, mustPart, part } from './support/dom.js';
import { frame } from './support/story.js';
import { themes, type ThemeName } from './support/themes.js';

const gallery = () =>
  frame(
    html`<div style="display: grid; gap: 1rem; margin-block: 1rem 22rem;">
      <consent-policy-banner position="inline"></consent-policy-banner>
      <consent-opt-out-toggle></consent-opt-out-toggle>
      <consent-cookie-notice></consent-cookie-notice>
    </div>`,
  );

const meta = {
  title: 'Theming/Themes',
  parameters: {
    consent: RETURNING_BEFORE_POLICY_CHANGE,
    docs: {
      description: {
        component:
          'Four ready-made looks for the notice, the toggle and the banner: light, dark, high contrast and a brand theme. Each is a short CSS file that uses only the public `--consent-*` custom properties and `::part`s, so you can copy one into your site as it is and change the colours. Switch between them with **Theme** in the toolbar; every theme passes the accessibility checks, colour contrast included.',
      },
      story: { iframeHeight: 700 },
    },
  },
  render: gallery,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The value of `--consent-<name>` in a theme file. */
function themeValue(theme: ThemeName, name: string): string {
  const match = new RegExp(`--consent-${name}:\\s*([^;]+);`).exec(themes[theme].css);
  if (!match) throw new Error(`${theme} sets no --consent-${name}`);
  return match[1].trim();
}

function themeStory(theme: ThemeName): Story {
  return {
    name: themes[theme].title,
    globals: { theme },
    play: async ({ canvasElement }) => {
      const notice = await element(canvasElement, 'consent-cookie-notice');
      const banner = await element(canvasElement, 'consent-policy-banner');
      await element(canvasElement, 'consent-opt-out-toggle');
      await expect(document.documentElement.dataset.consentTheme).toBe(theme);
      const surface = computedColor(themeValue(theme, 'surface'));
      await expect(getComputedStyle(mustPart(notice, 'base')).backgroundColor).toBe(surface);
      await expect(getComputedStyle(mustPart(banner, 'base')).backgroundColor).toBe(surface);
      const accent = computedColor(themeValue(theme, 'accent'));
      await expect(getComputedStyle(mustPart(notice, 'accept')).backgroundColor).toBe(accent);
      // The preferences dialog is themed too (switches, dividers): open it for the a11y check.
      await userEvent.click(mustPart(notice, 'customize'));
      await waitFor(() => expect(part(notice, 'categories')).not.toBeNull());
      await expect(getComputedStyle(mustPart(notice, 'preferences')).backgroundColor).toBe(surface);
    },
  };
}

/**
 * All three elements in whatever theme the toolbar selects (the other stories pin theirs). The
 * screenshot test (`test/e2e/themes.e2e.test.ts`) opens this story with `globals=theme:<name>`.
 */
export const AllThree: Story = {
  name: 'All three (toolbar theme)',
  play: async ({ canvasElement, globals }) => {
    const notice = await element(canvasElement, 'consent-cookie-notice');
    await expect(notice.open).toBe(true);
    await expect(document.documentElement.dataset.consentTheme).toBe(globals.theme);
  },
};

export const Light = themeStory('light');
export const Dark = themeStory('dark');
export const HighContrast = themeStory('high-contrast');
export const Brand = themeStory('brand');
