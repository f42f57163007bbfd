/**
 * The consent rules as one pure function: configuration + stored record + clock + GPC → state.
 *
 * - A decision counts while it is younger than `cookie.maxAgeDays` and, for a `material` policy
 *   change in force, was made under the current policy version. Otherwise: undecided, `needsNotice`.
 * - Grants: required categories always; else GPC (when respected) denies; else the recorded choice;
 *   else the regime default (opt-in: denied, opt-out: granted). GPC wins over a recorded grant.
 * - Policy banner: only for a returning visitor (a record exists) who neither acknowledged nor
 *   consented under the configured version, from the local start of `effectiveDate - noticeDays`
 *   (at once without `effectiveDate`). Dates are calendar days in the visitor's time zone.
 */
import type { ConsentRecord, ConsentState, ResolvedConsentConfig } from './types.js';

/** Local midnight starting the calendar day `iso` (YYYY-MM-DD) shifted by `shift` days. */
const dayStart = (iso: string, shift = 0): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + shift).getTime();
};

/** The effective consent state. */
export function deriveState(
  config: ResolvedConsentConfig,
  record: ConsentRecord | null,
  now: number,
  gpc: boolean,
  storage: ConsentState['storage'] = 'cookie',
): ConsentState {
  const { policy, regime } = config;
  const { version, effectiveDate: eff } = policy;
  const inForce = !eff || now >= dayStart(eff);
  const decided =
    !!record &&
    record.decidedAt > 0 &&
    now < record.decidedAt + config.cookie.maxAgeDays * 864e5 &&
    !(policy.material && version && inForce && record.policyVersion != version);
  const gpcOn = gpc && config.respectGpc;
  let gpcApplied = false;
  // No prototype: a category id like `constructor` reads as what it is, not an inherited member.
  const categories: Record<string, boolean> = Object.create(null);
  for (const { id, required } of config.categories) {
    let on =
      decided && Object.hasOwn(record.choices, id) ? record.choices[id] : regime == 'opt-out';
    if (!required && on && gpcOn) {
      on = false;
      gpcApplied = true;
    }
    categories[id] = !!(required || on);
  }
  const policyNotice =
    version &&
    record &&
    version != record.acknowledgedPolicy &&
    version != record.policyVersion &&
    (!eff || now >= dayStart(eff, -policy.noticeDays))
      ? { version, effectiveDate: eff, inForce }
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
