/**
 * The consent store: one `EventTarget` holding the configuration, the stored record and the derived
 * state. It touches the DOM lazily (first `state`/`config` access or method call), never at import
 * or in the constructor, and never throws into the page: problems become a `[consent-elements]`
 * warning plus a `consent-error` event on `document` and on the store.
 *
 * Events: after every change of the state (grants, `decided`, policy notice, storage, or the stored
 * record itself) exactly one `consent-change` on `document` (bubbles, composed) and one on the store,
 * and each `subscribe` listener is called once. A call that changes nothing (`acceptAll()` twice)
 * writes nothing and announces nothing. A first decision that leaves every grant as it was (accepting
 * all in the opt-out regime) still records the cookie and is announced, with `changed: []`.
 *
 * The members are closures over the constructor's private state (it stays small when minified).
 */
import type {} from '../events/consent-change.js';
import type {} from '../events/consent-error.js';
import { parseConsentCookie, serializeConsentCookie } from './codec.js';
import { isObj, resolveConfig } from './config.js';
import { deriveState } from './rules.js';
import { readCookies, removeCookie, writeCookie } from './storage.js';
import { connectSync, type Sync } from './sync.js';
import type {
  ChangeOptions,
  ConsentChangeDetail,
  ConsentErrorDetail,
  ConsentListener,
  ConsentRecord,
  ConsentSource,
  ConsentState,
  ConsentStoreApi,
  ResolvedConsentConfig,
} from './types.js';

type Choices = Record<string, boolean>;

const hasDom = (): boolean => typeof document != 'undefined';
const json = JSON.stringify;
/** Who made a change: `options.source`, else `api`. */
const sourceOf = (options?: ChangeOptions): ConsentSource => options?.source ?? 'api';
const newId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');

/** Fires `type` with `detail` on the store and, in a browser, on `document` (bubbles, composed). */
const emit = (target: EventTarget, type: string, detail: unknown): void => {
  target.dispatchEvent(new CustomEvent(type, { detail }));
  if (hasDom())
    document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
};

export class ConsentStore extends EventTarget implements ConsentStoreApi {
  /** The current consent state, an immutable snapshot replaced on every change. */
  declare readonly state: ConsentState;
  /** The resolved configuration. */
  declare readonly config: ResolvedConsentConfig;
  /** Whether category `id` is granted now. Reads the cached state. */
  declare isGranted: (id: string) => boolean;
  /** Grants every category, as one decision. */
  declare acceptAll: (options?: ChangeOptions) => void;
  /** Denies every non-required category, as one decision (remembered like a consent). */
  declare rejectAll: (options?: ChangeOptions) => void;
  /** Records one choice. A required or unknown category is refused with a `consent-error`. */
  declare setCategory: (id: string, granted: boolean, options?: ChangeOptions) => void;
  /** Records several choices as one decision; unlisted categories keep their current choice. */
  declare setCategories: (choices: Choices, options?: ChangeOptions) => void;
  /**
   * Records that the visitor acknowledged policy `version` (default: the configured one). Without an
   * earlier record this stores an acknowledgement only: the visitor stays undecided.
   */
  declare acknowledgePolicy: (version?: string, options?: ChangeOptions) => void;
  /** Forgets the decision and the acknowledgement, and removes the cookie. */
  declare reset: (options?: ChangeOptions) => void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  declare subscribe: (listener: ConsentListener) => () => void;
  /**
   * Replaces the configuration given from script (the page's declarative
   * `<script type="application/json" data-consent-config>` stays the base, merged key by key at the
   * top level) and re-derives the state: `consent-change` with source `config` if it changed.
   * A plain `consent-config` event on the store (not on `document`) says the configuration itself
   * changed, so connected elements re-render their copy, locale and contact.
   */
  declare configure: (input: unknown) => void;
  /** Stops tab sync and drops the listeners. For tests and teardown. */
  declare dispose: () => void;

