import type { Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { withConsent } from '../stories/support/consent.js';
import { themeGlobalType, withTheme } from '../stories/support/themes.js';

declare global {
  // Storybook's docs blocks build each story iframe's URL from this base (getStoryHref).
  var PREVIEW_URL: string | undefined;
}

// Docs pages show stories without playing them: `embed=true` is Storybook's embed mode, which
// renders a story without autoplay. A play function moves focus (and with it the docs page's
// scroll position); it runs in the canvas and in the test runner, never on a page being read.
const [previewPath, previewQuery = ''] = (globalThis.PREVIEW_URL ?? 'iframe.html').split('?');
const previewParams = new URLSearchParams(previewQuery);
previewParams.set('embed', 'true');
globalThis.PREVIEW_URL = `${previewPath}?${previewParams}`;

// Play functions wait for what loads on demand (the preferences dialog's module, a language's
// strings): on a busy machine the dev server's first transform of such a module can take longer
// than testing-library's default 1 s, so `waitFor` waits up to 10 s (it still fails when the thing
// never comes).
configure({ asyncUtilTimeout: 10_000 });

// Every attribute, property, event, slot, part and custom property of the three elements shows in
// autodocs and (attributes, properties) as a control.
setCustomElementsManifest(customElements);

/** Manifest entries that are implementation details: `#private` fields, statics, the controller. */
const INTERNAL = new Set(['copyAttributes', 'version', 'consent']);

/** Keeps implementation details out of the autodocs tables and the controls. */
const hideInternals: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      name.startsWith('#') || INTERNAL.has(name)
        ? { ...argType, table: { ...argType.table, disable: true } }
        : argType,
    ]),
  );

const preview: Preview = {
  argTypesEnhancers: [hideInternals],
  tags: ['autodocs'],
  // withConsent: a fresh store, no cookie, the story's `parameters.consent` (stories/support/consent.ts).
  // withTheme: the toolbar's theme (stories/support/themes.ts).
  decorators: [withConsent, withTheme],
  globalTypes: { theme: themeGlobalType },
  initialGlobals: { theme: 'light' },
  parameters: {
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    // The sidebar reads as a docs site: start here, then the reference, then the workshop.
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Configuration',
            'Events and store API',
            'Theming',
            'Integrations',
            'Server',
            'React and Vue',
            'Accessibility',
            'Privacy-law defaults',
            'Security and privacy',
          ],
          'Elements',
          'Pages',
          'Theming',
        ],
      },
    },
    docs: {
      // One iframe per story on docs pages: each has its own store and cookie jar view, and the
      // fixed-position notice stays inside its own frame instead of covering the page. Tall
      // enough for the notice with its buttons; stories with taller overlays set their own.
      story: { inline: false, iframeHeight: 560 },
    },
  },
};

export default preview;
