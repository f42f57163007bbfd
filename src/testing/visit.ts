import type { Page, Request } from '@playwright/test';
import {
  Classifier,
  isOtherHost,
  readAuditCategories,
  type AuditKind,
  type ConfiguredCategory,
} from '../audit/classify.js';
import type { ConsentCheckOptions } from './options.js';

/** A moment of the visit, as a failure message names it. */
export interface Phase {
  /** "during the first page load", "after analytics was withdrawn". */
  when: string;
  /** The consent in force then: "no choice made yet", "analytics withdrawn". */
  consent: string;
}

/** A tracking item seen where it should not be. */
export interface Finding {
  kind: AuditKind;
  /** Cookie name, storage key, or request URL. */
  name: string;
  category: string;
  vendor?: string;
  phase: Phase;
  /** For requests: ms after the navigation that started the visit. */
  at?: number;
  /** One line for a person: which item, when, under which consent. */
  message: string;
}

interface SeenRequest {
  url: string;
  method: string;
  at: number;
  phase: Phase;
}

/** The page registry's key (src/core/registry.ts): the page's one store is its `store` entry. */
const REGISTRY_KEY = 'consent-elements.registry.v1';

/**
 * One visitor's visit to a site, recorded: every request with its time and the phase it happened
 * in, and on demand the tracking cookies, storage keys and requests found. The consent config of a
 * page running consent-elements is read through the page's store (its `cookies` patterns and
 * `required` categories); any other site is classified by the options and the built-in table.
 */
export class Visit {
  readonly #page: Page;
  readonly #options: ConsentCheckOptions;
  readonly #requests: SeenRequest[] = [];
  #phase: Phase;
  #startedAt = Date.now();
  #classifier = new Classifier();
  #necessary = new Set<string>(['necessary']);
  readonly #onRequest = (request: Request): void => {
    this.#requests.push({
      url: request.url(),
      method: request.method(),
      at: Date.now() - this.#startedAt,
      phase: this.#phase,
    });
  };

  private constructor(page: Page, options: ConsentCheckOptions, phase: Phase) {
    this.#page = page;
    this.#options = options;
    this.#phase = phase;
  }

  /** Opens `url` as a first-time visitor (no cookies), waits until the network is quiet. */
  static async start(page: Page, options: ConsentCheckOptions, phase: Phase): Promise<Visit> {
    const url = options.url ?? page.url();
    if (!/^https?:/.test(url)) {
      throw new Error('consent-elements/testing: open the page first or pass options.url.');
    }
    const visit = new Visit(page, options, phase);
    await page.context().clearCookies();
    page.on('request', visit.#onRequest);
    visit.#startedAt = Date.now();
    await page.goto(url);
    await visit.settle();
    await visit.#readConfig();
    return visit;
  }

  /** Waits for the page to load and its network to go quiet. */
  async settle(): Promise<void> {
    await this.#page.waitForLoadState('load');
    await this.#page.waitForLoadState('networkidle');
  }

  /** Names the phase the next requests and findings belong to; returns a mark for `tracking`. */
  enter(phase: Phase): number {
    this.#phase = phase;
    return this.#requests.length;
  }

  /** Reloads the page and waits until it is quiet. */
  async reload(): Promise<void> {
    await this.#page.reload();
    await this.settle();
  }

  /**
   * Tracking items: cookies and storage keys present now, and requests to other hosts made since
   * `mark` (from `enter`), of categories that are not strictly necessary (or of `category` only).
   */
  async tracking(mark = 0, category?: string): Promise<Finding[]> {
    return [...(await this.stored(category)), ...this.requested(mark, category)];
  }

  /** Tracking cookies and storage keys present now. */
  async stored(category?: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    for (const cookie of await this.#page.context().cookies(this.#page.url())) {
      const found = this.#finding('cookie', cookie.name, `cookie ${cookie.name} is set`, category);
      if (found) findings.push(found);
    }
    for (const { area, key } of await this.#storageKeys()) {
      const found = this.#finding('storage', key, `${area} key ${key} is set`, category);
      if (found) findings.push(found);
    }
    return findings;
  }

  /** Tracking requests to other hosts made since `mark`. */
  requested(mark = 0, category?: string): Finding[] {
    const pageHost = new URL(this.#page.url()).hostname;
    const findings: Finding[] = [];
    for (const request of this.#requests.slice(mark)) {
      if (!isOtherHost(request.url, pageHost)) continue;
      const what = `${request.method} ${request.url} was sent ${(request.at / 1000).toFixed(1)} s after the visit began`;
      const found = this.#finding('request', request.url, what, category, request);
      if (found) findings.push(found);
    }
    return findings;
  }

  /** A finding for `name` when it is tracking (of `category`, if given); its phase is now or the request's. */
  #finding(
    kind: AuditKind,
    name: string,
    what: string,
    category: string | undefined,
    request?: SeenRequest,
  ): Finding | undefined {
    const found = this.#classifier.classify(kind, name);
    if (!found || this.#necessary.has(found.category)) return undefined;
    if (category !== undefined && found.category !== category) return undefined;
    const phase = request?.phase ?? this.#phase;
    const claim = found.vendor ? `${found.category}, ${found.vendor}` : found.category;
    return {
      kind,
      name,
      category: found.category,
      ...(found.vendor && { vendor: found.vendor }),
      phase,
      ...(request && { at: request.at }),
      message: `${what} (${claim}) ${phase.when} (consent: ${phase.consent})`,
    };
  }

  /** Stops recording requests. */
  end(): void {
    this.#page.off('request', this.#onRequest);
  }

  async #storageKeys(): Promise<{ area: string; key: string }[]> {
    return this.#page.evaluate(() => {
      const keys: { area: string; key: string }[] = [];
      for (const area of ['localStorage', 'sessionStorage'] as const) {
        try {
          const storage = window[area];
          for (let i = 0; i < storage.length; i++) {
            const key = storage.key(i);
            if (key !== null) keys.push({ area, key });
          }
        } catch {
          // Blocked storage holds nothing to find.
        }
      }
      return keys;
    });
  }

  /** The page's consent config categories, when it runs consent-elements; then the classifier. */
  async #readConfig(): Promise<void> {
    const configured = await this.#page.evaluate((key): ConfiguredCategory[] => {
      const registry = (globalThis as Record<symbol, unknown>)[Symbol.for(key)] as
        { store?: { config?: { categories?: ConfiguredCategory[] } } } | undefined;
      const store = registry?.store;
      return (store?.config?.categories ?? []).map(({ id, required, cookies }) => ({
        id,
        required,
        cookies,
      }));
    }, REGISTRY_KEY);
    const { categories, problems } = readAuditCategories(this.#options.categories);
    if (problems.length > 0) {
      throw new TypeError(`consent-elements/testing: options.${problems.join('; options.')}.`);
    }
    this.#classifier = new Classifier(configured, categories);
    this.#necessary = new Set(
      this.#options.necessary ?? [
        'necessary',
        ...configured.filter((c) => c.required === true).map((c) => c.id),
      ],
    );
  }
}
