import type { CopyTable } from '../en.js';

/** Romanian copy. */
const table: CopyTable = {
  'notice.title': 'Folosim cookie-uri',
  'notice.body':
    'Cookie-urile sunt fișiere mici pe care un site le stochează în browserul dumneavoastră. Le folosim pentru a vă autentifica, a vă menține autentificat și a vă reține preferințele.',
  'notice.usage':
    'Doar cu acordul dumneavoastră colectăm și date limitate despre modul în care folosiți site-ul.',
  'notice.usageOptOut':
    'Colectăm și date limitate despre modul în care folosiți site-ul. Vă puteți opune oricând.',
  'notice.accept': 'Acceptă toate',
  'notice.reject': 'Respinge toate',
  'notice.ok': 'OK',
  'notice.optOut': 'Mă opun',
  'notice.customize': 'Personalizează',
  'notice.save': 'Salvează opțiunile',
  'notice.close': 'Închide',
  'notice.categories': 'Alegeți ce cookie-uri putem folosi',
  'notice.alwaysOn': 'Mereu active',
  'notice.mixed': 'Permise parțial',
  'policy.link': 'Politica de confidențialitate',
  'support.text': 'Întrebări? Contactați {contact}.',
  'toggle.label': 'Refuz cookie-urile: {category}',
  'toggle.labelAll': 'Refuz toate cookie-urile opționale',
  'toggle.allow': 'Permit cookie-urile: {category}',
  'toggle.allowAll': 'Permit toate cookie-urile opționale',
  'toggle.stored':
    'Alegerea dumneavoastră este stocată într-un cookie pe acest dispozitiv. Dacă ștergeți cookie-urile, o ștergeți și pe ea.',
  'toggle.gpc':
    'Browserul dumneavoastră a trimis un semnal Global Privacy Control și l-am respectat.',
  'banner.label': 'Actualizarea politicii de confidențialitate',
  'banner.upcoming':
    'Ne actualizăm politica de confidențialitate. Modificările intră în vigoare pe {date} (peste {days} de zile).',
  'banner.upcoming.one':
    'Ne actualizăm politica de confidențialitate. Modificările intră în vigoare pe {date} (peste {days} zi).',
  'banner.upcoming.few':
    'Ne actualizăm politica de confidențialitate. Modificările intră în vigoare pe {date} (peste {days} zile).',
  'banner.updated': 'Ne-am actualizat politica de confidențialitate pe {date}.',
  'banner.updatedUndated': 'Ne-am actualizat politica de confidențialitate.',
  'banner.acknowledge': 'Am înțeles',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Strict necesare',
  'category.necessary.description': 'Necesare pentru funcționarea site-ului.',
  'category.preferences.label': 'Preferințe',
  'category.preferences.description': 'Rețin setările dumneavoastră.',
  'category.analytics.label': 'Statistici',
  'category.analytics.description': 'Numără vizitele pentru a îmbunătăți site-ul.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Afișează și măsoară reclame relevante.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Conținut de la {service}',
  'embed.notice':
    'Găzduit de {host}. Dacă îl încărcați, {host} poate seta cookie-uri și stoca date pe dispozitivul dumneavoastră.',
  'embed.load': 'Încarcă',
  'embed.allow': 'Permite întotdeauna {service}',
  'embed.settings': 'Setări cookie-uri',
};

export default table;
