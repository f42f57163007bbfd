/**
 * Where an element whose view (template, styles, what its controls do) is a module of its own gets
 * that view: the opt-out toggle and the policy banner. The element's class does not import its view,
 * so each entry decides how it arrives: the npm `define` modules hand over the module itself (the
 * element draws in its first update, and no npm bundle carries an `import()` of a chunk it never
 * needs); the CDN entry hands over a loader of its chunk (on-demand/elements.ts), fetched when an
 * element first needs it.
 */
import type { CSSResultOrNative } from 'lit';
import type { CopyVars } from '../../copy/index.js';
import { reportConsentError } from '../../events/consent-error.js';
import type { ConsentStoreApi } from '../../store/types.js';

/**
 * What every view needs of its element beyond the element's public members: members the element
 * keeps protected, lent to its view. A view's own host adds what else it draws with.
 */
export interface ViewHost<Element> {
  readonly element: Element;
  /** The store the element is connected to. */
  store(): ConsentStoreApi;
  /** The element's copy resolution. */
  t(key: string, vars?: CopyVars): string;
  /** Adopts the view's own styles beside the element's base styles, with its first render. */
  addStyles(styles: readonly CSSResultOrNative[]): void;
}

/** What a view module exports: how to make the view of one element. */
export interface ViewModule<Host, View> {
  createView(host: Host): View;
}

/** A source of a view (the CDN's is a `ModuleOnDemand`): the module once there, and a way to load it. */
export interface ViewSource<Module> {
  /** The module once it is there; `undefined` until then. */
  readonly module: Module | undefined;
  /** Loads it (once); settles with it, or with `undefined` after a reported failure. */
  load(): Promise<Module | undefined>;
}

/** A view imported with the element (the npm `define` modules): there from the first update. */
export function viewAtHand<Module>(module: Module): ViewSource<Module> {
  return { module, load: () => Promise.resolve(module) };
}

/**
 * The view every element of one tag gets, in this copy of the library. Until an entry hands one
 * over (the class registered from `consent-elements` alone), the elements draw nothing: the first
 * time one of them asks for its view, a warning and `consent-error` say so, and what to import.
 */
export class ElementView<Host, View> implements ViewSource<ViewModule<Host, View>> {
  #source?: ViewSource<ViewModule<Host, View>>;
  /** What the missing view says, until said (once, however many elements wait for it). */
  #missingReport?: string;

  /** @param tag the element's tag, as the warning names it. */
  constructor(tag: string) {
    this.#missingReport = `the <${tag}> view is missing (import 'consent-elements/define', which hands it over); it shows nothing.`;
  }

  /** Hands every element of the tag its view: the module imported statically, or a loader of its chunk. */
  use(source: ViewSource<ViewModule<Host, View>>): void {
    this.#source = source;
  }

  get module(): ViewModule<Host, View> | undefined {
    return this.#source?.module;
  }

  /** Loads the view unless it is there already: then `undefined`. */
  loading(): Promise<ViewModule<Host, View> | undefined> | undefined {
    return this.module ? undefined : this.load();
  }

  load(): Promise<ViewModule<Host, View> | undefined> {
    if (this.#source) return this.#source.load();
    if (this.#missingReport) {
      reportConsentError({ code: 'module-unavailable', message: this.#missingReport });
      this.#missingReport = undefined;
    }
    return Promise.resolve(undefined);
  }
}
