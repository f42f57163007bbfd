/**
 * The checks a site owner runs in their own Playwright suite. Each opens the page as a first-time
 * visitor (cookies cleared), acts as a visitor would through the selectors in its options (defaults
 * fit consent-elements), and throws a `ConsentCheckError` naming each cookie, storage key or request,
 * when it happened and under which consent.
 */
import type { Locator, Page } from '@playwright/test';
import { ConsentCheckError } from './consent-check-error.js';
import {
  DEFAULT_TIMEOUT,
  selectorsOf,
  type ChoiceOptions,
  type ConsentCheckOptions,
  type ConsentSelectors,
  type WithdrawalOptions,
} from './options.js';
import { contrastOf, type ControlLook } from './contrast.js';
import { Visit, type Phase } from './visit.js';

const FIRST_LOAD: Phase = { when: 'during the first page load', consent: 'no choice made yet' };

const GATE_FIX =
  'load each tag only once its category is granted, e.g. <script type="text/plain" data-consent-category="analytics" data-src="…">.';

/**
 * A first visit stores nothing and requests nothing of a category that is not strictly necessary,
 * before the visitor chooses. For opt-in sites (the EU rule); for opt-out sites see
 * `expectGpcHonoured`.
 */
export async function expectNoTrackingBeforeConsent(
  page: Page,
  options: ConsentCheckOptions = {},
): Promise<void> {
  const visit = await Visit.start(page, options, FIRST_LOAD);
  try {
    const findings = await visit.tracking();
    if (findings.length > 0) {
      throw new ConsentCheckError(
        `Tracking before consent on ${page.url()}: ${count(findings)} before the visitor chose.`,
        findings,
        GATE_FIX,
      );
    }
  } finally {
    visit.end();
  }
}

/**
 * Reject is as easy as Accept: visible on the same first layer without a click, and comparable in
 * size (each side at least 75 % of Accept's) and in text contrast (at least 4.5:1, or as much as
 * Accept's when Accept's is lower).
 */
