import type { CopyTable } from '../en.js';

/** Latvian copy. */
const table: CopyTable = {
  'notice.title': 'Mēs izmantojam sīkdatnes',
  'notice.body':
    'Sīkdatnes ir nelielas datnes, ko tīmekļa vietne saglabā jūsu pārlūkā. Mēs tās izmantojam, lai jūs pieteiktu, saglabātu jūsu pieteikšanos un atcerētos jūsu iestatījumus.',
  'notice.usage':
    'Tikai ar jūsu piekrišanu mēs vācam arī ierobežotus datus par to, kā jūs izmantojat vietni.',
  'notice.usageOptOut':
    'Mēs vācam arī ierobežotus datus par to, kā jūs izmantojat vietni. Jūs jebkurā laikā varat no tā atteikties.',
  'notice.accept': 'Pieņemt visas',
  'notice.reject': 'Noraidīt visas',
  'notice.ok': 'Labi',
  'notice.optOut': 'Atteikties',
  'notice.customize': 'Pielāgot',
  'notice.save': 'Saglabāt izvēli',
  'notice.close': 'Aizvērt',
  'notice.categories': 'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot',
  'notice.alwaysOn': 'Vienmēr aktīvas',
  'notice.mixed': 'Daļēji atļautas',
  'policy.link': 'Privātuma politika',
  'support.text': 'Jautājumi? Sazinieties: {contact}.',
  'toggle.label': 'Atteikties no sīkdatnēm: {category}',
  'toggle.labelAll': 'Atteikties no visām neobligātajām sīkdatnēm',
  'toggle.allow': 'Atļaut sīkdatnes: {category}',
  'toggle.allowAll': 'Atļaut visas neobligātās sīkdatnes',
  'toggle.stored':
    'Jūsu izvēle tiek saglabāta sīkdatnē šajā ierīcē. Ja izdzēsīsiet sīkdatnes, tiks izdzēsta arī tā.',
  'toggle.gpc': 'Jūsu pārlūks nosūtīja Global Privacy Control signālu, un mēs to ievērojām.',
  'banner.label': 'Privātuma politikas izmaiņas',
  // The date comes in the nominative ("2026. gada 9. decembris"), so it stands after a colon.
  'banner.upcoming':
    'Mēs atjauninām savu privātuma politiku. Izmaiņu spēkā stāšanās datums: {date} (pēc {days} dienām).',
  'banner.upcoming.one':
    'Mēs atjauninām savu privātuma politiku. Izmaiņu spēkā stāšanās datums: {date} (pēc {days} dienas).',
  'banner.upcoming.zero':
    'Mēs atjauninām savu privātuma politiku. Izmaiņu spēkā stāšanās datums: {date} (pēc {days} dienām).',
  'banner.updated': 'Mēs atjauninājām savu privātuma politiku. Datums: {date}.',
  'banner.updatedUndated': 'Mēs atjauninājām savu privātuma politiku.',
  'banner.acknowledge': 'Sapratu',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Obligātās',
  'category.necessary.description': 'Nepieciešamas vietnes darbībai.',
  'category.preferences.label': 'Preferences',
  'category.preferences.description': 'Atceras jūsu iestatījumus.',
  'category.analytics.label': 'Statistika',
  'category.analytics.description': 'Skaita apmeklējumus, lai uzlabotu vietni.',
  'category.marketing.label': 'Mārketings',
  'category.marketing.description': 'Rāda un mēra atbilstošas reklāmas.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Saturs no {service}',
  'embed.notice':
    'Saturu nodrošina {host}. Ja to ielādēsiet, {host} var saglabāt sīkdatnes un citus datus jūsu ierīcē.',
  'embed.load': 'Ielādēt',
  'embed.allow': 'Vienmēr atļaut {service}',
  'embed.settings': 'Sīkdatņu iestatījumi',
};

export default table;
