/**
 * `consent-elements/testing`: Playwright checks for a site owner's own test suite (Node only; not
 * shipped to browsers). `@playwright/test` is an optional peer: only its types are imported, so the
 * helpers also take a page from plain `playwright`.
 *
 * ```ts
 * import { test } from '@playwright/test';
 * import { expectNoTrackingBeforeConsent } from 'consent-elements/testing';
 * test('no tracking before consent', ({ page }) =>
 *   expectNoTrackingBeforeConsent(page, { url: 'http://localhost:8080/' }));
 * ```
 */
export {
  expectChoiceRemembered,
  expectGpcHonoured,
  expectNoPreTickedChoices,
  expectNoTrackingBeforeConsent,
  expectRejectAsEasyAsAccept,
  expectWithdrawalWorks,
} from './expectations.js';
export { ConsentCheckError } from './consent-check-error.js';
export {
  DEFAULT_SELECTORS,
  type ChoiceOptions,
  type ConsentCheckOptions,
  type ConsentSelectors,
  type WithdrawalOptions,
  type WithdrawStep,
} from './options.js';
export type { Finding, Phase } from './visit.js';
export type { AuditCategories } from '../audit/classify.js';
