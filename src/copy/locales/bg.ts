import type { CopyTable } from '../en.js';

/** Bulgarian copy. */
const table: CopyTable = {
  'notice.title': 'Използваме бисквитки',
  'notice.body':
    'Бисквитките са малки файлове, които уебсайтът съхранява във Вашия браузър. Използваме ги, за да Ви впишем, да Ви държим вписани и да запомним Вашите настройки.',
  'notice.usage':
    'Само с Вашето съгласие събираме и ограничени данни за това как използвате сайта.',
  'notice.usageOptOut':
    'Събираме и ограничени данни за това как използвате сайта. Можете да се откажете по всяко време.',
  'notice.accept': 'Приемане на всички',
  'notice.reject': 'Отхвърляне на всички',
  'notice.ok': 'OK',
  'notice.optOut': 'Отказвам се',
  'notice.customize': 'Персонализиране',
  'notice.save': 'Запазване на избора',
  'notice.close': 'Затваряне',
  'notice.categories': 'Изберете кои бисквитки можем да използваме',
  'notice.alwaysOn': 'Винаги активни',
  'notice.mixed': 'Частично разрешени',
  'policy.link': 'Политика за поверителност',
  'support.text': 'Въпроси? Свържете се с нас: {contact}.',
  'toggle.label': 'Отказ от бисквитки: {category}',
  'toggle.labelAll': 'Отказ от всички незадължителни бисквитки',
  'toggle.allow': 'Разрешаване на бисквитки: {category}',
  'toggle.allowAll': 'Разрешаване на всички незадължителни бисквитки',
  'toggle.stored':
    'Изборът Ви се съхранява в бисквитка на това устройство. Ако изтриете бисквитките си, ще изтриете и него.',
  'toggle.gpc': 'Браузърът Ви изпрати сигнал Global Privacy Control и ние го спазихме.',
  'banner.label': 'Промяна в политиката за поверителност',
  'banner.upcoming':
    'Актуализираме нашата политика за поверителност. Промените влизат в сила на {date} (след {days} дни).',
  'banner.upcoming.one':
    'Актуализираме нашата политика за поверителност. Промените влизат в сила на {date} (след {days} ден).',
  // The date ends with "г.", so it does not end the sentence.
  'banner.updated': 'На {date} актуализирахме нашата политика за поверителност.',
  'banner.updatedUndated': 'Актуализирахме нашата политика за поверителност.',
  'banner.acknowledge': 'Разбрах',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Задължителни',
  'category.necessary.description': 'Необходими за работата на сайта.',
  'category.preferences.label': 'Предпочитания',
  'category.preferences.description': 'Запомнят Вашите настройки.',
  'category.analytics.label': 'Статистика',
  'category.analytics.description': 'Отчитат посещенията, за да подобрим сайта.',
  'category.marketing.label': 'Маркетинг',
  'category.marketing.description': 'Показват и измерват подходяща реклама.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Съдържание от {service}',
  'embed.notice':
    'Хоства се от {host}. Ако го заредите, {host} може да запише бисквитки и други данни на устройството Ви.',
  'embed.load': 'Зареждане',
  'embed.allow': 'Винаги разрешавай {service}',
  'embed.settings': 'Настройки за бисквитки',
};

export default table;
