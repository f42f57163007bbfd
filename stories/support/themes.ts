/**
 * The theming workshop's toolbar switch. Each theme is one CSS file in `stories/themes/`, written
 * only with the public `--consent-*` custom properties and `::part`s, so it can be copied as is
 * into a site. The `withTheme` decorator puts the chosen file into one `<style>` in the preview's
 * `<head>` and colours the story's page to match.
 */
import type { Decorator } from '@storybook/web-components-vite';
import light from '../themes/light.css?inline';
import dark from '../themes/dark.css?inline';
import highContrast from '../themes/high-contrast.css?inline';
import brand from '../themes/brand.css?inline';

export interface Theme {
  title: string;
  /** The theme's CSS (single source: `stories/themes/<name>.css`). */
  css: string;
  /** The host page behind the elements (story chrome, not part of the theme). */
  page: { background: string; color: string };
}

export const themes = {
  light: { title: 'Light', css: light, page: { background: '#f4f5f7', color: '#1a1a1a' } },
  dark: { title: 'Dark', css: dark, page: { background: '#0f1115', color: '#e8eaed' } },
  'high-contrast': {
    title: 'High contrast',
    css: highContrast,
    page: { background: '#000000', color: '#ffffff' },
  },
  brand: { title: 'Brand (Meadow)', css: brand, page: { background: '#e9dcc0', color: '#2b2118' } },
} satisfies Record<string, Theme>;

export type ThemeName = keyof typeof themes;

export const themeNames = Object.keys(themes) as ThemeName[];

const STYLE_ID = 'consent-story-theme';

/** Applies theme `name` to the preview document (unknown names fall back to light). */
export function applyTheme(name: string): Theme {
  const theme: Theme = themes[name as ThemeName] ?? themes.light;
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = theme.css;
  document.documentElement.dataset.consentTheme = name in themes ? name : 'light';
  document.body.style.background = theme.page.background;
  document.body.style.color = theme.page.color;
  return theme;
}

/** The toolbar global. */
export const themeGlobalType = {
  description: 'Theme of the consent elements (public custom properties and parts only)',
  toolbar: {
    title: 'Theme',
    icon: 'paintbrush' as const,
    items: themeNames.map((value) => ({ value, title: themes[value].title })),
    dynamicTitle: true,
  },
};

export const withTheme: Decorator = (story, context) => {
  applyTheme(String(context.globals.theme ?? 'light'));
  return story();
};
