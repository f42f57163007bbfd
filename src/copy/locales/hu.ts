import type { CopyTable } from '../en.js';

/** Hungarian copy. */
const table: CopyTable = {
  'notice.title': 'Sütiket használunk',
  'notice.body':
    'A sütik kis fájlok, amelyeket egy weboldal az Ön böngészőjében tárol. Arra használjuk őket, hogy bejelentkezhessen, bejelentkezve maradjon, és megjegyezzük a beállításait.',
  'notice.usage':
    'Csak az Ön hozzájárulásával gyűjtünk korlátozott adatokat arról is, hogyan használja az oldalt.',
  'notice.usageOptOut':
    'Korlátozott adatokat gyűjtünk arról is, hogyan használja az oldalt. Ezt bármikor megtilthatja.',
  'notice.accept': 'Összes elfogadása',
  'notice.reject': 'Összes elutasítása',
  'notice.ok': 'OK',
  'notice.optOut': 'Tiltakozom',
  'notice.customize': 'Testreszabás',
  'notice.save': 'Választás mentése',
  'notice.close': 'Bezárás',
  'notice.categories': 'Válassza ki, mely sütiket használhatjuk',
  'notice.alwaysOn': 'Mindig aktív',
  'notice.mixed': 'Részben engedélyezve',
  'policy.link': 'Adatvédelmi tájékoztató',
  'support.text': 'Kérdése van? Kapcsolat: {contact}.',
  'toggle.label': 'Sütik elutasítása: {category}',
  'toggle.labelAll': 'Minden nem kötelező süti elutasítása',
  'toggle.allow': 'Sütik engedélyezése: {category}',
  'toggle.allowAll': 'Minden nem kötelező süti engedélyezése',
  'toggle.stored':
    'A választását egy süti tárolja ezen az eszközön. Ha törli a sütiket, a választás is törlődik.',
  'toggle.gpc': 'A böngészője Global Privacy Control jelzést küldött, és mi ezt figyelembe vettük.',
  'banner.label': 'Az adatvédelmi tájékoztató módosítása',
  // The date ends with a full stop ("2026. december 9."), and a suffix would change its form.
  'banner.upcoming':
    'Frissítjük adatvédelmi tájékoztatónkat. A változások hatálybalépése: {date} ({days} nap múlva).',
  'banner.upcoming.one':
    'Frissítjük adatvédelmi tájékoztatónkat. A változások hatálybalépése: {date} ({days} nap múlva).',
  'banner.updated': 'Frissítettük adatvédelmi tájékoztatónkat (dátum: {date}).',
  'banner.updatedUndated': 'Frissítettük adatvédelmi tájékoztatónkat.',
  'banner.acknowledge': 'Értem',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Feltétlenül szükséges',
  'category.necessary.description': 'Az oldal működéséhez szükségesek.',
  'category.preferences.label': 'Beállítások',
  'category.preferences.description': 'Megjegyzik a beállításait.',
  'category.analytics.label': 'Statisztika',
  'category.analytics.description': 'Megszámolják a látogatásokat, hogy javíthassuk az oldalt.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Releváns hirdetéseket jelenítenek meg és mérnek.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Tartalom innen: {service}',
  'embed.notice':
    'Szolgáltató: {host}. Ha betölti a tartalmat, a(z) {host} sütiket helyezhet el és adatokat tárolhat az eszközén.',
  'embed.load': 'Betöltés',
  'embed.allow': 'Mindig engedélyezem: {service}',
  'embed.settings': 'Süti-beállítások',
};

export default table;
