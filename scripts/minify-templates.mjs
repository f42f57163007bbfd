// A build plugin that minifies the text inside Lit's `css` and `html` tagged templates of src/.
// JS minifiers leave template literals alone, so without it every indent of our styles and markup
// ships to browsers (and into the bundles of npm consumers, whose minifiers can't touch them either).
import { parseSync } from 'oxc-parser';
import MagicString from 'magic-string';

const SOURCE = /\/src\/.*\.ts$/;

/**
 * `css` loses comments and the whitespace no parser needs: runs become one space, and the space
 * next to `{` `}` `;` `,` and after `:` goes. Spaces around `+ - * / >` stay (calc() needs them) and
 * values are never rewritten: full CSS minifiers reorder declarations and round numbers (Lightning
 * CSS turns `z-index: 2147483000` into 2147480000), which is not worth the few bytes they add.
 */
const minifyCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();

/**
 * In `html`, any run of whitespace that holds a line break becomes one space: the browser collapses
 * it to that anyway (between tags, in text and inside tags alike). Templates whose whitespace can
 * matter (`<pre>`, `<textarea>`, inline `<style>`) and escaped text are skipped by the caller.
 */
const collapseHtml = (raw) => raw.replace(/\s*\n\s*/g, ' ');
const WHITESPACE_MATTERS = /<(pre|textarea|style)\b|\\/;

function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') yield node;
  for (const key in node) if (key !== 'parent') yield* taggedTemplates(node[key]);
}

/** Returns the minified module, or `undefined` when nothing in it changed. */
export function minifyTemplates(code, id) {
  const { program } = parseSync(id, code);
  const output = new MagicString(code);
  for (const { tag, quasi } of taggedTemplates(program)) {
    const quasis = quasi.quasis.map((q) => {
      // A template element spans its delimiters: one character before (` or }), the raw text after.
      const start = q.start + 1;
      return { start, end: start + q.value.raw.length, raw: q.value.raw };
    });
    if (quasis.some((q) => code.slice(q.start, q.end) !== q.raw)) continue;
    let minify;
    if (tag.name === 'css' && quasis.length === 1 && !quasis[0].raw.includes('\\'))
      minify = minifyCss;
    if (tag.name === 'html' && !quasis.some((q) => WHITESPACE_MATTERS.test(q.raw)))
      minify = collapseHtml;
    if (!minify) continue;
    for (const q of quasis) {
      const minified = minify(q.raw);
      if (minified !== q.raw) output.overwrite(q.start, q.end, minified);
    }
  }
  return output.hasChanged()
    ? { code: output.toString(), map: output.generateMap({ hires: true }) }
    : undefined;
}

/** The Vite plugin: builds only, for the modules of src/. */
export function minifyLitTemplates() {
  return {
    name: 'consent-elements:minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return SOURCE.test(id) ? minifyTemplates(code, id) : undefined;
    },
  };
}
