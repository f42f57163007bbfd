// The toggle's and the banner's classes as `consent-elements` exports them do not import their
// views: the entry that registers the tag hands each over (npm `define`: the module; CDN entry: a
// loader of its chunk). A page that registers the classes by themselves, without either, must hear
// why the elements stay empty. This file imports no define module (each browser test file runs in
// a page of its own).
import { describe, expect, it } from 'vitest';
import { ConsentOptOutToggle, ConsentPolicyBanner } from '../src/index.js';
import * as toggleView from '../src/components/opt-out-toggle/opt-out-toggle-view.js';
import { optOutToggleView } from '../src/components/opt-out-toggle/view-source.js';
import * as bannerView from '../src/components/policy-banner/policy-banner-view.js';
import { policyBannerView } from '../src/components/policy-banner/view-source.js';
import { viewAtHand } from '../src/components/shared/view-source.js';
import {
  isoInDays,
  part,
  recordConsentErrors,
  resetConsent,
  returningVisitor,
} from './consent-test-helpers.js';

customElements.define('consent-opt-out-toggle', ConsentOptOutToggle);
customElements.define('consent-policy-banner', ConsentPolicyBanner);

const recorded = recordConsentErrors();
const { errors } = recorded;

async function add<Tag extends 'consent-opt-out-toggle' | 'consent-policy-banner'>(
  tag: Tag,
  set: (element: HTMLElementTagNameMap[Tag]) => void = () => {},
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = document.createElement(tag);
  set(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** The one report of a missing view: its message, checked against the one warning. */
function missingViewReport(): string {
  expect(errors.map((event) => event.detail.code)).toEqual(['module-unavailable']);
  const { message } = errors[0].detail;
  expect(message).toContain("import 'consent-elements/define'");
  expect(recorded.warn).toHaveBeenCalledOnce();
  expect(String(recorded.warn.mock.calls[0][0])).toBe(`[consent-elements] ${message}`);
  return message;
}

describe('<consent-opt-out-toggle> registered without its view', () => {
  it('draws nothing and says so once, naming what to import; handed the view later, it draws', async () => {
    resetConsent({ regime: 'opt-out' });
    const first = await add('consent-opt-out-toggle', (toggle) => (toggle.category = 'analytics'));
    const second = await add('consent-opt-out-toggle', (toggle) => (toggle.category = 'marketing'));
    // Updates after the first do not repeat the report.
    first.allow = true;
    await first.updateComplete;

    for (const toggle of [first, second]) expect(part(toggle, 'switch')).toBeNull();
    expect(first.shadowRoot?.childElementCount).toBe(0);
    expect(missingViewReport()).toContain('<consent-opt-out-toggle> view is missing');

    // The view handed over afterwards (a define module imported later): the next update draws.
    optOutToggleView.use(viewAtHand(toggleView));
    first.requestUpdate();
    await first.updateComplete;
    expect(part(first, 'switch')?.getAttribute('role')).toBe('switch');
    expect(part(first, 'label')?.textContent).toContain('Allow analytics cookies');
    expect(errors).toHaveLength(1);
  });
});

describe('<consent-policy-banner> registered without its view', () => {
  it('says nothing while it has nothing to announce: a first visit misses no view', async () => {
    resetConsent({ policy: { version: '2', effectiveDate: isoInDays(10) } });
    const banner = await add('consent-policy-banner');
    expect(banner.notice).toBeNull();
    expect(banner.shadowRoot?.childElementCount).toBe(0);
    expect(errors).toEqual([]);
    expect(recorded.warn).not.toHaveBeenCalled();
  });

  it('draws nothing during a policy notice and says so once; handed the view later, it draws', async () => {
    returningVisitor({ version: '2', effectiveDate: isoInDays(10) });
    const first = await add('consent-policy-banner');
    const second = await add('consent-policy-banner', (banner) => (banner.position = 'inline'));
    first.requestUpdate();
    await first.updateComplete;

    expect(first.notice).not.toBeNull();
    for (const banner of [first, second]) expect(banner.shadowRoot?.childElementCount).toBe(0);
    expect(missingViewReport()).toContain('<consent-policy-banner> view is missing');

    policyBannerView.use(viewAtHand(bannerView));
    first.requestUpdate();
    await first.updateComplete;
    expect(part(first, 'acknowledge')?.textContent?.trim()).toBe('Got it');
    expect(errors).toHaveLength(1);
  });
});
