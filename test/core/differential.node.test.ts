// A differential property test: for any configuration and any sequence of decisions (with the
// clock moving between them), the server helper (`consent-elements/server`) and the browser store
// (`ConsentStore`, here headless) hold the same record (choices, policy version, acknowledgement)
// and derive the same state. Between decisions the visitor may acknowledge the policy in the
// banner (the server then reads that record from the cookie the browser sends), and the site may
// publish a new policy version, material or not. fast-check prints the seed of a failure; FC_SEED=<seed> replays it.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consentSetCookie, createConsentRecord, readConsent } from '../../src/server/index.js';
import { ConsentStore } from '../../src/store/store.js';
import type { ConsentConfig, ConsentRecord, ConsentState } from '../../src/core/types.js';

const DAY = 864e5;
const T0 = Date.UTC(2026, 10, 30, 12);
const IDS = [
  'necessary',
  'preferences',
  'analytics',
  'marketing',
  'video',
  // Services: of an optional category, of a required one, and of one that may be left out.
  'marketing.youtube',
  'marketing.maps',
  'necessary.cdn',
  'video.vimeo',
] as const;
/** The services each category may list. */
const SERVICES: Record<string, string[]> = {
  necessary: ['cdn'],
  marketing: ['youtube', 'maps'],
  video: ['vimeo'],
};

type Decision =
  | { kind: 'accept-all' }
  | { kind: 'reject-all' }
  | { kind: 'choices'; choices: Record<string, boolean> }
  | { kind: 'service'; id: string; granted: boolean }
  | { kind: 'acknowledge' }
  | { kind: 'new-policy'; policy: NonNullable<ConsentConfig['policy']> };
type Step = { wait: number; decision: Decision };

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const policies = fc.record(
  {
    version: fc.constantFrom('v1', 'v2', 'v3'),
    material: fc.boolean(),
    effectiveDate: fc.integer({ min: -30, max: 400 }).map((days) => isoDay(T0 + days * DAY)),
    noticeDays: fc.integer({ min: 0, max: 60 }),
  },
  { requiredKeys: ['version'] },
);

const configs: fc.Arbitrary<ConsentConfig> = fc.record(
  {
    regime: fc.constantFrom('opt-in', 'opt-out'),
    respectGpc: fc.boolean(),
    cookie: fc.record({ maxAgeDays: fc.integer({ min: 1, max: 395 }) }),
    categories: fc
      .tuple(
        fc.subarray(['preferences', 'analytics', 'marketing', 'video'], { minLength: 1 }),
        fc.boolean(),
      )
      .map(([ids, withServices]) =>
        [
          { id: 'necessary', label: 'Necessary', required: true },
          ...ids.map((id) => ({ id, label: id })),
        ].map((category) =>
          withServices && SERVICES[category.id]
            ? { ...category, services: SERVICES[category.id].map((id) => ({ id, label: id })) }
            : category,
        ),
      ),
    policy: policies,
  },
  { requiredKeys: ['regime', 'categories'] },
);

/** The ids `setService` accepts in `config`: services of its optional categories. */
const choosableServices = (config: ConsentConfig): string[] =>
  (config.categories ?? []).flatMap(({ id, required, services = [] }) =>
    required ? [] : services.map((service) => `${id}.${service.id}`),
  );

/**
 * Any decision; one service alone only among those `config` lets a visitor choose; an
 * acknowledgement of the policy in force; a new policy published by the site.
 */
const decisions = (config: ConsentConfig): fc.Arbitrary<Decision> => {
  const services = choosableServices(config);
  return fc.oneof(
    fc.constant({ kind: 'accept-all' as const }),
    fc.constant({ kind: 'reject-all' as const }),
    fc.constant({ kind: 'acknowledge' as const }),
    policies.map((policy) => ({ kind: 'new-policy' as const, policy })),
    fc
      .dictionary(fc.constantFrom(...IDS), fc.boolean(), { maxKeys: 4 })
      .map((choices) => ({ kind: 'choices' as const, choices })),
    ...(services.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...services), fc.boolean())
            .map(([id, granted]) => ({ kind: 'service' as const, id, granted })),
        ]),
  );
};

const steps = (config: ConsentConfig): fc.Arbitrary<Step[]> =>
  fc.array(
    fc.record({
      wait: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 420 }).map((days) => days * DAY),
      ),
      decision: decisions(config),
    }),
    { minLength: 1, maxLength: 8 },
  );

