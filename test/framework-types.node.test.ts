// The framework types generated from custom-elements.json (scripts/framework-types.mjs), checked by
// each framework's own type checker: a file that uses every attribute and event of every element in
// the manifest compiles; one with a wrong attribute value does not. TSX with tsc, Vue templates with
// vue-tsc (`strictTemplates`), Svelte components with svelte-check. The files are written from the
// manifest, so an element or attribute added later is checked without editing this test.
// Needs custom-elements.json and src/frameworks/ (npm test generates both first; alone:
// `npm run types:frameworks`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  manifestElements,
  reactTypes,
  svelteTypes,
  vscodeCustomData,
  vueTypes,
  type ManifestElement,
} from '../scripts/framework-types.mjs';

const ROOT = resolve('.');
const WORK = resolve('reports/framework-types');
const WRONG_VALUE = 'not-a-value';
const TIMEOUT = 180_000;

const elements = manifestElements(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const customData = vscodeCustomData(elements);

/** How a fixture writes one attribute's value. */
type Value =
  | { kind: 'text'; text: string }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'property'; fieldName: string };

/** A value of the attribute's type: one of its values, else a literal of its type, else the element's own property. */
function valueOf(
  element: ManifestElement,
  attribute: ManifestElement['attributes'][number],
): Value {
  const values = customData.tags
    .find((tag) => tag.name === element.tagName)
    ?.attributes.find((entry) => entry.name === attribute.name)?.values;
  if (values && values.length > 0) return { kind: 'text', text: values[0].name };
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
  if (type === 'string') return { kind: 'text', text: 'Some words' };
  if (type === 'number') return { kind: 'number' };
  if (type === 'boolean') return { kind: 'boolean' };
  return { kind: 'property', fieldName: attribute.fieldName ?? attribute.name };
}

/** A property of the element's own, to show that a listener's `currentTarget` is the element. */
const ownField = (element: ManifestElement) =>
  element.attributes.find((attribute) => attribute.fieldName)?.fieldName ?? 'tagName';

/** The variable holding an instance of the element, for property values. */
const instance = (element: ManifestElement) => `the${element.className}`;

/** The import of an element class from a fixture in `dir`. */
const classImport = (element: ManifestElement, dir: string) =>
  `import type { ${element.className} } from '${relative(dir, resolve(element.modulePath)).replace(/\.ts$/, '.js')}';`;

/**
 * Every attribute and event of `element` in the `name={expression}` syntax that JSX and Svelte
 * share: each attribute under its own name and its property's (both frameworks set properties),
 * each event as `on<event name>`, its listener reading a property of `currentTarget`.
 */
function bracedProps(element: ManifestElement): string {
  const attributes = element.attributes.flatMap((attribute) => {
    const value = valueOf(element, attribute);
    const written =
      value.kind === 'text'
        ? JSON.stringify(value.text)
        : value.kind === 'number'
          ? '{1}'
          : value.kind === 'boolean'
            ? '{true}'
            : `{${instance(element)}.${value.fieldName}}`;
    const names = new Set([attribute.name, attribute.fieldName ?? attribute.name]);
    return [...names].map((name) => `${name}=${written}`);
  });
  const events = element.events.map(
    (event) =>
      `on${event.name}={(event) => console.log(event.type, event.currentTarget.${ownField(element)})}`,
  );
  return [...attributes, ...events].join(' ');
}

/** The first attribute with a fixed set of values, to be given a value outside it. */
function attributeWithValues(): { tagName: string; name: string } {
  for (const tag of customData.tags)
    for (const attribute of tag.attributes)
      if (attribute.values) return { tagName: tag.name, name: attribute.name };
  throw new Error('no attribute in custom-elements.json has a set of values');
}

/** Runs a type checker from node_modules/.bin; returns its exit status and output. */
function check(
  bin: string,
  args: string[],
  cwd: string,
): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin', bin), args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The problem lines of a checker's output: `file(1,2): error TS…` (tsc, vue-tsc), `… ERROR "file" …` (svelte-check). */
const errorLines = (output: string): string[] =>
  output.split('\n').filter((line) => /\berror TS\d+|^\d+ ERROR /.test(line));