export async function expectRejectAsEasyAsAccept(
  page: Page,
  options: ConsentCheckOptions = {},
): Promise<void> {
  const { selectors, timeout } = await openBanner(page, options, {
    control: ({ accept }) => page.locator(accept).first(),
    layer: 'first',
    missing: ({ accept }, timeout) =>
      `No Accept button (${accept}) became visible on ${page.url()} within ${timeout} ms.`,
  });
  const accept = page.locator(selectors.accept).first();
  const reject = page.locator(selectors.reject).first();
  if (!(await reject.isVisible())) {
    const more = page.locator(selectors.moreOptions).first();
    const opened = (await more.isVisible()) && (await more.click().then(() => true));
    const inSecondLayer =
      opened &&
      (await reject.waitFor({ state: 'visible', timeout }).then(
        () => true,
        () => false,
      ));
    throw new ConsentCheckError(
      inSecondLayer
        ? `Reject is not on the first layer of ${page.url()}: Accept takes 1 click, Reject takes 2 ` +
            `("${await label(more)}", then "${await label(reject)}").`
        : `No Reject button (${selectors.reject}) is visible on ${page.url()} beside Accept.`,
      [],
      'put a Reject button beside Accept on the first layer, with the same weight.',
    );
  }
  const [acceptLook, rejectLook] = await Promise.all([look(accept), look(reject)]);
  const problems: string[] = [];
  const tooSmall = (side: 'width' | 'height') => rejectLook.box[side] < 0.75 * acceptLook.box[side];
  if (tooSmall('width') || tooSmall('height')) {
    problems.push(
      `Reject is ${size(rejectLook)} but Accept is ${size(acceptLook)}: make Reject at least 75 % of Accept's width and height.`,
    );
  }
  const wanted = Math.min(4.5, acceptLook.contrast ?? 4.5);
  if (rejectLook.contrast !== undefined && rejectLook.contrast < wanted) {
    problems.push(
      `Reject's text contrast is ${rejectLook.contrast.toFixed(2)}:1 but Accept's is ` +
        `${acceptLook.contrast?.toFixed(2) ?? 'unknown'}:1: give Reject at least ${wanted.toFixed(1)}:1.`,
    );
  }
  if (problems.length > 0) {
    throw new ConsentCheckError(
      `Reject is harder to see than Accept on ${page.url()}:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

/**
 * No choice is made for the visitor: on the second layer (opened through `selectors.moreOptions`
 * when the choices are not on the first), every enabled category choice is off. For opt-in sites;
 * a disabled (strictly necessary) one may be on.
 */
export async function expectNoPreTickedChoices(
  page: Page,
  options: ConsentCheckOptions = {},
): Promise<void> {
  const { selectors } = await openBanner(page, options, {
    control: ({ choices }) => page.locator(choices).first(),
    layer: 'second',
    missing: ({ choices, moreOptions }) =>
      `No category choices (${choices}) became visible on ${page.url()}, on the first layer or after ${moreOptions}.`,
  });
  const choices = page.locator(selectors.choices);
  const ticked: string[] = [];
  for (const choice of await choices.all()) {
    const state = await choice.evaluate((el) => ({
      on:
        (el instanceof HTMLInputElement && el.checked) ||
        el.getAttribute('aria-checked') === 'true',
      disabled: el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true',
      label: (
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.getAttribute('aria-label') ??
        el.textContent ??
        ''
      )
        .trim()
        .replace(/\s+/g, ' '),
    }));
    if (state.on && !state.disabled) ticked.push(`"${state.label}" is on before the visitor chose`);
  }
  if (ticked.length > 0) {
    throw new ConsentCheckError(
      `Choices are pre-ticked on ${page.url()}:\n  - ${ticked.join('\n  - ')}`,
      [],
      'leave every category that is not strictly necessary off until the visitor turns it on.',
    );
  }
}

/**
 * A choice lasts: after Reject (or Accept, `options.choice`) and a reload, the notice does not ask
 * again, and after Reject nothing of a non-necessary category is stored or requested.
 */
export async function expectChoiceRemembered(
  page: Page,
  options: ChoiceOptions = {},
): Promise<void> {
  const selectors = selectorsOf(options);
  const choice = options.choice ?? 'reject';
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const visit = await Visit.start(page, options, FIRST_LOAD);
  try {
    const button = page.locator(choice === 'reject' ? selectors.reject : selectors.accept).first();
    if (choice === 'reject') await openLayerWith(page, button, selectors.moreOptions);
    await button.click({ timeout });
    await visit.settle();
    const accept = page.locator(selectors.accept).first();
    const chosen = choice === 'reject' ? 'Reject' : 'Accept';
    const mark = visit.enter({
      when: `after ${chosen} and a reload`,
      consent: choice === 'reject' ? 'rejected' : 'accepted',
    });
    await visit.reload();
    if (await accept.isVisible()) {
      throw new ConsentCheckError(
        `The choice was not remembered on ${page.url()}: after ${chosen} and a reload, the ` +
          `consent notice asks again (${selectors.accept} is visible).`,
        [],
        'store the choice (a first-party cookie) and show the notice only while none is stored.',
      );
    }
    if (choice === 'reject') {
      const findings = await visit.tracking(mark);
      if (findings.length > 0) {
        throw new ConsentCheckError(
          `The refusal was not honoured on ${page.url()}: ${count(findings)} after Reject and a reload.`,
          findings,
          GATE_FIX,
        );
      }
    }
  } finally {
    visit.end();
  }
}

/**
 * Withdrawing consent works: after Accept, then withdrawing `category` (by default through
 * consent-elements' opt-out toggle for it), the category's cookies and storage keys are gone and,
 * on the next page load, nothing of it is requested or stored again.
 */
export async function expectWithdrawalWorks(
  page: Page,
  category: string,
  options: WithdrawalOptions = {},
): Promise<void> {
  const selectors = selectorsOf(options);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const visit = await Visit.start(page, options, FIRST_LOAD);
  try {
    await page.locator(selectors.accept).first().click({ timeout });
    visit.enter({ when: 'after Accept', consent: 'accepted' });
    await visit.settle();
    const withdrawn = `${category} withdrawn`;
    visit.enter({ when: `after ${category} was withdrawn`, consent: withdrawn });
    const withdraw = options.withdraw ?? selectors.withdraw(category);
    if (typeof withdraw === 'string') await page.locator(withdraw).first().click({ timeout });
    else await withdraw(page, category);
    await visit.settle();
    const left = await visit.stored(category);
    const mark = visit.enter({
      when: `on the next page load after ${category} was withdrawn`,
      consent: withdrawn,
    });
    await visit.reload();
    const findings = [...left, ...visit.requested(mark, category)];
    if (findings.length > 0) {
      throw new ConsentCheckError(
        `Withdrawing ${category} did not stop it on ${page.url()}: ${count(findings)}.`,
        findings,
        `on withdrawal, expire the ${category} cookies (list them in the category's "cookies" in the consent config) and load its tags only while it is granted.`,
      );
    }
  } finally {
    visit.end();
  }
}

