import type { CopyTable } from '../en.js';

/** Lithuanian copy. */
const table: CopyTable = {
  'notice.title': 'Naudojame slapukus',
  'notice.body':
    'Slapukai yra maži failai, kuriuos svetainė išsaugo jūsų naršyklėje. Juos naudojame, kad galėtumėte prisijungti, liktumėte prisijungę ir kad įsimintume jūsų nustatymus.',
  'notice.usage':
    'Tik gavę jūsų sutikimą, taip pat renkame ribotus duomenis apie tai, kaip naudojatės svetaine.',
  'notice.usageOptOut':
    'Taip pat renkame ribotus duomenis apie tai, kaip naudojatės svetaine. Bet kada galite nuo to atsisakyti.',
  'notice.accept': 'Priimti visus',
  'notice.reject': 'Atmesti visus',
  'notice.ok': 'Gerai',
  'notice.optOut': 'Atsisakyti',
  'notice.customize': 'Tinkinti',
  'notice.save': 'Išsaugoti pasirinkimą',
  'notice.close': 'Uždaryti',
  'notice.categories': 'Pasirinkite, kuriuos slapukus galime naudoti',
  'notice.alwaysOn': 'Visada įjungti',
  'notice.mixed': 'Iš dalies leidžiami',
  'policy.link': 'Privatumo politika',
  'support.text': 'Turite klausimų? Kontaktai: {contact}.',
  'toggle.label': 'Atsisakyti slapukų: {category}',
  'toggle.labelAll': 'Atsisakyti visų neprivalomų slapukų',
  'toggle.allow': 'Leisti slapukus: {category}',
  'toggle.allowAll': 'Leisti visus neprivalomus slapukus',
  'toggle.stored':
    'Jūsų pasirinkimas saugomas slapuke šiame įrenginyje. Ištrynus slapukus, ištrinamas ir jis.',
  'toggle.gpc': 'Jūsų naršyklė atsiuntė „Global Privacy Control“ signalą, ir mes jo paisėme.',
  'banner.label': 'Privatumo politikos pakeitimas',
  'banner.upcoming':
    'Atnaujiname savo privatumo politiką. Pakeitimai įsigalios {date} (po {days} dienų).',
  'banner.upcoming.one':
    'Atnaujiname savo privatumo politiką. Pakeitimai įsigalios {date} (po {days} dienos).',
  'banner.upcoming.few':
    'Atnaujiname savo privatumo politiką. Pakeitimai įsigalios {date} (po {days} dienų).',
  'banner.upcoming.many':
    'Atnaujiname savo privatumo politiką. Pakeitimai įsigalios {date} (po {days} dienos).',
  // The date ends with "d." (day), so it does not end the sentence.
  'banner.updated': '{date} atnaujinome savo privatumo politiką.',
  'banner.updatedUndated': 'Atnaujinome savo privatumo politiką.',
  'banner.acknowledge': 'Supratau',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Būtinieji',
  'category.necessary.description': 'Reikalingi, kad svetainė veiktų.',
  'category.preferences.label': 'Nuostatos',
  'category.preferences.description': 'Įsimena jūsų nustatymus.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Skaičiuoja apsilankymus, kad galėtume tobulinti svetainę.',
  'category.marketing.label': 'Rinkodara',
  'category.marketing.description': 'Rodo ir matuoja aktualią reklamą.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Turinys iš {service}',
  'embed.notice':
    'Turinį teikia {host}. Jei jį įkelsite, {host} gali įrašyti slapukus ir kitus duomenis jūsų įrenginyje.',
  'embed.load': 'Įkelti',
  'embed.allow': 'Visada leisti {service}',
  'embed.settings': 'Slapukų nustatymai',
};

export default table;
