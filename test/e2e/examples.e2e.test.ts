// The React and Vue examples (examples/react, examples/vue): each installs the packed package
// (scripts/pack-examples.mjs), is built with Vite from it and driven in Chromium as a visitor would,
// checking that the app's own state follows consent and that the fake analytics code loads only
// once analytics is granted.
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { packExamples } from '../../scripts/pack-examples.mjs';
import { watchForProblems } from './support/browser.js';
import { useSessionPage } from './support/session.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = ['react', 'vue'] as const;

const session = useSessionPage({ cdn: false });

beforeAll(async () => {
  packExamples(EXAMPLES);
  // Production builds, as a site would ship them: Vite takes its mode from NODE_ENV, which vitest
  // sets to `test` (React's development build, StrictMode's double effects).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // Sequential: two Vite builds in one process compete for two cores without gaining time.
    for (const name of EXAMPLES) {
      await build({ root: resolve(ROOT, 'examples', name), logLevel: 'warn' });
    }
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // About 24 s under a heavy load: well within reach of the 60 s default for hooks.
}, 180_000);

describe.each(EXAMPLES)('the %s example', (name) => {
  const url = () => `${session.server.origin}/examples/${name}/dist/index.html`;
  let problems: Awaited<ReturnType<typeof watchForProblems>>;
  /** URLs the page fetched, in order. */
  let requests: string[];

  beforeEach(async () => {
    problems = await watchForProblems(session.page);
    requests = [];
    session.page.on('request', (request) => requests.push(request.url()));
  });

  const text = (testId: string) => session.page.getByTestId(testId).textContent();
  const noticeButton = (part: string) =>
    session.page.locator(`consent-cookie-notice [part~="${part}"]`);
  const toggleSwitch = (id: string) => session.page.locator(`#${id} [part~="switch"]`);
  const widgetFetched = () => requests.some((u) => /\/AnalyticsWidget-[\w-]+\.js$/.test(u));

  /** Opens the app and waits until it has rendered and the notice has rendered its first state. */
  async function open(): Promise<void> {
    await session.page.goto(url());
    await expect.poll(() => text('analytics-status')).toMatch(/^Analytics: (on|off)$/);
    await session.page
      .locator('consent-cookie-notice')
      .evaluate((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
  }

  async function acceptAll(): Promise<void> {
    await open();
    await expect.poll(() => noticeButton('accept').isVisible()).toBe(true);
    await noticeButton('accept').click();
    await expect.poll(() => text('analytics-status')).toBe('Analytics: on');
  }

  it('first visit: the notice asks, the app says analytics is off and loads no analytics', async () => {
    await open();
    await expect.poll(() => noticeButton('accept').isVisible()).toBe(true);
    expect(await noticeButton('reject').isVisible()).toBe(true);
    expect(await text('analytics-status')).toBe('Analytics: off');
    expect(await text('marketing-status')).toBe('Marketing: off');
    expect(await session.page.getByTestId('analytics-widget').count()).toBe(0);
    expect(widgetFetched()).toBe(false);
    expect(await session.page.evaluate(() => window.fakeAnalyticsHits)).toBeUndefined();
    expect(problems.errors).toEqual([]);
  });

  it('Accept turns analytics on in app state and loads the widget; a reload keeps it, without the notice', async () => {
    await open();
    expect(widgetFetched()).toBe(false);
    await noticeButton('accept').click();
    await expect.poll(() => text('analytics-status')).toBe('Analytics: on');
    expect(await text('marketing-status')).toBe('Marketing: on');
    await expect.poll(() => session.page.getByTestId('analytics-widget').isVisible()).toBe(true);
    expect(widgetFetched()).toBe(true);
    expect(await session.page.evaluate(() => window.fakeAnalyticsHits)).toBe(1);
    expect(await noticeButton('accept').isVisible()).toBe(false);

    await session.page.reload();
    await open();
    expect(await text('analytics-status')).toBe('Analytics: on');
    await expect.poll(() => session.page.getByTestId('analytics-widget').isVisible()).toBe(true);
    expect(await noticeButton('accept').isVisible()).toBe(false);
    expect(problems.errors).toEqual([]);
  });

  it('Reject keeps analytics off and the widget unloaded', async () => {
    await open();
    await noticeButton('reject').click();
    await expect.poll(() => noticeButton('reject').isVisible()).toBe(false);
    expect(await text('analytics-status')).toBe('Analytics: off');
    expect(widgetFetched()).toBe(false);
  });

  it('the opt-out toggle turns analytics off in app state and removes the widget', async () => {
    await acceptAll();
    await expect.poll(() => session.page.getByTestId('analytics-widget').isVisible()).toBe(true);
    expect(await toggleSwitch('analytics-opt-out').getAttribute('aria-checked')).toBe('false');
    await toggleSwitch('analytics-opt-out').click();
    await expect.poll(() => text('analytics-status')).toBe('Analytics: off');
    expect(await session.page.getByTestId('analytics-widget').count()).toBe(0);
    expect(await toggleSwitch('analytics-opt-out').getAttribute('aria-checked')).toBe('true');
    // Only analytics: the other grant is untouched.
    expect(await text('marketing-status')).toBe('Marketing: on');
    expect(problems.errors).toEqual([]);
  });

  it('the marketing toggle reports the change to the app through its change handler', async () => {
    await acceptAll();
    expect(await text('marketing-last-choice')).toBe('Last marketing choice: none yet');
    await toggleSwitch('marketing-opt-out').click();
    await expect.poll(() => text('marketing-last-choice')).toBe('Last marketing choice: opted out');
    await expect.poll(() => text('marketing-status')).toBe('Marketing: off');
    await toggleSwitch('marketing-opt-out').click();
    await expect.poll(() => text('marketing-last-choice')).toBe('Last marketing choice: opted in');
    await expect.poll(() => text('marketing-status')).toBe('Marketing: on');
  });

  it('"Cookie settings" re-opens the notice, and a new choice reaches the app', async () => {
    await acceptAll();
    await expect.poll(() => noticeButton('accept').isVisible()).toBe(false);
    await session.page.getByRole('link', { name: 'Cookie settings' }).click();
    // It opens the preferences dialog, which has its own Reject all.
    const reject = noticeButton('preferences').locator('[part~="reject"]');
    await expect.poll(() => reject.isVisible()).toBe(true);
    expect(new URL(session.page.url()).hash).toBe('');
    await reject.click();
    await expect.poll(() => text('analytics-status')).toBe('Analytics: off');
    expect(await noticeButton('preferences').count()).toBe(0);
    expect(problems.errors).toEqual([]);
  });
});

declare global {
  interface Window {
    /** Page views counted by the examples' fake analytics widget. */
    fakeAnalyticsHits?: number;
  }
}
