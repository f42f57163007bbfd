import { followConsent, type Disposer, type IntegrationOptions } from './shared.js';

/** The part of a Mixpanel instance (`mixpanel-browser`) the adapter uses. */
export interface MixpanelLike {
  opt_in_tracking(options?: object): void;
  opt_out_tracking(options?: object): void;
  has_opted_in_tracking?(): boolean;
  has_opted_out_tracking?(): boolean;
}

export interface MixpanelAdapterOptions extends IntegrationOptions {
  /** The consent category that governs Mixpanel. Default `analytics`. */
  category?: string;
}

/**
 * Keeps Mixpanel's opt-in state in step with consent to `category` (default `analytics`):
 * `opt_in_tracking()` while it is granted, `opt_out_tracking()` while it is not. Applied at once,
 * then on every change; a call is skipped when Mixpanel already is in that state.
 *
 * Initialise Mixpanel with `opt_out_tracking_by_default: true` so that nothing is sent before this runs.
 * No runtime import of `mixpanel-browser`: pass your instance.
 *
 * @example connectMixpanel(mixpanel, { category: 'analytics' });
 * @returns a disposer that stops following consent (Mixpanel keeps its last state).
 */
export function connectMixpanel(
  mixpanel: MixpanelLike,
  options: MixpanelAdapterOptions = {},
): Disposer {
  const { category = 'analytics', ...rest } = options;
  return followConsent(
    category,
    (granted) => {
      if (granted) {
        if (mixpanel.has_opted_in_tracking?.() !== true) mixpanel.opt_in_tracking();
      } else if (mixpanel.has_opted_out_tracking?.() !== true) {
        mixpanel.opt_out_tracking();
      }
    },
    rest,
  );
}