/** A config with decisions made under it. */
const scenarios = configs.chain((config) => fc.tuple(fc.constant(config), steps(config)));

/** The part of a state both sides must agree on. */
const derived = (state: ConsentState) => ({
  decided: state.decided,
  needsNotice: state.needsNotice,
  categories: { ...state.categories },
  services: { ...state.services },
  mixed: state.mixed,
  gpcApplied: state.gpcApplied,
  policyNotice: state.policyNotice,
});
const held = (record: ConsentRecord | null) =>
  record && {
    choices: record.choices,
    services: record.services,
    policyVersion: record.policyVersion,
    acknowledgedPolicy: record.acknowledgedPolicy,
  };

/** The `Cookie` request header a browser sends back after `consentSetCookie(record)`. */
const cookieHeader = (record: ConsentRecord, config: ConsentConfig) =>
  consentSetCookie(record, { config }).split(';')[0];

type ConsentDecision = Exclude<Decision, { kind: 'acknowledge' | 'new-policy' }>;

function decideInStore(store: ConsentStore, decision: ConsentDecision): void {
  if (decision.kind === 'accept-all') store.acceptAll();
  else if (decision.kind === 'reject-all') store.rejectAll();
  else if (decision.kind === 'service') store.setService(decision.id, decision.granted);
  else store.setCategories(decision.choices);
}

/** The same decision as `createConsentRecord` takes it. */
const serverDecision = (decision: ConsentDecision) =>
  decision.kind === 'choices'
    ? decision.choices
    : decision.kind === 'service'
      ? { [decision.id]: decision.granted }
      : decision.kind;

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

describe('server and browser store', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('hold the same record and derive the same state for any config and decisions', () => {
    fc.assert(
      fc.property(scenarios, fc.boolean(), ([initialConfig, sequence], gpc) => {
        vi.stubGlobal('navigator', { globalPrivacyControl: gpc });
        vi.setSystemTime(T0);
        let config = initialConfig;
        const store = new ConsentStore();
        store.configure(config);
        let serverRecord: ConsentRecord | null = null;
        for (const { wait, decision } of sequence) {
          vi.setSystemTime(Date.now() + wait);
          const now = Date.now();
          // On a page, a timer re-derives the state when the clock alone changes it (expiry, a policy
          // coming into force: test/expiry.test.ts); a headless store keeps no timer, and applying
          // the config again re-derives it the same way.
          if (wait > 0) store.configure(config);
          if (decision.kind === 'new-policy') {
            config = { ...config, policy: decision.policy };
            store.configure(config);
          } else if (decision.kind === 'acknowledge') {
            store.acknowledgePolicy();
            // The server has no banner: it reads the acknowledgement from the cookie it is sent.
            serverRecord = store.state.record;
          } else {
            const before = store.state.record;
            decideInStore(store, decision);
            const next = createConsentRecord(serverDecision(decision), {
              config,
              previous: serverRecord,
              now,
            });
            expect(held(next), 'the record').toEqual(held(store.state.record));
            // A decision that repeats the one in force: the store keeps its record (nothing to
            // write), the server issues it again; the chain goes on from the record the browser keeps.
            serverRecord = store.state.record === before ? before : next;
          }
          if (serverRecord === null) continue;
          const server = readConsent(cookieHeader(serverRecord, config), { config, now, gpc });
          expect(derived(server.state), 'the derived state').toEqual(derived(store.state));
        }
        store.dispose();
      }),
      { numRuns: 300, seed },
    );
    // A few seconds alone; generous for a loaded machine running every suite at once.
  }, 60_000);

  it('agree in the opt-out regime: an undecided visitor refusing analytics keeps marketing', () => {
    vi.stubGlobal('navigator', { globalPrivacyControl: false });
    const config: ConsentConfig = { regime: 'opt-out' };
    const store = new ConsentStore();
    store.configure(config);
    store.setCategories({ analytics: false });
    const record = createConsentRecord({ analytics: false }, { config });
    expect(record.choices).toEqual(store.state.record?.choices);
    expect(record.choices).toMatchObject({ analytics: false, marketing: true });
    expect(store.isGranted('marketing')).toBe(true);
    expect(readConsent(cookieHeader(record, config), { config }).isGranted('marketing')).toBe(true);
  });
});
