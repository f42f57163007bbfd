/**
 * `consent-elements/server`: read and write the consent cookie on the server, with the same codec
 * and rules as the browser store. No DOM, no Lit: runs in Node, Deno, Bun and edge runtimes.
 *
 * ```ts
 * import { consentFromRequest, consentSetCookie, createConsentRecord } from 'consent-elements/server';
 *
 * const consent = consentFromRequest(request, { config });
 * if (consent.isGranted('analytics')) html += analyticsTag;
 *
 * // A no-JavaScript "Accept all" form posted to the server:
 * const record = createConsentRecord('accept-all', { config, previous: consent.record });
 * response.headers.append('set-cookie', consentSetCookie(record, { config }));
 * ```
 */
import { parseConsentCookie, serializeConsentCookie } from '../core/codec.js';
import { resolveConfig } from '../core/config.js';
import { describeConfigProblems } from '../core/config-messages.js';
import { cookieString, readCookieValues } from '../core/cookie-string.js';
import { decide, everyOptionalCategory } from '../core/record.js';
import { decisionExpiresAt, deriveState, isGranted } from '../core/state.js';
import type {
  ConsentConfig,
  ConsentRecord,
  ConsentSource,
  ConsentState,
  ResolvedConsentConfig,
} from '../core/types.js';

export type { ConsentConfig, ConsentRecord, ConsentState } from '../core/types.js';

/** Options shared by the server helpers. */
export interface ServerConsentOptions {
  /** The same consent config the page uses (cookie name, categories, regime, policy…). */
  config?: ConsentConfig;
}

export interface ReadConsentOptions extends ServerConsentOptions {
  /** The clock, in ms since the epoch. Default `Date.now()`. */
  now?: number;
  /**
   * Global Privacy Control: `true`/`false`, or the value of the request's `Sec-GPC` header
   * (`'1'` means the signal is on). Default off.
   */
  gpc?: boolean | string | readonly string[] | null;
}

/** What the server knows about the visitor's consent. */
export interface ServerConsent {
  /**
   * The consent state exactly as the browser store derives it (`storage: 'cookie'`), as plain
   * data: it can be passed from a Server Component to a Client Component.
   */
  state: ConsentState;
  /** The valid stored record (even an expired one, to keep its id), or null. */
  record: ConsentRecord | null;
  /**
   * Whether a category (`marketing`) or a service (`marketing.youtube`) is granted now, by the same
   * rule as the browser store's `isGranted`.
   */
  isGranted(id: string): boolean;
  /** The resolved configuration used. */
  config: ResolvedConsentConfig;
}

/** The resolved config, or an error listing what was invalid (a server should fail loudly). */
function resolve(config: ConsentConfig | undefined): ResolvedConsentConfig {
  const { config: resolved, problems } = resolveConfig(config ?? {});
  if (problems.length > 0) {
    throw new TypeError(
      `consent-elements/server: invalid config: ${describeConfigProblems(problems).join('; ')}`,
    );
  }
  return resolved;
}

const gpcOn = (value: ReadConsentOptions['gpc']): boolean =>
  typeof value === 'boolean'
    ? value
    : Array.isArray(value)
      ? value.some((v) => v.trim() === '1')
      : typeof value === 'string' && value.trim() === '1';

/**
 * A framework's cookie store: Next.js `await cookies()`, SvelteKit `cookies`, Astro
 * `Astro.cookies`, or anything whose `get(name)` returns the cookie (`{ value }`) or its value.
 */
export interface CookieStoreLike {
  get(name: string): { readonly value: string } | string | null | undefined;
}

/**
 * Where `readConsent` finds the consent cookie:
 * - a `Cookie` request header (`a=1; consent=…`), or its lines as an array;
 * - the bare value of the consent cookie (what `cookieStore.get('consent')?.value` gives);
 * - a cookie store (`{ get(name) }`): the consent cookie is looked up by its configured name.
 * A string that contains `=` is a header; one without is a bare value (a consent cookie value
 * never contains `=`: the codec %-escapes its fields). `null`/`undefined`: no cookie.
 */
