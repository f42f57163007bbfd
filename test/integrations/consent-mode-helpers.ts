// What the Consent Mode tests read and reset: the data layer, as Google's stub fills it.
import { expect } from 'vitest';

type Win = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };
export const win = window as Win;

/** The data layer as plain arrays, checking each entry is an Arguments object like Google's stub pushes. */
export function layer(): unknown[][] {
  return (win.dataLayer ?? []).map((entry) => {
    expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
    return Array.from(entry as ArrayLike<unknown>);
  });
}

/** The `consent` commands of one kind in the data layer, in order. */
export const consentCalls = (kind: 'default' | 'update') =>
  layer().filter(([command, action]) => command === 'consent' && action === kind);

/** An update payload with every consent type the store controls set to `value`. */
export const everyType = (value: 'granted' | 'denied') => ({
  analytics_storage: value,
  ad_storage: value,
  ad_user_data: value,
  ad_personalization: value,
  functionality_storage: value,
  personalization_storage: value,
});

/** The global default: every type denied but `security_storage`. */
export const ALL_DENIED = { ...everyType('denied'), security_storage: 'granted' };

/** Removes the data layer and the `gtag` stub, so the next connection starts on a fresh page. */
export function clearDataLayer(): void {
  delete win.dataLayer;
  delete win.gtag;
}
