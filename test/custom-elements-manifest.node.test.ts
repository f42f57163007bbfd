// custom-elements.json (written by `cem analyze --litelement`, which `npm test` runs first) documents
// every attribute, property, event, part, slot and custom property of the three elements. The
// expected lists come from the source, so adding one without documenting it fails here.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LitElement, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { ConsentCookieNotice } from '../src/components/cookie-notice/cookie-notice.js';
import { ConsentOptOutToggle } from '../src/components/opt-out-toggle/opt-out-toggle.js';
import * as toggleView from '../src/components/opt-out-toggle/opt-out-toggle-view.js';
import { ConsentPolicyBanner } from '../src/components/policy-banner/policy-banner.js';
import * as bannerView from '../src/components/policy-banner/policy-banner-view.js';
import { ConsentEmbed } from '../src/components/embed/embed.js';
import { ConsentAudit } from '../src/audit/consent-audit.js';
import type { ConsentElement } from '../src/components/shared/consent-element.js';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
/** Source without block comments (JSDoc mentions parts and slots in prose). */
const code = (path: string) => read(path).replace(/\/\*[\s\S]*?\*\//g, '');
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');
const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

interface Named {
  name: string;
  description?: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  attribute?: string;
  reflects?: boolean;
}
interface Declaration extends Named {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const manifestPath = new URL('custom-elements.json', root);
if (!existsSync(manifestPath)) {
  throw new Error(
    'custom-elements.json is missing: run `npx cem analyze --litelement --quiet` first',
  );
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};

const SHARED = 'src/components/shared/';

/** The `--consent-*` custom properties a group of styles reads. */
function customProperties(styles: CSSResultGroup | undefined): string[] {
  const texts = [styles]
    .flat(Infinity as 1)
    .map((s) => (s && typeof s === 'object' && 'cssText' in s ? s.cssText : ''));
  return sorted(texts.flatMap((t) => all(t, /var\(\s*(--consent-[\w-]+)/g)));
}

/**
 * Parts, slots and events the element renders or fires, read from its source, the modules that
 * render parts of it (`templates`) and the shared templates it uses.
 */
function fromSource(file: string, templates: string[] = []) {
  const own = [file, ...templates].map(code).join('\n');
  const shared = [
    ...(/switch(Template|Button)\(/.test(own) ? [code(`${SHARED}switch.ts`)] : []),
    ...(own.includes('this.links(') ? [code(`${SHARED}linked-element.ts`)] : []),
  ];
  const sources = [own, ...shared];
  const parts = sources.flatMap((s) =>
    all(s, /\bpart="([^"]*)"/g).flatMap((value) =>
      value.split(/\s+/).filter((p) => p && !p.includes('$')),
    ),
  );
  // The notice's Accept and Reject: `this.#decisionButton('accept', …)` renders `part="button accept"`.
  parts.push(...all(own, /this\.#decisionButton\(\s*'([\w-]+)'/g));
  const slots = sources.flatMap((s) => all(s, /<slot(?:\s+name="([\w-]+)")?[\s>]/g));
  const events = all(own, /new (?:Custom)?Event\(\s*'([\w-]+)'/g);
  // A decision made through the store (`{ source: 'notice' }`, …) is announced as consent-change.
  if (/source: '\w+'/.test(own)) events.push('consent-change');
  return { parts: sorted(parts), slots: sorted(slots), events: sorted(events) };
}

type ElementClass = typeof ConsentElement & CustomElementConstructor;

/** A view module (../src/components/shared/view-source.ts): it makes one element's view. */
interface ViewModule {
  createView(host: never): unknown;
}

/** The styles a view module hands its element to adopt, read by making a view for a bare host. */
function viewStyles(view: ViewModule | undefined): CSSResultOrNative[] {
  const styles: CSSResultOrNative[] = [];
  const host = { addStyles: (added: readonly CSSResultOrNative[]) => styles.push(...added) };
  view?.createView(host as never);
  return styles;
}

/**
 * Every style an element may adopt: its `styles`, those it adopts once it shows something, and
 * those its view brings.
 */
const stylesOf = (ctor: ElementClass, view?: ViewModule): CSSResultGroup => [
  ctor.styles ?? [],
  [...(ctor.shownStyles ?? [])],
  viewStyles(view),
];

/**
 * Copy key → the attribute of the reactive property that overrides it. A copy property that is
 * not a reactive property (with an attribute) fails here: the manifest and the React wrappers
 * would not know it.
 */
function copyAttributes(ctor: ElementClass): Record<string, string> {
  void ctor.observedAttributes; // finalizes the class: elementProperties is complete
  return Object.fromEntries(
    Object.entries(ctor.copyProperties ?? {}).map(([key, name]) => {
      const options = ctor.elementProperties.get(name);
      // Lit's default attribute is the property name lower-cased.
      const attribute =
        typeof options?.attribute === 'string'
          ? options.attribute
          : options?.attribute === false
            ? undefined
            : options && name.toLowerCase();
      expect(
        typeof attribute,
        `copy property ${name} (for ${key}) is a reactive property with an attribute`,
      ).toBe('string');
      return [key, attribute as string];
    }),
  );
}

const elements: {
  tag: string;
  ctor: ElementClass;
  file: string;
  /** The public contract (DESIGN.md): names tests outside the project rely on. */
  contract: { parts: string[]; events: string[] };
  /** Modules of its own that render parts of it (the notice's preferences dialog, a view loaded on demand). */
  templates?: string[];
  /** Its view module, when how it is drawn is a module of its own (its styles come with it). */
  view?: ViewModule;
  /** Custom properties its styles read that cannot affect it (with the reason). */
  inert?: Record<string, string>;
  /** It renders no slot (the audit overlay shows only what it found). */
  slotless?: boolean;
  /**
   * Its custom properties are in the README's and the Storybook theming page's tables (default);
   * the audit overlay, a development tool, documents its own on the "Test your site" page.
   */
  themed?: boolean;
}[] = [
  {
    tag: 'consent-cookie-notice',
    ctor: ConsentCookieNotice as unknown as ElementClass,
    file: 'src/components/cookie-notice/cookie-notice.ts',
    templates: ['src/components/cookie-notice/preferences-dialog.ts'],
    contract: { parts: ['accept', 'reject', 'customize'], events: ['consent-change'] },
  },
  {
    tag: 'consent-opt-out-toggle',
    ctor: ConsentOptOutToggle as unknown as ElementClass,
    file: 'src/components/opt-out-toggle/opt-out-toggle.ts',
    templates: ['src/components/opt-out-toggle/opt-out-toggle-view.ts'],
    view: toggleView,
    contract: { parts: ['switch'], events: ['consent-change', 'change'] },
  },
  {
    tag: 'consent-policy-banner',
    ctor: ConsentPolicyBanner as unknown as ElementClass,
    file: 'src/components/policy-banner/policy-banner.ts',
    templates: ['src/components/policy-banner/policy-banner-view.ts'],
    view: bannerView,
    contract: { parts: ['acknowledge'], events: ['consent-change'] },
  },
  {
    tag: 'consent-embed',
    ctor: ConsentEmbed as unknown as ElementClass,
    file: 'src/components/embed/embed.ts',
    contract: { parts: ['load', 'allow'], events: ['consent-change'] },
  },
  {
    // The development overlay (consent-elements/audit): no copy attributes, no events.
    tag: 'consent-audit',
    ctor: ConsentAudit as unknown as ElementClass,
    file: 'src/audit/consent-audit.ts',
    contract: { parts: [], events: [] },
    slotless: true,
    themed: false,
    inert: {
      '--consent-accent-text': 'the overlay renders no filled .btn or checked switch',
      '--consent-muted': 'the overlay renders no .muted or .description text',
    },
  },
];

const declarations = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).map((d) => ({ ...d, module: m.path })),
);
const names = (items: Named[] | undefined) => sorted((items ?? []).map((i) => i.name));
const undocumented = (items: Named[] | undefined) =>
  (items ?? []).filter((i) => !i.description?.trim()).map((i) => i.name);

describe('custom-elements.json', () => {
  it('declares exactly the four elements and the audit overlay', () => {
    expect(
      sorted(declarations.flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []))),
    ).toEqual(sorted(elements.map((e) => e.tag)));
  });

  for (const {
    tag,
    ctor,
    file,
    templates,
    view,
    contract,
    inert = {},
    slotless = false,
  } of elements) {
    describe(`<${tag}>`, () => {
      const d = declarations.find((x) => x.tagName === tag)!;
      const source = fromSource(file, templates);

      it('is declared by its class, in its module, with a summary', () => {
        expect(d, `${tag} in the manifest`).toBeDefined();
        expect(d.name).toBe(ctor.name);
        expect(d.module).toBe(file);
        expect(d.summary?.trim()).toBeTruthy();
      });

      it('documents every observed attribute (copy attributes and properties), and no other', () => {
        const observed = sorted(ctor.observedAttributes);
        expect(observed).toEqual(
          expect.arrayContaining(sorted(Object.values(copyAttributes(ctor)))),
        );
        expect(names(d.attributes)).toEqual(observed);
        expect(undocumented(d.attributes)).toEqual([]);
      });

      it('says which copy keys each copy attribute overrides', () => {
        for (const [key, attr] of Object.entries(copyAttributes(ctor))) {
          const doc = d.attributes?.find((a) => a.name === attr);
          expect(doc?.description, `${attr} documents \`${key}\``).toContain(`\`${key}\``);
        }
      });

      it('documents every reactive property with its attribute', () => {
        for (const [name, options] of ctor.elementProperties) {
          if (typeof name !== 'string' || options.state) continue;
          const attribute =
            typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
          const member = d.members?.find((m) => m.name === name && !m.static);
          expect(member, `property ${name}`).toBeDefined();
          expect(member!.description?.trim(), `property ${name} has a doc comment`).toBeTruthy();
          if (options.attribute === false) continue;
          expect(member!.attribute, `property ${name}'s attribute`).toBe(attribute);
          expect(!!member!.reflects, `property ${name} reflects`).toBe(!!options.reflect);
          const doc = d.attributes?.find((a) => a.name === attribute);
          expect(doc?.fieldName, `attribute ${attribute} → property`).toBe(name);
        }
      });

      it('documents every public member of the class (and its base) with a doc comment', () => {
        const lit = new Set<string>();
        for (let p = LitElement.prototype; p; p = Object.getPrototypeOf(p)) {
          Object.getOwnPropertyNames(p).forEach((n) => lit.add(n));
        }
        const own = [ctor.prototype, Object.getPrototypeOf(ctor.prototype)].flatMap((p) =>
          Object.getOwnPropertyNames(p).filter((n) => !lit.has(n)),
        );
        for (const name of own) {
          const member = d.members?.find((m) => m.name === name);
          expect(member, `member ${name} in the manifest`).toBeDefined();
          if (member!.privacy === 'protected' || member!.privacy === 'private') continue;
          expect(member!.description?.trim(), `public member ${name}`).toBeTruthy();
        }
      });

      it('documents the events it causes, the contract ones included', () => {
        expect(source.events).toEqual(expect.arrayContaining(contract.events));
        expect(names(d.events)).toEqual(sorted([...source.events, ...contract.events]));
        expect(undocumented(d.events)).toEqual([]);
      });

      it('documents every part it renders, the contract ones included, and no other', () => {
        expect(source.parts).toEqual(expect.arrayContaining(contract.parts));
        expect(names(d.cssParts)).toEqual(source.parts);
        expect(undocumented(d.cssParts)).toEqual([]);
      });

      it('documents every slot it renders, and no other', () => {
        expect(source.slots.length > 0).toBe(!slotless);
        expect(names(d.slots)).toEqual(source.slots);
        expect(undocumented(d.slots)).toEqual([]);
      });

      it('documents every custom property its styles read, and no other', () => {
        const read = customProperties(stylesOf(ctor, view));
        expect(read).toEqual(expect.arrayContaining(Object.keys(inert)));
        expect(names(d.cssProperties)).toEqual(read.filter((p) => !(p in inert)));
        expect(undocumented(d.cssProperties)).toEqual([]);
      });
    });
  }

  describe('theming tables', () => {
    const themed = elements.filter((e) => e.themed !== false);
    const styled = sorted(themed.flatMap((e) => customProperties(stylesOf(e.ctor, e.view))));
    const documented = sorted(
      declarations
        .filter((d) => themed.some((e) => e.tag === d.tagName))
        .flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
    );

    it('the elements document every --consent-* property the shared and element styles read', () => {
      expect(styled).toEqual(
        expect.arrayContaining(['--consent-font', '--consent-surface', '--consent-text']),
      );
      expect(styled).toEqual(expect.arrayContaining(['--consent-accent', '--consent-radius']));
      expect(documented).toEqual(styled);
    });

    it('README leaves the custom properties to the Theming page, and links to it', () => {
      const readme = read('README.md');
      // One list to keep in step (the page's, checked below), not a second, shorter copy.
      expect(all(readme, /`(--consent-[\w-]+)`/g)).toEqual([]);
      expect(readme).toContain('](stories/docs/theming.mdx)');
    });

    it('the Storybook theming page tables the same custom properties', () => {
      const page = read('stories/docs/theming.mdx');
      expect(sorted(all(page, /^\|\s*`(--consent-[\w-]+)`/gm))).toEqual(documented);
    });
  });
});