export type ConsentCookieInput = string | readonly string[] | CookieStoreLike | null | undefined;

const isCookieStore = (input: ConsentCookieInput): input is CookieStoreLike =>
  typeof input === 'object' &&
  input !== null &&
  typeof (input as CookieStoreLike).get === 'function';

/** The candidate values of cookie `name` in `input` (a header may hold it more than once). */
function consentCookieValues(input: ConsentCookieInput, name: string): string[] {
  if (input === null || input === undefined) return [];
  if (isCookieStore(input)) {
    const cookie = input.get(name);
    const value = typeof cookie === 'string' ? cookie : cookie?.value;
    return typeof value === 'string' ? [value] : [];
  }
  const text = typeof input === 'string' ? input : input.join('; ');
  if (text.includes('=')) return readCookieValues(text, name);
  return text === '' ? [] : [text.trim()];
}

/**
 * Reads the consent cookie from a `Cookie` request header, the cookie's bare value, or a
 * framework's cookie store (see `ConsentCookieInput` for how each is told apart). Never throws on
 * hostile input: a corrupt, foreign or oversized value counts as no decision; of duplicated
 * cookies the most recently updated valid one wins (as in the browser).
 *
 * ```ts
 * readConsent(request.headers.get('cookie'), { config }); // a Cookie header
 * readConsent(await cookies(), { config }); // Next.js; SvelteKit `cookies`, Astro `Astro.cookies`
 * ```
 *
 * @param input a `Cookie` header, the consent cookie's value, or a `{ get(name) }` cookie store
 *   (`undefined`/`null` when absent).
 * @param options `config` (cookie name, categories, regime…), `now`, `gpc` (`Sec-GPC` header value).
 * @throws TypeError when `config` itself is invalid.
 */
export function readConsent(
  input: ConsentCookieInput,
  options: ReadConsentOptions = {},
): ServerConsent {
  const config = resolve(options.config);
  const now = options.now ?? Date.now();
  let record: ConsentRecord | null = null;
  for (const value of consentCookieValues(input, config.cookie.name)) {
    const parsed = parseConsentCookie(value, now);
    if (parsed && (!record || parsed.updatedAt > record.updatedAt)) record = parsed;
  }
  // Plain objects (the core's category maps have no prototype): React Server Components pass only
  // plain data to Client Components, e.g. `<ConsentProvider initialState={consent.state}>`.
  const state = structuredClone(deriveState(config, record, now, gpcOn(options.gpc), 'cookie'));
  return {
    state,
    record,
    config,
    isGranted: (id: string) => isGranted(state, id),
  };
}

/** A Fetch API `Request`/`Headers`, or a Node `IncomingMessage` (its `headers` object). */
export type RequestLike =
  { headers: Headers } | { headers: Record<string, string | string[] | undefined> } | Headers;

function header(request: RequestLike, name: string): string | string[] | undefined {
  const headers = request instanceof Headers ? request : request.headers;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  return (headers as Record<string, string | string[] | undefined>)[name];
}

/**
 * `readConsent` for a whole request: reads its `Cookie` header and, unless `options.gpc` is given,
 * its `Sec-GPC` header. Works with Fetch API requests (edge runtimes, Next.js route handlers, Hono)
 * and Node's `IncomingMessage` (Express, Fastify's `raw`).
 */
export function consentFromRequest(
  request: RequestLike,
  options: ReadConsentOptions = {},
): ServerConsent {
  return readConsent(header(request, 'cookie'), {
    ...options,
    gpc: options.gpc ?? header(request, 'sec-gpc') ?? null,
  });
}

