// Expiry on a page left open: the store re-derives its state at the moment a decision expires (one
// timer, cleared on dispose, correct beyond setTimeout's 24.8-day limit), announces it, and the
// notice shows itself again. A fake clock (timers and Date) stands in for the months.
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define.js';
import type { ConsentCookieNotice } from '../src/index.js';
import { ConsentStore, type ConsentChangeDetail } from '../src/store/index.js';
import { getConsentStore, part, resetConsent } from './consent-test-helpers.js';

const DAY = 864e5;
const MAX_AGE_DAYS = 182;
const T0 = Date.UTC(2026, 0, 15, 12);
/** The longest delay setTimeout keeps (about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Browsers fire a timer set for more than 2^31 - 1 ms at once; the fake clock would loop instead.
  const fakeSetTimeout = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    handler: TimerHandler,
    delay?: number,
    ...args: unknown[]
  ) => {
    if (Number(delay) > MAX_TIMEOUT) throw new RangeError(`setTimeout cannot wait ${delay} ms`);
    return fakeSetTimeout(handler, delay, ...args);
  }) as typeof setTimeout);
  vi.setSystemTime(T0);
  resetConsent({ cookie: { maxAgeDays: MAX_AGE_DAYS } });
});
afterEach(() => {
  fixtureCleanup();
  resetConsent();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Every `consent-change` the store announces. */
function changes(store: ConsentStore): ConsentChangeDetail[] {
  const seen: ConsentChangeDetail[] = [];
  store.subscribe((detail) => seen.push(detail));
  return seen;
}

describe('a decision expiring on an open page', () => {
  it('is announced at the moment it expires, 182 days later, not a millisecond before', () => {
    const store = getConsentStore();
    store.acceptAll();
    const seen = changes(store);
    vi.advanceTimersByTime(MAX_AGE_DAYS * DAY - 1);
    expect(seen).to.have.length(0);
    expect(store.state.decided).to.be.true;
    vi.advanceTimersByTime(1);
    expect(seen).to.have.length(1);
    expect(seen[0].source).to.equal('storage');
    expect(seen[0].changed).to.have.members(['preferences', 'analytics', 'marketing']);
    expect(seen[0].state).to.include({ decided: false, needsNotice: true });
    expect(store.isGranted('analytics')).to.be.false;
  });

  it('keeps one timer at a time, and none once nothing is due', () => {
    const store = getConsentStore();
    store.acceptAll();
    expect(vi.getTimerCount()).to.equal(1);
    store.setCategory('analytics', false);
    expect(vi.getTimerCount()).to.equal(1);
    vi.advanceTimersByTime(MAX_AGE_DAYS * DAY);
    expect(store.state.decided).to.be.false;
    expect(vi.getTimerCount()).to.equal(0);
  });

  it('clears its timer on dispose', () => {
    const store = new ConsentStore();
    store.configure({});
    store.acceptAll();
    expect(vi.getTimerCount()).to.equal(1);
    store.dispose();
    expect(vi.getTimerCount()).to.equal(0);
  });

  it('shows the notice again in the tab left open', async () => {
    getConsentStore().acceptAll();
    const el = await fixture<ConsentCookieNotice>(
      html`<consent-cookie-notice></consent-cookie-notice>`,
    );
    expect(el.open).to.be.false;
    vi.advanceTimersByTime(MAX_AGE_DAYS * DAY);
    await el.updateComplete;
    expect(el.open).to.be.true;
    expect(part<HTMLDialogElement>(el, 'base')!.open).to.be.true;
  });
});
