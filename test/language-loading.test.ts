// Languages loaded on demand (as the CDN entry installs its loader): elements hold their first render
// until the language is there, and fall back to English when it cannot be loaded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/define.js';
import { en, registerLocale, translate } from '../src/copy/index.js';
import { installLanguageLoader, loadLanguagePart } from '../src/copy/languages-on-demand.js';
import { LocaleLoader } from '../src/copy/locale-loader.js';
import { pickPart } from '../src/copy/parts.js';
import de from '../src/copy/locales/de.js';
import { preferencesDialogLoader } from '../src/components/cookie-notice/preferences-loader.js';
import { pageRegistry } from '../src/core/registry.js';
import type { ConsentCookieNotice } from '../src/index.js';
import type { ConsentErrorEvent } from '../src/store/index.js';
import { part, resetConsent, text } from './consent-test-helpers.js';

const forgetLanguages = () => pageRegistry().locales?.clear();

/**
 * How a test ends a language module's load: the module brings its strings, brings none (an empty
 * or a foreign file), or fails to load.
 */
type Outcome = 'register' | 'no strings' | 'fail';

/**
 * Language module loads the test finishes (or fails) itself, one by one (`de`, `de/toggle`), each
 * exporting what the built module does: the German strings of the first paint, or of one part.
 */
function pendingLoads() {
  const requested: string[] = [];
  const outcomes = new Map<string, { promise: Promise<Outcome>; resolve: (o: Outcome) => void }>();
  const outcomeOf = (name: string) => {
    let outcome = outcomes.get(name);
    if (!outcome) {
      let resolve: (o: Outcome) => void = () => {};
      const promise = new Promise<Outcome>((done) => (resolve = done));
      outcome = { promise, resolve };
      outcomes.set(name, outcome);
    }
    return outcome;
  };
  installLanguageLoader(
    new LocaleLoader(['de', 'fr'], async (lang, part) => {
      const name = part ? `${lang}/${part}` : lang;
      requested.push(name);
      const outcome = await outcomeOf(name).promise;
      if (outcome === 'fail') throw new TypeError('Failed to fetch dynamically imported module');
      return outcome === 'no strings' ? {} : { default: pickPart(de, part) };
    }),
  );
  return {
    requested,
    /** Ends the load of each named module (started or not yet) with `outcome`. */
    finish(names: string[], outcome: Outcome = 'register') {
      for (const name of names) outcomeOf(name).resolve(outcome);
    },
  };
}

/** Two animation frames: anything Lit would render unheld has been painted by then. */
const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let host: HTMLElement;

/** A notice inside `<div lang=…>`, connected without waiting for its update. */
function noticeIn(lang: string): ConsentCookieNotice {
  host = document.createElement('div');
  host.lang = lang;
  host.innerHTML = '<consent-cookie-notice></consent-cookie-notice>';
  document.body.append(host);
  return host.querySelector('consent-cookie-notice')!;
}

beforeEach(() => {
  forgetLanguages();
  resetConsent();
});

afterEach(() => {
  host?.remove();
  installLanguageLoader(undefined);
  vi.restoreAllMocks();
});

describe('a language loaded on demand', () => {
  it('holds the first render until it is there, then paints it, never English first', async () => {
    const loads = pendingLoads();
    const el = noticeIn('de-AT');
    const painted: (string | undefined)[] = [];
    const watch = new MutationObserver(() => painted.push(text(el, 'accept')));
    watch.observe(el.shadowRoot ?? el, { subtree: true, childList: true, characterData: true });
    await twoFrames();
    expect(loads.requested).toEqual(['de']);
    expect(part(el, 'accept')).toBeNull();
    loads.finish(['de']);
    await el.updateComplete;
    expect(text(el, 'accept')).toBe('Alle akzeptieren');
    watch.disconnect();
    expect(painted).not.toContain(en['notice.accept']);
  });

  it('is loaded for a config locale too, and only once for many elements', async () => {
    const loads = pendingLoads();
    resetConsent({ locale: 'fr' });
    const first = noticeIn('en');
    const toggle = document.createElement('consent-opt-out-toggle');
    host.append(toggle);
    await twoFrames();
    expect(part(first, 'accept')).toBeNull();
    loads.finish(['fr', 'fr/toggle']);
    await first.updateComplete;
    expect(loads.requested).toEqual(['fr', 'fr/toggle']);
    expect(first.locale).toBe('fr');
  });

  for (const [outcome, reason] of [
    ['fail', 'it fails to load'],
    ['no strings', 'its module brings no strings'],
  ] as const) {
    it(`falls back to English with a warning and a consent-error when ${reason}`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const errors: ConsentErrorEvent[] = [];
      document.addEventListener('consent-error', (event) => errors.push(event), { once: true });
      const loads = pendingLoads();
      const el = noticeIn('de');
      loads.finish(['de'], outcome);
      await vi.waitFor(() => expect(text(el, 'accept')).toBe(en['notice.accept']), {
        timeout: 10_000,
      });
      expect(el.locale).toBe('en');
      expect(errors.map((e) => e.detail.code)).toEqual(['locale-unavailable']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"de" language module'));
    });
  }

  it('is not waited for where no loader is installed (npm builds): a language not imported renders English at once', async () => {
    const el = noticeIn('de');
    await el.updateComplete;
    expect(text(el, 'accept')).toBe(en['notice.accept']);
    expect(await loadLanguagePart('toggle')).toBeUndefined();
  });

  it('renders English pages at once, loading nothing', async () => {
    const loads = pendingLoads();
    const el = noticeIn('en-GB');
    await el.updateComplete;
    expect(text(el, 'accept')).toBe(en['notice.accept']);
    expect(loads.requested).toEqual([]);
  });
});

