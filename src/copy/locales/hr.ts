import type { CopyTable } from '../en.js';

/** Croatian copy. */
const table: CopyTable = {
  'notice.title': 'Koristimo kolačiće',
  'notice.body':
    'Kolačići su male datoteke koje web-stranica sprema u vaš preglednik. Koristimo ih za vašu prijavu, zadržavanje prijave i pamćenje vaših postavki.',
  'notice.usage':
    'Samo uz vašu privolu prikupljamo i ograničene podatke o tome kako koristite stranicu.',
  'notice.usageOptOut':
    'Prikupljamo i ograničene podatke o tome kako koristite stranicu. Tome se možete usprotiviti u bilo kojem trenutku.',
  'notice.accept': 'Prihvati sve',
  'notice.reject': 'Odbij sve',
  'notice.ok': 'U redu',
  'notice.optOut': 'Odbijam',
  'notice.customize': 'Prilagodi',
  'notice.save': 'Spremi odabir',
  'notice.close': 'Zatvori',
  'notice.categories': 'Odaberite koje kolačiće smijemo koristiti',
  'notice.alwaysOn': 'Uvijek uključeni',
  'notice.mixed': 'Djelomično dopušteni',
  'policy.link': 'Pravila o privatnosti',
  'support.text': 'Pitanja? Kontakt: {contact}.',
  'toggle.label': 'Odbij kolačiće: {category}',
  'toggle.labelAll': 'Odbij sve neobavezne kolačiće',
  'toggle.allow': 'Dopusti kolačiće: {category}',
  'toggle.allowAll': 'Dopusti sve neobavezne kolačiće',
  'toggle.stored':
    'Vaš odabir spremljen je u kolačiću na ovom uređaju. Ako izbrišete kolačiće, izbrisat ćete i njega.',
  'toggle.gpc': 'Vaš preglednik poslao je signal Global Privacy Control i poštovali smo ga.',
  'banner.label': 'Izmjena pravila o privatnosti',
  'banner.upcoming':
    'Ažuriramo svoja pravila o privatnosti. Izmjene stupaju na snagu {date} (za {days} dana).',
  'banner.upcoming.one':
    'Ažuriramo svoja pravila o privatnosti. Izmjene stupaju na snagu {date} (za {days} dan).',
  'banner.upcoming.few':
    'Ažuriramo svoja pravila o privatnosti. Izmjene stupaju na snagu {date} (za {days} dana).',
  // The date ends with a full stop ("9. prosinca 2026."), so it does not end the sentence.
  'banner.updated': 'Dana {date} ažurirali smo svoja pravila o privatnosti.',
  'banner.updatedUndated': 'Ažurirali smo svoja pravila o privatnosti.',
  'banner.acknowledge': 'Razumijem',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nužni',
  'category.necessary.description': 'Potrebni za rad stranice.',
  'category.preferences.label': 'Postavke',
  'category.preferences.description': 'Pamte vaše postavke.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Broje posjete kako bismo poboljšali stranicu.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Prikazuju i mjere relevantne oglase.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Sadržaj s usluge {service}',
  'embed.notice':
    'Sadržaj pruža {host}. Ako ga učitate, {host} može postaviti kolačiće i spremiti podatke na vaš uređaj.',
  'embed.load': 'Učitaj',
  'embed.allow': 'Uvijek dopusti {service}',
  'embed.settings': 'Postavke kolačića',
};

export default table;
