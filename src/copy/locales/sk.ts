import type { CopyTable } from '../en.js';

/** Slovak copy. */
const table: CopyTable = {
  'notice.title': 'Používame súbory cookie',
  'notice.body':
    'Súbory cookie sú malé súbory, ktoré webová stránka ukladá vo vašom prehliadači. Používame ich na vaše prihlásenie, udržanie prihlásenia a zapamätanie vašich nastavení.',
  'notice.usage': 'Len s vaším súhlasom zbierame aj obmedzené údaje o tom, ako stránku používate.',
  'notice.usageOptOut':
    'Zbierame aj obmedzené údaje o tom, ako stránku používate. Kedykoľvek to môžete odmietnuť.',
  'notice.accept': 'Prijať všetky',
  'notice.reject': 'Odmietnuť všetky',
  'notice.ok': 'OK',
  'notice.optOut': 'Odmietnuť',
  'notice.customize': 'Prispôsobiť',
  'notice.save': 'Uložiť výber',
  'notice.close': 'Zavrieť',
  'notice.categories': 'Vyberte, ktoré súbory cookie môžeme používať',
  'notice.alwaysOn': 'Vždy aktívne',
  'notice.mixed': 'Čiastočne povolené',
  'policy.link': 'Zásady ochrany osobných údajov',
  'support.text': 'Máte otázky? Kontakt: {contact}.',
  'toggle.label': 'Odmietnuť súbory cookie: {category}',
  'toggle.labelAll': 'Odmietnuť všetky voliteľné súbory cookie',
  'toggle.allow': 'Povoliť súbory cookie: {category}',
  'toggle.allowAll': 'Povoliť všetky voliteľné súbory cookie',
  'toggle.stored':
    'Vaša voľba je uložená v súbore cookie v tomto zariadení. Ak súbory cookie vymažete, vymaže sa aj ona.',
  'toggle.gpc': 'Váš prehliadač odoslal signál Global Privacy Control a my sme ho rešpektovali.',
  'banner.label': 'Zmena zásad ochrany osobných údajov',
  'banner.upcoming':
    'Aktualizujeme naše zásady ochrany osobných údajov. Zmeny nadobudnú účinnosť {date} (o {days} dní).',
  'banner.upcoming.one':
    'Aktualizujeme naše zásady ochrany osobných údajov. Zmeny nadobudnú účinnosť {date} (o {days} deň).',
  'banner.upcoming.few':
    'Aktualizujeme naše zásady ochrany osobných údajov. Zmeny nadobudnú účinnosť {date} (o {days} dni).',
  'banner.upcoming.many':
    'Aktualizujeme naše zásady ochrany osobných údajov. Zmeny nadobudnú účinnosť {date} (o {days} dňa).',
  'banner.updated': 'Naše zásady ochrany osobných údajov sme aktualizovali {date}.',
  'banner.updatedUndated': 'Aktualizovali sme naše zásady ochrany osobných údajov.',
  'banner.acknowledge': 'Rozumiem',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nevyhnutné',
  'category.necessary.description': 'Potrebné na fungovanie stránky.',
  'category.preferences.label': 'Preferencie',
  'category.preferences.description': 'Pamätajú si vaše nastavenia.',
  'category.analytics.label': 'Štatistika',
  'category.analytics.description': 'Počítajú návštevy, aby sme mohli stránku zlepšovať.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Zobrazujú a merajú relevantnú reklamu.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Obsah zo služby {service}',
  'embed.notice':
    'Obsah poskytuje {host}. Ak ho načítate, {host} môže vo vašom zariadení ukladať súbory cookie a ďalšie údaje.',
  'embed.load': 'Načítať',
  'embed.allow': 'Vždy povoliť {service}',
  'embed.settings': 'Nastavenia súborov cookie',
};

export default table;
