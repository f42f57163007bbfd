import type { CopyTable } from '../en.js';

/** Slovenian copy. */
const table: CopyTable = {
  'notice.title': 'Uporabljamo piškotke',
  'notice.body':
    'Piškotki so majhne datoteke, ki jih spletno mesto shrani v vaš brskalnik. Uporabljamo jih za vašo prijavo, ohranjanje prijave in pomnjenje vaših nastavitev.',
  'notice.usage':
    'Le z vašo privolitvijo zbiramo tudi omejene podatke o tem, kako uporabljate spletno mesto.',
  'notice.usageOptOut':
    'Zbiramo tudi omejene podatke o tem, kako uporabljate spletno mesto. Temu lahko kadar koli ugovarjate.',
  'notice.accept': 'Sprejmi vse',
  'notice.reject': 'Zavrni vse',
  'notice.ok': 'V redu',
  'notice.optOut': 'Ugovarjam',
  'notice.customize': 'Prilagodi',
  'notice.save': 'Shrani izbiro',
  'notice.close': 'Zapri',
  'notice.categories': 'Izberite, katere piškotke smemo uporabljati',
  'notice.alwaysOn': 'Vedno vklopljeni',
  'notice.mixed': 'Delno dovoljeni',
  'policy.link': 'Politika zasebnosti',
  'support.text': 'Imate vprašanja? Kontakt: {contact}.',
  'toggle.label': 'Zavrni piškotke: {category}',
  'toggle.labelAll': 'Zavrni vse neobvezne piškotke',
  'toggle.allow': 'Dovoli piškotke: {category}',
  'toggle.allowAll': 'Dovoli vse neobvezne piškotke',
  'toggle.stored':
    'Vaša izbira je shranjena v piškotku v tej napravi. Če izbrišete piškotke, se izbriše tudi ona.',
  'toggle.gpc': 'Vaš brskalnik je poslal signal Global Privacy Control in smo ga upoštevali.',
  'banner.label': 'Sprememba politike zasebnosti',
  'banner.upcoming':
    'Posodabljamo svojo politiko zasebnosti. Datum začetka veljavnosti sprememb: {date} (čez {days} dni).',
  'banner.upcoming.one':
    'Posodabljamo svojo politiko zasebnosti. Datum začetka veljavnosti sprememb: {date} (čez {days} dan).',
  'banner.upcoming.two':
    'Posodabljamo svojo politiko zasebnosti. Datum začetka veljavnosti sprememb: {date} (čez {days} dneva).',
  'banner.upcoming.few':
    'Posodabljamo svojo politiko zasebnosti. Datum začetka veljavnosti sprememb: {date} (čez {days} dni).',
  'banner.updated': 'Posodobili smo svojo politiko zasebnosti. Datum posodobitve: {date}.',
  'banner.updatedUndated': 'Posodobili smo svojo politiko zasebnosti.',
  'banner.acknowledge': 'Razumem',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nujni',
  'category.necessary.description': 'Potrebni za delovanje spletnega mesta.',
  'category.preferences.label': 'Nastavitve',
  'category.preferences.description': 'Shranjujejo vaše nastavitve.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Štejejo obiske, da lahko izboljšamo spletno mesto.',
  'category.marketing.label': 'Trženje',
  'category.marketing.description': 'Prikazujejo in merijo ustrezne oglase.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Vsebina iz storitve {service}',
  'embed.notice':
    'Vsebino gosti {host}. Če jo naložite, lahko {host} v vaši napravi shrani piškotke in druge podatke.',
  'embed.load': 'Naloži',
  'embed.allow': 'Vedno dovoli {service}',
  'embed.settings': 'Nastavitve piškotkov',
};

export default table;
