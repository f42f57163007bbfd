import type { CopyTable } from '../en.js';

/** Estonian copy. */
const table: CopyTable = {
  'notice.title': 'Kasutame küpsiseid',
  'notice.body':
    'Küpsised on väikesed failid, mille veebisait salvestab sinu brauserisse. Kasutame neid, et sind sisse logida, sisselogituna hoida ja sinu eelistusi meeles pidada.',
  'notice.usage':
    'Ainult sinu nõusolekul kogume ka piiratud andmeid selle kohta, kuidas sa saiti kasutad.',
  'notice.usageOptOut':
    'Kogume ka piiratud andmeid selle kohta, kuidas sa saiti kasutad. Võid sellest igal ajal loobuda.',
  'notice.accept': 'Nõustu kõigiga',
  'notice.reject': 'Keeldu kõigist',
  'notice.ok': 'OK',
  'notice.optOut': 'Loobu',
  'notice.customize': 'Kohanda',
  'notice.save': 'Salvesta valikud',
  'notice.close': 'Sulge',
  'notice.categories': 'Vali, milliseid küpsiseid võime kasutada',
  'notice.alwaysOn': 'Alati sees',
  'notice.mixed': 'Osaliselt lubatud',
  'policy.link': 'Privaatsuspoliitika',
  'support.text': 'Küsimusi? Võta ühendust: {contact}.',
  'toggle.label': 'Keeldu küpsistest: {category}',
  'toggle.labelAll': 'Keeldu kõigist valikulistest küpsistest',
  'toggle.allow': 'Luba küpsised: {category}',
  'toggle.allowAll': 'Luba kõik valikulised küpsised',
  'toggle.stored':
    'Sinu valik salvestatakse selle seadme küpsisesse. Kui kustutad küpsised, kustub ka valik.',
  'toggle.gpc': 'Sinu brauser saatis Global Privacy Controli signaali ja me järgisime seda.',
  'banner.label': 'Privaatsuspoliitika muudatus',
  'banner.upcoming':
    'Uuendame oma privaatsuspoliitikat. Muudatuste jõustumise kuupäev: {date} ({days} päeva pärast).',
  'banner.upcoming.one':
    'Uuendame oma privaatsuspoliitikat. Muudatuste jõustumise kuupäev: {date} ({days} päeva pärast).',
  'banner.updated': 'Uuendasime oma privaatsuspoliitikat. Kuupäev: {date}.',
  'banner.updatedUndated': 'Uuendasime oma privaatsuspoliitikat.',
  'banner.acknowledge': 'Selge',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Hädavajalikud',
  'category.necessary.description': 'Vajalikud saidi toimimiseks.',
  'category.preferences.label': 'Eelistused',
  'category.preferences.description': 'Jätavad meelde sinu seaded.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Loendavad külastusi, et saiti parandada.',
  'category.marketing.label': 'Turundus',
  'category.marketing.description': 'Näitavad ja mõõdavad asjakohaseid reklaame.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Sisu teenusest {service}',
  'embed.notice':
    'Sisu majutab {host}. Kui selle laadid, võib {host} sinu seadmesse küpsiseid ja andmeid salvestada.',
  'embed.load': 'Laadi',
  'embed.allow': 'Luba alati {service}',
  'embed.settings': 'Küpsiste seaded',
};

export default table;
