/**
 * The audit's record and its rules: the consent timeline, what was observed when, and which of it
 * breaks consent. Pure (times are passed in, in ms since the page's time origin, the clock of
 * `performance.now()` and of resource timing entries), so the rules are tested in Node.
 *
 * The rule: a classified item is a violation when it is written, found or requested while its
 * category is not granted (the store always grants strictly necessary ones): `before-consent` if
 * the category was never granted until then, `after-withdrawal` if it was. An item already present
 * when a category is withdrawn has `withdrawalGrace` ms for the site to remove it.
 */
import type { AuditKind, Classification, Classifier } from './classify.js';

/** Consent as it stood at one moment. */
export interface ConsentSnapshot {
  /** A valid decision existed. */
  decided: boolean;
  /** The categories granted, in config order. */
  granted: string[];
}

/** What happened to an item: found at the audit's first look, appeared, went away, or was requested. */
export type ObservationEvent = 'present' | 'written' | 'removed' | 'requested';

export interface AuditObservation {
  kind: AuditKind;
  /** Cookie name, storage key, or request URL. */
  name: string;
  event: ObservationEvent;
  /** `localStorage` or `sessionStorage`, for storage keys. */
  area?: StorageArea;
  /** ms since the page's time origin. */
  at: number;
  /** The consent category, or null when neither the site nor the built-in table claims the item. */
  category: string | null;
  classifiedBy: Classification['source'] | null;
  vendor?: string;
  consentAtThatTime: ConsentSnapshot;
}

export type ViolationReason = 'before-consent' | 'after-withdrawal';

export interface AuditViolation {
  kind: AuditKind;
  name: string;
  category: string;
  /** ms since the page's time origin. */
  at: number;
  consentAtThatTime: ConsentSnapshot;
  reason: ViolationReason;
  event: ObservationEvent;
  area?: StorageArea;
  vendor?: string;
  /** One sentence for a person: what, when, under which consent. */
  message: string;
}

/** Consent from `at` on (the first entry: when the audit started, counted from 0). */
export interface ConsentEntry {
  at: number;
  consent: ConsentSnapshot;
}

export interface AuditReport {
  verdict: 'pass' | 'fail';
  /** Each violation once, in time order. */
  violations: AuditViolation[];
  /** Everything observed, classified or not, in time order. */
  observed: AuditObservation[];
  /** The consent timeline: how consent stood from the start, then each change. */
  consent: ConsentEntry[];
}

export type StorageArea = 'localStorage' | 'sessionStorage';

/** Cookies, or the keys of one storage area: each is watched as a set of names. */
export type WatchedSet = 'cookie' | StorageArea;

export class AuditLedger {
  readonly #classifier: Classifier;
  readonly #withdrawalGrace: number;
  readonly #timeline: ConsentEntry[] = [];
  readonly #observed: AuditObservation[] = [];
  readonly #violations = new Map<string, AuditViolation>();
  /** Names present in each watched set at the last scan (absent: never scanned). */
  readonly #present = new Map<WatchedSet, Set<string>>();
  /** Requests already seen, by URL without its query (one beacon per page view is one item). */
  readonly #requested = new Set<string>();

  constructor(classifier: Classifier, { withdrawalGrace = 1000 } = {}) {
    this.#classifier = classifier;
    this.#withdrawalGrace = withdrawalGrace;
  }

  /** Records consent from `at` on. */
  consent(time: number, consent: ConsentSnapshot): void {
    this.#timeline.push({ at: Math.round(time), consent });
  }

