import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config.js';
import { deriveState } from '../../src/core/state.js';
import type { ConsentConfig, ConsentRecord } from '../../src/core/types.js';

const DAY = 864e5;
const config = (input: ConsentConfig = {}) => resolveConfig(input).config;
/** Local midnight of a calendar day. */
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();
const NOW = local(2026, 11, 29, 12);
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'r1',
  decidedAt: NOW - DAY,
  updatedAt: NOW - DAY,
  choices: { preferences: true, analytics: false, marketing: true },
  policyVersion: 'v1',
  source: 'notice',
  ...over,
});
const grants = (s: { categories: Readonly<Record<string, boolean>> }) => ({ ...s.categories });

describe('regimes', () => {
  it('opt-in: grants nothing non-essential before a decision and asks', () => {
    const s = deriveState(config(), null, NOW, false);
    expect(grants(s)).toEqual({
      necessary: true,
      preferences: false,
      analytics: false,
      marketing: false,
    });
    expect(s).toMatchObject({
      decided: false,
      needsNotice: true,
      policyNotice: null,
      regime: 'opt-in',
    });
  });

  it('opt-out: grants every category until the visitor opts out, and still shows the notice once', () => {
    const s = deriveState(config({ regime: 'opt-out' }), null, NOW, false);
    expect(grants(s)).toEqual({
      necessary: true,
      preferences: true,
      analytics: true,
      marketing: true,
    });
    expect(s.needsNotice).toBe(true);
    const after = deriveState(config({ regime: 'opt-out' }), record(), NOW, false);
    expect(after.needsNotice).toBe(false);
    expect(after.categories.analytics).toBe(false);
  });

  it('applies recorded choices, and the regime default to a category added since', () => {
    const cats = [
      { id: 'necessary', label: 'N', required: true },
      { id: 'analytics', label: 'A' },
      { id: 'video', label: 'V' },
    ];
    expect(
      grants(
        deriveState(
          config({ categories: cats }),
          record({ choices: { analytics: true } }),
          NOW,
          false,
        ),
      ),
    ).toEqual({ necessary: true, analytics: true, video: false });
    expect(
      grants(
        deriveState(
          config({ categories: cats, regime: 'opt-out' }),
          record({ choices: { analytics: false } }),
          NOW,
          false,
        ),
      ),
    ).toEqual({ necessary: true, analytics: false, video: true });
  });

  it('always grants required categories, whatever the record says', () => {
    const s = deriveState(config(), record({ choices: { necessary: false } }), NOW, true);
    expect(s.categories.necessary).toBe(true);
  });

  it('returns a frozen state without inherited keys', () => {
    const s = deriveState(config(), null, NOW, false);
    expect(Object.isFrozen(s) && Object.isFrozen(s.categories)).toBe(true);
    expect(s.categories['constructor' as string]).toBeUndefined();
  });
});

describe('Global Privacy Control', () => {
  it('turns off every non-required category, even a recorded grant, in both regimes', () => {
    for (const regime of ['opt-in', 'opt-out'] as const) {
      const s = deriveState(config({ regime }), record(), NOW, true);
      expect(grants(s)).toEqual({
        necessary: true,
        preferences: false,
        analytics: false,
        marketing: false,
      });
      expect(s).toMatchObject({ gpc: true, gpcApplied: true });
    }
    expect(deriveState(config({ regime: 'opt-out' }), null, NOW, true).gpcApplied).toBe(true);
  });

  it('is reported but not applied when the site turns respectGpc off', () => {
    const s = deriveState(config({ respectGpc: false }), record(), NOW, true);
    expect(s).toMatchObject({ gpc: true, gpcApplied: false });
    expect(s.categories.marketing).toBe(true);
  });

  it('is not "applied" when it turned nothing off', () => {
    expect(deriveState(config(), null, NOW, true)).toMatchObject({ gpc: true, gpcApplied: false });
  });
});

describe('decision expiry', () => {
  it('keeps a decision for maxAgeDays and asks again from then on', () => {
    const c = config({ cookie: { maxAgeDays: 182 } });
    const r = record({ decidedAt: NOW - 182 * DAY, updatedAt: NOW - DAY });
    expect(deriveState(c, r, NOW - 1, false).decided).toBe(true);
    const expired = deriveState(c, r, NOW, false);
    expect(expired).toMatchObject({ decided: false, needsNotice: true });
    expect(expired.categories.marketing).toBe(false);
  });

  it('does not count a record holding only a policy acknowledgement as a decision', () => {
    const s = deriveState(
      config(),
      record({ decidedAt: 0, choices: {}, acknowledgedPolicy: 'v1' }),
      NOW,
      false,
    );
    expect(s).toMatchObject({ decided: false, needsNotice: true });
  });
});

