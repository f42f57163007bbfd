// Consent per service (vendor) inside a category, in the pure core: the config that lists services,
// the record that holds a choice per service, the state and `isGranted` that read it, and the
// old (version 1) cookie that must keep its meaning. The store, the server helper and React all
// call these functions, so these rules hold wherever a decision is made.
import { describe, expect, it } from 'vitest';
import { parseConsentCookie, serializeConsentCookie } from '../../src/core/codec.js';
import { resolveConfig } from '../../src/core/config.js';
import { describeConfigProblems } from '../../src/core/config-messages.js';
import { decide, everyOptionalCategory, repeatsDecision } from '../../src/core/record.js';
import { changedGrants, deriveState, isGranted } from '../../src/core/state.js';
import type { ConsentConfig, ConsentRecord } from '../../src/core/types.js';
import { readConsent } from '../../src/server/index.js';

const NOW = Date.UTC(2026, 10, 30, 12);
const MARKETING = {
  id: 'marketing',
  label: 'Marketing',
  services: [
    { id: 'youtube', label: 'YouTube', hosts: ['www.youtube-nocookie.com'] },
    { id: 'maps', label: 'Google Maps' },
    { id: 'meta', label: 'Meta Pixel', cookies: ['_fbp'] },
  ],
};
const INPUT: ConsentConfig = {
  categories: [
    {
      id: 'necessary',
      label: 'Necessary',
      required: true,
      services: [{ id: 'cdn', label: 'CDN' }],
    },
    { id: 'analytics', label: 'Analytics' },
    MARKETING,
  ],
};
const configOf = (input: ConsentConfig = INPUT) => resolveConfig(input).config;
const config = configOf();

/** The record and state after a sequence of decisions (each a patch), from no record. */
function after(patches: Record<string, boolean>[], c = config) {
  let record: ConsentRecord | null = null;
  for (const patch of patches) record = decide(c, record, patch, NOW, 'api');
  return { record, state: deriveState(c, record, NOW, false) };
}

describe('services in the config', () => {
  it('keeps valid services with the label defaulting to the id', () => {
    const { config: c, problems } = resolveConfig({
      categories: [
        { id: 'media', services: [{ id: 'vimeo' }, { id: 'google-maps', label: 'Maps' }] },
      ],
    });
    expect(problems).toEqual([]);
    expect(c.categories[0].services).toEqual([
      { id: 'vimeo', label: 'vimeo' },
      { id: 'google-maps', label: 'Maps' },
    ]);
  });

  it('drops a service whose id is not a slug, a duplicate in its category, or a bad host, naming each', () => {
    const { config: c, problems } = resolveConfig({
      categories: [
        {
          id: 'media',
          services: [
            { id: 'You Tube' },
            { id: 'vimeo' },
            { id: 'vimeo', label: 'again' },
            { id: 'maps', hosts: ['maps.google.com', 'https://maps.google.com/'] },
          ],
        },
        { id: 'other', services: [{ id: 'vimeo' }] },
      ],
    });
    expect(c.categories[0].services?.map(({ id }) => id)).toEqual(['vimeo', 'maps']);
    expect(c.categories[0].services?.[1].hosts).toEqual(['maps.google.com']);
    // The same service id in another category is another service.
    expect(c.categories[1].services?.map(({ id }) => id)).toEqual(['vimeo']);
    expect(problems.map(({ key }) => key)).toEqual([
      'categories[0].services[0].id',
      'categories[0].services[3].hosts[1]',
      'categories[0].services[2].id',
    ]);
    const messages = describeConfigProblems(problems);
    expect(messages[0]).toMatch(/'You Tube' is not a slug/);
    expect(messages[2]).toBe("categories[0].services[2].id: 'vimeo' is a duplicate");
  });

  it('reads an id as a category first: a category a.b wins over service b of category a', () => {
    const c = configOf({
      categories: [
        { id: 'a', label: 'A', services: [{ id: 'b', label: 'B' }] },
        { id: 'a.b', label: 'A.B' },
      ],
    });
    const { record } = after([{ 'a.b': true }], c);
    expect(record?.choices['a.b']).toBe(true);
    const state = deriveState(c, record, NOW, false);
    expect(isGranted(state, 'a.b')).toBe(true);
    expect(state.services['a.b']).toBe(false);
  });
});

