/**
 * The CDN entry's languages: any language but English is loaded on demand from `./locales/<lang>.js`
 * (its first paint) and `./locales/<lang>/<part>.js` (the strings of a part loaded on demand) beside
 * the entry, relative to its own URL wherever it is served from (a dynamic import of a
 * same-origin file also passes `script-src 'self'`). Imported before the elements are defined, so
 * the first element and the first config check already know what can be loaded; the elements of
 * npm builds, where nothing installs a loader, never wait.
 */
import { installLanguageLoader } from './copy/languages-on-demand.js';
import { LocaleLoader } from './copy/locale-loader.js';

/** The languages built beside the entry (`dist/cdn/locales/`), listed by the build. */
declare const __CONSENT_LANGUAGES__: readonly string[];

const here = import.meta.url;
installLanguageLoader(
  new LocaleLoader(
    __CONSENT_LANGUAGES__,
    (lang, part) =>
      import(
        /* @vite-ignore */ new URL(`./locales/${part ? `${lang}/${part}` : lang}.js`, here).href
      ),
  ),
);
