import { html } from 'lit';
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { RETURNING_BEFORE_POLICY_CHANGE } from './support/consent.js';
import { element, mustPart } from './support/dom.js';
import { frame } from './support/story.js';

/** Every documented custom property, with the default the elements use in a light colour scheme. */
const PROPERTIES = {
  '--consent-surface': '#ffffff',
  '--consent-text': '#1a1a1a',
  '--consent-muted': '#545454',
  '--consent-accent': '#0b57d0',
  '--consent-accent-text': '#ffffff',
  '--consent-border': '#767676',
  '--consent-font': 'system-ui, sans-serif',
  '--consent-radius': '0.5rem',
  '--consent-spacing': '1rem',
  '--consent-shadow': '0 0.25rem 1.5rem rgb(0 0 0 / 0.3)',
  '--consent-focus-ring': '3px solid #0b57d0',
  '--consent-max-width': '40rem',
  '--consent-z-index': '2147483000',
  '--consent-color-scheme': 'light',
} as const;

type Property = keyof typeof PROPERTIES;
type Args = Record<Property, string>;

const COLORS = new Set<Property>([
  '--consent-surface',
  '--consent-text',
  '--consent-muted',
  '--consent-accent',
  '--consent-accent-text',
  '--consent-border',
]);

const argTypes: ArgTypes<Args> = Object.fromEntries(
  (Object.keys(PROPERTIES) as Property[]).map((name) => [
    name,
    {
      control:
        name === '--consent-color-scheme'
          ? { type: 'inline-radio' }
          : COLORS.has(name)
            ? { type: 'color' }
            : { type: 'text' },
      ...(name === '--consent-color-scheme' ? { options: ['light', 'dark', 'light dark'] } : {}),
      table: { category: 'css custom properties', defaultValue: { summary: PROPERTIES[name] } },
    },
  ]),
) as ArgTypes<Args>;

/** The CSS to copy: every property as set in the controls. */
function themeCss(args: Partial<Args>): string {
  const lines = (Object.keys(PROPERTIES) as Property[])
    .filter((name) => args[name])
    .map((name) => `  ${name}: ${args[name]};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

const declarations = (args: Partial<Args>) =>
  (Object.keys(PROPERTIES) as Property[])
    .filter((name) => args[name])
    .map((name) => `${name}: ${args[name]};`)
    .join(' ');

const meta = {
  title: 'Theming/Theme builder',
  component: 'consent-cookie-notice',
  tags: ['!autodocs'],
  parameters: {
    consent: RETURNING_BEFORE_POLICY_CHANGE,
    controls: { include: Object.keys(PROPERTIES) },
    docs: { story: { iframeHeight: 900 } },
  },
  argTypes,
  args: { ...PROPERTIES },
  render: (args: Args) =>
    html`<div class="theme-builder" style=${declarations(args)}>
      ${frame(
        html`<div style="display: grid; gap: 1rem; margin-block-start: 1rem;">
            <consent-policy-banner></consent-policy-banner>
            <consent-opt-out-toggle></consent-opt-out-toggle>
          </div>
          <consent-cookie-notice></consent-cookie-notice>`,
      )}
      <h2 style="font: 600 1rem system-ui, sans-serif; margin: 1.5rem 0 0.5rem;">CSS to copy</h2>
      <pre
        class="theme-css"
        tabindex="0"
        aria-label="Theme CSS"
        style="margin: 0; padding: 1rem; overflow: auto; background: #f6f8fa; color: #1f2328; border: 1px solid #d0d7de; border-radius: 0.5rem; font: 0.875rem/1.5 ui-monospace, monospace;"
      ><code>${themeCss(args)}</code></pre>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * Controls: the custom properties themselves. Change them and copy the CSS below: the elements
 * use nothing else (plus `::part`s for anything structural).
 */
export const ThemeBuilder: Story = {
  name: 'Theme builder',
  globals: { theme: 'light' },
  args: {
    '--consent-surface': '#fff7ed',
    '--consent-accent': '#9a3412',
    '--consent-radius': '0.25rem',
  },
  play: async ({ canvasElement, args }) => {
    const notice = await element(canvasElement, 'consent-cookie-notice');
    await element(canvasElement, 'consent-policy-banner');
    await expect(getComputedStyle(mustPart(notice, 'base')).backgroundColor).toBe(
      'rgb(255, 247, 237)',
    );
    await expect(getComputedStyle(mustPart(notice, 'accept')).backgroundColor).toBe(
      'rgb(154, 52, 18)',
    );
    const css = canvasElement.querySelector('.theme-css')!.textContent!;
    await expect(css).toContain(`--consent-accent: ${args['--consent-accent']};`);
    await expect(css).toContain('--consent-radius: 0.25rem;');
  },
};
