import { readFileSync } from 'node:fs';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const minified = (source: string) => minifyTemplates(source, '/repo/src/x.ts')?.code ?? source;

describe('minifying Lit templates at build time', () => {
  it('strips comments and layout whitespace from css but never rewrites a value', () => {
    const source = `const s = css\`
      /* why */
      :host([position='top']) dialog {
        z-index: var(--z, 2147483000);
        inline-size: calc(100% - 2 * var(--space));
        font: 1rem/1.5 var(--font, system-ui, sans-serif);
      }
      .links a + span { margin-inline-start: 0.5em; }
    \`;`;
    expect(minified(source)).toBe(
      "const s = css`:host([position='top']) dialog{z-index:var(--z,2147483000);" +
        'inline-size:calc(100% - 2 * var(--space));font:1rem/1.5 var(--font,system-ui,sans-serif)}' +
        '.links a + span{margin-inline-start:0.5em}`;',
    );
  });

  it('collapses line-breaking whitespace in html to one space, bindings and nested templates included', () => {
    const source = `const t = html\`<p
        part="links"
      >
        \${ok ? html\`<a
            href=\${url}
          >\${text}</a
        >\` : nothing}
      </p>\`;`;
    expect(minified(source)).toBe(
      'const t = html`<p part="links" > ${ok ? html`<a href=${url} >${text}</a >` : nothing} </p>`;',
    );
  });

  it('keeps templates where whitespace or escapes matter, and other tags, as written', () => {
    const untouched = [
      'const t = html`<pre>\n  a\n</pre>`;',
      'const t = html`<p>\\n\n</p>`;',
      'const s = css`a::before {\n  content: "\\2014";\n}`;',
      'const s = css`a {\n  color: ${c};\n}`;',
      'const s = sql`select\n  1`;',
    ];
    for (const source of untouched)
      expect(minifyTemplates(source, '/repo/src/x.ts')).toBeUndefined();
  });

  it('leaves no line break in any css or html template of the elements', () => {
    const files = [
      'src/components/shared/base.styles.ts',
      'src/components/cookie-notice/cookie-notice.ts',
      'src/components/opt-out-toggle/opt-out-toggle-view.ts',
      'src/components/policy-banner/policy-banner-view.ts',
    ];
    for (const id of files) {
      const source = readFileSync(id, 'utf8');
      const before = litTemplateText(source, id);
      const after = litTemplateText(minified(source), id);
      expect(before, id).toMatch(/\n/);
      expect(after.length, id).toBeLessThan(before.length);
      expect(after, id).not.toMatch(/\n/);
    }
  });
});

/** The static text of every `css` and `html` tagged template in a module, joined. */
function litTemplateText(code: string, id: string): string {
  const text: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      tag?: { name?: string };
      quasi?: { quasis: { value: { raw: string } }[] };
    };
    if (n.type === 'TaggedTemplateExpression' && (n.tag?.name === 'css' || n.tag?.name === 'html'))
      text.push(...n.quasi!.quasis.map((q) => q.value.raw));
    Object.values(node).forEach(visit);
  };
  visit(parseSync(id, code).program);
  return text.join('');
}
