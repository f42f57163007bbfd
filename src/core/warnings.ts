/**
 * Console warnings, each printed once per page: the same message (from config validation, an
 * element's attribute, a second copy of the library) is shown the first time only. Shared through
 * the page registry, so two copies of the library do not repeat each other either.
 */
import { pageEntry } from './registry.js';

const PREFIX = '[consent-elements] ';

/** Prints `message` as a `[consent-elements]` warning unless it was printed already. */
export function warnOnce(message: string): void {
  const warned = pageEntry('warned', () => new Set<string>());
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(PREFIX + message);
}
