// The four workshop themes, photographed from the static Storybook build.
//
// beforeAll builds Storybook (`storybook build`, shared with the docs-site suite: see
// support/storybook.ts), so the screenshots always show the current stories and themes, serves it
// on 127.0.0.1 with every other request blocked (the static site must work offline), and opens the story
// `theming-themes--all-three` once per theme through the toolbar global (`&globals=theme:<name>`).
// Screenshots go to `screenshots/themes/` (git-ignored). The theme CSS is single-sourced in
// `stories/themes/*.css`; this test reads the expected surface colours from those files.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { computedColor } from '../../stories/support/dom.js';
import { ROOT, startServer, type TestServer } from './support/server.js';
import { builtStorybook, keepOffline, storybookIndex } from './support/storybook.js';

const OUT = join(ROOT, 'screenshots/themes');
const THEMES = ['light', 'dark', 'high-contrast', 'brand'] as const;
const STORY = 'theming-themes--all-three';

let dir: string;
let server: TestServer;
let origin: string;
let browser: Browser;
/** Requests that tried to leave 127.0.0.1. */
const external: string[] = [];

/** The value of `--consent-surface` in a theme file, as the browser would compute it later. */
async function themeSurface(theme: string): Promise<string> {
  const css = await readFile(join(ROOT, 'stories/themes', `${theme}.css`), 'utf8');
  const value = /--consent-surface:\s*([^;]+);/.exec(css)?.[1].trim();
  if (!value) throw new Error(`stories/themes/${theme}.css sets no --consent-surface`);
  return value;
}

beforeAll(async () => {
  dir = await builtStorybook();
  server = await startServer({ root: dir });
  ({ origin } = server);
  browser = await chromium.launch(chromiumLaunchOptions());
  await mkdir(OUT, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shot {
  png: Buffer;
  surface: string;
  accept: string;
  expectedSurface: string;
}

async function photograph(theme: string): Promise<Shot> {
  const context = await browser.newContext({ viewport: { width: 900, height: 760 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await keepOffline(page, origin, external);
  await page.goto(`${origin}/iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme}`);
  // The story has rendered and its play function has checked the theme.
  await page.waitForFunction(
    () => {
      const notice = document.querySelector('consent-cookie-notice');
      return !!notice?.shadowRoot?.querySelector('dialog[open]');
    },
    undefined,
    { timeout: 20_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  const colors = await page.evaluate(() => {
    const notice = document.querySelector('consent-cookie-notice')!.shadowRoot!;
    return {
      theme: document.documentElement.dataset.consentTheme,
      surface: getComputedStyle(notice.querySelector('[part~="base"]')!).backgroundColor,
      accept: getComputedStyle(notice.querySelector('[part~="accept"]')!).backgroundColor,
    };
  });
  expect(colors.theme).toBe(theme);
  const expected = await themeSurface(theme);
  const expectedSurface = await page.evaluate(computedColor, expected);
  const png = await page.screenshot({ fullPage: false });
  await writeFile(join(OUT, `${theme}.png`), png);
  await context.close();
  expect(errors).toEqual([]);
  return { png, surface: colors.surface, accept: colors.accept, expectedSurface };
}

describe('theme screenshots (static Storybook build)', () => {
  it('renders the four themes differently, each with its own surface, offline', async () => {
    const shots: Record<string, Shot> = {};
    for (const theme of THEMES) shots[theme] = await photograph(theme);

    for (const theme of THEMES) {
      expect(shots[theme].surface, `${theme}: notice surface`).toBe(shots[theme].expectedSurface);
      expect(existsSync(join(OUT, `${theme}.png`))).toBe(true);
    }
    // Every pair of themes differs: in pixels, and in the notice's surface or accent colour.
    for (const [i, a] of THEMES.entries()) {
      for (const b of THEMES.slice(i + 1)) {
        expect(shots[a].png.equals(shots[b].png), `${a} and ${b} screenshots`).toBe(false);
        expect(
          `${shots[a].surface} ${shots[a].accept}`,
          `${a} and ${b} surface and accent colours`,
        ).not.toBe(`${shots[b].surface} ${shots[b].accept}`);
      }
    }
    expect(external, 'requests that left 127.0.0.1').toEqual([]);
    // Four pages, each played and photographed: 20 s alone, more on a loaded machine.
  }, 120_000);
});

interface PreviewProbe {
  /** The story being played (set before asking the preview to switch). */
  current?: string;
  /** Per story id: `finished:<status>` from Storybook's `storyFinished`, exceptions, page errors. */
  results: Record<string, string[]>;
  channel?: {
    on(event: string, fn: (payload: never) => void): void;
    emit(...args: unknown[]): void;
  };
}

/**
 * Plays `ids` one after another in one preview page, switching stories the way the Storybook UI
 * does (`setCurrentStory` on the preview's channel), and returns what the preview reported for each.
 */
async function playStories(ids: string[]): Promise<Record<string, string>> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await keepOffline(page, origin, external);
  await page.addInitScript(() => {
    const probe: PreviewProbe = { current: undefined, results: {} };
    const note = (id: string | undefined, what: string) =>
      (probe.results[id ?? '?'] ??= []).push(what);
    (window as unknown as { __probe: PreviewProbe }).__probe = probe;
    addEventListener('error', (e) => note(probe.current, `error: ${e.message}`));
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => probe.channel,
      set(channel: NonNullable<PreviewProbe['channel']>) {
        probe.channel = channel;
        channel.on('storyFinished', (p: { storyId: string; status: string }) =>
          note(p.storyId, `finished:${p.status}`),
        );
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
          channel.on(event, (e: { message?: string; title?: string }) =>
            note(probe.current, `${event}: ${e?.message ?? e?.title ?? ''}`),
          );
        }
      },
    });
  });
  const finished = (id: string) =>
    page
      .waitForFunction(
        (story) =>
          ((window as unknown as { __probe: PreviewProbe }).__probe.results[story] ?? []).some(
            (r) => r.startsWith('finished:'),
          ),
        id,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
  const [first, ...rest] = ids;
  await page.addInitScript(
    (id) => ((window as unknown as { __probe: PreviewProbe }).__probe.current = id),
    first,
  );
  await page.goto(`${origin}/iframe.html?id=${first}&viewMode=story`);
  await finished(first);
  for (const id of rest) {
    await page.evaluate((story) => {
      const probe = (window as unknown as { __probe: PreviewProbe }).__probe;
      probe.current = story;
      probe.channel!.emit('setCurrentStory', { storyId: story, viewMode: 'story' });
    }, id);
    await finished(id);
  }
  const results = await page.evaluate(
    () => (window as unknown as { __probe: PreviewProbe }).__probe.results,
  );
  await context.close();
  return Object.fromEntries(
    ids.map((id) => [id, (results[id] ?? ['nothing reported']).join(' | ')]),
  );
}

describe('static Storybook build', () => {
  it('renders every story and passes its play function and a11y check, offline', async () => {
    const ids = (await storybookIndex(dir)).filter((e) => e.type === 'story').map((e) => e.id);
    expect(ids.length).toBeGreaterThan(40);
    const outcome = await playStories(ids);
    const failed = Object.entries(outcome).filter(([, r]) => r !== 'finished:success');
    expect(Object.fromEntries(failed)).toEqual({});
    expect(external, 'requests that left 127.0.0.1').toEqual([]);
  }, 240_000);
});
