import { html, nothing, render, type PropertyDeclarations } from 'lit';
import { safeUrl } from '../../copy/index.js';
import { ConsentElement } from '../shared/consent-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { warnOnce } from '../shared/warn-once.js';
import { findService, splitServiceId } from '../../core/services.js';
import type { ConsentStoreApi } from '../../store/types.js';
import { embedUrl, presetNamed, type EmbedPreset } from './presets.js';
import { embedStyles } from './embed.styles.js';

/** Whether `n` is a finite number above zero: a usable length or ratio term. */
const isPositive = (n: number): boolean => Number.isFinite(n) && n > 0;

/** A positive number of CSS pixels from an attribute (`560`, `560px`), else `undefined`. */
function pixels(value: string | undefined): number | undefined {
  const n = Number.parseFloat(value ?? '');
  return isPositive(n) ? n : undefined;
}

/**
 * The poster's URL: an `http(s):` or relative URL, or an inline `data:image/…` (nothing is fetched
 * at all); anything else (`javascript:`) gives `undefined`. Spaces around it are left to the
 * browser, whose URL parser drops them.
 */
function posterUrl(value: string | undefined): string | undefined {
  return value && /^\s*data:image\//i.test(value) ? value : safeUrl(value);
}

/** `16/9`, `16 / 9`, `16:9`, `1.5`: a CSS aspect ratio of positive numbers, else `undefined`. */
function ratio(value: string | undefined): string | undefined {
  const [width, height = 1, ...rest] = (value ?? '').split(/[/:]/).map(Number);
  return rest.length === 0 && isPositive(width) && isPositive(height)
    ? `${width} / ${height}`
    : undefined;
}

/**
 * A click-to-load embed (a video, a map, a player, a social post, a form) that requests nothing
 * from its host until the visitor agrees. Until then it is a placeholder of the embed's own size
 * (`width`/`height` or `aspect-ratio`; 16 / 9 by default), so nothing moves when the embed takes
 * its place: what the embed is (`title`), who hosts it and that loading it lets that host set
 * cookies or store data, an optional `poster` image from the site itself, **Load** (this embed,
 * this time: nothing is recorded), **Always allow {service}** (records the service's grant, so
 * every embed of that service on the site loads) and **Cookie settings** (opens the notice's
 * preferences, as any `data-consent-settings` element does).
 *
 * The embed is an `<iframe>` built from `src` (with `title`, `allow` and `referrerpolicy` passed
 * through), or the element's own content: a `<template>` (its copy is put in place on load) or an
 * `<iframe data-src>` (given its `src` on load). When the service's grant is withdrawn, the embed
 * goes: the frame is removed and the placeholder is back. A visitor who loads it by keyboard finds
 * the focus inside the loaded embed.
 *
 * Presets for YouTube (`youtube-nocookie.com`), Vimeo (`dnt=1`), Google Maps and Spotify (the
 * embed player) give the vendor's name, its host and its privacy-friendly URL; the preset is
 * `preset`, else the service's own id (`marketing.youtube` → `youtube`). A URL on any other host is
 * used as given.
 *
 * @summary Loads a third-party embed only with the visitor's consent, in place.
 * @tag consent-embed
 *
 * @slot - The embed when it is not built from `src`: a `<template>` or an `<iframe data-src>`.
 *
 * @fires consent-change - Not from the element itself: the store dispatches it on `document` when
 * **Always allow** records the service's grant (`detail.source` is `embed`).
 *
 * @csspart base - The box of the embed's size (placeholder and embed).
 * @csspart poster - The poster image.
 * @csspart placeholder - The placeholder's text and buttons.
 * @csspart title - What the embed is.
 * @csspart message - Who hosts it, and that loading it sets cookies or storage.
 * @csspart actions - The line of buttons.
 * @csspart button - Each button.
 * @csspart load - **Load**: this embed, this time, nothing recorded.
 * @csspart allow - **Always allow {service}**: records the service's grant.
 * @csspart settings - **Cookie settings**: opens the notice's preferences.
 * @csspart frame - The loaded `<iframe>` (embeds built from `src`).
 *
 * @cssproperty --consent-font - Font family.
 * @cssproperty --consent-surface - Background of the placeholder's panel.
 * @cssproperty --consent-text - Text colour.
 * @cssproperty --consent-muted - The message's colour.
 * @cssproperty --consent-accent - The buttons.
 * @cssproperty --consent-accent-text - Text on the buttons.
 * @cssproperty --consent-border - Border.
 * @cssproperty --consent-radius - Corner radius.
 * @cssproperty --consent-spacing - Base spacing.
 * @cssproperty --consent-focus-ring - Focus outline.
 * @cssproperty --consent-color-scheme - Unset (default): the page's `color-scheme`; `light`,
 * `dark`, or `light dark` (follows the OS).
 */
