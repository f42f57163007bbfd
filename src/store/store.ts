/**
 * The consent store: one `EventTarget` holding the configuration, the stored record and the state
 * derived from them. The decisions are the core's (`src/core/`); the store wires them to three
 * adapters: the config source, the storage (cookie, memory fallback) and the tab sync.
 *
 * It touches the DOM lazily (first `state`/`config` access or method call), never at import or in
 * the constructor, and never throws into the page: problems become a `[consent-elements]` warning
 * (printed once per page) plus a `consent-error` event on `document` and on the store. A bad config
 * value is dropped at once; its warning follows as soon as its words have loaded (see
 * `error-reports.ts`), and later reports wait for it, so they keep their order.
 *
 * Events: after every change of the state (grants, `decided`, policy notice, storage, or the stored
 * record itself) exactly one `consent-change` on `document` (bubbles, composed) and one on the store,
 * and each `subscribe` listener is called once. A call that changes nothing (`acceptAll()` twice)
 * writes nothing and announces nothing. A first decision that leaves every grant as it was (accepting
 * all in the opt-out regime) still records the cookie and is announced, with `changed: []`. When the
 * clock alone changes the state (the decision expires on a page left open, a policy version comes
 * into force), one timer re-derives it at that moment and announces it with source `storage`.
 *
 * The public methods are arrow functions bound to the store, so they can be passed around
 * (`const { acceptAll } = getConsentStore()`, React's `useConsent()`).
 */
import type {} from '../events/consent-change.js';
import type {} from '../events/consent-error.js';
import { parseConsentCookie, serializeConsentCookie } from '../core/codec.js';
import {
  acknowledge,
  decide,
  everyOptionalCategory,
  repeatsDecision,
  reset as resetRecord,
  type Choices,
} from '../core/record.js';
import { changedGrants, deriveState, isGranted, nextStateChange } from '../core/state.js';
import { findService } from '../core/services.js';
import type {
  ChangeOptions,
  ConsentChangeDetail,
  ConsentListener,
  ConsentRecord,
  ConsentSource,
  ConsentState,
  ConsentStoreApi,
  ResolvedConsentConfig,
} from '../core/types.js';
import { warnOnce } from '../core/warnings.js';
import { ConfigSource } from './config-source.js';
import { ErrorReports } from './error-reports.js';
import { ConsentStorage } from './storage.js';
import { TabSync } from './sync.js';

/** The longest delay `setTimeout` keeps (about 24.8 days); a longer wait is taken in steps. */
const MAX_TIMEOUT = 2 ** 31 - 1;

const hasDom = (): boolean => typeof document !== 'undefined';
const sourceOf = (options?: ChangeOptions): ConsentSource => options?.source ?? 'api';
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The started store's working parts: present once the store has read its config and cookie. */
interface Started {
  config: ResolvedConsentConfig;
  storage: ConsentStorage;
  state: ConsentState;
}

