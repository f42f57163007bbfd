import {
  computed,
  onBeforeUnmount,
  onMounted,
  shallowReadonly,
  shallowRef,
  type ComputedRef,
  type ShallowRef,
} from 'vue';
import { getConsentStore, type ConsentChangeEvent, type ConsentState } from 'consent-elements';

/**
 * The page's consent state as a Vue ref, updated from every `consent-change` (notice, toggle,
 * API, another tab) while the component is mounted, plus the store's methods.
 */
export function useConsent() {
  const store = getConsentStore();
  const state: ShallowRef<ConsentState> = shallowRef(store.state);
  const update = (event: ConsentChangeEvent) => {
    state.value = event.detail.state;
  };
  onMounted(() => {
    state.value = store.state;
    document.addEventListener('consent-change', update);
  });
  onBeforeUnmount(() => document.removeEventListener('consent-change', update));

  return {
    state: shallowReadonly(state),
    /** Whether category `id` is granted, as a computed ref. */
    granted: (id: string): ComputedRef<boolean> =>
      computed(() => state.value.categories[id] === true),
    acceptAll: store.acceptAll,
    rejectAll: store.rejectAll,
    setCategory: store.setCategory,
    reset: store.reset,
  };
}