export class ConsentEmbed extends ConsentElement {
  static override styles = [baseStyles, embedStyles];

  static override copyProperties: Record<string, string> = {
    'embed.notice': 'message',
    'embed.load': 'loadLabel',
    'embed.allow': 'allowLabel',
    'embed.settings': 'settingsLabel',
  };

  static override properties: PropertyDeclarations = {
    service: {},
    src: {},
    title: {},
    allow: {},
    referrerPolicy: { attribute: 'referrerpolicy' },
    width: {},
    height: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    poster: {},
    host: {},
    preset: {},
    serviceLabel: { attribute: 'service-label' },
    message: {},
    loadLabel: { attribute: 'load-label' },
    allowLabel: { attribute: 'allow-label' },
    settingsLabel: { attribute: 'settings-label' },
  };

  /** The service whose grant loads the embed, as `<category>.<service>` (`marketing.youtube`). */
  declare service?: string;
  /** The embed's URL (an `<iframe>` is built from it); a preset's host gets its privacy-friendly form. */
  declare src?: string;
  /** What the embed is: the placeholder's heading and the frame's `title`. */
  declare title: string;
  /** Passed to the frame's `allow` (permissions policy), e.g. `fullscreen; picture-in-picture`. */
  declare allow?: string;
  /** Passed to the frame's `referrerpolicy`. */
  declare referrerPolicy: ReferrerPolicy;
  /** Width in CSS pixels (as on an `<iframe>`); the box never grows wider than its container. */
  declare width?: string;
  /** Height in CSS pixels; with `width` it gives the aspect ratio. */
  declare height?: string;
  /** `16/9` (the default without `width` and `height`), `4/3`, `1`: the box keeps this ratio. */
  declare aspectRatio?: string;
  /** An image from the site itself shown behind the placeholder (never fetched from the vendor). */
  declare poster?: string;
  /** Who hosts the embed, as shown ("Hosted by …"); default: the preset's, else the URL's host name. */
  declare host?: string;
  /** A preset (`youtube`, `vimeo`, `google-maps`, `spotify`); default: the service id after the dot. */
  declare preset?: string;
  /** The service's name in "Always allow {service}"; default: the config's service `label`, else the preset's. */
  declare serviceLabel?: string;
  /** Overrides copy `embed.notice` (`{host}`). */
  declare message?: string;
  /** Overrides copy `embed.load`. */
  declare loadLabel?: string;
  /** Overrides copy `embed.allow` (`{service}`). */
  declare allowLabel?: string;
  /** Overrides copy `embed.settings`. */
  declare settingsLabel?: string;

  /** Loaded by **Load** (or `load()`): this time only, nothing recorded. */
  #loadedOnce = false;
  /** The copy of the `<template>`'s content in place while the embed is loaded. */
  #templateCopy?: DocumentFragment;
  /** Whether the service was granted at the last render: a withdrawal unloads. */
  #wasGranted = false;
  /** The visitor asked by keyboard: focus goes into the embed once it is there. */
  #focusOnLoad = false;

