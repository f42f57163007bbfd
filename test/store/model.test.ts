// Model-based test of the consent store: random sequences of every store action, the clock, reloads,
// a second tab and corrupt cookies, each step checked against a small reference model, and the
// cookie checked to decode to the model's record. Each run draws a site: either regime, GPC sent or
// not (and respected or not), a policy version with or without an effective date, material or not.
// Runs in Chromium: real cookies, real BroadcastChannel. On failure fast-check prints the seed and
// path; FC_SEED=<seed> (and FC_PATH=<path>) in the environment replay it.
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import fc from 'fast-check';
import { ConsentStore, parseConsentCookie, type ConsentRecord } from '../../src/store/index.js';
import { readCookieValues } from '../../src/core/cookie-string.js';
import { localIsoDate } from '../support/iso-date.js';

const NAME = 'model_consent';
const DAY = 864e5;
const MAX_AGE_DAYS = 182;
const OPTIONAL = ['preferences', 'analytics', 'marketing'] as const;
/** Categories the actions pick from: optional ones, a required one and an unknown one. */
const IDS = ['necessary', ...OPTIONAL, 'bogus'] as const;
/** The services of the optional categories (marketing has two). */
const SERVICES = ['marketing.youtube', 'marketing.maps'] as const;
/** Services the actions pick from: optional ones, one of a required category and an unknown one. */
const SERVICE_IDS = [...SERVICES, 'necessary.cdn', 'marketing.bogus'] as const;
/** Ids that name nothing configured: never granted. */
const UNKNOWN = ['bogus', 'marketing.bogus'];
const T0 = Date.UTC(2026, 0, 15, 12);

/** The site of one run: what varies between runs and holds within one. */
interface Site {
  regime: 'opt-in' | 'opt-out';
  /** The browser sends Global Privacy Control. */
  gpc: boolean;
  respectGpc: boolean;
  /** The policy version visitors decide under now. */
  version: 'v1' | 'v2' | 'v3';
  /** Local calendar date the version takes effect (none: at once). */
  effectiveDate?: string;
  material: boolean;
}

