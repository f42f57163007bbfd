import { ConsentEmbed } from './embed.js';
import { defineElement } from '../shared/define-element.js';

defineElement('consent-embed', ConsentEmbed);

export { ConsentEmbed };

declare global {
  interface HTMLElementTagNameMap {
    'consent-embed': ConsentEmbed;
  }
}