describe('the state of services', () => {
  it('gives every service its category grant until the visitor chooses it (opt-in: denied)', () => {
    const state = deriveState(config, null, NOW, false);
    expect(state.services).toEqual({
      'necessary.cdn': true,
      'marketing.youtube': false,
      'marketing.maps': false,
      'marketing.meta': false,
    });
    expect(state.mixed).toEqual([]);
  });

  it('opt-out: grants services until the visitor opts out; GPC denies them and says so', () => {
    const c = configOf({ ...INPUT, regime: 'opt-out' });
    expect(deriveState(c, null, NOW, false).services['marketing.maps']).toBe(true);
    const gpc = deriveState(c, null, NOW, true);
    expect(gpc.services).toMatchObject({ 'marketing.maps': false, 'necessary.cdn': true });
    // A recorded service grant does not beat GPC either.
    const { record } = after([{ 'marketing.youtube': true }], c);
    const withGpc = deriveState(c, record, NOW, true);
    expect(withGpc.services['marketing.youtube']).toBe(false);
    expect(withGpc.gpcApplied).toBe(true);
  });

  it('allowing one service leaves the other two denied, the category denied and mixed', () => {
    const { record, state } = after([{ 'marketing.youtube': true }]);
    expect(record?.choices.marketing).toBe(false);
    expect(record?.services).toEqual({ 'marketing.youtube': true });
    expect(state.services).toMatchObject({
      'marketing.youtube': true,
      'marketing.maps': false,
      'marketing.meta': false,
    });
    expect(state.categories.marketing).toBe(false);
    expect(state.mixed).toEqual(['marketing']);
  });

  it('denying one service of a granted category leaves the category granted and mixed', () => {
    const { state } = after([{ marketing: true }, { 'marketing.meta': false }]);
    expect(state.categories.marketing).toBe(true);
    expect(state.services).toMatchObject({ 'marketing.youtube': true, 'marketing.meta': false });
    expect(state.mixed).toEqual(['marketing']);
  });

  it('drops the service choices of a decision that no longer counts (expired)', () => {
    const { record } = after([{ 'marketing.youtube': true }]);
    const later = deriveState(config, record, NOW + 200 * 864e5, false);
    expect(later.services['marketing.youtube']).toBe(false);
    expect(later.mixed).toEqual([]);
  });
});

describe('isGranted(id): one function for categories and services', () => {
  const { state } = after([{ 'marketing.youtube': true, analytics: true }]);

  it('gives a category its own grant, whatever its services say', () => {
    expect(isGranted(state, 'marketing')).toBe(false);
    expect(isGranted(state, 'analytics')).toBe(true);
    const granted = after([{ marketing: true }, { 'marketing.meta': false }]).state;
    expect(isGranted(granted, 'marketing')).toBe(true);
  });

  it("gives a service its own grant, else its category's", () => {
    expect(isGranted(state, 'marketing.youtube')).toBe(true);
    expect(isGranted(state, 'marketing.maps')).toBe(false);
    expect(isGranted(state, 'necessary.cdn')).toBe(true);
  });

  it('grants no unknown id, inherited name or service of an unknown category', () => {
    for (const id of [
      'marketing.tiktok',
      'ads.youtube',
      'constructor',
      'marketing.constructor',
      '',
    ])
      expect(isGranted(state, id), id).toBe(false);
  });
});

