/**
 * Where every toggle of this copy of the library gets its view (opt-out-toggle-view.ts: template,
 * styles, what the switch does): the entry that registers the tag hands it over (the npm `define`
 * modules the module itself, the CDN entry a loader of its chunk, fetched when the first toggle
 * connects; see ../shared/view-source.ts).
 */
import { ElementView } from '../shared/view-source.js';
import type { OptOutToggleHost, OptOutToggleView } from './opt-out-toggle-view.js';

export const optOutToggleView = new ElementView<OptOutToggleHost, OptOutToggleView>(
  'consent-opt-out-toggle',
);
