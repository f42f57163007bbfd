/**
 * The record transitions: every way a consent record changes, as pure functions of the
 * configuration, the record held and the clock. The browser store and the server helper both call
 * these, so a decision gives the same record wherever it is made.
 */
import { newId } from './id.js';
import { categoryOfService, findService } from './services.js';
import { decisionCounts } from './state.js';
import type { ConsentRecord, ConsentSource, ResolvedConsentConfig } from './types.js';

/** Choices per category id and per service id (`<category>.<service>`). */
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
  const expired: ConsentRecord = { ...record, decidedAt: 0, choices: {} };
  delete expired.services;
  return expired;
}

/** Whether `id` is a service of an optional category (one the visitor can choose). */
const isOptionalService = (config: ResolvedConsentConfig, id: string): boolean => {
  const found = findService(config, id);
  return found !== undefined && found.category.required !== true;
};

/**
 * The service choices of a decision: the ones held, minus those of the categories chosen now (a
 * category's choice covers all of its services), plus the service choices chosen now; kept only
 * where a service differs from its category's choice, so one decision has one record.
 */
function serviceChoices(
  held: Choices | undefined,
  categoryChoices: Choices,
  chosenCategories: Choices,
  chosenServices: Choices,
): Choices {
  const services: Choices = {};
  for (const [id, granted] of Object.entries(held ?? {}))
    if (!Object.hasOwn(chosenCategories, categoryOfService(id))) services[id] = granted;
  Object.assign(services, chosenServices);
  return Object.fromEntries(
    Object.entries(services).filter(
      ([id, granted]) => categoryChoices[categoryOfService(id)] !== granted,
    ),
  );
}

/**
 * The record of a decision: the choices that still count (else the regime's defaults: granted in
 * the opt-out regime, denied in the opt-in one) overridden by `patch`. A category in `patch` sets
 * all of its services (their own choices are dropped); a service in `patch` then sets that service
 * alone. Ids in `patch` that are neither optional categories nor their services are left out.
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
  const chosen = (keep: (id: string) => boolean): Choices =>
    Object.fromEntries(
      Object.entries(patch)
        .filter(([id]) => keep(id))
        .map(([id, granted]) => [id, granted === true]),
    );
  const chosenCategories = chosen((id) => optional.includes(id));
  const chosenServices = chosen((id) => isOptionalService(config, id));
  const choices: Choices = {
    ...everyOptionalCategory(config, config.regime === 'opt-out'),
    ...current?.choices,
    ...chosenCategories,
  };
  const services = serviceChoices(current?.services, choices, chosenCategories, chosenServices);
  return {
    id: previous?.id || newId(),
    decidedAt: now,
    updatedAt: now,
    choices,
    ...(Object.keys(services).length > 0 ? { services } : {}),
    policyVersion: config.policy.version,
    acknowledgedPolicy: previous?.acknowledgedPolicy,
    source,
  };
}

/** Whether two choice maps hold the same ids with the same grants. */
function sameChoices(a: Choices, b: Choices): boolean {
  const ids = Object.keys(a);
  return ids.length === Object.keys(b).length && ids.every((id) => a[id] === b[id]);
}

/**
 * Whether `next` (a decision) repeats the decision in force in `previous`: same category and
 * service choices under the same policy version. A store writes and announces nothing then.
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
  return (
    sameChoices(previous.choices, next.choices) &&
    sameChoices(previous.services ?? {}, next.services ?? {})
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