function writeFixture(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** A tsconfig for a fixture folder: strict, the generated types of `framework` included. */
const tsconfig = (dir: string, framework: string, extra: object = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      experimentalDecorators: true,
      useDefineForClassFields: false,
      jsx: 'react-jsx',
      types: [],
    },
    include: ['*', relative(dir, resolve(`src/frameworks/${framework}.ts`))],
    ...extra,
  });

describe('the generated files', () => {
  it('are current: src/frameworks/ is what the generator makes of custom-elements.json', () => {
    expect(readFileSync('src/frameworks/react.ts', 'utf8')).toBe(reactTypes(elements));
    expect(readFileSync('src/frameworks/vue.ts', 'utf8')).toBe(vueTypes(elements));
    expect(readFileSync('src/frameworks/svelte.ts', 'utf8')).toBe(svelteTypes(elements));
  });

  it('cover every element of the manifest, with the copy attributes', () => {
    const tags = elements.map((element) => element.tagName);
    expect(tags).toEqual(
      expect.arrayContaining(['consent-cookie-notice', 'consent-opt-out-toggle']),
    );
    const notice = customData.tags.find((tag) => tag.name === 'consent-cookie-notice');
    expect(notice?.attributes.map((attribute) => attribute.name)).toEqual(
      expect.arrayContaining(['heading', 'message', 'accept-label', 'position']),
    );
    expect(
      customData.tags.find((tag) => tag.name === 'consent-opt-out-toggle')?.attributes,
    ).toContainEqual(expect.objectContaining({ name: 'label' }));
    for (const element of elements) {
      const source = reactTypes([element]);
      for (const attribute of element.attributes) expect(source).toContain(`${attribute.name}`);
      for (const event of element.events) expect(source).toContain(`on${event.name}`);
    }
  });

  it('list the values of a union-typed attribute in the VS Code custom data', () => {
    const position = customData.tags
      .find((tag) => tag.name === 'consent-cookie-notice')
      ?.attributes.find((attribute) => attribute.name === 'position');
    expect(position?.values?.map((value) => value.name)).toEqual(
      expect.arrayContaining(['bottom', 'top', 'center']),
    );
  });
});

describe('React JSX (tsc)', () => {
  const dir = join(WORK, 'react');
  const wrong = attributeWithValues();
  let result: ReturnType<typeof check>;
  beforeAll(() => {
    const tsx = (body: string, folder: string) =>
      [
        ...elements.map((element) => classImport(element, folder)),
        ...elements.map((element) => `declare const ${instance(element)}: ${element.className};`),
        `export const page = (\n  <>\n${body}\n  </>\n);`,
      ].join('\n');
    writeFixture(dir, {
      'tsconfig.json': tsconfig(dir, 'react'),
      'valid.tsx': tsx(
        elements
          .map((element) => `    <${element.tagName} id="x" ${bracedProps(element)} />`)
          .join('\n'),
        dir,
      ),
      'wrong.tsx': tsx(`    <${wrong.tagName} ${wrong.name}="${WRONG_VALUE}" />`, dir),
    });
    // One run for both files: the checker is the slow part.
    result = check('tsc', ['-p', '.'], dir);
  }, TIMEOUT);

  it('accepts every attribute and event of every element', () => {
    expect(errorLines(result.output).filter((line) => !line.startsWith('wrong.tsx'))).toEqual([]);
  });

  it('rejects a value outside an attribute’s union', () => {
    expect(result.status).not.toBe(0);
    const errors = errorLines(result.output);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^wrong\.tsx\(/);
    expect(errors[0]).toContain(`'"${WRONG_VALUE}"' is not assignable`);
  });
});