export class ConsentStore extends EventTarget implements ConsentStoreApi {
  readonly #configSource = new ConfigSource();
  #started: Started | undefined;
  /**
   * The record held (from the cookie, a decision here, or another tab): the one copy of it in
   * memory, and the only one where cookies are unavailable.
   */
  #record: ConsentRecord | null = null;
  #sync: TabSync | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Problems, announced in the order found: warned once per page, each a `consent-error`. */
  readonly #errors = new ErrorReports((detail) => {
    warnOnce(detail.message);
    this.#emit('consent-error', detail);
  });
  readonly #listeners = new Set<ConsentListener>();

  /** The current consent state, an immutable snapshot replaced on every change. */
  get state(): ConsentState {
    return this.#start().state;
  }

  /** The resolved configuration. */
  get config(): ResolvedConsentConfig {
    return this.#start().config;
  }

  /**
   * Whether a category (`marketing`) or a service (`marketing.youtube`) is granted now. A category
   * id gives the category's own grant, a service id that service's (see `ConsentState.services`).
   * Reads the cached state.
   */
  isGranted = (id: string): boolean => isGranted(this.state, id);

  /** Grants every category, as one decision. */
  acceptAll = (options?: ChangeOptions): void =>
    this.#decide(everyOptionalCategory(this.config, true), options);

  /** Denies every non-required category, as one decision (remembered like a consent). */
  rejectAll = (options?: ChangeOptions): void =>
    this.#decide(everyOptionalCategory(this.config, false), options);

  /**
   * Records one category's choice, for all of its services (their own choices are dropped). A
   * required or unknown category is refused with a `consent-error`.
   */
  setCategory = (id: string, granted: boolean, options?: ChangeOptions): void => {
    if (this.#choosable(id, 'category')) this.#decide({ [id]: granted }, options);
  };

  /**
   * Records one service's choice (`marketing.youtube`); its category and the category's other
   * services keep theirs. A service of a required category, or an unknown one, is refused with a
   * `consent-error`.
   */
  setService = (id: string, granted: boolean, options?: ChangeOptions): void => {
    if (this.#choosable(id, 'service')) this.#decide({ [id]: granted }, options);
  };

  /**
   * Records several choices, category ids and service ids, as one decision: each category listed
   * sets all of its services, then each service listed sets itself. Unlisted ones keep their
   * current choice.
   */
  setCategories = (choices: Choices, options?: ChangeOptions): void => {
    const valid = Object.entries(choices).filter(([id]) => this.#choosable(id, 'any'));
    this.#decide(Object.fromEntries(valid), options);
  };

  /**
   * Records that the visitor acknowledged policy `version` (default: the configured one). Without an
   * earlier record this stores an acknowledgement only: the visitor stays undecided.
   */
  acknowledgePolicy = (version?: string, options?: ChangeOptions): void => {
    const acknowledged = version ?? this.config.policy.version;
    if (acknowledged === undefined) return;
    const source = sourceOf(options);
    const record = acknowledge(this.#record, acknowledged, Date.now(), source);
    if (record) this.#commit(record, source);
  };

  /** Forgets the decision and the acknowledgement, and removes the cookie. */
  reset = (options?: ChangeOptions): void => this.#commit(resetRecord(), sourceOf(options));

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: ConsentListener): (() => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  /**
   * Replaces the configuration given from script (the page's declarative
   * `<script type="application/json" data-consent-config>` stays the base, merged key by key at the
   * top level) and re-derives the state: `consent-change` with source `config` if it changed.
   * A plain `consent-config` event on the store (not on `document`) says the configuration itself
   * changed, so connected elements re-render their copy, locale and contact.
   */
  configure = (input: unknown): void => {
    this.#configSource.scripted = input;
    const started = this.#started;
    if (!started) return;
    this.#applyConfig(started);
    // Elements show config too (copy, locale, support): tell them, even when consent is unchanged.
    this.dispatchEvent(new Event('consent-config'));
    this.#update('config');
  };

  /**
   * Stops tab sync and the expiry timer, drops the listeners and the reports not made yet. For
   * tests and teardown.
   */
  dispose = (): void => {
    this.#errors.clear();
    this.#sync?.close();
    this.#sync = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#listeners.clear();
  };

  /** Reads the config and the cookie and connects tab sync, once; returns the working parts. */
  #start(): Started {
    const running = this.#started;
    if (running) return running;
    // Problems found while starting are reported once the first state exists (listeners may read it).
    this.#errors.hold();
    if (hasDom()) this.#errors.addConfigProblems(this.#configSource.readDocument(document));
    const config = this.#resolveConfig();
    const storage = new ConsentStorage(
      config.cookie,
      (problem) => this.#errors.add(problem),
      !hasDom(),
    );
    this.#record = this.#readStored(storage);
    const started: Started = { config, storage, state: this.#derive(config, storage) };
    this.#started = started;
    this.#connectSync(config);
    this.#scheduleNextChange(started);
    this.#errors.release();
    return started;
  }

  /** The resolved configuration; its problems are reported. */
  #resolveConfig(): ResolvedConsentConfig {
    const { config, problems } = this.#configSource.resolve(
      hasDom() ? () => location.hostname : undefined,
    );
    this.#errors.addConfigProblems(problems);
    return config;
  }

  /** A new configuration: the cookie it names is read, and tab sync follows that cookie. */
  #applyConfig(started: Started): void {
    started.config = this.#resolveConfig();
    started.storage.cookie = started.config.cookie;
    this.#record = this.#readStored(started.storage);
    this.#connectSync(started.config);
  }

  #connectSync(config: ResolvedConsentConfig): void {
    this.#sync?.close();
    if (!hasDom()) return;
    this.#sync = new TabSync(
      config.cookie.name,
      (value) => this.#receive(value),
      () => this.#reload(),
    );
  }

  /** A cookie value another tab posted (`''` after a reset there). */
  #receive(value: string): void {
    // A reset elsewhere: the cookie says whether a newer decision (this tab's) followed it.
    if (value === '') return this.#reload();
    const record = parseConsentCookie(value);
    // A record older than the one held lost a race with a newer decision: ignore it.
    const held = this.#record;
    if (!record || (held !== null && held.updatedAt > record.updatedAt)) return;
    this.#commit(record, 'sync', false);
    // A slower tab may have written its older decision over this one: put the newest back.
    const { storage } = this.#start();
    const stored = storage.load();
    if (stored && stored.updatedAt < record.updatedAt) storage.save(record);
  }

  /** Re-reads the cookie (the page woke up, or another tab reset). */
  #reload(): void {
    const started = this.#start();
    this.#commit(this.#readStored(started.storage), 'sync', false);
  }

  /** The record in the cookie; where cookies are unavailable, the record held. */
  #readStored(storage: ConsentStorage): ConsentRecord | null {
    const stored = storage.load();
    return stored === undefined ? this.#record : stored;
  }

  #derive(config: ResolvedConsentConfig, storage: ConsentStorage): ConsentState {
    const gpc = typeof navigator !== 'undefined' && navigator.globalPrivacyControl === true;
    return deriveState(config, this.#record, Date.now(), gpc, storage.kind);
  }

  /** Fires `type` with `detail` on the store and, in a browser, on `document` (bubbles, composed). */
  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
    if (hasDom())
      document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Whether `id` is a category (or a service, as `kind` allows) the visitor can choose; else a
   * `consent-error`.
   */
  #choosable(id: string, kind: 'category' | 'service' | 'any'): boolean {
    const { config } = this;
    const category =
      kind === 'service' ? undefined : config.categories.find((candidate) => candidate.id === id);
    const service = category || kind === 'category' ? undefined : findService(config, id);
    const found = category ?? service?.category;
    if (found && found.required !== true) return true;
    const what = service || kind === 'service' ? 'service' : 'category';
    const why = found ? 'is required' : 'is unknown';
    this.#errors.add({ code: 'unknown-category', message: `${what} "${id}" ${why}: ignored` });
    return false;
  }

  #decide(patch: Choices, options?: ChangeOptions): void {
    const { config } = this.#start();
    const source = sourceOf(options);
    const now = Date.now();
    const record = decide(config, this.#record, patch, now, source);
    if (!repeatsDecision(config, this.#record, record, now)) this.#commit(record, source);
  }

  /** Holds `record`, stores it and tells the other tabs (unless it came from them), announces. */
  #commit(record: ConsentRecord | null, source: ConsentSource, write = true): void {
    const started = this.#start();
    this.#record = record;
    if (write) {
      started.storage.save(record);
      this.#sync?.post(record ? serializeConsentCookie(record) : '');
    }
    this.#update(source);
  }

  /** Re-derives the state and announces it if anything changed. */
  #update(source: ConsentSource): void {
    const started = this.#start();
    const previous = started.state;
    const next = this.#derive(started.config, started.storage);
    this.#scheduleNextChange(started);
    if (sameJson(next, previous)) return;
    started.state = next;
    const changed = changedGrants(previous, next);
    const policyBefore = [previous.policyNotice, previous.record?.acknowledgedPolicy];
    const policyAfter = [next.policyNotice, next.record?.acknowledgedPolicy];
    if (!sameJson(policyBefore, policyAfter)) changed.push('policy');
    const detail: ConsentChangeDetail = { state: next, previous, changed, source };
    for (const listener of [...this.#listeners]) {
      try {
        listener(detail);
      } catch (error) {
        console.error(error);
      }
    }
    this.#emit('consent-change', detail);
  }

  /**
   * One timer for the next moment the clock alone changes the state (see `nextStateChange`). A wait
   * longer than `setTimeout` allows is taken in steps: each step re-derives and waits again.
   */
  #scheduleNextChange(started: Started): void {
    // Most starts have no timer to clear: skip the call.
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!hasDom()) return;
    const now = Date.now();
    const due = nextStateChange(started.config, this.#record, now);
    if (due === undefined) return;
    this.#timer = setTimeout(() => this.#update('storage'), Math.min(due - now, MAX_TIMEOUT));
  }
}

declare global {
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}
