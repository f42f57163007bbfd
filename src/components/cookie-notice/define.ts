import { ConsentCookieNotice } from './cookie-notice.js';
import { defineElement } from '../shared/define-element.js';

defineElement('consent-cookie-notice', ConsentCookieNotice);

export { ConsentCookieNotice };

declare global {
  interface HTMLElementTagNameMap {
    'consent-cookie-notice': ConsentCookieNotice;
  }
}
