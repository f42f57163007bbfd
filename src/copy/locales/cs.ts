import type { CopyTable } from '../en.js';

/** Czech copy. */
const table: CopyTable = {
  'notice.title': 'Používáme cookies',
  'notice.body':
    'Cookies jsou malé soubory, které web ukládá ve vašem prohlížeči. Používáme je k vašemu přihlášení, udržení přihlášení a zapamatování vašich nastavení.',
  'notice.usage':
    'Pouze s vaším souhlasem shromažďujeme také omezené údaje o tom, jak web používáte.',
  'notice.usageOptOut':
    'Shromažďujeme také omezené údaje o tom, jak web používáte. Kdykoli to můžete odmítnout.',
  'notice.accept': 'Přijmout vše',
  'notice.reject': 'Odmítnout vše',
  'notice.ok': 'OK',
  'notice.optOut': 'Odmítnout',
  'notice.customize': 'Přizpůsobit',
  'notice.save': 'Uložit volbu',
  'notice.close': 'Zavřít',
  'notice.categories': 'Vyberte, které cookies smíme používat',
  'notice.alwaysOn': 'Vždy aktivní',
  'notice.mixed': 'Částečně povoleno',
  'policy.link': 'Zásady ochrany osobních údajů',
  'support.text': 'Máte dotazy? Kontakt: {contact}.',
  'toggle.label': 'Odmítnout cookies: {category}',
  'toggle.labelAll': 'Odmítnout všechny volitelné cookies',
  'toggle.allow': 'Povolit cookies: {category}',
  'toggle.allowAll': 'Povolit všechny volitelné cookies',
  'toggle.stored':
    'Vaše volba je uložena v cookie na tomto zařízení. Když cookies smažete, smažete i ji.',
  'toggle.gpc': 'Váš prohlížeč odeslal signál Global Privacy Control a my jsme ho respektovali.',
  'banner.label': 'Změna zásad ochrany osobních údajů',
  'banner.upcoming':
    'Aktualizujeme naše zásady ochrany osobních údajů. Změny vstoupí v platnost {date} (za {days} dní).',
  'banner.upcoming.one':
    'Aktualizujeme naše zásady ochrany osobních údajů. Změny vstoupí v platnost {date} (za {days} den).',
  'banner.upcoming.few':
    'Aktualizujeme naše zásady ochrany osobních údajů. Změny vstoupí v platnost {date} (za {days} dny).',
  'banner.upcoming.many':
    'Aktualizujeme naše zásady ochrany osobních údajů. Změny vstoupí v platnost {date} (za {days} dne).',
  'banner.updated': 'Naše zásady ochrany osobních údajů jsme aktualizovali {date}.',
  'banner.updatedUndated': 'Aktualizovali jsme naše zásady ochrany osobních údajů.',
  'banner.acknowledge': 'Rozumím',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nezbytné',
  'category.necessary.description': 'Potřebné pro fungování webu.',
  'category.preferences.label': 'Předvolby',
  'category.preferences.description': 'Pamatují si vaše nastavení.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Počítají návštěvy, abychom mohli web zlepšovat.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Zobrazují a měří relevantní reklamu.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Obsah ze služby {service}',
  'embed.notice':
    'Obsah hostuje {host}. Když ho načtete, {host} může ve vašem zařízení ukládat cookies a další data.',
  'embed.load': 'Načíst',
  'embed.allow': 'Vždy povolit {service}',
  'embed.settings': 'Nastavení cookies',
};

export default table;
