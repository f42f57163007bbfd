import type { CopyTable } from '../en.js';

/** Icelandic copy. */
const table: CopyTable = {
  'notice.title': 'Við notum vafrakökur',
  'notice.body':
    'Vafrakökur eru litlar skrár sem vefsvæði vistar í vafranum þínum. Við notum þær til að skrá þig inn, halda þér innskráðum og muna stillingarnar þínar.',
  'notice.usage':
    'Aðeins ef þú samþykkir söfnum við einnig takmörkuðum gögnum um hvernig þú notar vefinn.',
  'notice.usageOptOut':
    'Við söfnum einnig takmörkuðum gögnum um hvernig þú notar vefinn. Þú getur afþakkað það hvenær sem er.',
  'notice.accept': 'Samþykkja allt',
  'notice.reject': 'Hafna öllu',
  'notice.ok': 'Í lagi',
  'notice.optOut': 'Afþakka',
  'notice.customize': 'Sérsníða',
  'notice.save': 'Vista val',
  'notice.close': 'Loka',
  'notice.categories': 'Veldu hvaða vafrakökur við megum nota',
  'notice.alwaysOn': 'Alltaf virkar',
  'notice.mixed': 'Leyfðar að hluta',
  'policy.link': 'Persónuverndarstefna',
  'support.text': 'Spurningar? Hafðu samband: {contact}.',
  'toggle.label': 'Hafna vafrakökum: {category}',
  'toggle.labelAll': 'Hafna öllum valkvæðum vafrakökum',
  'toggle.allow': 'Leyfa vafrakökur: {category}',
  'toggle.allowAll': 'Leyfa allar valkvæðar vafrakökur',
  'toggle.stored':
    'Val þitt er vistað í vafraköku á þessu tæki. Ef þú hreinsar vafrakökurnar hreinsast það líka.',
  'toggle.gpc': 'Vafrinn þinn sendi Global Privacy Control-merki og við virtum það.',
  'banner.label': 'Uppfærsla á persónuverndarstefnu',
  'banner.upcoming':
    'Við erum að uppfæra persónuverndarstefnu okkar. Breytingarnar taka gildi {date} (eftir {days} daga).',
  'banner.upcoming.one':
    'Við erum að uppfæra persónuverndarstefnu okkar. Breytingarnar taka gildi {date} (eftir {days} dag).',
  'banner.updated': 'Við uppfærðum persónuverndarstefnu okkar {date}.',
  'banner.updatedUndated': 'Við höfum uppfært persónuverndarstefnu okkar.',
  'banner.acknowledge': 'Ég skil',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nauðsynlegar',
  'category.necessary.description': 'Nauðsynlegar til að vefurinn virki.',
  'category.preferences.label': 'Kjörstillingar',
  'category.preferences.description': 'Muna stillingarnar þínar.',
  'category.analytics.label': 'Tölfræði',
  'category.analytics.description': 'Telja heimsóknir til að bæta vefinn.',
  'category.marketing.label': 'Markaðssetning',
  'category.marketing.description': 'Birta og mæla viðeigandi auglýsingar.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Efni frá {service}',
  'embed.notice':
    'Hýst af {host}. Ef þú hleður því inn getur {host} vistað vafrakökur og gögn á tækinu þínu.',
  'embed.load': 'Hlaða inn',
  'embed.allow': 'Leyfa alltaf {service}',
  'embed.settings': 'Stillingar vafrakakna',
};

export default table;
