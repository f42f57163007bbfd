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
 * all in the opt-out regime) still records the cookie and announces it, with `changed: []`.
 */
import type {} from '../events/consent-change.js';
import type {} from '../events/consent-error.js';
import { parseConsentCookie, serializeConsentCookie } from './codec.js';
import { resolveConfig } from './config.js';
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

const hasDom = (): boolean => typeof document != 'undefined';
const json = JSON.stringify;
const isObj = (v: unknown): v is object => !!v && typeof v == 'object' && !Array.isArray(v);
const sameChoices = (a: object, b: object): boolean =>
  json(Object.entries(a).sort()) == json(Object.entries(b).sort());
const newId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');

/** Fires `type` with `detail` on the store and, in a browser, on `document` (bubbles, composed). */
const emit = (target: EventTarget, type: string, detail: unknown): void => {
  target.dispatchEvent(new CustomEvent(type, { detail }));
  if (hasDom())
    document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
};

export class ConsentStore extends EventTarget implements ConsentStoreApi {
  private _input: unknown;
  private _decl?: object;
  private _config!: ResolvedConsentConfig;
  private _state?: ConsentState;
  private _raw: ConsentRecord | null = null;
  private _memory = false;
  private _bad?: string;
  private _sync?: Sync;
  private _queue: ConsentErrorDetail[] = [];
  private _listeners = new Set<ConsentListener>();

  /** The current consent state, an immutable snapshot replaced on every change. */
  get state(): ConsentState {
    return this._state ?? this._start();
  }

  /** The resolved configuration. */
  get config(): ResolvedConsentConfig {
    return this._config ?? (this._start(), this._config);
  }

  /** Whether category `id` is granted now. Reads the cached state. */
  isGranted(id: string): boolean {
    return this.state.categories[id] === true;
  }

  /** Grants every category, as one decision. */
  acceptAll(options?: ChangeOptions): void {
    this._decide(this._all(true), options);
  }

  /** Denies every non-required category, as one decision (remembered like a consent). */
  rejectAll(options?: ChangeOptions): void {
    this._decide(this._all(false), options);
  }

  /** Records one choice. A required or unknown category is refused with a `consent-error`. */
  setCategory(id: string, granted: boolean, options?: ChangeOptions): void {
    if (this._known(id)) this._decide({ [id]: granted }, options);
  }

  /** Records several choices as one decision; unlisted categories keep their current choice. */
  setCategories(choices: Record<string, boolean>, options?: ChangeOptions): void {
    this._decide(
      Object.fromEntries(Object.entries(choices).filter(([id]) => this._known(id))),
      options,
    );
  }

  /**
   * Records that the visitor acknowledged policy `version` (default: the configured one). Without an
   * earlier record this stores an acknowledgement only: the visitor stays undecided.
   */
  acknowledgePolicy(version = this.config.policy.version, options?: ChangeOptions): void {
    const raw = this._raw;
    if (!version || raw?.acknowledgedPolicy == version) return;
    this._commit(
      {
        ...(raw ?? { id: newId(), decidedAt: 0, choices: {} }),
        updatedAt: Date.now(),
        acknowledgedPolicy: version,
        source: options?.source ?? 'api',
      },
      options,
    );
  }

  /** Forgets the decision and the acknowledgement, and removes the cookie. */
  reset(options?: ChangeOptions): void {
    void this.state;
    this._commit(null, options);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: ConsentListener): () => void {
    this._listeners.add(listener);
    return () => void this._listeners.delete(listener);
  }

  /**
   * Replaces the configuration given from script (the page's declarative
   * `<script type="application/json" data-consent-config>` stays the base, merged key by key at the
   * top level) and re-derives the state: `consent-change` with source `config` if it changed.
   */
  configure(input: unknown): void {
    this._input = input;
    if (!this._state) return;
    this._sync?.close();
    this._setup();
    this._update('config');
  }

  /** Stops tab sync and drops the listeners. For tests and teardown. */
  dispose(): void {
    this._sync?.close();
    this._sync = undefined;
    this._listeners.clear();
  }

  private _start(): ConsentState {
    if (hasDom() && !this._decl) {
      this._decl = {};
      for (const s of document.querySelectorAll(
        'script[type="application/json"][data-consent-config]',
      )) {
        try {
          const v: unknown = JSON.parse(s.textContent || '');
          if (!isObj(v)) throw 'not a JSON object';
          Object.assign(this._decl, v);
        } catch (e) {
          this._error('invalid-config', `data-consent-config ignored: ${e}`);
        }
      }
    }
    this._memory = !hasDom();
    this._setup();
    this._state = this._derive();
    for (const d of this._queue.splice(0)) this._report(d);
    return this._state;
  }

