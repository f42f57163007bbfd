// Shared set-up for the element tests: a fresh store, no cookie, an optional config.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { afterEach, beforeEach, it, vi, type MockInstance } from 'vitest';
import type { ReactiveElement } from 'lit';
import type { ConsentErrorEvent } from '../src/events/consent-error.js';
import type { CopyOverrides } from '../src/copy/index.js';
import { configureConsent, getConsentStore, type ConsentConfig } from '../src/store/index.js';
import { resetConsentStoreForTests } from '../src/store/reset-for-tests.js';
import { isoInDays } from './support/iso-date.js';

/** Forgets the page's store and its cookie, then configures a fresh store (before any element connects). */
export function resetConsent(config: ConsentConfig = {}): void {
  resetConsentStoreForTests();
  document.cookie = 'consent=; max-age=0; path=/';
  configureConsent(config);
}

/**
 * A returning visitor: decided under policy `1`, now configured with `policy` (a newer version
 * makes the policy banner announce it), as after a reload with a new config.
 */
export function returningVisitor(policy: ConsentConfig['policy'], extra: ConsentConfig = {}): void {
  resetConsent({ policy: { version: '1' } });
  getConsentStore().acceptAll();
  resetConsentKeepingCookie({ policy, support: { email: 'privacy@example.com' }, ...extra });
}

/** A new store reading the same cookie, as after a reload with a new config. */
export function resetConsentKeepingCookie(config: ConsentConfig): void {
  const cookie = document.cookie;
  resetConsent(config);
  for (const pair of cookie.split('; ')) document.cookie = `${pair}; path=/`;
}

/**
 * For every test of the file: records the `consent-error` events on `document` and silences the
 * console's warnings while recording them; empties the page's body afterwards.
 */
export function recordConsentErrors(): {
  readonly errors: ConsentErrorEvent[];
  readonly warn: MockInstance<typeof console.warn>;
} {
  const errors: ConsentErrorEvent[] = [];
  const onError = (event: ConsentErrorEvent) => errors.push(event);
  let warn: MockInstance<typeof console.warn> | undefined;
  beforeEach(() => {
    errors.length = 0;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.addEventListener('consent-error', onError);
  });
  afterEach(() => {
    document.removeEventListener('consent-error', onError);
    warn?.mockRestore();
    document.body.replaceChildren();
  });
  return {
    errors,
    get warn() {
      if (!warn) throw new Error('the warnings are recorded inside a test');
      return warn;
    },
  };
}

/** Counts `consent-change` events on `document` until `stop()`. */
export function countChanges(): { readonly count: number; stop(): void } {
  let count = 0;
  const listener = () => count++;
  document.addEventListener('consent-change', listener);
  return {
    get count() {
      return count;
    },
    stop: () => document.removeEventListener('consent-change', listener),
  };
}

/** The shadow-root element with `part~=name`. */
export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The text of the element's `[part~=name]`, whitespace collapsed (`undefined` when not rendered). */
export function text(el: Element, name: string): string | undefined {
  return part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Whether the element's `[part~=name]` is rendered and visible. */
export function visible(el: Element, name: string): boolean {
  const node = part(el, name);
  return !!node && node.checkVisibility();
}

export { isoInDays };

/**
 * One copy attribute of an element, as a specification row: `attr` overrides copy `key`, which the
 * element shows in `[part~=part]` (once `after` has brought it to the state that shows the part).
 */
export interface CopyAttributeCase<T extends Element> {
  key: string;
  attr: string;
  part: string;
  value: string;
  /** The part's text with `value` in place (default: `value`). */
  shown?: string;
  /** The part's text without any override. */
  fallback: string;
  /** Store set-up before the element connects (the beforeEach config is already in place). */
  before?: () => void;
  /** Brings the connected element to the state that shows the part. */
  after?: (el: T) => unknown;
  /** The copy is the part's accessible name (`aria-label`, an icon button), not its text. */
  accessibleName?: true;
}

type CopyElement = HTMLElement & { copy: CopyOverrides; updateComplete: Promise<unknown> };

/**
 * Asserts that `c.attr` changes `c.key`'s text in the rendered shadow DOM: set before connecting,
 * removed (back to the fallback), set again; that the reactive property behind the attribute
 * does the same (so frameworks and the manifest see it); and that the `copy` property with the
 * same key does the same.
 */
export async function expectCopyAttribute<T extends CopyElement>(
  tag: string,
  c: CopyAttributeCase<T>,
): Promise<void> {
  c.before?.();
  const el = await fixture<T>(`<${tag} ${c.attr}="${c.value}"></${tag}>`);
  const read = async () => {
    await el.updateComplete;
    return c.accessibleName ? part(el, c.part)?.getAttribute('aria-label') : text(el, c.part);
  };
  const { elementProperties } = customElements.get(tag) as unknown as typeof ReactiveElement;
  const property = [...elementProperties].find(
    ([name, { attribute }]) =>
      (typeof attribute === 'string' ? attribute : String(name).toLowerCase()) === c.attr,
  )?.[0];
  expect(property, `${c.attr} is the attribute of a reactive property`).to.be.a('string');
  const props = el as unknown as Record<string, unknown>;
  await c.after?.(el);
  const shown = c.shown ?? c.value;
  expect(await read(), `${c.attr}="${c.value}" shows in part ${c.part}`).to.equal(shown);
  el.removeAttribute(c.attr);
  expect(await read(), `without ${c.attr}`).to.equal(c.fallback);
  el.setAttribute(c.attr, c.value);
  expect(await read(), `${c.attr} set again`).to.equal(shown);
  el.removeAttribute(c.attr);
  props[property as string] = c.value;
  expect(await read(), `.${String(property)} = '${c.value}'`).to.equal(shown);
  props[property as string] = undefined;
  expect(await read(), `.${String(property)} = undefined`).to.equal(c.fallback);
  el.copy = { [c.key]: c.value };
  expect(await read(), `.copy = {'${c.key}': …}`).to.equal(shown);
  el.copy = {};
  expect(await read()).to.equal(c.fallback);
  fixtureCleanup();
}

/**
 * One test per copy attribute of `tag` (see `expectCopyAttribute`), plus one that fails when the
 * element gains a copy attribute without a row here.
 */
export function itCopyAttributes<T extends CopyElement>(
  tag: string,
  element: { copyProperties: Record<string, string> },
  cases: CopyAttributeCase<T>[],
): void {
  it('has a specification row for every copy attribute', () => {
    expect(cases.map((c) => c.key).sort()).to.deep.equal(
      Object.keys(element.copyProperties).sort(),
    );
  });
  for (const c of cases) {
    it(`${c.attr} (and copy '${c.key}') changes the ${c.part} text`, () =>
      expectCopyAttribute(tag, c));
  }
}

/** Markup that sets `window[flag]` if it is ever parsed as HTML rather than shown as text. */
export const hostileCopy = (flag: string): string => `<img src=x onerror="window.${flag}=1">`;

/** Asserts that `hostileCopy(flag)` stayed text in `el`: no element was made of it, nothing ran. */
export async function expectHostileCopyInert(el: Element, flag: string): Promise<void> {
  expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  await new Promise((r) => requestAnimationFrame(r));
  expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
}

export { getConsentStore };
