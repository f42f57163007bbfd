/**
 * Public types of the consent core and store. Plain data only: no Lit, no DOM.
 */

/** `opt-in` (EU style, default): nothing non-essential before a decision. `opt-out` (US style): granted until the visitor opts out. */
export type ConsentRegime = 'opt-in' | 'opt-out';

/**
 * Who caused a change. `sync` is a change that arrived from another tab of the same site;
 * `storage`, the stored decision changing meaning with time on an open page (it expired, or a
 * policy version came into force).
 */
export type ConsentSource =
  | 'api'
  | 'notice'
  | 'toggle'
  | 'banner'
  | 'sync'
  | 'config'
  | 'storage'
  /** **Always allow {service}** on a `<consent-embed>`. */
  | 'embed';

export interface CookieConfig {
  /** Cookie name. Default `consent`. */
  name: string;
  /** Optional `Domain` attribute, to share the decision across subdomains. Must match the current host. */
  domain?: string;
  /** Default `/`. */
  path: string;
  /** Default `Lax`. */
  sameSite: 'Lax' | 'Strict' | 'None';
  /** Default: `true` on https pages. */
  secure?: boolean;
  /** How long a decision lasts. Default 182, at most 395. */
  maxAgeDays: number;
}

/**
 * One service (vendor) inside a category, e.g. YouTube inside Marketing. It is addressed as
 * `<category>.<service>` (`marketing.youtube`) everywhere an id is taken (`isGranted`,
 * `setService`, `data-consent-service`, `<consent-embed service>`).
 */
export interface ServiceConfig {
  /** A slug, unique in its category: lower-case letters, digits, `-` and `_` (`youtube`, `google-maps`). */
  id: string;
  /** What the visitor reads. Defaults to the id. */
  label: string;
  description?: string;
  /** Names of the cookies this service sets (`*` wildcard), removed when it is withdrawn. */
  cookies?: string[];
  /** Host names the service loads from (`www.youtube-nocookie.com`), for embeds and the audit. */
  hosts?: string[];
}

export interface CategoryConfig {
  id: string;
  label: string;
  description?: string;
  /** Strictly necessary: always granted, never toggleable. */
  required?: boolean;
  /** Names of the cookies this category sets (`*` wildcard, e.g. `_ga_*`), removed when consent is withdrawn. */
  cookies?: string[];
  /** The services (vendors) in this category, each with its own grant (see `ConsentState.services`). */
  services?: ServiceConfig[];
}

export interface PolicyConfig {
  /** The current policy version. */
  version?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) of the last policy update. */
  lastUpdated?: string;
  /** ISO date (YYYY-MM-DD) on which the current version takes effect. */
  effectiveDate?: string;
  /** Days before `effectiveDate` from which returning visitors are told. Default 30. */
  noticeDays: number;
  /** A material change invalidates earlier consent once in force. */
  material?: boolean;
}

export interface SupportConfig {
  email?: string;
  url?: string;
  name?: string;
}

/** The resolved configuration: every default filled in. */
export interface ResolvedConsentConfig {
  cookie: CookieConfig;
  regime: ConsentRegime;
  categories: CategoryConfig[];
  policy: PolicyConfig;
  support: SupportConfig;
  respectGpc: boolean;
  locale?: string;
  /** Site-wide copy overrides, keyed by copy key (see `src/copy`). */
  copy: Record<string, string>;
}

/** What a site owner passes to `configureConsent` or writes in `<script type="application/json" data-consent-config>`. */
export interface ConsentConfig {
  cookie?: Partial<CookieConfig>;
  regime?: ConsentRegime;
  categories?: CategoryConfig[];
  policy?: Partial<PolicyConfig>;
  support?: SupportConfig;
  respectGpc?: boolean;
  locale?: string;
  copy?: Record<string, string>;
}

/** The recorded decision, as stored in the cookie (see `codec.ts`). */
export interface ConsentRecord {
  /** Random, non-personal id of this decision chain (for receipts). */
  id: string;
  /**
   * When the visitor last made a consent decision (ms since epoch); the decision expires
   * `cookie.maxAgeDays` later. `0` when the record only holds a policy acknowledgement.
   */
  decidedAt: number;
  /** When the record last changed (ms since epoch). */
  updatedAt: number;
  /** Explicit choices per category id. */
  choices: Record<string, boolean>;
  /**
   * Explicit choices per service id (`<category>.<service>`), kept only where a service differs from
   * its category's choice (a category's choice covers all of its services). Absent: none differs.
   */
  services?: Record<string, boolean>;
  /** Policy version the consent was given under. */
  policyVersion?: string;
  /** Last policy version the visitor acknowledged in the banner. */
  acknowledgedPolicy?: string;
  source: ConsentSource;
}

