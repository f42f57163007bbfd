import type { CopyTable } from '../en.js';

/** Dutch copy. */
const table: CopyTable = {
  'notice.title': 'Wij gebruiken cookies',
  'notice.body':
    'Cookies zijn kleine bestanden die een website in uw browser opslaat. Wij gebruiken ze om u aan te melden, aangemeld te houden en uw voorkeuren te onthouden.',
  'notice.usage':
    'Alleen met uw toestemming verzamelen wij ook beperkte gegevens over hoe u de website gebruikt.',
  'notice.usageOptOut':
    'Wij verzamelen ook beperkte gegevens over hoe u de website gebruikt. U kunt op elk moment bezwaar maken.',
  'notice.accept': 'Alles accepteren',
  'notice.reject': 'Alles weigeren',
  'notice.ok': 'OK',
  'notice.optOut': 'Bezwaar maken',
  'notice.customize': 'Aanpassen',
  'notice.save': 'Keuzes opslaan',
  'notice.close': 'Sluiten',
  'notice.categories': 'Kies welke cookies wij mogen gebruiken',
  'notice.alwaysOn': 'Altijd actief',
  'notice.mixed': 'Gedeeltelijk toegestaan',
  'policy.link': 'Privacyverklaring',
  'support.text': 'Vragen? Neem contact op via {contact}.',
  'toggle.label': 'Cookies weigeren: {category}',
  'toggle.labelAll': 'Alle optionele cookies weigeren',
  'toggle.allow': 'Cookies toestaan: {category}',
  'toggle.allowAll': 'Alle optionele cookies toestaan',
  'toggle.stored':
    'Uw keuze wordt opgeslagen in een cookie op dit apparaat. Als u uw cookies wist, wordt ook uw keuze gewist.',
  'toggle.gpc':
    'Uw browser heeft een Global Privacy Control-signaal gestuurd en wij hebben dat gerespecteerd.',
  'banner.label': 'Wijziging van de privacyverklaring',
  'banner.upcoming':
    'Wij passen onze privacyverklaring aan. De wijzigingen gaan in op {date} (over {days} dagen).',
  'banner.upcoming.one':
    'Wij passen onze privacyverklaring aan. De wijzigingen gaan in op {date} (over {days} dag).',
  'banner.updated': 'Wij hebben onze privacyverklaring op {date} bijgewerkt.',
  'banner.updatedUndated': 'Wij hebben onze privacyverklaring bijgewerkt.',
  'banner.acknowledge': 'Begrepen',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Strikt noodzakelijk',
  'category.necessary.description': 'Nodig om de website te laten werken.',
  'category.preferences.label': 'Voorkeuren',
  'category.preferences.description': 'Onthouden uw instellingen.',
  'category.analytics.label': 'Statistieken',
  'category.analytics.description': 'Tellen bezoeken om de website te verbeteren.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Tonen en meten relevante advertenties.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Inhoud van {service}',
  'embed.notice':
    'Gehost door {host}. Als u dit laadt, kan {host} cookies plaatsen en gegevens op uw apparaat opslaan.',
  'embed.load': 'Laden',
  'embed.allow': '{service} altijd toestaan',
  'embed.settings': 'Cookie-instellingen',
};

export default table;
