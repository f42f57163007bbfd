import type { Page } from '@playwright/test';
import type { AuditCategories } from '../audit/classify.js';

/** CSS selectors (Playwright's CSS pierces open shadow roots) for the consent controls a visitor uses. */
export interface ConsentSelectors {
  /** The first layer's Accept button. */
  accept: string;
  /** The Reject button. */
  reject: string;
  /** What opens the second layer (Customize, Settings, More options). */
  moreOptions: string;
  /** The per-category choices (checkboxes or `role="switch"` controls) of the second layer. */
  choices: string;
  /** The control that withdraws consent to `category` after it was given. */
  withdraw(category: string): string;
}

/** Options every helper takes. */
export interface ConsentCheckOptions {
  /** The page to open. Default: the page's current URL. */
  url?: string;
  /** Where the consent controls are; defaults fit consent-elements' `<consent-cookie-notice>`. */
  selectors?: Partial<ConsentSelectors>;
  /**
   * The site's own classification, per category id (`{"analytics": {"cookies": ["_pk_*"], "hosts":
   * ["stats.example.com"]}}`), added to the consent config's `cookies` patterns (when the page runs
   * consent-elements) and to the built-in table of well-known trackers.
   */
  categories?: AuditCategories;
  /** Strictly necessary categories: never tracking. Default: `required` categories of the page's consent config, and `necessary`. */
  necessary?: string[];
  /** ms to wait for a control to appear. Default 10 000. */
  timeout?: number;
}

/** The withdrawal step of `expectWithdrawalWorks`: a selector, or the steps themselves. */
export type WithdrawStep = string | ((page: Page, category: string) => Promise<void>);

export interface WithdrawalOptions extends ConsentCheckOptions {
  /** How the visitor withdraws. Default: clicks `selectors.withdraw(category)`. */
  withdraw?: WithdrawStep;
}

export interface ChoiceOptions extends ConsentCheckOptions {
  /** The choice to make and expect remembered. Default `reject` (a refusal must last as long as a consent). */
  choice?: 'accept' | 'reject';
}

/** Controls of consent-elements' notice and opt-out toggle. */
export const DEFAULT_SELECTORS: ConsentSelectors = {
  accept: 'consent-cookie-notice [part~="accept"]',
  reject: 'consent-cookie-notice [part~="reject"]',
  moreOptions: 'consent-cookie-notice [part~="customize"]',
  choices: 'consent-cookie-notice [part~="switch"]',
  withdraw: (category) => `consent-opt-out-toggle[category="${category}"] [part~="switch"]`,
};

export function selectorsOf(options: ConsentCheckOptions): ConsentSelectors {
  return { ...DEFAULT_SELECTORS, ...options.selectors };
}

export const DEFAULT_TIMEOUT = 10_000;
