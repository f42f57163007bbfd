/**
 * The storage: the consent record in the first-party cookie, with a memory fallback where cookies
 * are unavailable (sandboxed frames, blocked storage). Every cookie access is guarded: nothing here
 * throws. Only used lazily by the store, never at import.
 */
import { parseConsentCookie, serializeConsentCookie } from '../core/codec.js';
import { cookieString, domainVariants, readCookieValues } from '../core/cookie-string.js';
import type { ConsentErrorDetail, ConsentRecord, CookieConfig } from '../core/types.js';

export class ConsentStorage {
  #cookie: CookieConfig;
  /** Tells the owner what went wrong: cookies unavailable, a corrupt value ignored. */
  readonly #report: (problem: ConsentErrorDetail) => void;
  /** Cookies are unavailable: the record lives only where its owner holds it. */
  #inMemory: boolean;
  /** The last corrupt value reported, so a value is reported once. */
  #lastCorrupt: string | undefined;

  constructor(
    cookie: CookieConfig,
    report: (problem: ConsentErrorDetail) => void,
    inMemory = false,
  ) {
    this.#cookie = cookie;
    this.#report = report;
    this.#inMemory = inMemory;
  }

  /** Where the record lives. */
  get kind(): 'cookie' | 'memory' {
    return this.#inMemory ? 'memory' : 'cookie';
  }

  /** Uses `cookie` (a new configuration) from now on. */
  set cookie(cookie: CookieConfig) {
    this.#cookie = cookie;
  }

  /**
   * The newest valid record in the cookie (`null`: none); copies of it under other domains or
   * paths are replaced by one. `undefined` where cookies are unavailable: nothing is stored, the
   * record its owner holds stays the record.
   */
  load(): ConsentRecord | null | undefined {
    if (this.#inMemory) return undefined;
    const values = this.#readValues();
    if (values === null) {
      this.#fallBackToMemory();
      return undefined;
    }
    let newest: ConsentRecord | null = null;
    for (const value of values) {
      const record = parseConsentCookie(value);
      if (record === null) {
        if (value !== this.#lastCorrupt) {
          this.#lastCorrupt = value;
          this.#report({ code: 'corrupt-cookie', message: 'invalid consent cookie ignored' });
        }
      } else if (newest === null || record.updatedAt > newest.updatedAt) {
        newest = record;
      }
    }
    if (newest !== null && values.length > 1) {
      this.#removeEveryCopy();
      this.save(newest);
    }
    return newest;
  }

  /**
   * Stores `record` (`null`: removes it). Falls back to memory when the cookie does not stick; in
   * memory, stores nothing (the owner holds the record).
   */
  save(record: ConsentRecord | null): void {
    if (this.#inMemory) return;
    if (record === null) this.#removeEveryCopy();
    else if (!this.#write(serializeConsentCookie(record))) this.#fallBackToMemory();
  }

  #fallBackToMemory(): void {
    if (this.#inMemory) return;
    this.#inMemory = true;
    this.#report({
      code: 'storage-unavailable',
      message: 'cookies unavailable: consent is kept in memory for this page',
    });
  }

  /** Every value of the consent cookie, or `null` when cookies cannot be read. */
  #readValues(): string[] | null {
    try {
      return readCookieValues(document.cookie, this.#cookie.name);
    } catch {
      return null;
    }
  }

  #assign(value: string, maxAge: number, domain: string | undefined): void {
    const { name, path, sameSite, secure } = this.#cookie;
    document.cookie = cookieString(name, value, {
      path,
      maxAge,
      sameSite,
      domain,
      secure: secure ?? location.protocol === 'https:',
    });
  }

  /** Writes the cookie, then reads it back: `false` when it did not stick. */
  #write(value: string): boolean {
    try {
      this.#assign(value, Math.round(this.#cookie.maxAgeDays * 86_400), this.#cookie.domain);
      return this.#readValues()?.includes(value) === true;
    } catch {
      return false;
    }
  }

  /** Expires the cookie host-only and for each parent domain: every copy goes, whatever its `Domain`. */
  #removeEveryCopy(): void {
    try {
      for (const domain of domainVariants(location.hostname)) this.#assign('', 0, domain);
    } catch {
      // Nothing to remove where cookies are unavailable.
    }
  }
}
