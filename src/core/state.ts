/**
 * The consent rules as pure functions: configuration + stored record + clock + GPC → state.
 *
 * - A decision counts while it is younger than `cookie.maxAgeDays` and, for a `material` policy
 *   change in force, was made under the current policy version. Otherwise: undecided, `needsNotice`.
 *   This holds whether or not the visitor acknowledged the change in the banner: "Got it" tells that
 *   they read the announcement, not that they consent to new purposes.
 * - Grants: required categories always; else GPC (when respected) denies; else the recorded choice;
 *   else the regime default (opt-in: denied, opt-out: granted). GPC wins over a recorded grant.
 * - Policy banner: only for a returning visitor (a record exists) who neither acknowledged nor
 *   consented under the configured version, from the local start of `effectiveDate - noticeDays`
 *   (at once without `effectiveDate`). Dates are calendar days in the visitor's time zone.
 */
import { dayStart } from './dates.js';
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
  // No prototype: a category id like `constructor` reads as what it is, not an inherited member.
  const categories: Record<string, boolean> = Object.create(null);
  for (const { id, required } of config.categories) {
    const choices = decided ? record?.choices : undefined;
    let granted =
      choices !== undefined && Object.hasOwn(choices, id)
        ? choices[id] === true
        : regime === 'opt-out';
    if (!required && granted && gpcDenies) {
      granted = false;
      gpcApplied = true;
    }
    categories[id] = required === true || granted;
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
    record,
    regime,
    gpc,
    gpcApplied,
    needsNotice: !decided,
    policyNotice,
    storage,
  });
}
