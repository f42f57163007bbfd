import type { ConsentState } from '../store/types.js';
import { pageEntry } from '../core/registry.js';
import { isGranted } from '../core/state.js';
import { documentOf, GATED_SELECTOR, holdsGatedMarkup } from './gated-markup.js';
import { resolveStore, type Disposer, type IntegrationOptions } from './shared.js';
import { followWithdrawals } from './withdrawals.js';

export interface GateScriptsOptions extends IntegrationOptions {
  /** Where to look for gated scripts and iframes. Default `document`. */
  root?: Document | Element | DocumentFragment;
  /** Watch `root` for gated elements added later (single-page apps). Default `true`. */
  observe?: boolean;
  /**
   * Extra cookie name patterns per category, removed when the category is withdrawn, on top of the
   * `cookies` listed on each category in the consent config. `*` matches any run of characters.
   * @example { analytics: ['_ga', '_ga_*'] }
   */
  cookies?: Record<string, readonly string[]>;
}

/** Attributes that describe the gate and are not copied onto the live script. */
const GATE_ATTRIBUTES = /* @__PURE__ */ new Set([
  'type',
  'data-src',
  'data-consent-category',
  'data-consent-service',
]);

/** Elements taken by a gate: shared by every copy of the library on the page (page registry). */
const claimedElements = (): WeakSet<Element> => pageEntry('gateClaimed', () => new WeakSet());

const words = (element: Element, name: string): string[] =>
  (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);

/**
 * The ids an element needs, all of them granted: its services when it names any
 * (`data-consent-service="youtube"` with `data-consent-category="marketing"`, or the full id
 * `marketing.youtube`), else its categories.
 */
function requirementsOf(element: Element): string[] {
  const services = words(element, 'data-consent-service');
  if (services.length === 0) return words(element, 'data-consent-category');
  const [category] = words(element, 'data-consent-category');
  // A short service id without a category names nothing: the element waits (never runs).
  return services.map((id) => (id.includes('.') || !category ? id : `${category}.${id}`));
}

function allGranted(ids: string[], state: ConsentState): boolean {
  return ids.length > 0 && ids.every((id) => isGranted(state, id));
}

/** What the gate passes to a script sink: a Trusted Types policy's output, or the string itself. */
interface ScriptPolicy {
  createScript(code: string): unknown;
  createScriptURL(url: string): unknown;
}
let policy: ScriptPolicy | undefined;

/**
 * Trusted Types (`require-trusted-types-for 'script'`): the code and URL of a gated script come from
 * the page's own markup, and reach the live script through the policy `consent-elements` (list it
 * in a `trusted-types` directive). Created on first use; without Trusted Types, plain strings.
 */
function scriptPolicy(): ScriptPolicy {
  if (!policy) {
    const same = (value: string) => value;
    const rules = { createScript: same, createScriptURL: same };
    try {
      policy = (
        globalThis as { trustedTypes?: { createPolicy(name: string, r: object): ScriptPolicy } }
      ).trustedTypes?.createPolicy('consent-elements', rules);
    } catch {
      // The CSP's `trusted-types` directive does not allow the name: sinks will refuse strings.
    }
    policy ??= rules;
  }
  return policy;
}

/** The live `<script>` that replaces a gated one: same attributes, nonce, code or `src`. */
function liveScript(gated: HTMLScriptElement): HTMLScriptElement {
  const script = gated.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(gated.attributes)) {
    if (!GATE_ATTRIBUTES.has(name) && name !== 'nonce') script.setAttribute(name, value);
  }
  // Browsers hide the nonce attribute once parsed: only the property still holds it.
  if (gated.nonce) script.nonce = gated.nonce;
  const type = gated.getAttribute('data-type');
  if (type) {
    script.type = type;
    script.removeAttribute('data-type');
  }
  const src = gated.getAttribute('data-src');
  if (src) {
    script.src = scriptPolicy().createScriptURL(src) as string;
    // Inserted scripts are async by default: keep document order unless the author asked for async.
    script.async = gated.hasAttribute('async');
  } else {
    script.text = scriptPolicy().createScript(gated.text) as string;
  }
  return script;
}

/** Resolves once an external script has run or failed. */
function settled(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => resolve(), { once: true });
  });
}

