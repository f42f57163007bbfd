/**
 * Every story starts from a known consent state. The `withConsent` decorator (registered in
 * `.storybook/preview.ts`) runs before each render of each story:
 *
 * 1. disposes the page's store and forgets it (`resetConsentStoreForTests`, the store's test seam);
 * 2. expires the consent cookie (the default name and the one the story configures);
 * 3. sets or removes the Global Privacy Control signal (`navigator.globalPrivacyControl`);
 * 4. writes the story's stored decision (`parameters.consent.record`) as a real consent cookie;
 * 5. calls `configureConsent(parameters.consent.config)` before any element connects.
 *
 * The story is then rendered under a fresh `keyed` wrapper, so its elements are new ones that
 * connect to the new store, even when only the args changed. Nothing leaks into the next story.
 */
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Decorator } from '@storybook/web-components-vite';
import {
  configureConsent,
  getConsentStore,
  serializeConsentCookie,
  type ConsentConfig,
  type ConsentRecord,
  type ConsentStore,
} from '../../src/store/index.js';
import { resetConsentStoreForTests } from '../../src/store/reset-for-tests.js';

/** `parameters.consent` of a story. */
export interface ConsentParameters {
  /** Passed to `configureConsent` on a fresh store. Default `{}` (every default). */
  config?: ConsentConfig;
  /** A decision already stored in the cookie (a returning visitor); `null`/absent: first visit. */
  record?: ConsentRecord | null;
  /** The browser sends Global Privacy Control. Default false. */
  gpc?: boolean;
}

/** A story's `parameters` holding `parameters.consent`. */
export const consent = (p: ConsentParameters) => ({ consent: p });

const cookieNames = new Set(['consent']);

function expireCookie(name: string): void {
  document.cookie = `${name}=; Max-Age=0; Path=/`;
}

function setGpc(on: boolean): void {
  if (on) {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  } else if (Object.hasOwn(navigator, 'globalPrivacyControl')) {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  }
}

/** Resets the page's consent store, cookie and GPC signal, then applies `parameters`. */
export function resetConsent(parameters: ConsentParameters = {}): ConsentStore {
  const config = parameters.config ?? {};
  const name = config.cookie?.name ?? 'consent';
  cookieNames.add(name);
  resetConsentStoreForTests();
  for (const n of cookieNames) expireCookie(n);
  setGpc(!!parameters.gpc);
  if (parameters.record) {
    document.cookie = `${name}=${serializeConsentCookie(parameters.record)}; Path=/; SameSite=Lax`;
  }
  configureConsent(config);
  return getConsentStore();
}

let generation = 0;

/** The decorator: a fresh store per story render (see the module comment). */
export const withConsent: Decorator = (story, context) => {
  resetConsent(context.parameters.consent as ConsentParameters | undefined);
  return html`${keyed(++generation, story())}`;
};

/** A decision stored `daysAgo` days ago under policy `policyVersion`. */
export function decided(
  choices: Record<string, boolean>,
  { policyVersion, daysAgo = 1 }: { policyVersion?: string; daysAgo?: number } = {},
): ConsentRecord {
  const at = Date.now() - daysAgo * 86_400_000;
  return {
    id: 'storybook0001',
    decidedAt: at,
    updatedAt: at,
    choices,
    policyVersion,
    source: 'notice',
  };
}

/**
 * A returning visitor who only ever acknowledged the previous policy: undecided (the notice asks)
 * and a policy change announced (the banner shows). What the theming stories show all three with.
 */
export const RETURNING_BEFORE_POLICY_CHANGE: ConsentParameters = {
  config: {
    policy: { version: '2026-12', url: 'https://example.com/privacy' },
    support: { email: 'privacy@example.com' },
  },
  record: {
    id: 'storybook0002',
    decidedAt: 0,
    updatedAt: Date.now() - 86_400_000,
    choices: {},
    acknowledgedPolicy: '2026-06',
    source: 'banner',
  },
};

/** The default optional categories, all granted or all denied. */
export const allChoices = (on: boolean): Record<string, boolean> => ({
  preferences: on,
  analytics: on,
  marketing: on,
});

/** ISO date (YYYY-MM-DD) `days` from local today: policy dates relative to the day the story runs. */
export function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The page's store (for play functions). */
export const store = (): ConsentStore => getConsentStore();
