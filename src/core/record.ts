/**
 * The record transitions: every way a consent record changes, as pure functions of the
 * configuration, the record held and the clock. The browser store and the server helper both call
 * these, so a decision gives the same record wherever it is made.
 */
import { newId } from './id.js';
import { decisionCounts } from './state.js';
import type { ConsentRecord, ConsentSource, ResolvedConsentConfig } from './types.js';

/** Choices per category id. */
export type Choices = Record<string, boolean>;

/** The ids of the categories a visitor can choose (every configured one but the required). */
export const optionalCategoryIds = (config: ResolvedConsentConfig): string[] =>
  config.categories.filter((category) => category.required !== true).map(({ id }) => id);

/** Every optional category set to `granted`: the patch of "Accept all" and "Reject all". */
export const everyOptionalCategory = (config: ResolvedConsentConfig, granted: boolean): Choices =>
  Object.fromEntries(optionalCategoryIds(config).map((id) => [id, granted]));

/**
 * `record` as it counts at `now`: a decision that expired or that a material policy change in
 * force invalidated is dropped (`decidedAt` 0, no choices); the id and the acknowledgement stay.
 */
export function expire(
  config: ResolvedConsentConfig,
  record: ConsentRecord | null,
  now: number,
): ConsentRecord | null {
  if (!record || record.decidedAt === 0 || decisionCounts(config, record, now)) return record;
  return { ...record, decidedAt: 0, choices: {} };
}

/**
 * The record of a decision: the choices that still count (else the regime's defaults: granted in
 * the opt-out regime, denied in the opt-in one) overridden by `patch`. Ids in `patch` that are not
 * optional categories are left out.
 */
export function decide(
  config: ResolvedConsentConfig,
  previous: ConsentRecord | null,
  patch: Choices,
  now: number,
  source: ConsentSource,
): ConsentRecord {
  const current = expire(config, previous, now);
  const optional = optionalCategoryIds(config);
  const chosen = Object.entries(patch).filter(([id]) => optional.includes(id));
  const choices: Choices = {
    ...everyOptionalCategory(config, config.regime === 'opt-out'),
    ...current?.choices,
    ...Object.fromEntries(chosen.map(([id, granted]) => [id, granted === true])),
  };
  return {
    id: previous?.id || newId(),
    decidedAt: now,
    updatedAt: now,
    choices,
    policyVersion: config.policy.version,
    acknowledgedPolicy: previous?.acknowledgedPolicy,
    source,
  };
}

/**
 * Whether `next` (a decision) repeats the decision in force in `previous`: same choices under the
 * same policy version. A store writes and announces nothing then.
 */
export function repeatsDecision(
  config: ResolvedConsentConfig,
  previous: ConsentRecord | null,
  next: ConsentRecord,
  now: number,
): boolean {
  if (
    previous === null ||
    !decisionCounts(config, previous, now) ||
    previous.policyVersion !== next.policyVersion
  )
    return false;
  const ids = Object.keys(previous.choices);
  return (
    ids.length === Object.keys(next.choices).length &&
    ids.every((id) => previous.choices[id] === next.choices[id])
  );
}

/**
 * The record after the visitor acknowledged policy `version` in the banner, or `undefined` when
 * already acknowledged. Without an earlier record this holds an acknowledgement only (`decidedAt`
 * 0): the visitor stays undecided.
 */
export function acknowledge(
  previous: ConsentRecord | null,
  version: string,
  now: number,
  source: ConsentSource,
): ConsentRecord | undefined {
  if (previous?.acknowledgedPolicy === version) return undefined;
  return {
    ...(previous ?? { id: newId(), decidedAt: 0, choices: {} }),
    updatedAt: now,
    acknowledgedPolicy: version,
    source,
  };
}

/** The record after a reset: none (the decision and the acknowledgement are forgotten). */
export const reset = (): null => null;