  /** Resolves the configuration, reads the cookie and connects tab sync. */
  private _setup(): void {
    const input = this._input;
    const { config, problems } = resolveConfig(
      input === undefined ? this._decl : isObj(input) ? { ...this._decl, ...input } : input,
      hasDom() ? location.hostname : undefined,
    );
    this._config = config;
    for (const p of problems) this._error('invalid-config', p.message, p.key);
    this._raw = this._load();
    if (hasDom())
      this._sync = connectSync(
        config.cookie.name,
        (value) => {
          const r = value ? parseConsentCookie(value) : null;
          if (r || !value) this._commit(r, { source: 'sync' }, false);
        },
        () => this._commit(this._load(), { source: 'sync' }, false),
      );
  }

  /** The newest valid record in the cookie; removes stale duplicates. In memory mode: the record held. */
  private _load(): ConsentRecord | null {
    if (this._memory) return this._raw;
    const c = this._config.cookie;
    const values = readCookies(c.name);
    if (!values) {
      this._fallback();
      return this._raw;
    }
    let best: ConsentRecord | null = null;
    for (const v of values) {
      const r = parseConsentCookie(v);
      if (!r && v != this._bad)
        this._error('corrupt-cookie', `cookie "${c.name}" is not a valid consent record; ignored`);
      if (!r) this._bad = v;
      else if (!best || r.updatedAt > best.updatedAt) best = r;
    }
    if (best && values.length > 1) {
      removeCookie(c);
      this._save(best);
    }
    return best;
  }

  private _save(r: ConsentRecord | null): void {
    if (this._memory) return;
    const c = this._config.cookie;
    if (!r) removeCookie(c);
    else if (!writeCookie(c, serializeConsentCookie(r))) this._fallback();
  }

  private _fallback(): void {
    this._memory = true;
    this._error(
      'storage-unavailable',
      'cookies are unavailable; the consent decision is kept in memory for this page only',
    );
  }

  private _derive(): ConsentState {
    const gpc = typeof navigator != 'undefined' && navigator.globalPrivacyControl === true;
    return deriveState(
      this._config,
      this._raw,
      Date.now(),
      gpc,
      this._memory ? 'memory' : 'cookie',
    );
  }

  /** Every non-required category set to `on`. */
  private _all(on: boolean): Record<string, boolean> {
    return Object.fromEntries(
      this.config.categories.filter((c) => !c.required).map((c) => [c.id, on]),
    );
  }

  private _known(id: string): boolean {
    const c = this.config.categories.find((x) => x.id === id);
    if (c && !c.required) return true;
    this._error(
      'unknown-category',
      `setCategory("${id}") ignored: ${c ? 'a required category is always granted' : 'no such category'}`,
    );
    return false;
  }

  /** Records a decision: the current choices (or regime defaults) overridden by `patch`. */
  private _decide(patch: Record<string, boolean>, options?: ChangeOptions): void {
    const { decided } = this.state;
    const raw = this._raw;
    const version = this._config.policy.version;
    const choices = {
      ...this._all(this._config.regime == 'opt-out'),
      ...(decided && raw!.choices),
      ...Object.fromEntries(Object.entries(patch).map(([id, on]) => [id, !!on])),
    };
    if (decided && sameChoices(choices, raw!.choices) && raw!.policyVersion == version) return;
    const now = Date.now();
    this._commit(
      {
        id: raw?.id || newId(),
        decidedAt: now,
        updatedAt: now,
        choices,
        policyVersion: version,
        acknowledgedPolicy: raw?.acknowledgedPolicy,
        source: options?.source ?? 'api',
      },
      options,
    );
  }

  /** Stores `raw` (unless it came from storage or another tab), tells the other tabs, announces. */
  private _commit(raw: ConsentRecord | null, options?: ChangeOptions, save = true): void {
    void this.state;
    this._raw = raw;
    if (save) {
      this._save(raw);
      this._sync?.post(raw ? serializeConsentCookie(raw) : '');
    }
    this._update(options?.source ?? 'api');
  }

  /** Re-derives the state and announces it if anything changed. */
  private _update(source: ConsentSource): void {
    const previous = this.state;
    const state = this._derive();
    if (json(state) == json(previous)) return;
    this._state = state;
    const was = previous.categories;
    const now = state.categories;
    const changed = Object.keys({ ...was, ...now }).filter((id) => was[id] !== now[id]);
    if (
      json([previous.policyNotice, previous.record?.acknowledgedPolicy]) !=
      json([state.policyNotice, state.record?.acknowledgedPolicy])
    )
      changed.push('policy');
    const detail: ConsentChangeDetail = { state, previous, changed, source };
    for (const listener of [...this._listeners]) {
      try {
        listener(detail);
      } catch (e) {
        console.error(e);
      }
    }
    emit(this, 'consent-change', detail);
  }

  private _error(code: ConsentErrorDetail['code'], message: string, key?: string): void {
    const detail: ConsentErrorDetail = { code, message, key };
    if (this._state) this._report(detail);
    else this._queue.push(detail);
  }

  private _report(detail: ConsentErrorDetail): void {
    console.warn('[consent-elements] ' + detail.message);
    emit(this, 'consent-error', detail);
  }
}

declare global {
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}
