/** Shadow-DOM helpers for play functions: the elements render into open shadow roots. */
import type { ConsentChangeDetail } from '../../src/store/index.js';

type ConsentTag =
  'consent-cookie-notice' | 'consent-opt-out-toggle' | 'consent-policy-banner' | 'consent-embed';

/** The first `tag` in the story, once it has rendered. */
export async function element<K extends ConsentTag>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`<${tag}> is not in the story`);
  await el.updateComplete;
  return el;
}

/** The element's shadow node with `part~=name`, or null. */
export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every shadow node with `part~=name`. */
export function parts<T extends HTMLElement = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Like `part`, but throws when the part is missing (clearer failures than a null deref). */
export function mustPart<T extends HTMLElement = HTMLElement>(el: Element, name: string): T {
  const node = part<T>(el, name);
  if (!node) throw new Error(`<${el.localName}> has no [part~="${name}"]`);
  return node;
}

/** Whether `[part~=name]` is rendered and visible. */
export function visible(el: Element, name: string): boolean {
  return !!part(el, name)?.checkVisibility();
}

/** The shadow text of an element, whitespace collapsed. */
export const text = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Records every `consent-change` on `document` until `stop()`. */
export function recordChanges(): { events: ConsentChangeDetail[]; stop(): void } {
  const events: ConsentChangeDetail[] = [];
  const listener = (e: Event) => events.push((e as CustomEvent<ConsentChangeDetail>).detail);
  document.addEventListener('consent-change', listener);
  return { events, stop: () => document.removeEventListener('consent-change', listener) };
}

/**
 * The colour `value` as the browser computes a background, for comparing colours written in
 * different notations. Self-contained, so Playwright's `page.evaluate` can run it too.
 */
export function computedColor(value: string): string {
  const probe = document.createElement('div');
  probe.style.background = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}
