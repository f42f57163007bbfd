import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../src/store/index.js';
import { daysUntil, formatDate, parseIsoDate } from '../src/copy/dates.js';
import {
  en,
  inSentence,
  interpolate,
  registerLocale,
  resolveLocale,
  safeUrl,
  splitAt,
  supportLink,
  translate,
} from '../src/copy/index.js';
import de from '../src/copy/locales/de.js';
import { LANGUAGE_PARTS, PART_MARKERS, partsOf, pickPart } from '../src/copy/parts.js';
import es from '../src/copy/locales/es.js';
import fr from '../src/copy/locales/fr.js';

// German, French and Spanish on the page, as after importing their modules.
beforeAll(() => {
  registerLocale('de', de);
  registerLocale('fr', fr);
  registerLocale('es', es);
});

describe('the package in Node', () => {
  it('imports the main entry and the define module without touching a DOM', async () => {
    const main = await import('../src/index.js');
    expect(main.ConsentCookieNotice.version).toBe(main.VERSION);
    expect(typeof main.getConsentStore).toBe('function');
    await expect(import('../src/define.js')).resolves.toBeDefined();
  });
});

describe('copy tables', () => {
  it('explain cookies and the uses the default copy promises', () => {
    const body = `${en['notice.body']} ${en['notice.usage']}`;
    for (const use of ['sign you in', 'keep you signed in', 'preferences', 'limited data']) {
      expect(body).toContain(use);
    }
  });
});

/** Every locale table in the source: the default export of each file of `src/copy/locales/`. */
async function loadLocaleTables(): Promise<[string, Record<string, string | undefined>][]> {
  const folder = '../src/copy/locales/';
  const tables: [string, Record<string, string | undefined>][] = [];
  for (const file of readdirSync(new URL(folder, import.meta.url)).sort()) {
    const lang = /^([a-z]{2,3})\.ts$/.exec(file)?.[1];
    if (lang === undefined) throw new Error(`${file} is not named <language code>.ts`);
    const module = (await import(`${folder}${file}`)) as { default?: unknown };
    if (typeof module.default !== 'object' || module.default === null)
      throw new Error(`${file} has no default export of a table`);
    tables.push([lang, module.default as Record<string, string | undefined>]);
  }
  return tables;
}

const localeTables = await loadLocaleTables();
const PLURAL_SUFFIX = /^(.+)\.(zero|one|two|few|many)$/;
const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
/** English keys that are a plural variant (`banner.upcoming.one`) of another English key. */
const isEnglishVariant = (key: string) => {
  const base = PLURAL_SUFFIX.exec(key)?.[1];
  return base !== undefined && base in en;
};
const baseKeys = Object.keys(en).filter((key) => !isEnglishVariant(key));
const countedKeys = baseKeys.filter((key) =>
  placeholders(en[key as keyof typeof en]).includes('{days}'),
);
const defaultCategoryKeys = DEFAULT_CATEGORIES.flatMap(({ id }) => [
  `category.${id}.label`,
  `category.${id}.description`,
]);
/** The plural variants a language needs for each `{days}` key: every category but `other`. */
const pluralVariants = (lang: string) =>
  new Intl.PluralRules(lang)
    .resolvedOptions()
    .pluralCategories.filter((category) => category !== 'other')
    .flatMap((category) => countedKeys.map((key) => `${key}.${category}`));

