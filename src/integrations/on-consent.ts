import { followConsent, type Disposer, type IntegrationOptions } from './shared.js';

/**
 * Runs `onGrant` while consent to `category` is given and `onRevoke` when it is withdrawn: the
 * one-line hook for any tool the library has no adapter for.
 *
 * `onGrant` is called at once when the category is already granted, then on every transition from
 * not granted to granted; `onRevoke` on every transition from granted to not granted. Neither is
 * called twice in a row.
 *
 * @example onConsent('analytics', () => loadAnalytics(), () => location.reload());
 * @param category the category id (`analytics`, `marketing`, …).
 * @param onGrant called when consent is (or becomes) given.
 * @param onRevoke called when consent is withdrawn. Optional.
 * @param options `store`: the store to follow (default: the page's store).
 * @returns a disposer that stops the callbacks.
 */
export function onConsent(
  category: string,
  onGrant: () => void,
  onRevoke?: () => void,
  options?: IntegrationOptions,
): Disposer {
  let first = true;
  return followConsent(
    category,
    (granted) => {
      if (granted) onGrant();
      else if (!first) onRevoke?.();
      first = false;
    },
    options,
  );
}
