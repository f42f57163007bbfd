/**
 * `gateScripts()` as the CDN entry exports it: the gate itself (scanning, activating, watching the
 * page) is a chunk fetched only once the page has gated markup, now or added later. A page without
 * `data-consent-category` scripts or iframes never downloads it.
 *
 * What must not wait for a download runs here at once: when consent is withdrawn, the category's
 * cookies are expired and `consent-revoke` is dispatched in the same task. Loading late is safe for
 * the rest: a gated script only ever runs later than it would have, never earlier.
 */
import { documentOf, GATED_SELECTOR, holdsGatedMarkup } from '../integrations/gated-markup.js';
import type { GateScriptsOptions } from '../integrations/script-gate.js';
import { resolveStore, type Disposer } from '../integrations/shared.js';
import { followWithdrawals } from '../integrations/withdrawals.js';
import { loadModule } from '../events/module-on-demand.js';

export type { GateScriptsOptions };

/** The script gate, loaded when `root` holds gated markup; see `gateScripts` in the integrations. */
export function gateScripts(options: GateScriptsOptions = {}): Disposer {
  const store = resolveStore(options);
  const root = options.root ?? document;
  const stopWithdrawals = followWithdrawals(store, documentOf(root), options.cookies);
  let stopGate: Disposer | undefined;
  let observer: MutationObserver | undefined;
  let disposed = false;

  const start = (): void => {
    observer?.disconnect();
    void loadModule('The script gate', () => import('../integrations/script-gate.js')).then(
      (gate) => {
        if (gate && !disposed) stopGate = gate.gateScripts(options);
      },
    );
  };

  if (root.querySelector(GATED_SELECTOR)) {
    start();
  } else if (options.observe !== false && typeof MutationObserver === 'function') {
    observer = new MutationObserver((records) => {
      if (records.some((record) => Array.from(record.addedNodes).some(holdsGatedMarkup))) start();
    });
    observer.observe(root, { childList: true, subtree: true });
  }

  return () => {
    if (disposed) return;
    disposed = true;
    observer?.disconnect();
    stopWithdrawals();
    stopGate?.();
  };
}
