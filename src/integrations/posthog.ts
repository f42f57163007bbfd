import { followOptIn, type AdapterOptions, type Disposer } from './shared.js';

/** The part of a PostHog instance (`posthog-js`) the adapter uses. */
export interface PostHogLike {
  opt_in_capturing(options?: object): void;
  opt_out_capturing(): void;
  has_opted_in_capturing?(): boolean;
  has_opted_out_capturing?(): boolean;
}

/** Options of `connectPostHog`: the governing `category` (default `analytics`) and `store`. */
export type PostHogAdapterOptions = AdapterOptions;

/**
 * Keeps PostHog's capturing state in step with consent to `category` (default `analytics`):
 * `opt_in_capturing()` while it is granted, `opt_out_capturing()` while it is not. Applied at once,
 * then on every change; a call is skipped when PostHog already is in that state.
 *
 * Connect in PostHog's `loaded` callback, which runs before its first pageview (or initialise it with
 * `opt_out_capturing_by_default: true`), so that nothing is captured before this runs. No runtime
 * import of `posthog-js`: pass your instance.
 *
 * @example connectPostHog(posthog);
 * @returns a disposer that stops following consent (PostHog keeps its last state).
 */
export function connectPostHog(
  posthog: PostHogLike,
  options: PostHogAdapterOptions = {},
): Disposer {
  return followOptIn(
    {
      optIn: () => posthog.opt_in_capturing(),
      optOut: () => posthog.opt_out_capturing(),
      optedIn: () => posthog.has_opted_in_capturing?.(),
      optedOut: () => posthog.has_opted_out_capturing?.(),
    },
    options,
  );
}
