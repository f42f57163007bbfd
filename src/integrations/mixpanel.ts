import { followOptIn, type AdapterOptions, type Disposer } from './shared.js';

/** The part of a Mixpanel instance (`mixpanel-browser`) the adapter uses. */
export interface MixpanelLike {
  opt_in_tracking(options?: object): void;
  opt_out_tracking(options?: object): void;
  has_opted_in_tracking?(): boolean;
  has_opted_out_tracking?(): boolean;
}

/** Options of `connectMixpanel`: the governing `category` (default `analytics`) and `store`. */
export type MixpanelAdapterOptions = AdapterOptions;

/**
 * Keeps Mixpanel's opt-in state in step with consent to `category` (default `analytics`):
 * `opt_in_tracking()` while it is granted, `opt_out_tracking()` while it is not. Applied at once,
 * then on every change; a call is skipped when Mixpanel already is in that state.
 *
 * Connect in Mixpanel's `loaded` callback (or initialise it with `opt_out_tracking_by_default: true`)
 * so that nothing is sent before this runs. No runtime import of `mixpanel-browser`: pass your instance.
 *
 * @example connectMixpanel(mixpanel, { category: 'analytics' });
 * @returns a disposer that stops following consent (Mixpanel keeps its last state).
 */
export function connectMixpanel(
  mixpanel: MixpanelLike,
  options: MixpanelAdapterOptions = {},
): Disposer {
  return followOptIn(
    {
      optIn: () => mixpanel.opt_in_tracking(),
      optOut: () => mixpanel.opt_out_tracking(),
      optedIn: () => mixpanel.has_opted_in_tracking?.(),
      optedOut: () => mixpanel.has_opted_out_tracking?.(),
    },
    options,
  );
}
