/**
 * The one global registry for what is page-wide: the store, the Consent Mode connections, the
 * script gate's marks, the language tables and the warnings already shown. Every copy of the library on a page (a CDN
 * copy and a bundled one, say) reaches the same registry through one `Symbol.for` key, so they
 * share one store and announce each thing once.
 *
 * The key carries the registry's version: a later release that changes the shape of an entry uses
 * a new key (and so a registry of its own) instead of misreading this one. Within a version,
 * entries are only added, each created by whichever copy asks for it first.
 */
import type { ConfigProblem } from './config-problems.js';
import type { ResolvedConsentConfig } from './types.js';

const REGISTRY_KEY = Symbol.for('consent-elements.registry.v1');

/** What the registry can hold. Within v1, add entries; never change one. */
export interface PageRegistry {
  /** The page's consent store (`getConsentStore()`), typed where it is created. */
  store?: object;
  /** Consent Mode connection state per data layer. */
  consentMode?: WeakMap<object, unknown>;
  /** Gated elements a script gate has taken. */
  gateClaimed?: WeakSet<Element>;
  /** Consent states whose withdrawal a script gate already handled. */
  gateHandled?: WeakSet<object>;
  /** Warnings already printed on this page. */
  warned?: Set<string>;
  /** Language tables by primary subtag (`registerLocale`, language modules). */
  locales?: Map<string, Readonly<Record<string, string | undefined>>>;
  /**
   * Checks of what visitors will read (labels, locale, copy keys), registered by the elements; they
   * find problems as data, worded on demand (`describeConfigProblems`).
   */
  configChecks?: (config: ResolvedConsentConfig, input: unknown) => ConfigProblem[];
}

/** The page's registry, created on first use. */
export function pageRegistry(): PageRegistry {
  const holder = globalThis as { [REGISTRY_KEY]?: PageRegistry };
  return (holder[REGISTRY_KEY] ??= {});
}

/** The registry's entry `name`, created by `create` when no copy of the library made it yet. */
export function pageEntry<Name extends keyof PageRegistry>(
  name: Name,
  create: () => NonNullable<PageRegistry[Name]>,
): NonNullable<PageRegistry[Name]> {
  const registry = pageRegistry();
  return (registry[name] ??= create()) as NonNullable<PageRegistry[Name]>;
}