/**
 * Runs consent-gated scripts and loads consent-gated iframes once their categories are granted,
 * and cleans up when consent is withdrawn.
 *
 * Gated markup:
 * ```html
 * <script type="text/plain" data-consent-category="analytics">…inline code…</script>
 * <script type="text/plain" data-consent-category="analytics" data-src="https://…/tag.js"></script>
 * <script type="text/plain" data-consent-category="analytics marketing" data-type="module" data-src="…"></script>
 * <iframe data-consent-category="marketing" data-src="https://www.youtube-nocookie.com/embed/…"></iframe>
 * <script type="text/plain" data-consent-category="marketing" data-consent-service="youtube" data-src="…"></script>
 * <iframe data-consent-service="marketing.maps" data-src="https://www.google.com/maps/embed?…"></iframe>
 * ```
 * - A script runs exactly once, never before every listed category is granted; with
 *   `data-consent-service` (a service of the `data-consent-category`, or a full
 *   `<category>.<service>` id; several separated by spaces), every listed service instead. It is
 *   replaced by a new `<script>` carrying its attributes (except `type`, `data-src`,
 *   `data-consent-category`, `data-consent-service`; an optional `data-type` becomes `type`) and
 *   its `nonce`. Gated scripts run in document order:
 *   external ones are inserted with `async = false` (unless they carry `async`), and an inline script
 *   waits for the external ones before it.
 * - An iframe gets `src` from `data-src` once.
 * - Elements added later are caught by a `MutationObserver`.
 * - When consent to a category or a service is withdrawn, the cookies listed for it (`cookies` on
 *   the category or service in the consent config, plus `options.cookies` per category) are expired
 *   on `/` and every prefix of the page's path, for the host and each parent domain, then
 *   `consent-revoke` is dispatched on `document` with `{ categories, services, removedCookies }`
 *   (once per change, however many gates run). Scripts that ran cannot be unloaded: reload the page
 *   there if needed.
 *
 * @returns a disposer: disconnects the observer, stops following the store, drops pending scripts.
 */
export function gateScripts(options: GateScriptsOptions = {}): Disposer {
  const store = resolveStore(options);
  const root = options.root ?? document;
  const doc = documentOf(root);

  /** Claimed elements waiting for earlier external scripts, in document order. */
  let queue: Element[] = [];
  /** External scripts inserted since the last inline one, not yet run. */
  let pending: Promise<void>[] = [];
  let waiting = false;
  let disposed = false;

  const activate = (element: Element): void => {
    if (element.localName === 'iframe') {
      (element as HTMLIFrameElement).src = element.getAttribute('data-src') ?? '';
      return;
    }
    const gated = element as HTMLScriptElement;
    const script = liveScript(gated);
    if (!gated.isConnected) return;
    if (script.src) pending.push(settled(script));
    gated.replaceWith(script);
  };

  const drain = (): void => {
    while (queue.length > 0 && !disposed) {
      const next = queue[0];
      const isInlineScript = next.localName === 'script' && !next.hasAttribute('data-src');
      if (isInlineScript && pending.length > 0) {
        if (waiting) return;
        waiting = true;
        const batch = pending;
        pending = [];
        void Promise.all(batch).then(() => {
          waiting = false;
          drain();
        });
        return;
      }
      queue.shift();
      activate(next);
    }
  };

  const scan = (): void => {
    const state = store.state;
    const claimed = claimedElements();
    for (const element of Array.from(root.querySelectorAll(GATED_SELECTOR))) {
      if (claimed.has(element) || !allGranted(requirementsOf(element), state)) continue;
      claimed.add(element);
      queue.push(element);
    }
    drain();
  };

  // Withdrawals first: `consent-revoke` is out before the scan that follows the same change.
  const stopWithdrawals = followWithdrawals(store, doc, options.cookies);
  const unsubscribe = store.subscribe(() => scan());

  let observer: MutationObserver | undefined;
  if (options.observe !== false && typeof MutationObserver === 'function') {
    observer = new MutationObserver((records) => {
      const added = records.some((record) => Array.from(record.addedNodes).some(holdsGatedMarkup));
      if (added) scan();
    });
    observer.observe(root, { childList: true, subtree: true });
  }

  scan();

  return () => {
    if (disposed) return;
    disposed = true;
    observer?.disconnect();
    stopWithdrawals();
    unsubscribe();
    // Release what never ran, so another gate may take it.
    const claimed = claimedElements();
    for (const element of queue) claimed.delete(element);
    queue = [];
  };
}
