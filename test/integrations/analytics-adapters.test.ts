// The Mixpanel and PostHog adapters with real SDK instances, initialised WITHOUT their
// opt-out-by-default options: the adapter alone keeps them quiet until consent. Every request the
// SDKs try (fetch, XMLHttpRequest, sendBeacon) is recorded here and never leaves the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mixpanel } from 'mixpanel-browser';
import type { PostHogInterface } from 'posthog-js';
import { connectMixpanel, connectPostHog } from '../../src/integrations/index.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { ANALYTICS_AND_MARKETING, freshStore, resetPage } from './helpers.js';

/** A closed local port: nothing would answer, and nothing is sent anyway (see `record`). */
const API_HOST = 'http://127.0.0.1:9';

/** The body of every request the SDKs tried, as text (Mixpanel's base64 `data=` is decoded). */
let sent: string[] = [];
const decode = (body: unknown): string => {
  const text = typeof body === 'string' ? body : body instanceof Blob ? '<blob>' : String(body);
  const data = new URLSearchParams(text).get('data');
  return data ? atob(decodeURIComponent(data)) : text;
};

// The recorders replace the transports before the SDKs load: PostHog keeps the `fetch` it finds.
window.fetch = async (_url, init) => {
  sent.push(decode(init?.body));
  return new Response('{"status":1}', { status: 200 });
};
XMLHttpRequest.prototype.send = function (body) {
  sent.push(decode(body));
};
navigator.sendBeacon = (_url, body) => {
  sent.push(decode(body));
  return true;
};
const { default: mixpanel } = await import('mixpanel-browser');
const { default: posthog } = await import('posthog-js');

let store: ConsentStoreApi;
let disconnect: (() => void) | undefined;
let instance = 0;

beforeEach(() => {
  resetPage();
  localStorage.clear();
  sent = [];
  store = freshStore({ categories: ANALYTICS_AND_MARKETING });
});
afterEach(() => {
  disconnect?.();
  disconnect = undefined;
  vi.restoreAllMocks();
  localStorage.clear();
  resetPage();
});

/** A Mixpanel instance with the defaults a site would use, connected to the store when loaded. */
function newMixpanel(connect = true): Mixpanel {
  let loaded: Mixpanel | undefined;
  const created = mixpanel.init(
    'token',
    {
      api_host: API_HOST,
      batch_requests: false,
      persistence: 'localStorage',
      loaded: (sdk) => {
        loaded = sdk;
        if (connect) disconnect = connectMixpanel(sdk, { store });
      },
    },
    `mixpanel${++instance}`,
  );
  return loaded ?? created;
}

/** A PostHog instance with the defaults a site would use (pageview on load), connected when loaded. */
function newPostHog(connect = true): PostHogInterface {
  let loaded: PostHogInterface | undefined;
  const created = posthog.init(
    'phc_token',
    {
      api_host: API_HOST,
      request_batching: false,
      // Readable request bodies, and no bot filter for headless Chromium's user agent.
      disable_compression: true,
      opt_out_useragent_filter: true,
      persistence: 'memory',
      advanced_disable_flags: true,
      disable_session_recording: true,
      disable_surveys: true,
      loaded: (sdk) => {
        loaded = sdk;
        if (connect) disconnect = connectPostHog(sdk, { store });
      },
    },
    `posthog${++instance}`,
  );
  return (loaded ?? created) as PostHogInterface;
}

/** Waits until the SDKs had every chance to send (their timers and queues run), then settles. */
const flushed = () => new Promise((done) => setTimeout(done, 300));

/** One SDK as these tests drive it. */
interface Tool<Sdk> {
  name: string;
  create(connect: boolean): Sdk;
  connect(sdk: Sdk): () => void;
  send(sdk: Sdk, event: string): void;
  optedOut(sdk: Sdk): boolean;
  /** The SDK's own opt-in and opt-out methods. */
  optIn: keyof Sdk & string;
  optOut: keyof Sdk & string;
}
const tool = <Sdk>(t: Tool<Sdk>) => t as Tool<unknown>;

describe.each([
  tool<Mixpanel>({
    name: 'connectMixpanel',
    create: newMixpanel,
    connect: (sdk) => connectMixpanel(sdk, { store }),
    send: (sdk, event) => sdk.track(event),
    optedOut: (sdk) => sdk.has_opted_out_tracking(),
    optIn: 'opt_in_tracking',
    optOut: 'opt_out_tracking',
  }),
  tool<PostHogInterface>({
    name: 'connectPostHog',
    create: newPostHog,
    connect: (sdk) => connectPostHog(sdk, { store }),
    send: (sdk, event) => sdk.capture(event),
    optedOut: (sdk) => sdk.has_opted_out_capturing(),
    optIn: 'opt_in_capturing',
    optOut: 'opt_out_capturing',
  }),
])('$name with a real instance', (t) => {
  it('sends nothing before consent (not even what init sends), and the events after it', async () => {
    const sdk = t.create(true);
    expect(t.optedOut(sdk)).toBe(true);
    t.send(sdk, 'before consent');
    store.rejectAll();
    t.send(sdk, 'after refusal');
    await flushed();
    expect(sent.join('\n')).not.toMatch(
      /before consent|after refusal|\$pageview|\$mp_web_page_view/,
    );
    store.setCategory('analytics', true);
    t.send(sdk, 'after consent');
    await expect.poll(() => sent.join('\n'), { timeout: 5000 }).toContain('after consent');
    expect(sent.join('\n')).not.toMatch(/before consent|after refusal/);
  });

  it('skips the call when the SDK already is in the state consent asks for', () => {
    const sdk = t.create(false) as Record<string, () => void>;
    sdk[t.optOut]();
    const optOut = vi.spyOn(sdk, t.optOut);
    disconnect = t.connect(sdk);
    expect(optOut).not.toHaveBeenCalled();
    disconnect();
    store.acceptAll();
    sdk[t.optIn]();
    const optIn = vi.spyOn(sdk, t.optIn);
    disconnect = t.connect(sdk);
    expect(optIn).not.toHaveBeenCalled();
  });
});
