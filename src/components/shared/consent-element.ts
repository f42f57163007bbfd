import {
  adoptStyles,
  LitElement,
  type CSSResultOrNative,
  type PropertyDeclaration,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { resolveLocale, translate, type CopyOverrides, type CopyVars } from '../../copy/index.js';
import { waitForLanguage } from '../../copy/languages-on-demand.js';
import type { LanguagePart } from '../../copy/parts.js';
import { DEFAULT_CATEGORIES } from '../../store/index.js';
import type { CategoryConfig, ConsentStoreApi } from '../../store/types.js';
import { langObserver } from './lang-observer.js';
import { VERSION } from './version.js';

/** Reads the `copy` attribute as JSON; a malformed value counts as no override (never throws). */
const jsonConverter: PropertyDeclaration['converter'] = {
  fromAttribute(value) {
    try {
      const parsed: unknown = JSON.parse(value ?? '');
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      return {};
    }
  },
};

/**
 * Shared base of the three elements: store connection and copy resolution. Not registered itself.
 */
export abstract class ConsentElement extends LitElement {
  /** The library version of this class; registration warns when another version owns the tag. */
  static version = VERSION;

  /**
   * Copy key → the reactive property of this element that overrides it (e.g. `notice.accept` →
   * `acceptLabel`, attribute `accept-label`). Each subclass declares those properties.
   */
  static copyProperties: Record<string, string> = {};

  static override properties: PropertyDeclarations = {
    copy: { converter: jsonConverter },
  };

  /**
   * This element's styles beyond `styles` (the shared base styles), adopted after them. Neither is
   * adopted before the first update that renders something: an element that often shows nothing
   * (the notice once a decision exists, the banner outside a policy change) then builds no style
   * sheet on those page views, and one that shows adopts its sheets once, not once on connect
   * and again when it renders.
   */
  static shownStyles: readonly CSSResultOrNative[] = [];

  /**
   * Copy overrides for this element only, keyed by copy key (`{"notice.title": "…"}`); as an
   * attribute, JSON. Wins over config `copy` and the locale's defaults. Always shown as text.
   */
  copy: CopyOverrides = {};

  /** The connection to the consent store. */
  protected readonly consent = new ConsentController(this, (store) => [
    store.config,
    ...this.select(store),
  ]);

  /** The nearest `lang`, read on connect and when it changes (never in the constructor: SSR-safe). */
  #lang?: string | null;
  #stopWatchingLang?: () => void;

  /** Styles of parts loaded on demand (the preferences dialog's), adopted after `shownStyles`. */
  #partStyles: readonly CSSResultOrNative[] = [];
  /** The adopted styles include `styles`, `shownStyles` and every part's. */
  #stylesComplete = false;

  /** The store values this element shows: it re-renders when one of them changes. */
  protected abstract select(store: ConsentStoreApi): unknown[];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLang();
    this.#stopWatchingLang = langObserver.subscribe(() => this.#readLang());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingLang?.();
    this.#stopWatchingLang = undefined;
  }

  /**
   * The open shadow root, without styles: Lit's own adopts `styles` here, on connect, whether or
   * not the element ever shows; `update` adopts them with the rest once something renders.
   */
  protected override createRenderRoot(): ShadowRoot {
    const { shadowRootOptions } = this.constructor as typeof ConsentElement;
    return this.shadowRoot ?? this.attachShadow(shadowRootOptions);
  }

  /** Adds the styles of a part loaded on demand; the update that renders something adopts them. */
  protected addPartStyles(styles: readonly CSSResultOrNative[]): void {
    this.#partStyles = [...this.#partStyles, ...styles];
    this.#stylesComplete = false;
  }

  /**
   * Adopts `styles`, `shownStyles` and the parts' styles, in one go, once something is rendered:
   * here, in the same task as the render and before `updated()` (which may focus or measure), so
   * nothing shows unstyled.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this.#stylesComplete || !this.renderRoot.firstElementChild) return;
    this.#stylesComplete = true;
    const { elementStyles, shownStyles } = this.constructor as typeof ConsentElement;
    adoptStyles(this.renderRoot as ShadowRoot, [
      ...elementStyles,
      ...shownStyles,
      ...this.#partStyles,
    ]);
  }

  /**
   * Holds each update while what it would render is still loading (CDN entry): the element's view,
   * where that is a module of its own, and the language it would render in, or the strings of a
   * part it shows. Both load side by side, and the first paint is already complete and in that
   * language, never English first. A failed language load renders English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const view = this.viewLoading();
    const language = this.languageReady(this.languageParts());
    if (!view && !language) return super.scheduleUpdate();
    return Promise.all([view, language]).then(() => super.scheduleUpdate());
  }

  /**
   * While this element's view, a module of its own (view-source.ts), is still to load for what it
   * must draw now: a promise that settles once it is there (or failed). None by default.
   */
  protected viewLoading(): Promise<unknown> | undefined {
    return undefined;
  }

  /** The parts loaded on demand whose strings this element shows now (see copy/parts.ts). */
  protected languageParts(): readonly LanguagePart[] {
    return [];
  }

  /**
   * Loads this element's language with the strings of `parts`: a promise while they load, which
   * settles once they are there (or failed: English is shown then), else `undefined`.
   */
  protected languageReady(parts: readonly LanguagePart[]): Promise<void> | undefined {
    return waitForLanguage([this.consent.store.config.locale, this.#lang], parts);
  }

  #readLang(): void {
    const lang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.requestUpdate();
    }
  }

  /** The value of the copy property that overrides `key` on this element, if set. */
  #copyProperty(key: string): string | undefined {
    const name = (this.constructor as typeof ConsentElement).copyProperties[key];
    const value: unknown = name && (this as unknown as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** The locale in use: config `locale`, else the nearest `lang`, else `en` (first one with built-in copy). */
  get locale(): string {
    return resolveLocale(this.consent.store.config.locale, this.#lang);
  }

  /** The resolved string for `key`: copy property (attribute) > `copy` > config `copy` > locale > English. */
  protected t(key: string, vars?: CopyVars): string {
    return this.maybe(key, vars) ?? key;
  }

  /** Like `t`, but `undefined` when no layer has the key (e.g. `category.<id>.label`). */
  protected maybe(key: string, vars?: CopyVars): string | undefined {
    const own = this.#copyProperty(key);
    return translate(
      key,
      this.locale,
      [own === undefined ? undefined : { [key]: own }, this.copy, this.consent.store.config.copy],
      vars,
    );
  }

  /**
   * A category's `label` or `description`: copy `category.<id>.<field>` (element or config) first,
   * then the config's. While the site keeps the default categories, the locale's translation of
   * them comes before the (English) defaults.
   */
  protected categoryText(
    id: string,
    field: 'label' | 'description',
    config?: CategoryConfig,
  ): string | undefined {
    const key = `category.${id}.${field}`;
    const site = this.consent.store.config;
    if (site.categories === DEFAULT_CATEGORIES) return this.maybe(key) ?? config?.[field];
    return this.copy[key] ?? site.copy[key] ?? config?.[field];
  }
}
