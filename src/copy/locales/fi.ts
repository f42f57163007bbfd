import type { CopyTable } from '../en.js';

/** Finnish copy. */
const table: CopyTable = {
  'notice.title': 'Käytämme evästeitä',
  'notice.body':
    'Evästeet ovat pieniä tiedostoja, jotka verkkosivusto tallentaa selaimeesi. Käytämme niitä sisäänkirjautumiseen, kirjautumisen säilyttämiseen ja asetustesi muistamiseen.',
  'notice.usage':
    'Vain suostumuksellasi keräämme myös rajallisesti tietoja siitä, miten käytät sivustoa.',
  'notice.usageOptOut':
    'Keräämme myös rajallisesti tietoja siitä, miten käytät sivustoa. Voit kieltäytyä milloin tahansa.',
  'notice.accept': 'Hyväksy kaikki',
  'notice.reject': 'Hylkää kaikki',
  'notice.ok': 'OK',
  'notice.optOut': 'Kieltäydy',
  'notice.customize': 'Mukauta',
  'notice.save': 'Tallenna valinnat',
  'notice.close': 'Sulje',
  'notice.categories': 'Valitse, mitä evästeitä saamme käyttää',
  'notice.alwaysOn': 'Aina käytössä',
  'notice.mixed': 'Osittain sallittu',
  'policy.link': 'Tietosuojaseloste',
  'support.text': 'Kysyttävää? Ota yhteyttä: {contact}.',
  'toggle.label': 'Kiellä evästeet: {category}',
  'toggle.labelAll': 'Kiellä kaikki valinnaiset evästeet',
  'toggle.allow': 'Salli evästeet: {category}',
  'toggle.allowAll': 'Salli kaikki valinnaiset evästeet',
  'toggle.stored':
    'Valintasi tallennetaan evästeeseen tällä laitteella. Jos poistat evästeesi, myös valinta poistuu.',
  'toggle.gpc': 'Selaimesi lähetti Global Privacy Control -signaalin, ja noudatimme sitä.',
  'banner.label': 'Tietosuojaselosteen päivitys',
  'banner.upcoming':
    'Päivitämme tietosuojaselostettamme. Muutokset tulevat voimaan {date} ({days} päivän kuluttua).',
  'banner.upcoming.one':
    'Päivitämme tietosuojaselostettamme. Muutokset tulevat voimaan {date} ({days} päivän kuluttua).',
  'banner.updated': 'Päivitimme tietosuojaselosteemme {date}.',
  'banner.updatedUndated': 'Olemme päivittäneet tietosuojaselosteemme.',
  'banner.acknowledge': 'Selvä',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Välttämättömät',
  'category.necessary.description': 'Tarvitaan sivuston toimintaan.',
  'category.preferences.label': 'Asetukset',
  'category.preferences.description': 'Muistavat asetuksesi.',
  'category.analytics.label': 'Tilastot',
  'category.analytics.description': 'Laskevat käyntejä sivuston parantamiseksi.',
  'category.marketing.label': 'Markkinointi',
  'category.marketing.description': 'Näyttävät ja mittaavat osuvaa mainontaa.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Sisältöä palvelusta {service}',
  'embed.notice':
    'Sisällön tarjoaa {host}. Jos lataat sen, {host} voi tallentaa evästeitä ja tietoja laitteellesi.',
  'embed.load': 'Lataa',
  'embed.allow': 'Salli aina {service}',
  'embed.settings': 'Evästeasetukset',
};

export default table;
