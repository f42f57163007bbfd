/** The markup the script gate handles, shared by the gate and by what decides to load it. */

/** Scripts and iframes waiting for consent to a category or to a service. */
export const GATED_SELECTOR =
  'script[type="text/plain"]:is([data-consent-category],[data-consent-service]), iframe:is([data-consent-category],[data-consent-service])[data-src]';

/** `true` when `node` is, or contains, a gated script or iframe. */
export function holdsGatedMarkup(node: Node): boolean {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    ((node as Element).matches(GATED_SELECTOR) || !!(node as Element).querySelector(GATED_SELECTOR))
  );
}

/** The document `root` belongs to; a root outside a document is a caller's mistake. */
export function documentOf(root: Document | Element | DocumentFragment): Document {
  // Node types, not instanceof: a root in a same-origin frame belongs to that frame's realm.
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (!doc) throw new TypeError('gateScripts: root is not in a document');
  return doc;
}
