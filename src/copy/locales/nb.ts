import type { CopyTable } from '../en.js';

/** Norwegian Bokmål copy. */
const table: CopyTable = {
  'notice.title': 'Vi bruker informasjonskapsler',
  'notice.body':
    'Informasjonskapsler (cookies) er små filer som et nettsted lagrer i nettleseren din. Vi bruker dem til å logge deg inn, holde deg innlogget og huske innstillingene dine.',
  'notice.usage':
    'Bare hvis du samtykker, samler vi også inn begrensede data om hvordan du bruker nettstedet.',
  'notice.usageOptOut':
    'Vi samler også inn begrensede data om hvordan du bruker nettstedet. Du kan reservere deg når som helst.',
  'notice.accept': 'Godta alle',
  'notice.reject': 'Avvis alle',
  'notice.ok': 'OK',
  'notice.optOut': 'Reserver meg',
  'notice.customize': 'Tilpass',
  'notice.save': 'Lagre valg',
  'notice.close': 'Lukk',
  'notice.categories': 'Velg hvilke informasjonskapsler vi kan bruke',
  'notice.alwaysOn': 'Alltid på',
  'notice.mixed': 'Delvis tillatt',
  'policy.link': 'Personvernerklæring',
  'support.text': 'Spørsmål? Kontakt {contact}.',
  'toggle.label': 'Avvis informasjonskapsler: {category}',
  'toggle.labelAll': 'Avvis alle valgfrie informasjonskapsler',
  'toggle.allow': 'Tillat informasjonskapsler: {category}',
  'toggle.allowAll': 'Tillat alle valgfrie informasjonskapsler',
  'toggle.stored':
    'Valget ditt lagres i en informasjonskapsel på denne enheten. Sletter du informasjonskapslene, slettes også valget.',
  'toggle.gpc':
    'Nettleseren din sendte et Global Privacy Control-signal, og vi har respektert det.',
  'banner.label': 'Oppdatering av personvernerklæringen',
  'banner.upcoming':
    'Vi oppdaterer personvernerklæringen vår. Endringene trer i kraft {date} (om {days} dager).',
  'banner.upcoming.one':
    'Vi oppdaterer personvernerklæringen vår. Endringene trer i kraft {date} (om {days} dag).',
  'banner.updated': 'Vi oppdaterte personvernerklæringen vår {date}.',
  'banner.updatedUndated': 'Vi har oppdatert personvernerklæringen vår.',
  'banner.acknowledge': 'Forstått',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Trengs for at nettstedet skal fungere.',
  'category.preferences.label': 'Preferanser',
  'category.preferences.description': 'Husker innstillingene dine.',
  'category.analytics.label': 'Statistikk',
  'category.analytics.description': 'Teller besøk for å forbedre nettstedet.',
  'category.marketing.label': 'Markedsføring',
  'category.marketing.description': 'Viser og måler relevante annonser.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Innhold fra {service}',
  'embed.notice':
    'Driftes av {host}. Hvis du laster det inn, kan {host} lagre informasjonskapsler og data på enheten din.',
  'embed.load': 'Last inn',
  'embed.allow': 'Tillat alltid {service}',
  'embed.settings': 'Innstillinger for informasjonskapsler',
};

export default table;