describe('the strings of a part loaded on demand', () => {
  /** A German notice whose first layer has painted. */
  async function germanNotice(loads: ReturnType<typeof pendingLoads>) {
    const el = noticeIn('de');
    loads.finish(['de']);
    await el.updateComplete;
    expect(text(el, 'accept')).toBe(de['notice.accept']);
    return el;
  }

  it('are fetched when the preferences open, and the dialog first paints in the language', async () => {
    const loads = pendingLoads();
    const el = await germanNotice(loads);
    expect(loads.requested).toEqual(['de']);
    const titles: (string | undefined)[] = [];
    const watch = new MutationObserver(() => titles.push(text(el, 'preferences-title')));
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    part(el, 'customize')!.click();
    await vi.waitFor(() => expect(loads.requested).toEqual(['de', 'de/preferences']));
    // The dialog's code is there: only its strings are still on their way.
    await vi.waitFor(() => expect(preferencesDialogLoader.module).toBeDefined(), {
      timeout: 10_000,
    });
    await twoFrames();
    expect(part(el, 'preferences-title')).toBeNull();
    loads.finish(['de/preferences']);
    await el.updateComplete;
    expect(text(el, 'preferences-title')).toBe(de['notice.categories']);
    expect(text(el, 'save')).toBe(de['notice.save']);
    watch.disconnect();
    expect(titles).not.toContain(en['notice.categories']);
  });

  it('are fetched once a visitor heads for Customize, beside the dialog', async () => {
    const loads = pendingLoads();
    const el = await germanNotice(loads);
    part(el, 'customize')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    expect(loads.requested).toEqual(['de', 'de/preferences']);
  });

  it('fall back to English with a warning when they fail to load; the first layer keeps its language', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: ConsentErrorEvent[] = [];
    const onError = (event: ConsentErrorEvent) => errors.push(event);
    document.addEventListener('consent-error', onError);
    const loads = pendingLoads();
    const el = await germanNotice(loads);
    loads.finish(['de/preferences'], 'fail');
    el.show();
    await vi.waitFor(() => expect(text(el, 'preferences-title')).toBe(en['notice.categories']), {
      timeout: 10_000,
    });
    document.removeEventListener('consent-error', onError);
    expect(text(el, 'accept')).toBe(de['notice.accept']);
    expect(errors.map((e) => e.detail.code)).toEqual(['locale-unavailable']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"de/preferences" language module'));
  });

  it('hold the toggle until they are there, so it first paints in the language', async () => {
    const loads = pendingLoads();
    host = document.createElement('div');
    host.lang = 'de';
    host.innerHTML = '<consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>';
    document.body.append(host);
    const toggle = host.querySelector('consent-opt-out-toggle')!;
    loads.finish(['de']);
    await vi.waitFor(() => expect(loads.requested).toEqual(['de', 'de/toggle']));
    await twoFrames();
    expect(part(toggle, 'switch')).toBeNull();
    loads.finish(['de/toggle']);
    await toggle.updateComplete;
    expect(text(toggle, 'label')).toBe('Keine Statistik-Cookies zulassen');
    expect(text(toggle, 'stored')).toBe(de['toggle.stored']);
  });

  it('are fetched ahead by loadLanguagePart in the page language, before the part exists', async () => {
    const loads = pendingLoads();
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'de-CH';
    try {
      const ready = loadLanguagePart('embed');
      expect(loads.requested).toEqual(['de', 'de/embed']);
      loads.finish(['de', 'de/embed']);
      await ready;
      expect(translate('embed.load', 'de')).toBe(de['embed.load']);
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  it('are not fetched on an English page, nor for a language the site registered whole', async () => {
    const loads = pendingLoads();
    await loadLanguagePart('toggle');
    registerLocale('de', { ...de, 'toggle.stored': 'Site wording' });
    const el = noticeIn('de');
    await el.updateComplete;
    el.show();
    await el.updateComplete;
    expect(text(el, 'preferences-title')).toBe(de['notice.categories']);
    expect(loads.requested).toEqual([]);
  });
});
