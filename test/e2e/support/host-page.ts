import { CDN_MODULE } from './browser.js';

/**
 * A plain host page that loads only the built CDN module. `config` goes into the declarative
 * `<script type="application/json" data-consent-config>`: an object is embedded as a site must embed
 * JSON in HTML (`<` escaped, so a `</script>` inside a string stays data); a string is embedded as it
 * is (to test broken JSON).
 */
export function hostPage(config: object | string, body: string, lang = 'en'): string {
  const json =
    typeof config === 'string' ? config : JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Host page</title>
    <script type="application/json" data-consent-config>${json}</script>
    <script type="module" src="${CDN_MODULE}"></script>
  </head>
  <body>
    <main><h1>Welcome</h1><p>Some content.</p></main>
    ${body}
  </body>
</html>`;
}