  constructor() {
    super();
    let input: unknown;
    let decl: object | undefined;
    let config: ResolvedConsentConfig;
    let state: ConsentState | undefined;
    let raw: ConsentRecord | null = null;
    let memory = false;
    let bad: string | undefined;
    let sync: Sync | undefined;
    let queue: ConsentErrorDetail[] | undefined;
    const listeners = new Set<ConsentListener>();

    /** Warns and fires `consent-error`; queued while the first state is being built. */
    const error = (code: ConsentErrorDetail['code'], message: string, key?: string): void => {
      const detail: ConsentErrorDetail = { code, message, key };
      if (queue) queue.push(detail);
      else {
        console.warn('[consent-elements] ' + message);
        emit(this, 'consent-error', detail);
      }
    };

    const fallback = (): void => {
      memory = true;
      error('storage-unavailable', 'cookies unavailable: consent is kept in memory for this page');
    };

    const save = (r: ConsentRecord | null): void => {
      if (memory) return;
      if (!r) removeCookie(config.cookie);
      else if (!writeCookie(config.cookie, serializeConsentCookie(r))) fallback();
    };

    /** The newest valid record in the cookie, stale copies removed; in memory mode the one held. */
    const load = (): ConsentRecord | null => {
      if (memory) return raw;
      const values = readCookies(config.cookie.name);
      if (!values) {
        fallback();
        return raw;
      }
      let best: ConsentRecord | null = null;
      for (const v of values) {
        const r = parseConsentCookie(v);
        if (r) best = best && best.updatedAt >= r.updatedAt ? best : r;
        else if (v != bad) {
          bad = v;
          error('corrupt-cookie', 'invalid consent cookie ignored');
        }
      }
      if (best && values.length > 1) {
        removeCookie(config.cookie);
        save(best);
      }
      return best;
    };

    const derive = (): ConsentState =>
      deriveState(
        config,
        raw,
        Date.now(),
        typeof navigator != 'undefined' && navigator.globalPrivacyControl === true,
        memory ? 'memory' : 'cookie',
      );

    /** Resolves the configuration, reads the cookie and connects tab sync. */
    const setup = (): void => {
      const r = resolveConfig(
        input === undefined ? decl : isObj(input) ? { ...decl, ...input } : input,
        hasDom() ? location.hostname : undefined,
      );
      config = r.config;
      for (const p of r.problems) error('invalid-config', p.message, p.key);
      raw = load();
      sync?.close();
      if (hasDom())
        sync = connectSync(
          config.cookie.name,
          (value) => {
            // A reset elsewhere: the cookie says whether a newer decision (this tab's) followed it.
            if (!value) return commit(load(), 'sync', false);
            const r = parseConsentCookie(value);
            // A record older than the one held lost a race with a newer decision: ignore it.
            if (r && !(raw && raw.updatedAt > r.updatedAt)) commit(r, 'sync', false);
          },
          () => commit(load(), 'sync', false),
        );
    };

    const start = (): ConsentState => {
      queue = [];
      memory = !hasDom();
      if (!memory)
        for (const s of document.querySelectorAll(
          'script[type="application/json"][data-consent-config]',
        )) {
          try {
            const v: unknown = JSON.parse(s.textContent!);
            if (!isObj(v)) throw 'not an object';
            decl = { ...decl, ...v };
          } catch (e) {
            error('invalid-config', 'data-consent-config ignored: ' + e);
          }
        }
      setup();
      state = derive();
      const q = queue;
      queue = undefined;
      for (const d of q) error(d.code, d.message, d.key);
      return state;
    };

    const current = (): ConsentState => state ?? start();
    /** The resolved configuration, once the store has started. */
    const settings = (): ResolvedConsentConfig => {
      current();
      return config;
    };

    /** Re-derives the state and announces it if anything changed. */
    const update = (source: ConsentSource): void => {
      const previous = current();
      const next = derive();
      if (json(next) == json(previous)) return;
      state = next;
      const was = previous.categories;
      const now = next.categories;
      const changed = Object.keys({ ...was, ...now }).filter((id) => was[id] !== now[id]);
      if (
        json([previous.policyNotice, previous.record?.acknowledgedPolicy]) !=
        json([next.policyNotice, next.record?.acknowledgedPolicy])
      )
        changed.push('policy');
      const detail: ConsentChangeDetail = { state: next, previous, changed, source };
      for (const listener of [...listeners]) {
        try {
          listener(detail);
        } catch (e) {
          console.error(e);
        }
      }
      emit(this, 'consent-change', detail);
    };

    /** Stores `r` (unless it came from the cookie or another tab), tells the other tabs, announces. */
    function commit(r: ConsentRecord | null, source: ConsentSource, write = true): void {
      current();
      raw = r;
      if (write) {
        save(r);
        sync?.post(r ? serializeConsentCookie(r) : '');
      }
      update(source);
    }

    /** Every non-required category set to `on`. */
    const all = (on: boolean): Choices =>
      Object.fromEntries(
        settings()
          .categories.filter((c) => !c.required)
          .map((c) => [c.id, on]),
      );

    const known = (id: string): boolean => {
      const c = settings().categories.find((x) => x.id === id);
      if (c && !c.required) return true;
      error('unknown-category', `category "${id}" ${c ? 'is required' : 'is unknown'}: ignored`);
      return false;
    };

    /** Records a decision: the current choices (or regime defaults) overridden by `patch`. */
    const decide = (patch: Choices, options?: ChangeOptions): void => {
      const source = sourceOf(options);
      current();
      // Derived now, not the cached state: a decision may have expired since (tab left open).
      const { decided } = derive();
      const version = config.policy.version;
      const choices: Choices = {
        ...all(config.regime == 'opt-out'),
        ...(decided && raw!.choices),
        ...Object.fromEntries(Object.entries(patch).map(([id, on]) => [id, !!on])),
      };
      const sorted = (c: Choices) => json(Object.entries(c).sort());
      if (decided && sorted(choices) == sorted(raw!.choices) && raw!.policyVersion == version)
        return;
      const now = Date.now();
      commit(
        {
          id: raw?.id || newId(),
          decidedAt: now,
          updatedAt: now,
          choices,
          policyVersion: version,
          acknowledgedPolicy: raw?.acknowledgedPolicy,
          source,
        },
        source,
      );
    };

    Object.defineProperties(this, {
      state: { get: current },
      config: { get: settings },
    });
    Object.assign(this, {
      isGranted: (id: string) => current().categories[id] === true,
      acceptAll: (options?: ChangeOptions) => decide(all(true), options),
      rejectAll: (options?: ChangeOptions) => decide(all(false), options),
      setCategory: (id: string, granted: boolean, options?: ChangeOptions) =>
        known(id) && decide({ [id]: granted }, options),
      setCategories: (choices: Choices, options?: ChangeOptions) =>
        decide(Object.fromEntries(Object.entries(choices).filter(([id]) => known(id))), options),
      acknowledgePolicy: (version?: string, options?: ChangeOptions) => {
        const source = sourceOf(options);
        version ??= settings().policy.version;
        if (version && raw?.acknowledgedPolicy != version)
          commit(
            {
              ...(raw ?? { id: newId(), decidedAt: 0, choices: {} }),
              updatedAt: Date.now(),
              acknowledgedPolicy: version,
              source,
            },
            source,
          );
      },
      reset: (options?: ChangeOptions) => commit(null, sourceOf(options)),
      subscribe: (listener: ConsentListener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      configure: (value: unknown) => {
        input = value;
        if (state) {
          setup();
          // Elements show config too (copy, locale, support): tell them, even when consent is unchanged.
          this.dispatchEvent(new Event('consent-config'));
          update('config');
        }
      },
      dispose: () => {
        sync?.close();
        sync = undefined;
        listeners.clear();
      },
    });
  }
}

declare global {
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}