describe('every locale table', () => {
  it('is found: the 25 languages besides English', () => {
    expect(localeTables.map(([lang]) => lang).sort()).toEqual(
      [
        ...['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it'],
        ...['is', 'lt', 'lv', 'mt', 'nb', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
      ].sort(),
    );
  });

  describe.each(localeTables)('%s', (lang, table) => {
    it('has every English key, each default category text and each plural variant, and no other key', () => {
      const expected = [...baseKeys, ...defaultCategoryKeys, ...pluralVariants(lang)];
      expect(Object.keys(table).sort()).toEqual([...new Set(expected)].sort());
    });

    it('keeps the placeholders of the English string (a plural variant: of its base key)', () => {
      for (const key of Object.keys(table)) {
        const base = countedKeys.find((counted) => key.startsWith(`${counted}.`)) ?? key;
        if (!(base in en)) continue; // default category texts have no English key here
        expect(placeholders(table[key] ?? ''), key).toEqual(
          placeholders(en[base as keyof typeof en]),
        );
      }
    });

    it('has no empty or blank string', () => {
      for (const [key, text] of Object.entries(table)) expect(text?.trim(), key).toBeTruthy();
    });
  });
});

describe('the split of every table by the part that shows its strings', () => {
  const keysOf = (table: object) => Object.keys(table).sort();

  it("leaves the first paint the notice's first layer, the banner and their links", () => {
    expect(keysOf(pickPart(en))).toEqual(
      [
        ...['notice.title', 'notice.body', 'notice.usage', 'notice.usageOptOut', 'notice.accept'],
        ...['notice.reject', 'notice.ok', 'notice.optOut', 'notice.customize', 'policy.link'],
        ...['support.text', 'banner.label', 'banner.upcoming', 'banner.upcoming.one'],
        ...['banner.updated', 'banner.updatedUndated', 'banner.acknowledge'],
      ].sort(),
    );
  });

  it('gives each on-demand part the strings it shows, category texts to both the preferences and the toggle', () => {
    expect(keysOf(pickPart(de, 'preferences'))).toEqual(
      [
        ...['notice.save', 'notice.close', 'notice.categories', 'notice.alwaysOn', 'notice.mixed'],
        ...defaultCategoryKeys,
      ].sort(),
    );
    expect(keysOf(pickPart(de, 'toggle'))).toEqual(
      [
        ...['toggle.label', 'toggle.labelAll', 'toggle.allow', 'toggle.allowAll', 'toggle.stored'],
        ...['toggle.gpc', ...defaultCategoryKeys],
      ].sort(),
    );
    expect(keysOf(pickPart(de, 'embed'))).toEqual(
      ['embed.untitled', 'embed.notice', 'embed.load', 'embed.allow', 'embed.settings'].sort(),
    );
  });

  it('marks each part by a key of its own strings, so a table that has the marker has the part', () => {
    for (const part of LANGUAGE_PARTS) {
      expect(partsOf(PART_MARKERS[part]), part).toEqual([part]);
      expect(pickPart(en, part), part).toHaveProperty([PART_MARKERS[part]]);
    }
  });

  describe.each(localeTables)('%s', (_lang, table) => {
    it('is whole again from its first paint and its parts, and each part has every key English has there', () => {
      const modules = [pickPart(table), ...LANGUAGE_PARTS.map((part) => pickPart(table, part))];
      expect(Object.assign({}, ...modules)).toEqual(table);
      for (const part of LANGUAGE_PARTS) {
        expect(keysOf(pickPart(table, part)), part).toEqual(
          expect.arrayContaining(keysOf(pickPart(en, part))),
        );
      }
    });
  });
});

describe('resolveLocale', () => {
  it('takes the first candidate with a table on the page, keeping the region for Intl', () => {
    expect(resolveLocale('it', 'de-AT')).toBe('de-AT');
    expect(resolveLocale('fr', 'de')).toBe('fr');
    expect(resolveLocale(undefined, 'ES')).toBe('ES');
    expect(resolveLocale('pt_BR', null, '')).toBe('en');
    expect(resolveLocale()).toBe('en');
  });
});

describe('translate', () => {
  it('resolves element > config > locale > English, per string', () => {
    const element = { 'notice.accept': 'Element' };
    const config = { 'notice.accept': 'Config', 'notice.reject': 'Config reject' };
    expect(translate('notice.accept', 'de', [element, config])).toBe('Element');
    expect(translate('notice.reject', 'de', [element, config])).toBe('Config reject');
    expect(translate('notice.customize', 'de', [element, config])).toBe('Anpassen');
    expect(translate('notice.customize', 'it', [])).toBe('Customize');
    expect(translate('no.such.key', 'en', [])).toBeUndefined();
    expect(translate('category.x.label', 'en', [undefined, { 'category.x.label': 'X' }])).toBe('X');
  });

  it('picks the plural form of {days} with Intl.PluralRules', () => {
    const vars = (days: number) => ({ date: 'D', days });
    expect(translate('banner.upcoming', 'en', [], vars(1))).toContain('(in 1 day).');
    expect(translate('banner.upcoming', 'en', [], vars(10))).toContain('(in 10 days).');
    expect(translate('banner.upcoming', 'fr', [], vars(1))).toContain('(dans 1 jour).');
    expect(translate('banner.upcoming', 'fr', [], vars(2))).toContain('(dans 2 jours).');
    expect(translate('banner.upcoming', 'de', [], vars(1))).toContain('(in 1 Tag).');
    expect(translate('banner.upcoming', 'es', [], vars(30))).toContain('(dentro de 30 días).');
  });

  it('lets an override of the plain key win over the locale plural form', () => {
    const site = { 'banner.upcoming': 'Changes on {date}, {days} to go' };
    expect(translate('banner.upcoming', 'en', [site], { date: 'Monday', days: 1 })).toBe(
      'Changes on Monday, 1 to go',
    );
  });

  it('interpolates {category}, {date}, {days} and leaves unknown placeholders', () => {
    expect(translate('toggle.label', 'en', [], { category: 'Analytics' })).toBe(
      'Opt out of Analytics cookies',
    );
    expect(interpolate('{a} and {b}', { a: '<b>x</b>' })).toBe('<b>x</b> and {b}');
  });

  it('lower-cases capitalised words of a label inside a sentence, and keeps acronyms and names', () => {
    const cases = [
      ['Analytics', 'en', 'analytics'],
      ['Strictly necessary', 'en-GB', 'strictly necessary'],
      ['GA4 and YouTube Videos', 'en', 'GA4 and YouTube videos'],
      ['A/B Tests', 'en', 'a/b tests'],
      ['Análisis Web', 'es', 'análisis web'],
      ['Ölçüm İstatistik', 'tr', 'ölçüm istatistik'],
      ['Statistik Dienste', 'de', 'Statistik Dienste'],
    ];
    for (const [label, locale, inText] of cases)
      expect(inSentence(label, locale), label).toBe(inText);
  });

  it('splits the support line around {contact}', () => {
    expect(splitAt('Questions? Contact {contact}.', 'contact')).toEqual([
      'Questions? Contact ',
      '.',
    ]);
    expect(splitAt('Write to us', 'contact')).toEqual(['Write to us']);
  });
});

describe('URLs', () => {
  it('use only http(s), mailto or relative URLs in href', () => {
    expect(safeUrl('https://example.com/privacy')).toBe('https://example.com/privacy');
    expect(safeUrl('HTTP://example.com')).toBe('HTTP://example.com');
    expect(safeUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeUrl('/privacy')).toBe('/privacy');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'jav\tascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '',
      undefined,
    ]) {
      expect(safeUrl(bad), String(bad)).toBeUndefined();
    }
  });

  it('make the support contact a mailto link, else a safe URL', () => {
    expect(supportLink({ email: 'help@example.com' })).toEqual({
      href: 'mailto:help@example.com',
      text: 'help@example.com',
    });
    expect(supportLink({ url: 'https://example.com/help', name: 'Help' })).toEqual({
      href: 'https://example.com/help',
      text: 'Help',
    });
    expect(supportLink({ email: 'x@y.z?bcc=evil@e.com' })).toBeUndefined();
    expect(supportLink({ url: 'javascript:alert(1)' })).toBeUndefined();
    expect(supportLink({})).toBeUndefined();
  });
});

