import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
