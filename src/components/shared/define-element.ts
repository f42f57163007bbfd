/**
 * Registers `tag` unless it is already defined, so a CDN copy and a bundled copy can share a page.
 * Warns only when the tag belongs to a different version of this library (or to something else).
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor & { version: string },
): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as { version?: string } | undefined;
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `consent-elements: <${tag}> is already defined (version ${existing.version ?? 'unknown'}); keeping it, not ${ctor.version}.`,
    );
  }
}
