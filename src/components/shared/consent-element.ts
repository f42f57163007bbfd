import {
  LitElement,
  html,
  nothing,
  type PropertyDeclaration,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import {
  resolveLocale,
  safeUrl,
  splitAt,
  supportLink,
  translate,
  type CopyOverrides,
  type CopyVars,
} from '../../copy/index.js';
import type { ConsentStoreApi, SupportConfig } from '../../store/types.js';
import { VERSION } from './version.js';

/** Reads the `copy` attribute as JSON; a malformed value counts as no override (never throws). */
const jsonConverter: PropertyDeclaration['converter'] = {
  fromAttribute(value) {
    try {
      const parsed: unknown = JSON.parse(value ?? '');
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      return {};
    }
  },
};

/**
 * Shared base of the three elements: store connection, copy resolution, support contact. Not
 * registered itself.
 */
export abstract class ConsentElement extends LitElement {
  /** The library version of this class; registration warns when another version owns the tag. */
  static version = VERSION;

  /** Copy key → the attribute of this element that overrides it (e.g. `notice.accept` → `accept-label`). */
  static copyAttributes: Record<string, string> = {};

  static override properties: PropertyDeclarations = {
    copy: { converter: jsonConverter },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.values(this.copyAttributes)];
  }

  /**
   * Copy overrides for this element only, keyed by copy key (`{"notice.title": "…"}`); as an
   * attribute, JSON. Wins over config `copy` and the locale's defaults. Always shown as text.
   */
  copy: CopyOverrides = {};

  /** The connection to the consent store. */
  protected readonly consent = new ConsentController(this, (store) => [
    store.config,
    ...this.select(store),
  ]);

  private copyAttrs: Record<string, string | null> = {};
  private lang_?: string | null;

  /** The store values this element shows: it re-renders when one of them changes. */
  protected abstract select(store: ConsentStoreApi): unknown[];

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang_ = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (Object.values((this.constructor as typeof ConsentElement).copyAttributes).includes(name)) {
      this.copyAttrs = { ...this.copyAttrs, [name]: value };
      this.requestUpdate();
    }
  }

  /** The locale in use: config `locale`, else the nearest `lang`, else `en` (first one with built-in copy). */
  get locale(): string {
    return resolveLocale(this.consent.store?.config.locale, this.lang_);
  }

  /** The resolved string for `key`: attribute > `copy` property > config `copy` > locale > English. */
  protected t(key: string, vars?: CopyVars): string {
    return this.maybe(key, vars) ?? key;
  }

  /** Like `t`, but `undefined` when no layer has the key (e.g. `category.<id>.label`). */
  protected maybe(key: string, vars?: CopyVars): string | undefined {
    const attr = this.copyAttrs[(this.constructor as typeof ConsentElement).copyAttributes[key]];
    return translate(
      key,
      this.locale,
      [attr == null ? undefined : { [key]: attr }, this.copy, this.consent.store?.config.copy],
      vars,
    );
  }

  /** The policy link (`part="policy-link"`), or nothing without a safe URL. */
  protected policyLink(url: string | undefined): TemplateResult | typeof nothing {
    const href = safeUrl(url);
    return href ? html`<a part="policy-link" href=${href}>${this.t('policy.link')}</a>` : nothing;
  }

  /**
   * The support line (`part="support"`, slot `support`): `support.text` with `{contact}` as a
   * `mailto:` or web link (`part="support-link"`). Nothing when no usable contact is configured.
   */
  protected supportLine(support: SupportConfig): TemplateResult | typeof nothing {
    const link = supportLink(support);
    if (!link) return nothing;
    const [before, after] = splitAt(this.t('support.text'), 'contact');
    return html`<span part="support"
      ><slot name="support"
        >${before}${after === undefined ? ' ' : ''}<a part="support-link" href=${link.href}
          >${link.text}</a
        >${after ?? ''}</slot
      ></span
    >`;
  }
}
