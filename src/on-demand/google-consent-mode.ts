/**
 * `connectGoogleConsentMode()` as the CDN entry exports it. What no tag may run before stays
 * synchronous: when the call returns, the data layer holds the `default` (all denied, with
 * `wait_for_update`), the region defaults and the `set`s, before the next script runs. The
 * connection that pushes the `update`s is a chunk fetched on the first call: once it has arrived it
 * pushes the state of that moment if it differs from the default (so a choice made while it loaded
 * is not lost), then every change. Nothing is granted before then; tags wait up to
 * `wait_for_update` for that first `update`. If the chunk cannot be loaded, the all-denied default
 * stands (with a warning and a `consent-error` event).
 */
import {
  setUpDataLayer,
  type GoogleConsentModeOptions,
} from '../integrations/google-consent-default.js';
import type { Disposer } from '../integrations/shared.js';
import { loadModule } from '../events/module-on-demand.js';

type ConnectionModule = typeof import('../integrations/google-consent-updates.js');

/** The chunk once it has arrived: a later call (a reconnection, say) joins at once. */
let loadedConnection: ConnectionModule | undefined;

/**
 * Connects the consent store to Google Consent Mode v2; see `connectGoogleConsentMode` in
 * `consent-elements/integrations` for the commands it pushes and how repeated calls share one
 * connection. Call it before any Google tag loads.
 * @returns a disposer that lets go of the connection (before the chunk has arrived: never joins it).
 */
export function connectGoogleConsentMode(options: GoogleConsentModeOptions = {}): Disposer {
  const link = setUpDataLayer(options);
  if (loadedConnection) return loadedConnection.joinConnection(link, options);
  let released = false;
  let release: Disposer | undefined;
  void loadModule(
    'Google Consent Mode updates',
    () => import('../integrations/google-consent-updates.js'),
  ).then((connection) => {
    if (!connection) return;
    loadedConnection = connection;
    if (!released) release = connection.joinConnection(link, options);
  });
  return () => {
    released = true;
    release?.();
  };
}
