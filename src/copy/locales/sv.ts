import type { CopyTable } from '../en.js';

/** Swedish copy. */
const table: CopyTable = {
  'notice.title': 'Vi använder cookies',
  'notice.body':
    'Cookies är små filer som en webbplats sparar i din webbläsare. Vi använder dem för att logga in dig, hålla dig inloggad och komma ihåg dina inställningar.',
  'notice.usage':
    'Bara om du samtycker samlar vi även in begränsade uppgifter om hur du använder webbplatsen.',
  'notice.usageOptOut':
    'Vi samlar även in begränsade uppgifter om hur du använder webbplatsen. Du kan när som helst tacka nej.',
  'notice.accept': 'Acceptera alla',
  'notice.reject': 'Avvisa alla',
  'notice.ok': 'OK',
  'notice.optOut': 'Tacka nej',
  'notice.customize': 'Anpassa',
  'notice.save': 'Spara val',
  'notice.close': 'Stäng',
  'notice.categories': 'Välj vilka cookies vi får använda',
  'notice.alwaysOn': 'Alltid aktiva',
  'notice.mixed': 'Delvis tillåtna',
  'policy.link': 'Integritetspolicy',
  'support.text': 'Frågor? Kontakta {contact}.',
  'toggle.label': 'Tacka nej till cookies: {category}',
  'toggle.labelAll': 'Tacka nej till alla valfria cookies',
  'toggle.allow': 'Tillåt cookies: {category}',
  'toggle.allowAll': 'Tillåt alla valfria cookies',
  'toggle.stored':
    'Ditt val sparas i en cookie på den här enheten. Om du rensar dina cookies rensas även valet.',
  'toggle.gpc':
    'Din webbläsare skickade en Global Privacy Control-signal, och vi har respekterat den.',
  'banner.label': 'Uppdatering av integritetspolicyn',
  'banner.upcoming':
    'Vi uppdaterar vår integritetspolicy. Ändringarna gäller från den {date} (om {days} dagar).',
  'banner.upcoming.one':
    'Vi uppdaterar vår integritetspolicy. Ändringarna gäller från den {date} (om {days} dag).',
  'banner.updated': 'Vi uppdaterade vår integritetspolicy den {date}.',
  'banner.updatedUndated': 'Vi har uppdaterat vår integritetspolicy.',
  'banner.acknowledge': 'Jag förstår',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Nödvändiga',
  'category.necessary.description': 'Behövs för att webbplatsen ska fungera.',
  'category.preferences.label': 'Inställningar',
  'category.preferences.description': 'Kommer ihåg dina inställningar.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Räknar besök för att förbättra webbplatsen.',
  'category.marketing.label': 'Marknadsföring',
  'category.marketing.description': 'Visar och mäter relevanta annonser.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Innehåll från {service}',
  'embed.notice':
    'Tillhandahålls av {host}. Om du läser in det kan {host} sätta cookies och spara data på din enhet.',
  'embed.load': 'Läs in',
  'embed.allow': 'Tillåt alltid {service}',
  'embed.settings': 'Cookie-inställningar',
};

export default table;
