import type { CopyTable } from '../en.js';

/** Maltese copy. */
const table: CopyTable = {
  'notice.title': 'Nużaw il-cookies',
  'notice.body':
    'Il-cookies huma fajls żgħar li sit elettroniku jaħżen fil-browser tiegħek. Nużawhom biex niddaħħlek fil-kont tiegħek, inżommuk dieħel u niftakru l-preferenzi tiegħek.',
  'notice.usage': 'Biss jekk taqbel, niġbru wkoll data limitata dwar kif tuża s-sit.',
  'notice.usageOptOut':
    'Niġbru wkoll data limitata dwar kif tuża s-sit. Tista’ tirrifjuta fi kwalunkwe ħin.',
  'notice.accept': 'Aċċetta kollox',
  'notice.reject': 'Irrifjuta kollox',
  'notice.ok': 'OK',
  'notice.optOut': 'Irrifjuta',
  'notice.customize': 'Ippersonalizza',
  'notice.save': 'Issejvja l-għażliet',
  'notice.close': 'Agħlaq',
  'notice.categories': 'Agħżel liema cookies nistgħu nużaw',
  'notice.alwaysOn': 'Dejjem attivi',
  'notice.mixed': 'Permessi parzjalment',
  'policy.link': 'Politika tal-privatezza',
  'support.text': 'Mistoqsijiet? Ikkuntattja {contact}.',
  'toggle.label': 'Irrifjuta l-cookies: {category}',
  'toggle.labelAll': 'Irrifjuta l-cookies mhux essenzjali kollha',
  'toggle.allow': 'Ippermetti l-cookies: {category}',
  'toggle.allowAll': 'Ippermetti l-cookies mhux essenzjali kollha',
  'toggle.stored':
    'L-għażla tiegħek tinħażen f’cookie fuq dan l-apparat. Jekk tħassar il-cookies tiegħek, titħassar ukoll.',
  'toggle.gpc': 'Il-browser tiegħek bagħat sinjal Global Privacy Control, u aħna rrispettajnih.',
  'banner.label': 'Aġġornament tal-politika tal-privatezza',
  // The date stands after a colon: an article before it would have to agree with the day's number.
  'banner.upcoming':
    'Qed naġġornaw il-politika tal-privatezza tagħna. Data tad-dħul fis-seħħ: {date} (fi żmien {days} jum).',
  'banner.upcoming.one':
    'Qed naġġornaw il-politika tal-privatezza tagħna. Data tad-dħul fis-seħħ: {date} (fi żmien {days} jum).',
  'banner.upcoming.two':
    'Qed naġġornaw il-politika tal-privatezza tagħna. Data tad-dħul fis-seħħ: {date} (fi żmien {days} ijiem).',
  'banner.upcoming.few':
    'Qed naġġornaw il-politika tal-privatezza tagħna. Data tad-dħul fis-seħħ: {date} (fi żmien {days} ijiem).',
  'banner.upcoming.many':
    'Qed naġġornaw il-politika tal-privatezza tagħna. Data tad-dħul fis-seħħ: {date} (fi żmien {days}-il jum).',
  'banner.updated': 'Aġġornajna l-politika tal-privatezza tagħna. Data: {date}.',
  'banner.updatedUndated': 'Aġġornajna l-politika tal-privatezza tagħna.',
  'banner.acknowledge': 'Fhimt',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Strettament meħtieġa',
  'category.necessary.description': 'Meħtieġa biex is-sit jaħdem.',
  'category.preferences.label': 'Preferenzi',
  'category.preferences.description': 'Jiftakru s-settings tiegħek.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Jgħoddu ż-żjarat biex intejbu s-sit.',
  'category.marketing.label': 'Kummerċjalizzazzjoni',
  'category.marketing.description': 'Juru u jkejlu reklami rilevanti.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Kontenut minn {service}',
  'embed.notice':
    'Ospitat minn {host}. Jekk tħammlu, {host} jista’ jpoġġi cookies u jaħżen data fuq l-apparat tiegħek.',
  'embed.load': 'Ħammel',
  'embed.allow': 'Dejjem ippermetti {service}',
  'embed.settings': 'Issettjar tal-cookies',
};

export default table;
