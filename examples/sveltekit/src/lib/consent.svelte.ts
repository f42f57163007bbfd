import { onMount } from 'svelte';
import { getConsentStore, type ConsentState } from 'consent-elements/store';

/**
 * The visitor's consent as reactive state for a component. It starts from what the server read
 * (the layout's `load`, passed as a getter: only its first value is used), so the server HTML and
 * the hydrated page agree: a visitor who accepted never sees a "denied" flash. Once mounted it
 * follows the page's store: every decision, from the notice, a toggle or another tab.
 */
export function useConsent(serverState: () => ConsentState): { readonly state: ConsentState } {
  let state = $state(serverState());
  onMount(() => {
    const store = getConsentStore();
    state = store.state;
    // The unsubscribe function: Svelte calls it when the component is destroyed.
    return store.subscribe((detail) => (state = detail.state));
  });
  return {
    get state() {
      return state;
    },
  };
}