describe('decisions with services', () => {
  it("a category's choice sets all of its services (their own choices are dropped)", () => {
    const { record, state } = after([{ 'marketing.youtube': true }, { marketing: false }]);
    expect(record?.services).toBeUndefined();
    expect(state.services['marketing.youtube']).toBe(false);
    expect(state.mixed).toEqual([]);
  });

  it('a category and a service in one decision: the category first, then the service', () => {
    const { record } = after([{ 'marketing.maps': false, marketing: true }]);
    expect(record?.choices.marketing).toBe(true);
    expect(record?.services).toEqual({ 'marketing.maps': false });
  });

  it('keeps only service choices that differ from the category (one decision, one record)', () => {
    const { record } = after([{ 'marketing.youtube': true }, { 'marketing.youtube': false }]);
    expect(record?.services).toBeUndefined();
    expect(
      after([{ marketing: true, 'marketing.youtube': true }]).record?.services,
    ).toBeUndefined();
  });

  it('accept all and reject all set every service with its category', () => {
    const mixed = after([{ 'marketing.youtube': true }]).record;
    for (const granted of [true, false]) {
      const all = decide(config, mixed, everyOptionalCategory(config, granted), NOW, 'notice');
      expect(all.services).toBeUndefined();
      expect(Object.values(deriveState(config, all, NOW, false).services)).toEqual([
        true,
        granted,
        granted,
        granted,
      ]);
    }
  });

  it('ignores services of required categories and services that are not configured', () => {
    const { record } = after([{ 'necessary.cdn': false, 'marketing.tiktok': true, 'x.y': true }]);
    expect(record?.services).toBeUndefined();
  });

  it('sees a repeated service choice as a repeat, and a new one as a change', () => {
    const { record } = after([{ 'marketing.youtube': true }]);
    const again = decide(config, record, { 'marketing.youtube': true }, NOW + 1, 'api');
    expect(repeatsDecision(config, record, again, NOW + 1)).toBe(true);
    const other = decide(config, record, { 'marketing.maps': true }, NOW + 1, 'api');
    expect(repeatsDecision(config, record, other, NOW + 1)).toBe(false);
  });

  it('names the categories and services whose grant changed', () => {
    const before = after([{ 'marketing.youtube': true }]);
    const next = decide(config, before.record, { marketing: true, analytics: true }, NOW, 'api');
    expect(changedGrants(before.state, deriveState(config, next, NOW, false))).toEqual([
      'analytics',
      'marketing',
      'marketing.maps',
      'marketing.meta',
    ]);
  });

  it('round-trips service choices through the cookie', () => {
    const { record } = after([{ marketing: true, 'marketing.meta': false, analytics: true }]);
    expect(record).not.toBeNull();
    const value = serializeConsentCookie(record as ConsentRecord);
    expect(value).toMatch(/^2\..*~0marketing:meta$/);
    expect(parseConsentCookie(value, NOW)).toEqual(record);
  });
});

describe('an old cookie, from before services existed', () => {
  // Written by the version-1 serializer (the release before services), committed as it came out.
  const V1 = '1.k3v9q0x2ab.mkf90q80.ml58la80.1.2026-01.2026-02.1analytics~0marketing~1a%2eb%20c';
  const at = Date.UTC(2026, 1, 10);
  const c: ConsentConfig = { ...INPUT, policy: { version: '2026-01' } };

  it('keeps every decision, and its services follow their categories', () => {
    const consent = readConsent(`consent=${V1}`, { config: c, now: at });
    expect(consent.state.decided).toBe(true);
    expect(consent.state.policyNotice).toBeNull();
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.isGranted('marketing')).toBe(false);
    expect(consent.isGranted('marketing.youtube')).toBe(false);
    expect(consent.state.mixed).toEqual([]);
  });

  it('is written as version 2 by the next decision, with the old choices intact', () => {
    const old = parseConsentCookie(V1, at);
    const next = decide(configOf(c), old, { 'marketing.youtube': true }, at, 'notice');
    expect(next).toMatchObject({
      id: 'k3v9q0x2ab',
      acknowledgedPolicy: '2026-02',
      choices: { analytics: true, marketing: false, 'a.b c': true },
      services: { 'marketing.youtube': true },
    });
    expect(serializeConsentCookie(next)).toMatch(/^2\.k3v9q0x2ab\./);
  });
});
