import type { CategoryConfig } from '../../src/store/types.js';

/**
 * A Marketing category of three services (vendors), as in **Docs / Services**: the one example the
 * services stories, the visual baselines and the end-to-end check share.
 */
export const MARKETING_WITH_SERVICES: CategoryConfig = {
  id: 'marketing',
  label: 'Marketing',
  description: 'Videos, maps and ads from other companies.',
  services: [
    { id: 'youtube', label: 'YouTube', description: 'Videos on our pages.' },
    { id: 'maps', label: 'Google Maps', description: 'Maps of our shops.' },
    { id: 'meta', label: 'Meta Pixel', description: 'Measures our ads.' },
  ],
};