describe('policy banner', () => {
  const v2 = (policy: ConsentConfig['policy'] = {}) =>
    config({ policy: { version: 'v2', effectiveDate: '2026-12-29', ...policy } });
  const start = local(2026, 11, 29); // 2026-12-29 minus 30 days, local midnight

  it('shows to a returning visitor from effectiveDate - noticeDays exactly, before the change is in force', () => {
    expect(deriveState(v2(), record(), start - 1, false).policyNotice).toBeNull();
    expect(deriveState(v2(), record(), start, false).policyNotice).toEqual({
      version: 'v2',
      effectiveDate: '2026-12-29',
      inForce: false,
    });
    expect(deriveState(v2(), record(), local(2026, 12, 29), false).policyNotice).toEqual({
      version: 'v2',
      effectiveDate: '2026-12-29',
      inForce: true,
    });
    expect(
      deriveState(v2({ noticeDays: 10 }), record(), local(2026, 12, 19) - 1, false).policyNotice,
    ).toBeNull();
    expect(
      deriveState(v2({ noticeDays: 10 }), record(), local(2026, 12, 19), false).policyNotice,
    ).not.toBeNull();
  });

  it('shows at once when no effective date is configured', () => {
    expect(
      deriveState(config({ policy: { version: 'v2' } }), record(), NOW, false).policyNotice,
    ).toEqual({ version: 'v2', inForce: true });
  });

  it('does not show to a first-time visitor', () => {
    expect(deriveState(v2(), null, local(2027, 1, 5), false).policyNotice).toBeNull();
  });

  it('does not show once the version is acknowledged, or when consent was given under it', () => {
    expect(
      deriveState(v2(), record({ acknowledgedPolicy: 'v2' }), NOW, false).policyNotice,
    ).toBeNull();
    expect(
      deriveState(v2(), record({ policyVersion: 'v2', acknowledgedPolicy: 'v0' }), NOW, false)
        .policyNotice,
    ).toBeNull();
    expect(
      deriveState(v2(), record({ policyVersion: 'v0', acknowledgedPolicy: 'v1' }), NOW, false)
        .policyNotice,
    ).not.toBeNull();
  });

  it('a material change invalidates consent given under another version once in force, not before', () => {
    const c = v2({ material: true });
    expect(deriveState(c, record(), local(2026, 12, 29) - 1, false).decided).toBe(true);
    const inForce = deriveState(c, record(), local(2026, 12, 29), false);
    expect(inForce).toMatchObject({ decided: false, needsNotice: true });
    expect(inForce.categories.marketing).toBe(false);
    expect(deriveState(c, record({ policyVersion: 'v2' }), local(2027, 1, 5), false).decided).toBe(
      true,
    );
    expect(deriveState(v2(), record(), local(2027, 1, 5), false).decided).toBe(true);
  });

  describe('in a time zone with daylight saving time', () => {
    const tz = process.env.TZ;
    beforeAll(() => void (process.env.TZ = 'America/New_York'));
    afterAll(() => void (tz === undefined ? delete process.env.TZ : (process.env.TZ = tz)));

    it('starts the window at local midnight of the calendar day, across a DST change', () => {
      // 2026-11-01 is the end of DST in New York; 30 days before 2026-11-20 is 2026-10-21 (EDT).
      const c = v2({ effectiveDate: '2026-11-20' });
      const windowStart = Date.parse('2026-10-21T04:00:00Z');
      expect(new Date(windowStart).getHours()).toBe(0);
      expect(deriveState(c, record(), windowStart - 1, false).policyNotice).toBeNull();
      expect(deriveState(c, record(), windowStart, false).policyNotice).not.toBeNull();
      const effective = Date.parse('2026-11-20T05:00:00Z');
      expect(deriveState(c, record(), effective - 1, false).policyNotice?.inForce).toBe(false);
      expect(deriveState(c, record(), effective, false).policyNotice?.inForce).toBe(true);
    });
  });
});
