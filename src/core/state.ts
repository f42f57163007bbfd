/**
 * The consent rules as pure functions: configuration + stored record + clock + GPC → state.
 *
 * - A decision counts while it is younger than `cookie.maxAgeDays` and, for a `material` policy
 *   change in force, was made under the current policy version. Otherwise: undecided, `needsNotice`.
 *   This holds whether or not the visitor acknowledged the change in the banner: "Got it" tells that
 *   they read the announcement, not that they consent to new purposes.
 * - Grants: required categories always; else GPC (when respected) denies; else the recorded choice;
 *   else the regime default (opt-in: denied, opt-out: granted). GPC wins over a recorded grant.
 * - Services (`<category>.<service>`): the same, with the service's own recorded choice first and
 *   its category's (recorded or default) choice as the fallback. A category whose services do not
 *   all share its own grant is `mixed`. The category's own grant stays what the visitor chose for
 *   the category: it covers what the category does outside its listed services (a script gated on
 *   the category alone), so allowing one service never lets the rest of its category in.
 * - Policy banner: only for a returning visitor (a record exists) who neither acknowledged nor
 *   consented under the configured version, from the local start of `effectiveDate - noticeDays`
 *   (at once without `effectiveDate`). Dates are calendar days in the visitor's time zone.
 */
import { dayStart } from './dates.js';
import { serviceId } from './services.js';
import type { ConsentRecord, ConsentState, ResolvedConsentConfig } from './types.js';

const DAY = 86_400_000;

/** Whether the current policy version is in force at `now` (no `effectiveDate`: at once). */
function policyInForce(config: ResolvedConsentConfig, now: number): boolean {
  const { effectiveDate } = config.policy;
  return effectiveDate === undefined || now >= dayStart(effectiveDate);
}

/** When the decision in `record` stops counting by age (ms since epoch). */
export const decisionExpiresAt = (config: ResolvedConsentConfig, record: ConsentRecord): number =>
  record.decidedAt + config.cookie.maxAgeDays * DAY;

/** Whether `record` holds a decision that still counts at `now` (see the rules above). */
export function decisionCounts(
  config: ResolvedConsentConfig,
  record: ConsentRecord | null,
  now: number,
): boolean {
  if (!record || record.decidedAt <= 0 || now >= decisionExpiresAt(config, record)) return false;
  const { material, version } = config.policy;
  const invalidated =
    material === true &&
    version !== undefined &&
    policyInForce(config, now) &&
    record.policyVersion !== version;
  return !invalidated;
}

/**
 * The next moment after `now` at which the state derived for `record` changes by the clock alone
 * (the decision expires, a policy version comes into force, the banner's notice period starts), or
 * `undefined` when nothing is due.
 */
export function nextStateChange(
  config: ResolvedConsentConfig,
  record: ConsentRecord | null,
  now: number,
): number | undefined {
  if (!record) return undefined;
  const moments: number[] = [];
  if (record.decidedAt > 0) moments.push(decisionExpiresAt(config, record));
  const { effectiveDate, noticeDays } = config.policy;
  if (effectiveDate !== undefined)
    moments.push(dayStart(effectiveDate), dayStart(effectiveDate, -noticeDays));
  const future = moments.filter((moment) => moment > now);
  return future.length > 0 ? Math.min(...future) : undefined;
}

/** The effective consent state. */
export function deriveState(
  config: ResolvedConsentConfig,
  record: ConsentRecord | null,
  now: number,
  gpc: boolean,
  storage: ConsentState['storage'] = 'cookie',
): ConsentState {
  const { policy, regime } = config;
  const decided = decisionCounts(config, record, now);
  const gpcDenies = gpc && config.respectGpc;
  let gpcApplied = false;
  /** The choice recorded for `id` in `choices`, if a decision counts and holds one. */
  const recorded = (choices: Record<string, boolean> | undefined, id: string) =>
    decided && choices !== undefined && Object.hasOwn(choices, id)
      ? choices[id] === true
      : undefined;
  /** What a wanted grant comes to: required always, GPC (when respected) denies the rest. */
  const effective = (required: boolean | undefined, wanted: boolean): boolean => {
    if (required === true) return true;
    if (wanted && gpcDenies) gpcApplied = true;
    return wanted && !gpcDenies;
  };
  // No prototype: a category id like `constructor` reads as what it is, not an inherited member.
  const categories: Record<string, boolean> = Object.create(null);
  const services: Record<string, boolean> = Object.create(null);
  const mixed: string[] = [];
  for (const { id, required, services: listed = [] } of config.categories) {
    const wanted = recorded(record?.choices, id) ?? regime === 'opt-out';
    categories[id] = effective(required, wanted);
    for (const service of listed) {
      const full = serviceId(id, service.id);
      services[full] = effective(required, recorded(record?.services, full) ?? wanted);
      if (services[full] !== categories[id] && !mixed.includes(id)) mixed.push(id);
    }
  }
  const { version, effectiveDate } = policy;
  const announced =
    effectiveDate === undefined || now >= dayStart(effectiveDate, -policy.noticeDays);
  const policyNotice =
    version !== undefined &&
    record !== null &&
    version !== record.acknowledgedPolicy &&
    version !== record.policyVersion &&
    announced
      ? { version, effectiveDate, inForce: policyInForce(config, now) }
      : null;
  return Object.freeze({
    decided,
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    mixed: Object.freeze(mixed),
    record,
    regime,
    gpc,
    gpcApplied,
    needsNotice: !decided,
    policyNotice,
    storage,
  });
}

/**
 * Whether `id` is granted in `state`: a category id (`marketing`) gives the category's own grant
 * (true even when some of its services are denied, false even when some are allowed); a service id
 * (`marketing.youtube`) gives that service's grant. Unknown ids are not granted.
 */
export const isGranted = (state: ConsentState, id: string): boolean =>
  Object.hasOwn(state.categories, id) ? state.categories[id] === true : state.services[id] === true;

/** The category and service ids whose grant differs between two states, categories first. */
export function changedGrants(previous: ConsentState, next: ConsentState): string[] {
  const differing = (before: Readonly<Record<string, boolean>>, after: typeof before) =>
    Object.keys({ ...before, ...after }).filter((id) => before[id] !== after[id]);
  return [
    ...differing(previous.categories, next.categories),
    ...differing(previous.services, next.services),
  ];
}
