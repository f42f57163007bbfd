/**
 * The config source: where the store's configuration comes from. The page's declarative
 * `<script type="application/json" data-consent-config>` blocks (read once, merged key by key at
 * the top level in document order) are the base; `configureConsent(config)` is applied on top of
 * them and replaces any earlier script config. Resolution and validation are the core's.
 */
import { isPlainObject, resolveConfig, type ConfigProblem } from '../core/config.js';
import { pageRegistry } from '../core/registry.js';
import type { ResolvedConsentConfig } from '../core/types.js';

const SELECTOR = 'script[type="application/json"][data-consent-config]';

export class ConfigSource {
  /** The merged declarative config of the page, once read. */
  #declared: Record<string, unknown> = {};
  /** What `configureConsent` was last given (`undefined`: never called). */
  #scripted: unknown;

  /**
   * Reads every declarative config block of `document`. A block that is not a JSON object is
   * skipped and reported as a problem.
   */
  readDocument(document: Document): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    for (const script of document.querySelectorAll(SELECTOR)) {
      try {
        const value: unknown = JSON.parse(script.textContent ?? '');
        if (!isPlainObject(value)) throw new TypeError('not a JSON object');
        this.#declared = { ...this.#declared, ...value };
      } catch (error) {
        problems.push({ key: 'config', rule: 'json-object', value: String(error) });
      }
    }
    return problems;
  }

  /** Sets the config given from script (replacing the previous one). */
  set scripted(input: unknown) {
    this.#scripted = input;
  }

  /**
   * The resolved configuration, its problems and, once elements registered their checks, the
   * warnings about what visitors will read; `host` gives the host name that `cookie.domain` is
   * checked against, asked only when one is set.
   */
  resolve(host: (() => string) | undefined): {
    config: ResolvedConsentConfig;
    problems: ConfigProblem[];
  } {
    const scripted = this.#scripted;
    const input =
      scripted === undefined
        ? this.#declared
        : isPlainObject(scripted)
          ? { ...this.#declared, ...scripted }
          : scripted;
    const { config, problems } = resolveConfig(input, host);
    const warnings = pageRegistry().configChecks?.(config, input) ?? [];
    return { config, problems: [...problems, ...warnings] };
  }
}
