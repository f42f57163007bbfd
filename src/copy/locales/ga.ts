import type { CopyTable } from '../en.js';

/** Irish copy. */
const table: CopyTable = {
  'notice.title': 'Úsáidimid fianáin',
  'notice.body':
    'Is comhaid bheaga iad fianáin a stórálann suíomh gréasáin i do bhrabhsálaí. Úsáidimid iad chun tú a logáil isteach, chun tú a choinneáil logáilte isteach agus chun do shocruithe a mheabhrú.',
  'notice.usage':
    'Ní bhailímid sonraí teoranta faoin gcaoi a n-úsáideann tú an suíomh ach amháin má thugann tú toiliú.',
  'notice.usageOptOut':
    'Bailímid sonraí teoranta freisin faoin gcaoi a n-úsáideann tú an suíomh. Is féidir leat diúltú am ar bith.',
  'notice.accept': 'Glac le gach ceann',
  'notice.reject': 'Diúltaigh do gach ceann',
  'notice.ok': 'OK',
  'notice.optOut': 'Diúltaigh',
  'notice.customize': 'Saincheap',
  'notice.save': 'Sábháil roghanna',
  'notice.close': 'Dún',
  'notice.categories': 'Roghnaigh na fianáin is féidir linn a úsáid',
  'notice.alwaysOn': 'Ar siúl i gcónaí',
  'notice.mixed': 'Ceadaithe go páirteach',
  'policy.link': 'Beartas príobháideachais',
  'support.text': 'Ceisteanna? Déan teagmháil: {contact}.',
  'toggle.label': 'Diúltaigh d’fhianáin: {category}',
  'toggle.labelAll': 'Diúltaigh do gach fianán roghnach',
  'toggle.allow': 'Ceadaigh fianáin: {category}',
  'toggle.allowAll': 'Ceadaigh gach fianán roghnach',
  'toggle.stored':
    'Stóráiltear do rogha i bhfianán ar an ngléas seo. Má ghlanann tú d’fhianáin, glanfar é freisin.',
  'toggle.gpc': 'Sheol do bhrabhsálaí comhartha Global Privacy Control, agus chloíomar leis.',
  'banner.label': 'Nuashonrú ar an mbeartas príobháideachais',
  // With digits, "lá" stays the same for every number.
  'banner.upcoming':
    'Táimid ag nuashonrú ár mbeartais phríobháideachais. Tiocfaidh na hathruithe i bhfeidhm ar {date} (i gceann {days} lá).',
  'banner.upcoming.one':
    'Táimid ag nuashonrú ár mbeartais phríobháideachais. Tiocfaidh na hathruithe i bhfeidhm ar {date} (i gceann {days} lá).',
  'banner.upcoming.two':
    'Táimid ag nuashonrú ár mbeartais phríobháideachais. Tiocfaidh na hathruithe i bhfeidhm ar {date} (i gceann {days} lá).',
  'banner.upcoming.few':
    'Táimid ag nuashonrú ár mbeartais phríobháideachais. Tiocfaidh na hathruithe i bhfeidhm ar {date} (i gceann {days} lá).',
  'banner.upcoming.many':
    'Táimid ag nuashonrú ár mbeartais phríobháideachais. Tiocfaidh na hathruithe i bhfeidhm ar {date} (i gceann {days} lá).',
  'banner.updated': 'Nuashonraíomar ár mbeartas príobháideachais ar {date}.',
  'banner.updatedUndated': 'Nuashonraíomar ár mbeartas príobháideachais.',
  'banner.acknowledge': 'Tuigim',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Riachtanach',
  'category.necessary.description': 'Ag teastáil chun an suíomh a oibriú.',
  'category.preferences.label': 'Sainroghanna',
  'category.preferences.description': 'Meabhraíonn siad do shocruithe.',
  'category.analytics.label': 'Staitisticí',
  'category.analytics.description': 'Comhaireann siad cuairteanna chun an suíomh a fheabhsú.',
  'category.marketing.label': 'Margaíocht',
  'category.marketing.description': 'Taispeánann agus tomhaiseann siad fógraí ábhartha.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Ábhar ó {service}',
  'embed.notice':
    'Tá sé á óstáil ag {host}. Má lódálann tú é, féadfaidh {host} fianáin a shocrú agus sonraí a stóráil ar do ghléas.',
  'embed.load': 'Lódáil',
  'embed.allow': 'Ceadaigh {service} i gcónaí',
  'embed.settings': 'Socruithe fianán',
};

export default table;