describe('Vue templates (vue-tsc, strictTemplates)', () => {
  const dir = join(WORK, 'vue');
  const wrong = attributeWithValues();
  let result: ReturnType<typeof check>;
  beforeAll(() => {
    const attributes = (element: ManifestElement) =>
      element.attributes.map((attribute) => {
        const value = valueOf(element, attribute);
        return value.kind === 'text'
          ? `${attribute.name}=${JSON.stringify(value.text)}`
          : value.kind === 'number'
            ? `:${attribute.name}="1"`
            : value.kind === 'boolean'
              ? `:${attribute.name}="true"`
              : `:${attribute.name}="${instance(element)}.${value.fieldName}"`;
      });
    const events = (element: ManifestElement) =>
      element.events.map((event) => `@${event.name}="(event: Event) => console.log(event.type)"`);
    const component = (template: string, folder: string) =>
      [
        '<script setup lang="ts">',
        ...elements.map((element) => classImport(element, folder)),
        ...elements.map(
          (element) => `const ${instance(element)} = undefined as unknown as ${element.className};`,
        ),
        '</script>',
        '<template>',
        template,
        '</template>',
        '',
      ].join('\n');
    writeFixture(dir, {
      'tsconfig.json': tsconfig(dir, 'vue', { vueCompilerOptions: { strictTemplates: true } }),
      'Valid.vue': component(
        elements
          .map(
            (element) =>
              `  <${element.tagName} id="x" ${[...attributes(element), ...events(element)].join(' ')} />`,
          )
          .join('\n'),
        dir,
      ),
      'Wrong.vue': component(`  <${wrong.tagName} ${wrong.name}="${WRONG_VALUE}" />`, dir),
      'Unknown.vue': component(`  <${wrong.tagName} not-an-attribute="1" />`, dir),
    });
    // One run for the three files: the checker is the slow part.
    result = check('vue-tsc', ['-p', '.'], dir);
  }, TIMEOUT);

  it('accepts every attribute and event of every element', () => {
    expect(errorLines(result.output).filter((line) => line.startsWith('Valid.vue'))).toEqual([]);
  });

  it('rejects a value outside an attribute’s union', () => {
    expect(result.status).not.toBe(0);
    const errors = errorLines(result.output).filter((line) => line.startsWith('Wrong.vue'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`'"${WRONG_VALUE}"' is not assignable`);
  });

  it('rejects an attribute the element does not have', () => {
    const errors = errorLines(result.output).filter((line) => line.startsWith('Unknown.vue'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/notAnAttribute|not-an-attribute/);
  });

  it('reports nothing else', () => {
    expect(errorLines(result.output).filter((line) => !/^(Wrong|Unknown)\.vue/.test(line))).toEqual(
      [],
    );
  });
});

describe('Svelte components (svelte-check)', () => {
  const dir = join(WORK, 'svelte');
  const wrong = attributeWithValues();
  let result: ReturnType<typeof check>;
  beforeAll(() => {
    const component = (markup: string, folder: string) =>
      [
        '<script lang="ts">',
        ...elements.map((element) => classImport(element, folder)),
        ...elements.map(
          (element) =>
            `  const ${instance(element)} = undefined as unknown as ${element.className};`,
        ),
        '</script>',
        '',
        markup,
        '',
      ].join('\n');
    // A svelte.config.js of its own, or svelte-check reads the repository's vite.config.ts.
    writeFixture(dir, {
      'svelte.config.js': 'export default {};\n',
      'tsconfig.json': tsconfig(dir, 'svelte'),
      'Valid.svelte': component(
        elements
          .map(
            (element) => `<${element.tagName} id="x" ${bracedProps(element)}></${element.tagName}>`,
          )
          .join('\n'),
        dir,
      ),
      'Wrong.svelte': component(
        `<${wrong.tagName} ${wrong.name}="${WRONG_VALUE}"></${wrong.tagName}>`,
        dir,
      ),
    });
    // One run for both files: the checker is the slow part.
    result = check(
      'svelte-check',
      [
        '--workspace',
        dir,
        '--tsconfig',
        './tsconfig.json',
        '--threshold',
        'error',
        '--output',
        'machine',
      ],
      dir,
    );
  }, TIMEOUT);

  it('accepts every attribute and event of every element', () => {
    expect(result.output).toMatch(/COMPLETED \d+ FILES 1 ERRORS/);
    expect(errorLines(result.output).filter((line) => !line.includes('"Wrong.svelte"'))).toEqual(
      [],
    );
  });

  it('rejects a value outside an attribute’s union', () => {
    expect(result.status).not.toBe(0);
    const errors = errorLines(result.output);
    expect(errors).toHaveLength(1);
    // Quotes escaped: `ERROR "Wrong.svelte" 12:24 "Type '\\"not-a-value\\"' is not assignable to …`.
    expect(errors[0]).toMatch(
      new RegExp(`ERROR "Wrong.svelte" .*${WRONG_VALUE}.*is not assignable`),
    );
  });
});
