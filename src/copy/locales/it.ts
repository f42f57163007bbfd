import type { CopyTable } from '../en.js';

/** Italian copy. */
const table: CopyTable = {
  'notice.title': 'Utilizziamo i cookie',
  'notice.body':
    "I cookie sono piccoli file che un sito web salva nel suo browser. Li usiamo per farle accedere, mantenere l'accesso e ricordare le sue preferenze.",
  'notice.usage':
    'Solo con il suo consenso raccogliamo anche dati limitati su come utilizza il sito.',
  'notice.usageOptOut':
    'Raccogliamo anche dati limitati su come utilizza il sito. Può opporsi in qualsiasi momento.',
  'notice.accept': 'Accetta tutti',
  'notice.reject': 'Rifiuta tutti',
  'notice.ok': 'OK',
  'notice.optOut': 'Mi oppongo',
  'notice.customize': 'Personalizza',
  'notice.save': 'Salva le scelte',
  'notice.close': 'Chiudi',
  'notice.categories': 'Scelga quali cookie possiamo utilizzare',
  'notice.alwaysOn': 'Sempre attivi',
  'notice.mixed': 'Consentiti in parte',
  'policy.link': 'Informativa sulla privacy',
  'support.text': 'Domande? Contatti {contact}.',
  'toggle.label': 'Rifiuta i cookie di tipo {category}',
  'toggle.labelAll': 'Rifiuta tutti i cookie facoltativi',
  'toggle.allow': 'Consenti i cookie di tipo {category}',
  'toggle.allowAll': 'Consenti tutti i cookie facoltativi',
  'toggle.stored':
    'La sua scelta è salvata in un cookie su questo dispositivo. Se cancella i cookie, viene cancellata anche la scelta.',
  'toggle.gpc':
    'Il suo browser ha inviato un segnale Global Privacy Control e lo abbiamo rispettato.',
  'banner.label': "Aggiornamento dell'informativa sulla privacy",
  'banner.upcoming':
    'Stiamo aggiornando la nostra informativa sulla privacy. Le modifiche entrano in vigore il {date} (tra {days} giorni).',
  'banner.upcoming.one':
    'Stiamo aggiornando la nostra informativa sulla privacy. Le modifiche entrano in vigore il {date} (tra {days} giorno).',
  'banner.upcoming.many':
    'Stiamo aggiornando la nostra informativa sulla privacy. Le modifiche entrano in vigore il {date} (tra {days} di giorni).',
  'banner.updated': 'Il {date} abbiamo aggiornato la nostra informativa sulla privacy.',
  'banner.updatedUndated': 'Abbiamo aggiornato la nostra informativa sulla privacy.',
  'banner.acknowledge': 'Ho capito',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Strettamente necessari',
  'category.necessary.description': 'Necessari per il funzionamento del sito.',
  'category.preferences.label': 'Preferenze',
  'category.preferences.description': 'Memorizzano le sue impostazioni.',
  'category.analytics.label': 'Statistiche',
  'category.analytics.description': 'Contano le visite per migliorare il sito.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Mostrano e misurano pubblicità pertinente.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Contenuto di {service}',
  'embed.notice':
    'Ospitato da {host}. Se lo carica, {host} può impostare cookie e salvare dati sul suo dispositivo.',
  'embed.load': 'Carica',
  'embed.allow': 'Consenti sempre {service}',
  'embed.settings': 'Impostazioni dei cookie',
};

export default table;
