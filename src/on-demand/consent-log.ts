/**
 * `connectConsentLog()` as the CDN entry exports it: the receipt code is a chunk fetched when the
 * function is called. It follows the store from the call on, so no change is lost while the chunk
 * loads: changes made meanwhile are sent, with the time they happened, once it has arrived.
 */
import type { ConsentChangeDetail } from '../store/types.js';
import { requireEndpoint, type ConsentLogOptions } from '../integrations/consent-log-options.js';
import { resolveStore, type Disposer } from '../integrations/shared.js';
import { loadModule } from '../events/module-on-demand.js';

export type { ConsentLogOptions };

/** Sends consent receipts; see `connectConsentLog` in the integrations. */
export function connectConsentLog(options: ConsentLogOptions): Disposer {
  requireEndpoint(options);
  const store = resolveStore(options);
  /** Changes that happened before the receipt code arrived, with their time. */
  let waiting: [ConsentChangeDetail, Date][] | undefined = [];
  let send: ((change: ConsentChangeDetail, at: Date) => void) | undefined;

  let unsubscribe: (() => void) | undefined = store.subscribe((change) => {
    if (send) send(change, new Date());
    else waiting?.push([change, new Date()]);
  });

  void loadModule('Consent receipts', () => import('../integrations/consent-log.js')).then(
    (log) => {
      // Once disposed, `waiting` is gone and nothing follows the store: there is nothing to send.
      if (log) {
        send = (change, at) => {
          const receipt = log.receiptFor(change, store, at);
          if (receipt) log.sendReceipt(receipt, options);
        };
        for (const [change, at] of waiting ?? []) send(change, at);
      }
      waiting = undefined;
    },
  );

  return () => {
    unsubscribe?.();
    unsubscribe = undefined;
    waiting = undefined;
  };
}
