import type { CopyTable } from '../en.js';

/** German copy. */
const table: CopyTable = {
  'notice.title': 'Wir verwenden Cookies',
  'notice.body':
    'Cookies sind kleine Dateien, die eine Website in Ihrem Browser speichert. Wir nutzen sie, um Sie anzumelden, angemeldet zu halten und Ihre Einstellungen zu speichern.',
  'notice.usage':
    'Nur mit Ihrer Einwilligung erfassen wir außerdem begrenzte Daten darüber, wie Sie die Website nutzen.',
  'notice.usageOptOut':
    'Außerdem erfassen wir begrenzte Daten darüber, wie Sie die Website nutzen. Sie können jederzeit widersprechen.',
  'notice.accept': 'Alle akzeptieren',
  'notice.reject': 'Alle ablehnen',
  'notice.ok': 'OK',
  'notice.optOut': 'Widersprechen',
  'notice.customize': 'Anpassen',
  'notice.save': 'Auswahl speichern',
  'notice.close': 'Schließen',
  'notice.categories': 'Wählen Sie, welche Cookies wir verwenden dürfen',
  'notice.alwaysOn': 'Immer aktiv',
  'notice.mixed': 'Teilweise erlaubt',
  'policy.link': 'Datenschutzerklärung',
  'support.text': 'Fragen? Kontakt: {contact}.',
  'toggle.label': 'Keine {category}-Cookies zulassen',
  'toggle.labelAll': 'Keine optionalen Cookies zulassen',
  'toggle.allow': '{category}-Cookies zulassen',
  'toggle.allowAll': 'Alle optionalen Cookies zulassen',
  'toggle.stored':
    'Ihre Wahl wird in einem Cookie auf diesem Gerät gespeichert. Wenn Sie Ihre Cookies löschen, wird auch sie gelöscht.',
  'toggle.gpc':
    'Ihr Browser hat das Signal „Global Privacy Control“ gesendet, und wir haben es berücksichtigt.',
  'banner.label': 'Änderung der Datenschutzerklärung',
  'banner.upcoming':
    'Wir aktualisieren unsere Datenschutzerklärung. Die Änderungen gelten ab dem {date} (in {days} Tagen).',
  'banner.upcoming.one':
    'Wir aktualisieren unsere Datenschutzerklärung. Die Änderungen gelten ab dem {date} (in {days} Tag).',
  'banner.updated': 'Wir haben unsere Datenschutzerklärung am {date} aktualisiert.',
  'banner.updatedUndated': 'Wir haben unsere Datenschutzerklärung aktualisiert.',
  'banner.acknowledge': 'Verstanden',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Unbedingt erforderlich',
  'category.necessary.description': 'Für den Betrieb der Website nötig.',
  'category.preferences.label': 'Präferenzen',
  'category.preferences.description': 'Speichern Ihre Einstellungen.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description': 'Zählen Besuche, um die Website zu verbessern.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Zeigen und messen relevante Werbung.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Inhalt von {service}',
  'embed.notice':
    'Bereitgestellt von {host}. Wenn Sie den Inhalt laden, kann {host} Cookies setzen und Daten auf Ihrem Gerät speichern.',
  'embed.load': 'Laden',
  'embed.allow': '{service} immer erlauben',
  'embed.settings': 'Cookie-Einstellungen',
};

export default table;