describe('dates', () => {
  it('read ISO dates as local calendar dates, rejecting impossible ones', () => {
    const d = parseIsoDate('2026-12-09')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 11, 9, 0]);
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('9 Dec 2026')).toBeUndefined();
  });

  it('count calendar days from local today, whatever the time of day', () => {
    expect(daysUntil('2026-12-09', new Date(2026, 10, 29, 23, 59))).toBe(10);
    expect(daysUntil('2026-12-09', new Date(2026, 10, 29, 0, 1))).toBe(10);
    expect(daysUntil('2026-12-09', new Date(2026, 11, 9, 12))).toBe(0);
    expect(daysUntil('2026-12-09', new Date(2026, 11, 10))).toBe(-1);
    // Across a daylight-saving change (March in Europe and the US).
    expect(daysUntil('2026-04-01', new Date(2026, 2, 1, 12))).toBe(31);
    expect(daysUntil('bad', Date.now())).toBeNaN();
  });

  it('format dates for the locale with Intl.DateTimeFormat', () => {
    expect(formatDate('2026-12-09', 'en-GB')).toBe('9 December 2026');
    expect(formatDate('2026-12-09', 'en-US')).toBe('December 9, 2026');
    expect(formatDate('2026-12-09', 'de')).toBe('9. Dezember 2026');
    expect(formatDate('2026-12-09', 'fr')).toBe('9 décembre 2026');
    expect(formatDate('2026-12-09', 'es')).toBe('9 de diciembre de 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
