/**
 * Loads a module of the CDN build on demand. In the CDN build each `import()` handed in here is a
 * chunk file beside the entry; a failed download (offline, a folder uploaded in part) never throws
 * into the page: it says what was lost, in the console and as a `consent-error` event.
 */
import type { ConsentErrorDetail } from '../store/types.js';

/**
 * Resolves with the module, or with `undefined` after a warning when it could not be loaded.
 * @param what the feature the module provides, as the warning names it.
 */
export async function loadModule<Module>(
  what: string,
  load: () => Promise<Module>,
): Promise<Module | undefined> {
  try {
    return await load();
  } catch (error) {
    const message = `${what} could not be loaded (${String(error)}); it does not run on this page.`;
    console.warn(`[consent-elements] ${message}`);
    const detail: ConsentErrorDetail = { code: 'module-unavailable', message };
    document.dispatchEvent(
      new CustomEvent('consent-error', { detail, bubbles: true, composed: true }),
    );
    return undefined;
  }
}
