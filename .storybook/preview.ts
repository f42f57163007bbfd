import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { withConsent } from '../stories/support/consent.js';
import { themeGlobalType, withTheme } from '../stories/support/themes.js';

// Every attribute, property, event, slot, part and custom property of the three elements shows in
// autodocs and (attributes, properties) as a control.
setCustomElementsManifest(customElements);

const preview: Preview = {
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
    docs: {
      // One iframe per story on docs pages: each has its own store and cookie jar view, and the
      // fixed-position notice stays inside its own frame instead of covering the page.
      story: { inline: false, iframeHeight: 440 },
    },
  },
};

export default preview;