  /** Whether the embed is loaded (the service is granted, or it was loaded this time). */
  get loaded(): boolean {
    return this.#loadedOnce || this.#granted;
  }

  /** Loads this embed now, this time only: nothing is recorded (what **Load** does). */
  load(): void {
    this.#loadedOnce = true;
    this.requestUpdate();
  }

  get #granted(): boolean {
    return this.service ? this.consent.store.isGranted(this.service) : false;
  }

  /** Its strings travel with its chunk, per language (copy/parts.ts). */
  protected override languageParts() {
    return ['embed'] as const;
  }

  protected select(store: ConsentStoreApi): unknown[] {
    return [store.state];
  }

  override willUpdate(): void {
    const granted = this.#granted;
    // Withdrawn: the embed goes, including one loaded "this time".
    if (this.#wasGranted && !granted) this.#loadedOnce = false;
    this.#wasGranted = granted;
  }

  override updated(): void {
    this.#syncLightContent();
    if (this.#focusOnLoad && this.loaded) {
      this.#focusOnLoad = false;
      this.#focusTarget()?.focus();
    }
  }

  /** The preset in use: `preset`, else the service id after the category (`marketing.youtube` → `youtube`). */
  get #preset(): EmbedPreset | undefined {
    return presetNamed(this.preset ?? this.#serviceSlug);
  }

  /** The `<iframe data-src>` given as content, if any. */
  get #lightFrame(): HTMLIFrameElement | null {
    return this.querySelector(':scope > iframe[data-src]');
  }

  /**
   * The URL the embed loads, from `src` or else the content's `<iframe data-src>`, in the preset's
   * privacy-friendly form where it applies; `undefined` when there is none or it is not http(s).
   */
  get #url(): string | undefined {
    return embedUrl(this.src ?? this.#lightFrame?.dataset.src, this.#preset, document.baseURI);
  }

  /**
   * The service's name: `service-label`, else the config's label, else the preset's ("YouTube"),
   * else its id. A config label that only repeats the id (the default) gives way to the preset's.
   */
  get #serviceName(): string {
    const configured = this.service
      ? findService(this.consent.store.config, this.service)?.service
      : undefined;
    const label = configured && configured.label !== configured.id ? configured.label : undefined;
    return this.serviceLabel ?? label ?? this.#preset?.label ?? this.#serviceSlug ?? '';
  }

  /** The service's own id, after its category (`youtube` in `marketing.youtube`). */
  get #serviceSlug(): string | undefined {
    return this.service ? (splitServiceId(this.service)?.[1] ?? this.service) : undefined;
  }

  /** What the embed is: `title`, else "Content from {service}". */
  get #title(): string {
    return this.title || this.t('embed.untitled', { service: this.#serviceName });
  }

  /** Who hosts the embed: `host`, else the preset's, else the URL's host name, else the service. */
  get #hostName(): string {
    if (this.host) return this.host;
    const preset = this.#preset;
    if (preset) return preset.host ?? preset.label;
    const url = this.#url;
    return url ? new URL(url).hostname : this.#serviceName;
  }

  /**
   * Puts the site's own content in place on load and takes it away (unloading it) on unload: the
   * `<iframe data-src>` gets its `src`, a `<template>` a copy of its content beside it.
   */
  #syncLightContent(): void {
    if (this.src) return;
    const loaded = this.loaded;
    const frame = this.#lightFrame;
    if (frame) {
      const url = this.#url;
      if (loaded && url && !frame.hasAttribute('src')) frame.src = url;
      if (!loaded && frame.hasAttribute('src')) {
        // Taking `src` away does not unload a frame: a copy without it takes its place, and the
        // loaded document goes with the old frame.
        frame.removeAttribute('src');
        frame.replaceWith(frame.cloneNode());
      }
      return;
    }
    const template = this.querySelector<HTMLTemplateElement>(':scope > template');
    // One copy per load, rendered by Lit into the light DOM in a `data-consent-embed-content` box:
    // later updates find the same copy and leave it in place; unloading takes the box away.
    this.#templateCopy =
      loaded && template
        ? (this.#templateCopy ?? document.importNode(template.content, true))
        : undefined;
    render(
      this.#templateCopy
        ? html`<div data-consent-embed-content>${this.#templateCopy}</div>`
        : nothing,
      this,
    );
  }

  /**
   * Where focus goes once the embed is loaded: the frame, else the first focusable element of the
   * content (a `<template>`'s own content is inert: only its copy put in place is found).
   */
  #focusTarget(): HTMLElement | null {
    return (
      this.renderRoot.querySelector('iframe') ??
      this.querySelector(':is(iframe, a[href], button, input, select, textarea, [tabindex])')
    );
  }

  #onLoad = (event: MouseEvent): void => {
    // A button activated by keyboard clicks with `detail` 0.
    this.#focusOnLoad = event.detail === 0;
    this.load();
  };

  #onAllow = (event: MouseEvent): void => {
    const { service } = this;
    if (!service) return;
    this.#focusOnLoad = event.detail === 0;
    this.consent.store.setService(service, true, { source: 'embed' });
  };

  /**
   * The size of the box, the same for the placeholder and the embed, as a `style` value: the
   * inline size from `width`, the shape from `aspect-ratio`, else `width`/`height`, else 16 / 9; a
   * fixed block size only when `height` comes alone.
   */
  #boxStyle(): string {
    const width = pixels(this.width);
    const height = pixels(this.height);
    // `undefined/315` is no ratio: `height` alone gives no shape.
    const shape =
      ratio(this.aspectRatio) ?? ratio(`${width}/${height}`) ?? (height ? undefined : '16 / 9');
    const inline = width ? `inline-size: ${width}px; ` : '';
    return inline + (shape ? `aspect-ratio: ${shape}` : `block-size: ${height}px`);
  }

  /** The loaded embed: a frame built from `src`, or the site's own content (slotted). */
  #renderEmbed() {
    const url = this.src && this.#url;
    return html`${
        url
          ? html`<iframe
              part="frame"
              src=${url}
              title=${this.#title}
              allow=${this.allow ?? nothing}
              referrerpolicy=${this.referrerPolicy || nothing}
            ></iframe>`
          : nothing
      }<slot></slot>`;
  }

  /** Until consent: what the embed is, who hosts it, and the three ways on. */
  #renderPlaceholder() {
    if (this.src && !this.#url)
      warnOnce(`<consent-embed> src="${this.src}" is not an http(s) URL; nothing will load.`);
    if (!this.service) warnOnce('<consent-embed> has no service: only "Load" is offered.');
    const poster = posterUrl(this.poster);
    return html`${poster ? html`<img part="poster" class="poster" src=${poster} alt="" />` : nothing}
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title">
        <p part="title" id="title" class="title">${this.#title}</p>
        <p part="message" class="description">
          ${this.t('embed.notice', { host: this.#hostName })}
        </p>
        <div part="actions" class="actions">
          <button part="button load" class="btn" @click=${this.#onLoad}>
            ${this.t('embed.load')}
          </button>
          ${
            this.service
              ? html`<button part="button allow" class="btn light" @click=${this.#onAllow}>
                  ${this.t('embed.allow', { service: this.#serviceName })}
                </button>`
              : nothing
          }
          <button part="button settings" class="link" data-consent-settings>
            ${this.t('embed.settings')}
          </button>
        </div>
      </div>`;
  }

  protected override render() {
    const loaded = this.loaded;
    return html`<div part="base" class=${loaded ? 'box loaded' : 'box'} style=${this.#boxStyle()}>
      ${loaded ? this.#renderEmbed() : this.#renderPlaceholder()}
    </div>`;
  }
}
