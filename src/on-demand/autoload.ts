/**
 * Elements the CDN entry defines on demand (the way Shoelace's autoloader does): the entry watches
 * the document for their tags and imports an element's chunk the first time its tag appears, in the
 * page's markup or added later. The tag upgrades when its chunk has run; until then it is an
 * unknown element (style it with `:not(:defined)` if its space matters).
 *
 * Adding an element is one line in `AUTOLOADED`: its tag and the import of its `define` module.
 * Only tags in the light DOM of the document are seen: a tag inside another component's shadow
 * root needs its chunk imported by that component (or a `<link rel="modulepreload">`).
 */
import { loadModule } from '../events/module-on-demand.js';

/** Tag → import of the module that defines it. */
export type ElementLoaders = Record<string, () => Promise<unknown>>;

/**
 * Watches `root` for the tags of `loaders` and runs each loader once, the first time its tag is
 * there. Stops watching once every loader has started.
 */
export function autoloadElements(loaders: ElementLoaders, root: Document = document): void {
  const waiting = new Map(Object.entries(loaders));
  const load = (tag: string): void => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    void loadModule(`The <${tag}> element`, loader);
  };
  const scan = (node: ParentNode): void => {
    for (const tag of [...waiting.keys()]) if (node.querySelector(tag)) load(tag);
  };

  scan(root);
  if (waiting.size === 0 || typeof MutationObserver !== 'function') return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        load((node as Element).localName);
        scan(node as Element);
      }
    }
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
