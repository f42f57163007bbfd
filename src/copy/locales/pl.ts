import type { CopyTable } from '../en.js';

/** Polish copy. */
const table: CopyTable = {
  'notice.title': 'Używamy plików cookie',
  'notice.body':
    'Pliki cookie to małe pliki, które strona internetowa zapisuje w Twojej przeglądarce. Używamy ich, aby Cię zalogować, utrzymać zalogowanie i zapamiętać Twoje ustawienia.',
  'notice.usage':
    'Tylko za Twoją zgodą zbieramy też ograniczone dane o tym, jak korzystasz ze strony.',
  'notice.usageOptOut':
    'Zbieramy też ograniczone dane o tym, jak korzystasz ze strony. W każdej chwili możesz się temu sprzeciwić.',
  'notice.accept': 'Akceptuj wszystkie',
  'notice.reject': 'Odrzuć wszystkie',
  'notice.ok': 'OK',
  'notice.optOut': 'Sprzeciwiam się',
  'notice.customize': 'Dostosuj',
  'notice.save': 'Zapisz wybór',
  'notice.close': 'Zamknij',
  'notice.categories': 'Wybierz, których plików cookie możemy używać',
  'notice.alwaysOn': 'Zawsze aktywne',
  'notice.mixed': 'Częściowo dozwolone',
  'policy.link': 'Polityka prywatności',
  'support.text': 'Pytania? Napisz do nas: {contact}.',
  'toggle.label': 'Odrzuć pliki cookie: {category}',
  'toggle.labelAll': 'Odrzuć wszystkie opcjonalne pliki cookie',
  'toggle.allow': 'Zezwól na pliki cookie: {category}',
  'toggle.allowAll': 'Zezwól na wszystkie opcjonalne pliki cookie',
  'toggle.stored':
    'Twój wybór jest zapisany w pliku cookie na tym urządzeniu. Jeśli usuniesz pliki cookie, usuniesz też ten wybór.',
  'toggle.gpc': 'Twoja przeglądarka wysłała sygnał Global Privacy Control i go uwzględniliśmy.',
  'banner.label': 'Zmiana polityki prywatności',
  'banner.upcoming':
    'Aktualizujemy naszą politykę prywatności. Zmiany wchodzą w życie {date} (za {days} dnia).',
  'banner.upcoming.one':
    'Aktualizujemy naszą politykę prywatności. Zmiany wchodzą w życie {date} (za {days} dzień).',
  'banner.upcoming.few':
    'Aktualizujemy naszą politykę prywatności. Zmiany wchodzą w życie {date} (za {days} dni).',
  'banner.upcoming.many':
    'Aktualizujemy naszą politykę prywatności. Zmiany wchodzą w życie {date} (za {days} dni).',
  'banner.updated': 'Zaktualizowaliśmy naszą politykę prywatności {date}.',
  'banner.updatedUndated': 'Zaktualizowaliśmy naszą politykę prywatności.',
  'banner.acknowledge': 'Rozumiem',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Niezbędne',
  'category.necessary.description': 'Potrzebne do działania strony.',
  'category.preferences.label': 'Preferencje',
  'category.preferences.description': 'Zapamiętują Twoje ustawienia.',
  'category.analytics.label': 'Statystyka',
  'category.analytics.description': 'Liczą odwiedziny, aby ulepszać stronę.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Wyświetlają i mierzą dopasowane reklamy.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Treść z serwisu {service}',
  'embed.notice':
    'Treść udostępnia {host}. Jeśli ją wczytasz, {host} może zapisać pliki cookie i inne dane na twoim urządzeniu.',
  'embed.load': 'Wczytaj',
  'embed.allow': 'Zawsze zezwalaj na {service}',
  'embed.settings': 'Ustawienia plików cookie',
};

export default table;
