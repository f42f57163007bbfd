import type { CopyTable } from '../en.js';

/** Danish copy. */
const table: CopyTable = {
  'notice.title': 'Vi bruger cookies',
  'notice.body':
    'Cookies er små filer, som et websted gemmer i din browser. Vi bruger dem til at logge dig ind, holde dig logget ind og huske dine indstillinger.',
  'notice.usage':
    'Kun hvis du giver samtykke, indsamler vi også begrænsede data om, hvordan du bruger webstedet.',
  'notice.usageOptOut':
    'Vi indsamler også begrænsede data om, hvordan du bruger webstedet. Du kan til enhver tid fravælge det.',
  'notice.accept': 'Accepter alle',
  'notice.reject': 'Afvis alle',
  'notice.ok': 'OK',
  'notice.optOut': 'Fravælg',
  'notice.customize': 'Tilpas',
  'notice.save': 'Gem valg',
  'notice.close': 'Luk',
  'notice.categories': 'Vælg, hvilke cookies vi må bruge',
  'notice.alwaysOn': 'Altid aktiv',
  'notice.mixed': 'Delvist tilladt',
  'policy.link': 'Privatlivspolitik',
  'support.text': 'Spørgsmål? Kontakt {contact}.',
  'toggle.label': 'Fravælg cookies: {category}',
  'toggle.labelAll': 'Fravælg alle valgfrie cookies',
  'toggle.allow': 'Tillad cookies: {category}',
  'toggle.allowAll': 'Tillad alle valgfrie cookies',
  'toggle.stored':
    'Dit valg gemmes i en cookie på denne enhed. Sletter du dine cookies, slettes det også.',
  'toggle.gpc': 'Din browser sendte et Global Privacy Control-signal, og vi har respekteret det.',
  'banner.label': 'Opdatering af privatlivspolitikken',
  'banner.upcoming':
    'Vi opdaterer vores privatlivspolitik. Ændringerne træder i kraft den {date} (om {days} dage).',
  'banner.upcoming.one':
    'Vi opdaterer vores privatlivspolitik. Ændringerne træder i kraft den {date} (om {days} dag).',
  'banner.updated': 'Vi opdaterede vores privatlivspolitik den {date}.',
  'banner.updatedUndated': 'Vi har opdateret vores privatlivspolitik.',
  'banner.acknowledge': 'Forstået',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nødvendige',
  'category.necessary.description': 'Nødvendige for, at webstedet fungerer.',
  'category.preferences.label': 'Præferencer',
  'category.preferences.description': 'Husker dine indstillinger.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Tæller besøg for at forbedre webstedet.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Viser og måler relevante annoncer.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Indhold fra {service}',
  'embed.notice':
    'Hostes af {host}. Hvis du indlæser det, kan {host} sætte cookies og gemme data på din enhed.',
  'embed.load': 'Indlæs',
  'embed.allow': 'Tillad altid {service}',
  'embed.settings': 'Cookieindstillinger',
};

export default table;
