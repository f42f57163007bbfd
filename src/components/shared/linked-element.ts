import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { safeUrl, splitAt, supportLink } from '../../copy/index.js';
import { ConsentElement } from './consent-element.js';

/**
 * Base of the elements that show the privacy policy link and the support contact (the cookie notice
 * and the policy banner): their `policy-url` and `support-*` overrides and the links line they
 * render. Not registered itself.
 */
export abstract class ConsentLinkedElement extends ConsentElement {
  static override properties: PropertyDeclarations = {
    policyUrl: { attribute: 'policy-url' },
    supportEmail: { attribute: 'support-email' },
    supportUrl: { attribute: 'support-url' },
    supportName: { attribute: 'support-name' },
    policyLabel: { attribute: 'policy-label' },
    supportText: { attribute: 'support-text' },
  };

  /** Policy URL; overrides config `policy.url`. Only `http(s):`, `mailto:` or relative URLs are used. */
  declare policyUrl?: string;

  /** Support email (shown as a `mailto:` link); overrides config `support.email`. */
  declare supportEmail?: string;

  /** Support web address; overrides config `support.url`. */
  declare supportUrl?: string;

  /** Name shown for the support link; overrides config `support.name`. */
  declare supportName?: string;

  /** Overrides copy `policy.link` (the policy link's text). */
  declare policyLabel?: string;

  /** Overrides copy `support.text` (`{contact}` marks the link). */
  declare supportText?: string;

  /**
   * The links line (`part="links"`): the policy link (`part="policy-link"`, only with a safe URL)
   * and the support line (`part="support"`, slot `support`): `support.text` with `{contact}` as a
   * `mailto:` or web link (`part="support-link"`) when a usable contact is configured; slotted
   * content shows either way. The element's own properties win over config `policy.url` and
   * `support`.
   */
  protected links(): TemplateResult {
    const { policy, support } = this.consent.store.config;
    const href = safeUrl(this.policyUrl ?? policy.url);
    const contact = supportLink({
      email: this.supportEmail ?? support.email,
      url: this.supportUrl ?? support.url,
      name: this.supportName ?? support.name,
    });
    const [before, after] = splitAt(this.t('support.text'), 'contact');
    return html`<p part="links" class="links">
      ${href ? html`<a part="policy-link" href=${href}>${this.t('policy.link')}</a>` : nothing}
      <span part="support"
        ><slot name="support"
          >${
            // Without a usable contact there is no default line, but slotted content still shows.
            contact
              ? html`${before}${after === undefined ? ' ' : ''}<a
                    part="support-link"
                    href=${contact.href}
                    >${contact.text}</a
                  >${after ?? ''}`
              : nothing
          }</slot
        ></span
      >
    </p>`;
  }
}