export interface CreateRecordOptions extends ServerConsentOptions {
  /** The visitor's current record: its id is kept, so receipts stay one chain. */
  previous?: ConsentRecord | null;
  /** Who made the decision. Default `notice`. */
  source?: ConsentSource;
  /** The clock, in ms since the epoch. Default `Date.now()`. */
  now?: number;
}

/**
 * A new consent record for a decision made on the server (a form posted without JavaScript), the
 * same record the browser store makes for that decision.
 *
 * @param decision `'accept-all'`, `'reject-all'`, or explicit choices per category id and per
 *   service id (`marketing.youtube`), as the store's `setCategories`: a category listed sets all of
 *   its services, a service listed sets itself. Unlisted non-required categories keep the previous
 *   choice while that decision still counts, else take the regime's default (denied in the opt-in
 *   regime, granted in the opt-out one). Unknown ids and those of required categories are ignored.
 */
export function createConsentRecord(
  decision: 'accept-all' | 'reject-all' | Record<string, boolean>,
  options: CreateRecordOptions = {},
): ConsentRecord {
  const config = resolve(options.config);
  const now = options.now ?? Date.now();
  const previous = options.previous ?? null;
  const patch =
    decision === 'accept-all' || decision === 'reject-all'
      ? everyOptionalCategory(config, decision === 'accept-all')
      : decision;
  return decide(config, previous, patch, now, options.source ?? 'notice');
}

export interface SetCookieOptions extends ServerConsentOptions {
  /**
   * Add `Secure`. Default: `config.cookie.secure`, else `true` (pass `false` for plain-http
   * development on a host other than localhost).
   */
  secure?: boolean;
}

/** The consent cookie's `Set-Cookie` value: `Secure` unless turned off (`secure`, else `config.cookie.secure`). */
function setCookie(
  config: ResolvedConsentConfig,
  value: string,
  maxAge: number,
  secure: boolean | undefined,
): string {
  const { name, path, sameSite, domain } = config.cookie;
  return cookieString(name, value, {
    path,
    maxAge,
    sameSite,
    domain,
    secure: secure ?? config.cookie.secure ?? true,
  });
}

/**
 * The `Set-Cookie` header value that stores `record`, with the attributes of `config.cookie`
 * (name, path, domain, SameSite, `Max-Age` from `maxAgeDays`). Not `HttpOnly`: the page's store
 * must read it.
 */
export function consentSetCookie(record: ConsentRecord, options: SetCookieOptions = {}): string {
  const config = resolve(options.config);
  const maxAge = Math.round(config.cookie.maxAgeDays * 86_400);
  return setCookie(config, serializeConsentCookie(record), maxAge, options.secure);
}

export interface RenewCookieOptions extends SetCookieOptions {
  /** The clock, in ms since the epoch. Default `Date.now()`. */
  now?: number;
}

/**
 * The `Set-Cookie` header value that re-issues the visitor's stored decision as an HTTP cookie, or
 * `undefined` when there is no valid decision to keep. Safari caps cookies written by script at
 * 7 days; the same cookie sent by the server lives its full length, so a visitor is not asked again
 * every week. Send it on page responses. The value is the record as read, so the store's state does
 * not change; `Max-Age` runs only to the decision's own expiry (`decidedAt` + `maxAgeDays`), so
 * renewing never extends consent.
 */
export function renewConsentSetCookie(
  consent: ServerConsent,
  options: RenewCookieOptions = {},
): string | undefined {
  const { record, state, config } = consent;
  if (!record || !state.decided) return undefined;
  const now = options.now ?? Date.now();
  const maxAge = Math.floor((decisionExpiresAt(config, record) - now) / 1000);
  if (maxAge <= 0) return undefined;
  return setCookie(config, serializeConsentCookie(record), maxAge, options.secure);
}

/** The `Set-Cookie` header value that removes the consent cookie (same name, path and domain). */
export function clearConsentSetCookie(options: SetCookieOptions = {}): string {
  const config = resolve(options.config);
  return setCookie(config, '', 0, options.secure);
}