  /** Consent at `at`: the last snapshot taken at or before it (the first one before any). */
  consentAt(at: number): ConsentSnapshot {
    let current = this.#timeline[0]?.consent ?? { decided: false, granted: [] };
    for (const entry of this.#timeline) if (entry.at <= at) current = entry.consent;
    return current;
  }

  /**
   * Compares the names now in a watched set with the last scan's: new names are `written` (or
   * `present` on the first scan), missing ones `removed`; every name present is checked.
   * @returns the violations found for the first time
   */
  scan(set: WatchedSet, names: Iterable<string>, time: number): AuditViolation[] {
    const at = Math.round(time);
    const before = this.#present.get(set);
    const now = new Set(names);
    this.#present.set(set, now);
    const kind: AuditKind = set === 'cookie' ? 'cookie' : 'storage';
    const area = set === 'cookie' ? undefined : set;
    const found: AuditViolation[] = [];
    for (const name of before ?? []) {
      if (!now.has(name)) this.#observe(kind, name, 'removed', at, area);
    }
    for (const name of now) {
      const isNew = !before?.has(name);
      const event: ObservationEvent = isNew && before !== undefined ? 'written' : 'present';
      if (isNew) this.#observe(kind, name, event, at, area);
      const violation = this.#check(kind, name, event, at, area, !isNew);
      if (violation) found.push(violation);
    }
    return found;
  }

  /** Records a request to another host, started at `startTime`. @returns a violation found for the first time */
  request(url: string, startTime: number): AuditViolation | undefined {
    const at = Math.round(startTime);
    const key = url.split(/[?#]/)[0];
    if (!this.#requested.has(key)) {
      this.#requested.add(key);
      this.#observe('request', url, 'requested', at);
    }
    return this.#check('request', url, 'requested', at, undefined, false);
  }

  report(): AuditReport {
    const violations = [...this.#violations.values()].sort((a, b) => a.at - b.at);
    return {
      verdict: violations.length === 0 ? 'pass' : 'fail',
      violations,
      // Stable sort: requests found in the resource timing buffer come in after later cookies.
      observed: [...this.#observed].sort((a, b) => a.at - b.at),
      consent: [...this.#timeline],
    };
  }

  #observe(
    kind: AuditKind,
    name: string,
    event: ObservationEvent,
    at: number,
    area?: StorageArea,
  ): void {
    const found = this.#classifier.classify(kind, name);
    const observation: AuditObservation = {
      kind,
      name,
      event,
      ...(area && { area }),
      at,
      category: found?.category ?? null,
      classifiedBy: found?.source ?? null,
      ...(found?.vendor && { vendor: found.vendor }),
      consentAtThatTime: this.consentAt(at),
    };
    this.#observed.push(observation);
  }

  /** The violation `name` makes at `at`, if it is one not reported yet. */
  #check(
    kind: AuditKind,
    name: string,
    event: ObservationEvent,
    at: number,
    area: StorageArea | undefined,
    wasAlreadyPresent: boolean,
  ): AuditViolation | undefined {
    const found = this.#classifier.classify(kind, name);
    if (!found) return undefined;
    const consent = this.consentAt(at);
    if (consent.granted.includes(found.category)) return undefined;
    const withdrawnAt = this.#withdrawnAt(found.category, at);
    if (
      wasAlreadyPresent &&
      withdrawnAt !== undefined &&
      at - withdrawnAt < this.#withdrawalGrace
    ) {
      return undefined;
    }
    const reason: ViolationReason =
      withdrawnAt === undefined ? 'before-consent' : 'after-withdrawal';
    const key = `${kind}|${area ?? ''}|${kind === 'request' ? name.split(/[?#]/)[0] : name}|${reason}`;
    if (this.#violations.has(key)) return undefined;
    const violation: AuditViolation = {
      kind,
      name,
      category: found.category,
      at,
      consentAtThatTime: consent,
      reason,
      event,
      ...(area && { area }),
      ...(found.vendor && { vendor: found.vendor }),
      message: describeViolation(kind, name, found, event, at, consent, reason, area),
    };
    this.#violations.set(key, violation);
    return violation;
  }

  /** When `category` was last withdrawn before `at`, or undefined if it was never granted before. */
  #withdrawnAt(category: string, at: number): number | undefined {
    let wasGranted = false;
    let withdrawnAt: number | undefined;
    for (const entry of this.#timeline) {
      if (entry.at > at) break;
      const granted = entry.consent.granted.includes(category);
      if (wasGranted && !granted) withdrawnAt = entry.at;
      wasGranted = granted;
    }
    return withdrawnAt;
  }
}

/**
 * One sentence a person can act on: "cookie _ga (analytics, Google Analytics) was written 0.4 s
 * after page load, before analytics was granted (consent then: no decision yet; granted: necessary)".
 */
export function describeViolation(
  kind: AuditKind,
  name: string,
  found: Classification,
  event: ObservationEvent,
  at: number,
  consent: ConsentSnapshot,
  reason: ViolationReason,
  area?: StorageArea,
): string {
  const what = kind === 'storage' ? `${area ?? 'storage'} key ${name}` : `${kind} ${name}`;
  const claim = found.vendor ? `${found.category}, ${found.vendor}` : found.category;
  const verb = {
    present: 'was present',
    written: 'was written',
    removed: 'was removed',
    requested: 'was requested',
  }[event];
  const when = `${(at / 1000).toFixed(1)} s after page load`;
  const why =
    reason === 'before-consent'
      ? `before ${found.category} was granted`
      : `after ${found.category} was withdrawn`;
  return `${what} (${claim}) ${verb} ${when}, ${why} (consent then: ${describeConsent(consent)})`;
}

/** "no decision yet; granted: necessary", "decided; granted: necessary, analytics". */
export function describeConsent(consent: ConsentSnapshot): string {
  const granted = consent.granted.length > 0 ? consent.granted.join(', ') : 'nothing';
  return `${consent.decided ? 'decided' : 'no decision yet'}; granted: ${granted}`;
}
