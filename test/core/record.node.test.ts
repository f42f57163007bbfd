// The record transitions and the clock-driven rules of src/core: what a decision, an
// acknowledgement and time do to a record, wherever (browser store or server) they happen.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config.js';
import { acknowledge, decide, expire, repeatsDecision } from '../../src/core/record.js';
import { deriveState, nextStateChange } from '../../src/core/state.js';
import type { ConsentConfig, ConsentRecord } from '../../src/core/types.js';

const DAY = 864e5;
const config = (input: ConsentConfig = {}) => resolveConfig(input).config;
const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const NOW = local(2026, 11, 29);
const given = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'r1',
  decidedAt: NOW - DAY,
  updatedAt: NOW - DAY,
  choices: { preferences: true, analytics: true, marketing: true },
  policyVersion: 'v1',
  source: 'notice',
  ...over,
});

describe('a material policy change after an acknowledgement', () => {
  const v2 = (material: boolean) =>
    config({ policy: { version: 'v2', effectiveDate: '2026-12-29', material } });

  it('asks again once the change is in force, even though the visitor clicked "Got it"', () => {
    const c = v2(true);
    const acknowledged = acknowledge(given(), 'v2', NOW, 'banner');
    expect(acknowledged).toMatchObject({ acknowledgedPolicy: 'v2', policyVersion: 'v1' });
    const before = deriveState(c, acknowledged ?? null, local(2026, 12, 29) - 1, false);
    expect(before).toMatchObject({ decided: true, needsNotice: false, policyNotice: null });
    const after = deriveState(c, acknowledged ?? null, local(2026, 12, 29), false);
    expect(after).toMatchObject({ decided: false, needsNotice: true, policyNotice: null });
    expect(after.categories.analytics).toBe(false);
  });

  it('keeps the consent when the acknowledged change is not material', () => {
    const acknowledged = acknowledge(given(), 'v2', NOW, 'banner') ?? null;
    expect(deriveState(v2(false), acknowledged, local(2027, 1, 5), false)).toMatchObject({
      decided: true,
      needsNotice: false,
    });
  });

  it('counts the decision made again under the new version', () => {
    const c = v2(true);
    const at = local(2027, 1, 5);
    const again = decide(
      c,
      given({ acknowledgedPolicy: 'v2' }),
      { analytics: false },
      at,
      'notice',
    );
    expect(again).toMatchObject({ policyVersion: 'v2', acknowledgedPolicy: 'v2', decidedAt: at });
    // The old choices no longer count: the ones not chosen again take the regime's default.
    expect(again.choices).toEqual({ preferences: false, analytics: false, marketing: false });
    expect(deriveState(c, again, at, false).decided).toBe(true);
  });
});

describe('decide', () => {
  it('in the opt-out regime, an undecided visitor who refuses one category keeps the others', () => {
    const c = config({ regime: 'opt-out' });
    const record = decide(c, null, { analytics: false }, NOW, 'notice');
    expect(record.choices).toEqual({ preferences: true, analytics: false, marketing: true });
  });

  it('carries over the choices of a decision that still counts, never of an expired one', () => {
    const c = config();
    const kept = decide(c, given(), { analytics: false }, NOW, 'notice');
    expect(kept.choices).toEqual({ preferences: true, analytics: false, marketing: true });
    const expired = given({ decidedAt: NOW - 200 * DAY, updatedAt: NOW - 200 * DAY });
    const fresh = decide(c, expired, { analytics: false }, NOW, 'notice');
    expect(fresh.choices).toEqual({ preferences: false, analytics: false, marketing: false });
    expect(fresh.id).toBe('r1');
  });

  it('ignores required and unknown ids, and records only true as a grant', () => {
    const record = decide(
      config(),
      null,
      { necessary: false, bogus: true, analytics: 1 as unknown as boolean },
      NOW,
      'api',
    );
    expect(record.choices).toEqual({ preferences: false, analytics: false, marketing: false });
  });

  it('repeats a decision only with the same choices under the same policy version', () => {
    const c = config({ policy: { version: 'v1' } });
    const same = decide(c, given(), {}, NOW, 'api');
    expect(repeatsDecision(c, given(), same, NOW)).toBe(true);
    expect(
      repeatsDecision(c, given(), decide(c, given(), { analytics: false }, NOW, 'api'), NOW),
    ).toBe(false);
    const v2 = config({ policy: { version: 'v2' } });
    expect(repeatsDecision(v2, given(), decide(v2, given(), {}, NOW, 'api'), NOW)).toBe(false);
  });
});

describe('expire', () => {
  it('drops a decision past maxAgeDays, keeping the id and the acknowledgement', () => {
    const c = config({ cookie: { maxAgeDays: 30 } });
    const record = given({ acknowledgedPolicy: 'v1' });
    expect(expire(c, record, record.decidedAt + 30 * DAY - 1)).toBe(record);
    expect(expire(c, record, record.decidedAt + 30 * DAY)).toEqual({
      ...record,
      decidedAt: 0,
      choices: {},
    });
  });
});

describe('nextStateChange', () => {
  it('is the moment the decision expires, beyond the 24.8 days a single setTimeout can wait', () => {
    const c = config();
    expect(nextStateChange(c, given(), NOW)).toBe(NOW - DAY + 182 * DAY);
    expect(nextStateChange(c, null, NOW)).toBeUndefined();
  });

  it('is the start of the notice period, then the effective date, whichever comes first', () => {
    const c = config({ policy: { version: 'v2', effectiveDate: '2026-12-29', noticeDays: 10 } });
    expect(nextStateChange(c, given(), NOW)).toBe(local(2026, 12, 19));
    expect(nextStateChange(c, given(), local(2026, 12, 19))).toBe(local(2026, 12, 29));
  });
});