/**
 * A browser sending Global Privacy Control (`Sec-GPC: 1`, `navigator.globalPrivacyControl`) gets
 * no tracking on a first visit, whatever the regime: GPC counts as an opt-out of sale and sharing.
 * Runs in a new page of the same browser context, so `page` keeps its own settings.
 */
export async function expectGpcHonoured(
  page: Page,
  options: ConsentCheckOptions = {},
): Promise<void> {
  const url = options.url ?? page.url();
  const gpcPage = await page.context().newPage();
  try {
    await gpcPage.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
    await gpcPage.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true,
        configurable: true,
      });
    });
    const visit = await Visit.start(
      gpcPage,
      { ...options, url },
      {
        when: 'during the first page load',
        consent: 'no choice made, Global Privacy Control on',
      },
    );
    visit.end();
    const findings = await visit.tracking();
    if (findings.length > 0) {
      throw new ConsentCheckError(
        `Global Privacy Control was ignored on ${url}: ${count(findings)} with GPC on.`,
        findings,
        'treat navigator.globalPrivacyControl (Sec-GPC: 1) as an opt-out of every non-necessary category (consent-elements: respectGpc, on by default).',
      );
    }
  } finally {
    await gpcPage.close();
  }
}

/** What a check of the banner alone waits for: a control, where it is, and what to say if it never shows. */
interface BannerControl {
  control(selectors: ConsentSelectors): Locator;
  /** `second`: opened through `selectors.moreOptions` when it is not on the first layer. */
  layer: 'first' | 'second';
  missing(selectors: ConsentSelectors, timeout: number): string;
}

/**
 * Opens the page as a first-time visitor for a check of the banner alone (no requests recorded),
 * and waits until the control is visible, else fails.
 */
async function openBanner(
  page: Page,
  options: ConsentCheckOptions,
  { control, layer, missing }: BannerControl,
): Promise<{ selectors: ConsentSelectors; timeout: number }> {
  const selectors = selectorsOf(options);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const visit = await Visit.start(page, options, FIRST_LOAD);
  visit.end();
  const shown = control(selectors);
  if (layer === 'second') await openLayerWith(page, shown, selectors.moreOptions);
  await shown.waitFor({ state: 'visible', timeout }).catch(() => {
    throw new ConsentCheckError(
      missing(selectors, timeout),
      [],
      'pass the selectors of your banner.',
    );
  });
  return { selectors, timeout };
}

function count(findings: readonly unknown[]): string {
  return `${findings.length} tracking ${findings.length === 1 ? 'item' : 'items'}`;
}

/** Opens the second layer when `control` is not visible on the first. */
async function openLayerWith(page: Page, control: Locator, moreOptions: string): Promise<void> {
  if (await control.isVisible()) return;
  const more = page.locator(moreOptions).first();
  if (await more.isVisible()) await more.click();
}

async function label(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim().replace(/\s+/g, ' ');
}

async function look(locator: Locator): Promise<ControlLook> {
  const box = (await locator.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
  const contrast = await locator.evaluate(contrastOf);
  return { box, contrast: contrast ?? undefined };
}

function size({ box }: ControlLook): string {
  return `${Math.round(box.width)}×${Math.round(box.height)} px`;
}