const configOf = (site: Site) => ({
  cookie: { name: NAME, maxAgeDays: MAX_AGE_DAYS },
  regime: site.regime,
  respectGpc: site.respectGpc,
  policy: { version: site.version, effectiveDate: site.effectiveDate, material: site.material },
  categories: [
    {
      id: 'necessary',
      label: 'Necessary',
      required: true,
      services: [{ id: 'cdn', label: 'CDN' }],
    },
    { id: 'preferences', label: 'preferences' },
    { id: 'analytics', label: 'analytics' },
    {
      id: 'marketing',
      label: 'marketing',
      services: [
        { id: 'youtube', label: 'YouTube' },
        { id: 'maps', label: 'Maps' },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// The reference model: what the store should hold, in a few dozen lines.

type Choices = Record<string, boolean>;
interface Model {
  site: Site;
  now: number;
  /** The stored record, or null (never decided, reset, or the cookie was corrupted). */
  record: {
    decidedAt: number;
    choices: Choices;
    /** Service choices that differ from their category's. */
    services: Choices;
    version?: string;
    ack?: string;
  } | null;
  /** A corrupt value sits in the cookie (until the next write replaces it). */
  corrupt: boolean;
  /** The clock or the cookie changed since the store last had a reason to look. */
  unseen: boolean;
}
/** The version is in force: no effective date, or local midnight of that date has passed. */
const inForce = (m: Model) =>
  m.site.effectiveDate === undefined ||
  m.now >= new Date(`${m.site.effectiveDate}T00:00`).getTime();
const decided = (m: Model) =>
  !!m.record &&
  m.record.decidedAt > 0 &&
  m.now < m.record.decidedAt + MAX_AGE_DAYS * DAY &&
  !(m.site.material && inForce(m) && m.record.version !== m.site.version);
const categoryOf = (service: string) => service.split('.')[0];
const granted = (m: Model, id: string): boolean => {
  if (id === 'necessary' || categoryOf(id) === 'necessary') return true;
  if (m.site.gpc && m.site.respectGpc) return false;
  const record = decided(m) ? m.record! : { choices: {} as Choices, services: {} as Choices };
  if (id.includes('.'))
    return id in record.services ? record.services[id] : granted(m, categoryOf(id));
  return id in record.choices ? record.choices[id] : m.site.regime === 'opt-out';
};
const optional = (id: string) => (OPTIONAL as readonly string[]).includes(id);
const optionalService = (id: string) => (SERVICES as readonly string[]).includes(id);
const pickIds = (choices: Choices, keep: (id: string) => boolean) =>
  Object.fromEntries(Object.entries(choices).filter(([id]) => keep(id)));
const sameChoices = (a: Choices, b: Choices) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * A decision: the current choices (else the regime's defaults) overridden by `patch`. A category
 * in it sets its services too; a service sets itself; a service keeps a choice of its own only
 * where it differs from its category's.
 */
function decide(m: Model, patch: Choices): void {
  const categories = pickIds(patch, optional);
  const choices = {
    ...Object.fromEntries(OPTIONAL.map((id) => [id, m.site.regime === 'opt-out'])),
    ...(decided(m) ? m.record!.choices : {}),
    ...categories,
  };
  const held = decided(m) ? m.record!.services : {};
  const services: Choices = {
    ...pickIds(held, (id) => !(categoryOf(id) in categories)),
    ...pickIds(patch, optionalService),
  };
  for (const id of Object.keys(services))
    if (services[id] === choices[categoryOf(id)]) delete services[id];
  const same =
    OPTIONAL.every((id) => choices[id] === m.record?.choices[id]) &&
    sameChoices(services, m.record?.services ?? {});
  if (decided(m) && same && m.record!.version === m.site.version) return;
  m.record = { decidedAt: m.now, choices, services, version: m.site.version, ack: m.record?.ack };
  m.corrupt = false;
}

// ---------------------------------------------------------------------------------------------
// The real system: this tab's store and another tab's, on one cookie.

interface Real {
  store: ConsentStore;
  /** Another tab of the site (another store instance; BroadcastChannel reaches it). */
  other: ConsentStore;
}
/** The site of the current run (each store a tab opens is configured for it). */
let site: Site;
const open = (): ConsentStore => {
  const s = new ConsentStore();
  s.configure(configOf(site));
  void s.state; // as a page does on load: read the cookie and connect tab sync
  return s;
};
const cookieValues = () => readCookieValues(document.cookie, NAME);
const clearCookie = () => (document.cookie = `${NAME}=; Max-Age=0; Path=/`);
/**
 * BroadcastChannel, counting: every message posted to the other open channels of its name, and
 * every message delivered. The tabs act one after the other: each hears of a change before the next.
 */
const Native = BroadcastChannel;
const channels = new Set<BroadcastChannel>();
let posted = 0;
let delivered = 0;
class CountingChannel extends Native {
  constructor(name: string) {
    super(name);
    channels.add(this);
    this.addEventListener('message', () => delivered++);
  }
  override postMessage(message: unknown): void {
    posted += [...channels].filter((c) => c !== this && c.name === this.name).length;
    super.postMessage(message);
  }
  override close(): void {
    channels.delete(this);
    super.close();
  }
}
/** A macrotask without timer clamping. */
const tick = () =>
  new Promise<void>((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(0);
  });
/**
 * How long a posted message may take before it counts as lost. Not a speed claim (the store's tab
 * sync has its own, in store.test.ts): a guard against waiting forever. Generous, because on a
 * loaded machine the browser can stand still for seconds with the message queued, and the first
 * tick after the stall would run before it.
 */
const LOST_AFTER_MS = 30_000;
/** Waits until every message posted so far has been delivered (and handled: same task). */
async function settle(): Promise<void> {
  const start = performance.now();
  while (delivered < posted) {
    if (performance.now() - start > LOST_AFTER_MS) throw new Error('a tab never heard of a change');
    await tick();
  }
}
/** The visitor returns to the tab: the store re-reads the cookie and the clock. */
const wake = () => window.dispatchEvent(new Event('focus'));

const ALL_IDS = [...IDS, ...SERVICE_IDS];
/** The store's view matches the model: decided, every grant (categories and services), the acknowledged policy. */
function expectSameState(store: ConsentStore, m: Model, when: string): void {
  const { state } = store;
  expect(
    {
      decided: state.decided,
      needsNotice: state.needsNotice,
      grants: Object.fromEntries(ALL_IDS.map((id) => [id, store.isGranted(id)])),
      ack: state.record?.acknowledgedPolicy,
    },
    when,
  ).toEqual({
    decided: decided(m),
    needsNotice: !decided(m),
    grants: Object.fromEntries(ALL_IDS.map((id) => [id, !UNKNOWN.includes(id) && granted(m, id)])),
    ack: m.record?.ack,
  });
}

/** The cookie decodes to the model's record; absent or ignored (corrupt) when the model has none. */
function expectCookie(m: Model): void {
  const values = cookieValues();
  if (!m.record) {
    expect(values.length, 'cookie copies').toBeLessThanOrEqual(1);
    if (values.length) {
      expect(m.corrupt, 'a cookie is left only when it is corrupt').toBe(true);
      expect(parseConsentCookie(values[0])).toBeNull();
    }
    return;
  }
  expect(values, 'one cookie').toHaveLength(1);
  const r = parseConsentCookie(values[0]) as ConsentRecord;
  expect(r, 'the cookie decodes').not.toBeNull();
  expect({
    decidedAt: r.decidedAt,
    choices: r.choices,
    services: r.services ?? {},
    ack: r.acknowledgedPolicy,
  }).toEqual({
    decidedAt: m.record.decidedAt,
    choices: m.record.decidedAt ? m.record.choices : {},
    services: m.record.decidedAt ? m.record.services : {},
    ack: m.record.ack,
  });
  if (m.record.decidedAt)
    expect(r.policyVersion, 'the policy version decided under').toBe(m.record.version);
}

// ---------------------------------------------------------------------------------------------
// Commands: one per store action or outside event. `tab` says which tab acts.

type Tab = 'this' | 'other';
const pick = (r: Real, tab: Tab) => (tab === 'this' ? r.store : r.other);

abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract get label(): string;
  check = () => true;
  abstract model(m: Model): void;
  abstract act(r: Real): void | Promise<void>;
  async run(m: Model, r: Real): Promise<void> {
    await this.act(r);
    this.model(m);
    await settle();
    if (!m.unseen) expectSameState(r.store, m, `${this.label}, as held`);
    // Time passes while the visitor stays on the page: no re-read (the next action must still
    // see the clock). Otherwise the visitor comes back to the tab: re-read, and still agree.
    if (this instanceof Advance) return;
    wake();
    m.unseen = false;
    expectSameState(r.store, m, `${this.label}, after a wake`);
    expectSameState(r.other, m, `${this.label}, other tab after a wake`);
    expectCookie(m);
  }
  toString = () => this.label;
}

class AcceptAll extends Step {
  constructor(readonly tab: Tab) {
    super();
  }
  get label() {
    return `acceptAll@${this.tab}`;
  }
  act = (r: Real) => pick(r, this.tab).acceptAll();
  model = (m: Model) => decide(m, Object.fromEntries(OPTIONAL.map((id) => [id, true])));
}
class RejectAll extends Step {
  constructor(readonly tab: Tab) {
    super();
  }
  get label() {
    return `rejectAll@${this.tab}`;
  }
  act = (r: Real) => pick(r, this.tab).rejectAll();
  model = (m: Model) => decide(m, Object.fromEntries(OPTIONAL.map((id) => [id, false])));
}
/** `setCategory(id, on)` or `setService(id, on)`: one choice, refused unless `id` is optional. */
class SetOne extends Step {
  constructor(
    readonly tab: Tab,
    readonly method: 'setCategory' | 'setService',
    readonly id: string,
    readonly on: boolean,
  ) {
    super();
  }
  get label() {
    return `${this.method}(${this.id},${this.on})@${this.tab}`;
  }
  act = (r: Real) => pick(r, this.tab)[this.method](this.id, this.on);
  model = (m: Model) =>
    (this.method === 'setCategory' ? optional : optionalService)(this.id) &&
    decide(m, { [this.id]: this.on });
}
class SetCategories extends Step {
  constructor(
    readonly tab: Tab,
    readonly choices: Choices,
  ) {
    super();
  }
  get label() {
    return `setCategories(${JSON.stringify(this.choices)})@${this.tab}`;
  }
  act = (r: Real) => pick(r, this.tab).setCategories(this.choices);
  model = (m: Model) =>
    decide(
      m,
      pickIds(this.choices, (id) => optional(id) || optionalService(id)),
    );
}
class Acknowledge extends Step {
  constructor(
    readonly tab: Tab,
    readonly version: string | undefined,
  ) {
    super();
  }
  get label() {
    return `acknowledgePolicy(${this.version ?? ''})@${this.tab}`;
  }
  act = (r: Real) => pick(r, this.tab).acknowledgePolicy(this.version);
  model = (m: Model) => {
    const version = this.version ?? m.site.version;
    if (m.record?.ack === version) return;
    m.record = { ...(m.record ?? { decidedAt: 0, choices: {}, services: {} }), ack: version };
    m.corrupt = false;
  };
}
class Reset extends Step {
  constructor(readonly tab: Tab) {
    super();
  }
  get label() {
    return `reset@${this.tab}`;
  }
  act = (r: Real) => pick(r, this.tab).reset();
  model = (m: Model) => {
    m.record = null;
    m.corrupt = false;
  };
}
class Advance extends Step {
  constructor(readonly ms: number) {
    super();
  }
  get label() {
    return `clock +${(this.ms / DAY).toFixed(2)} days`;
  }
  act = () => void vi.setSystemTime(Date.now() + this.ms);
  model = (m: Model) => {
    m.now += this.ms;
    m.unseen = true;
  };
}
class Reload extends Step {
  get label() {
    return 'reload';
  }
  act = (r: Real) => {
    r.store.dispose();
    r.store = open();
  };
  model = () => {};
}
class Publish extends Step {
  constructor(
    readonly version: Site['version'],
    readonly effectiveInDays: number | undefined,
    readonly material: boolean,
  ) {
    super();
  }
  get label() {
    const when = this.effectiveInDays === undefined ? 'now' : `in ${this.effectiveInDays} days`;
    return `publish ${this.version}${this.material ? ' (material)' : ''}, effective ${when}`;
  }
  /** The site with this version, its effective date counted from `now`. */
  next = (now: number): Site => ({
    ...site,
    version: this.version,
    effectiveDate:
      this.effectiveInDays === undefined
        ? undefined
        : localDate((now - T0) / DAY + this.effectiveInDays),
    material: this.material,
  });
  // The site deploys a new policy: both tabs get the new configuration (as on their next load).
  act = (r: Real) => {
    site = this.next(Date.now());
    r.store.configure(configOf(site));
    r.other.configure(configOf(site));
  };
  model = (m: Model) => {
    m.site = this.next(m.now);
  };
}
class Corrupt extends Step {
  constructor(readonly value: string) {
    super();
  }
  get label() {
    return `corrupt cookie ${JSON.stringify(this.value)}`;
  }
  act = () => {
    document.cookie = `${NAME}=${this.value}; Path=/`;
  };
  model = (m: Model) => {
    // Nothing notices until the next read (the wake in every step): then it counts as no record.
    m.record = null;
    m.corrupt = true;
    m.unseen = true;
  };
}

const tab = fc.constantFrom<Tab>('this', 'this', 'other');
const id = fc.constantFrom(...IDS);
const service = fc.constantFrom(...SERVICE_IDS);
const commands = fc.commands(
  [
    tab.map((t) => new AcceptAll(t)),
    tab.map((t) => new RejectAll(t)),
    fc.tuple(tab, id, fc.boolean()).map(([t, i, on]) => new SetOne(t, 'setCategory', i, on)),
    fc.tuple(tab, service, fc.boolean()).map(([t, i, on]) => new SetOne(t, 'setService', i, on)),
    fc
      .tuple(tab, fc.dictionary(fc.oneof(id, service), fc.boolean(), { maxKeys: 3 }))
      .map(([t, c]) => new SetCategories(t, c)),
    fc
      .tuple(tab, fc.constantFrom(undefined, 'v0', 'v1', 'v2'))
      .map(([t, v]) => new Acknowledge(t, v)),
    tab.map((t) => new Reset(t)),
    fc
      .oneof(
        fc.constantFrom(1, 3_600_000, 30 * DAY, 181 * DAY, MAX_AGE_DAYS * DAY, 183 * DAY),
        fc.integer({ min: 0, max: 200 * DAY }),
      )
      .map((ms) => new Advance(ms)),
    fc.constant(new Reload()),
    fc
      .tuple(
        fc.constantFrom<Site['version']>('v1', 'v2', 'v3'),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        fc.boolean(),
      )
      .map(([version, days, material]) => new Publish(version, days, material)),
    fc
      .oneof(
        fc.constantFrom('yes', '1.abc', '2.a.b.c.1...', '1.x.zzzzzzzzzz.1.1...'),
        fc.stringMatching(/^[\w.~%-]{0,40}$/),
      )
      .filter((v) => parseConsentCookie(v) === null)
      .map((v) => new Corrupt(v)),
  ],
  { maxCommands: 20 },
);

/** The local calendar date `days` after T0, YYYY-MM-DD. */
const localDate = (days: number) => localIsoDate(new Date(T0 + days * DAY));
const sites: fc.Arbitrary<Site> = fc.record({
  regime: fc.constantFrom('opt-in', 'opt-out'),
  gpc: fc.boolean(),
  respectGpc: fc.boolean(),
  version: fc.constantFrom('v1', 'v2'),
  effectiveDate: fc.option(fc.integer({ min: -30, max: 200 }).map(localDate), { nil: undefined }),
  material: fc.boolean(),
});
const RUNS = 1500;

declare module 'vitest' {
  export interface ProvidedContext {
    /** FC_SEED and FC_PATH from the environment: replay one fast-check run ('' when unset). */
    fcSeed: string;
    fcPath: string;
  }
}
/** The seed of this run: FC_SEED to replay one, else a new one (printed by fast-check on failure). */
const replay = () => {
  const seed = inject('fcSeed');
  const path = inject('fcPath');
  return seed === '' ? {} : { seed: Number(seed), path: path === '' ? undefined : path };
};
/** Sends (or not) Global Privacy Control, as the browser would. */
const setGpc = (on: boolean) =>
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });

describe('consent store against a reference model', () => {
  beforeEach(() => {
    globalThis.BroadcastChannel = CountingChannel;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    globalThis.BroadcastChannel = Native;
    setGpc(false);
    vi.useRealTimers();
    vi.restoreAllMocks();
    clearCookie();
  });

  it(`agrees with the model after every step of ${RUNS} random sequences (both regimes, GPC, policy versions, actions, clock, reloads, a second tab, corrupt cookies)`, async () => {
    expect(document.visibilityState).toBe('visible');
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(sites, commands, async (drawn, cmds) => {
        clearCookie();
        vi.setSystemTime(T0);
        site = drawn;
        setGpc(site.gpc);
        const real: Real = { store: open(), other: open() };
        const model: Model = { site, now: T0, record: null, corrupt: false, unseen: false };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await settle();
          real.store.dispose();
          real.other.dispose();
        }
      }),
      { numRuns: RUNS, ...replay() },
    );
    console.info(`model test: ${RUNS} sequences in ${Math.round(performance.now() - started)} ms`);
    // About 60 s with the machine's two cores loaded many times over: room for a slower one.
  }, 300_000);
});

// Each waits at most LOST_AFTER_MS for the other tab to hear of a change.
describe('regressions the model found', { timeout: 2 * LOST_AFTER_MS }, () => {
  beforeEach(() => {
    site = { regime: 'opt-in', gpc: false, respectGpc: true, version: 'v1', material: false };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    clearCookie();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    clearCookie();
  });

  it('records a refusal made after the earlier decision expired on a page left open', () => {
    const store = open();
    try {
      store.rejectAll();
      vi.setSystemTime(T0 + MAX_AGE_DAYS * DAY);
      store.rejectAll();
      expect(store.state.decided).toBe(true);
      expect(parseConsentCookie(cookieValues()[0])?.decidedAt).toBe(T0 + MAX_AGE_DAYS * DAY);
      wake();
      expect(store.state).toMatchObject({ decided: true, needsNotice: false });
    } finally {
      store.dispose();
    }
  });

  it('a reset in one tab does not undo a newer decision another tab made before hearing of it', async () => {
    const first = open();
    const second = open();
    try {
      first.acceptAll();
      const start = performance.now();
      while (performance.now() - start < LOST_AFTER_MS && !second.state.decided) await tick();
      vi.setSystemTime(T0 + 1);
      first.reset();
      vi.setSystemTime(T0 + 2);
      second.rejectAll();
      const agreed = () =>
        first.state.decided &&
        second.state.decided &&
        JSON.stringify(first.state.record) === JSON.stringify(second.state.record);
      const later = performance.now();
      while (performance.now() - later < LOST_AFTER_MS && !agreed()) await tick();
      expect(agreed()).toBe(true);
      expect([first.isGranted('analytics'), second.isGranted('analytics')]).toEqual([false, false]);
      expect(parseConsentCookie(cookieValues()[0])?.choices.analytics).toBe(false);
    } finally {
      first.dispose();
      second.dispose();
    }
  });

  it('two tabs deciding before either hears of the other converge on the newer decision, the one the cookie holds', async () => {
    const first = open();
    const second = open();
    try {
      first.acceptAll();
      vi.setSystemTime(T0 + 1);
      second.rejectAll();
      const heard = () =>
        first.state.record?.updatedAt === T0 + 1 &&
        second.state.record?.updatedAt === T0 + 1 &&
        JSON.stringify(first.state.record) === JSON.stringify(second.state.record);
      const start = performance.now();
      // Each tab hears of the other's decision; the older one must not overwrite the newer.
      while (performance.now() - start < LOST_AFTER_MS && !heard()) await tick();
      expect([first.isGranted('analytics'), second.isGranted('analytics')]).toEqual([false, false]);
      expect(heard()).toBe(true);
      expect(parseConsentCookie(cookieValues()[0])?.choices.analytics).toBe(false);
    } finally {
      first.dispose();
      second.dispose();
    }
  });
});