/** Where the policy banner stands for this visitor now. */
export interface PolicyNotice {
  version: string;
  /** ISO date the change takes effect, if configured. */
  effectiveDate?: string;
  /** The change is already in force (effective date reached or not configured). */
  inForce: boolean;
}

/** A snapshot of consent, immutable: a new object after every change. */
export interface ConsentState {
  /** A valid decision exists (none, expired or invalidated by a material policy change → false). */
  decided: boolean;
  /** Effective grant per configured category: regime, GPC, required categories and choices applied. */
  categories: Readonly<Record<string, boolean>>;
  /**
   * Effective grant per configured service, keyed `<category>.<service>`: the service's own choice
   * where the visitor made one, else its category's grant (a required category's services are
   * always granted; GPC, when it denies a category, denies its services too).
   */
  services: Readonly<Record<string, boolean>>;
  /**
   * Ids of the categories that are partly granted: at least one of their services has a grant other
   * than the category's own (the preferences dialog shows them as mixed).
   */
  mixed: readonly string[];
  /**
   * The stored record, or null. It may hold no valid decision (expired, invalidated by a material
   * policy change, or only a policy acknowledgement): `decided` says whether it counts.
   */
  record: Readonly<ConsentRecord> | null;
  regime: ConsentRegime;
  /** The browser sends Global Privacy Control (`navigator.globalPrivacyControl`). */
  gpc: boolean;
  /** GPC is sent, respected by config, and turned off at least one category. */
  gpcApplied: boolean;
  /** The cookie notice should be shown (no valid decision). */
  needsNotice: boolean;
  /** The policy banner should be shown, and for what; null when not. */
  policyNotice: PolicyNotice | null;
  /** Where the decision lives: `memory` when cookies are unavailable. */
  storage: 'cookie' | 'memory';
}

/** `detail` of the `consent-change` event and the argument of `subscribe` listeners. */
export interface ConsentChangeDetail {
  state: ConsentState;
  previous: ConsentState;
  /**
   * Category ids and service ids (`<category>.<service>`) whose effective grant changed, plus
   * `policy` when the acknowledged policy changed.
   */
  changed: string[];
  source: ConsentSource;
}

/** `detail` of `consent-error`: something the store refused or could not do, and what it did instead. */
export interface ConsentErrorDetail {
  code:
    | 'invalid-config'
    | 'storage-unavailable'
    | 'corrupt-cookie'
    | 'unknown-category'
    /** A language module failed to load (CDN): English is shown instead. */
    | 'locale-unavailable'
    /** Code loaded on demand (an integration, an element, the notice's preferences dialog) failed to load (CDN). */
    | 'module-unavailable';
  message: string;
  /** The config key concerned, for `invalid-config`. */
  key?: string;
}

export type ConsentListener = (detail: ConsentChangeDetail) => void;

/** Options shared by every mutating store method. */
export interface ChangeOptions {
  /** Who made the change. Default `api`. */
  source?: ConsentSource;
}

export interface ConsentStoreApi extends EventTarget {
  readonly state: ConsentState;
  readonly config: ResolvedConsentConfig;
  /** Whether a category id (`marketing`) or a service id (`marketing.youtube`) is granted now. */
  isGranted(id: string): boolean;
  acceptAll(options?: ChangeOptions): void;
  rejectAll(options?: ChangeOptions): void;
  setCategory(categoryId: string, granted: boolean, options?: ChangeOptions): void;
  /** Records one service's choice (`marketing.youtube`), leaving its category's other services as they are. */
  setService(serviceId: string, granted: boolean, options?: ChangeOptions): void;
  /**
   * Records several categories and services at once as one decision (the notice's "Save choices"):
   * categories first (each resets its services), then services.
   */
  setCategories(choices: Record<string, boolean>, options?: ChangeOptions): void;
  acknowledgePolicy(version?: string, options?: ChangeOptions): void;
  reset(options?: ChangeOptions): void;
  subscribe(listener: ConsentListener): () => void;
}
