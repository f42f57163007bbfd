// The docs site as a reader meets it: the static Storybook build (shared with the themes suite,
// see support/storybook.ts), served from 127.0.0.1 with every other request blocked.
//
// - Every docs page at 1280x800: Markdown tables rendered (no raw `| --- |` row), the page neither
//   scrolls nor moves focus while it loads its story frames, no console error.
// - Every story at 375x740 and 1280x800, played as in the canvas: every button of an open notice
//   lies inside its frame (the story's viewport and, where the story draws one, its page frame),
//   no console error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchBrowser, watchForProblems } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import {
  builtStorybook,
  keepOffline,
  storybookIndex,
  type IndexEntry,
} from './support/storybook.js';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
/** A Markdown table's delimiter row left as text: `| --- |`, `|:---|---:|`. */
const RAW_TABLE_ROW = /\|\s*:?-{3,}:?\s*\|/;

let server: TestServer;
let browser: Browser;
let entries: IndexEntry[];
/** Requests that tried to leave 127.0.0.1. */
const external: string[] = [];

beforeAll(async () => {
  const dir = await builtStorybook();
  entries = await storybookIndex(dir);
  server = await startServer({ root: dir });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page (and each story frame in it) reports through Storybook's channel. */
interface SiteProbe {
  docsRendered: boolean;
  /** Story ids whose render (and play function, in the canvas) has finished. */
  finished: string[];
}

/** Runs in every frame before Storybook: listens on the preview's channel once it exists. */
function installProbe(): void {
  const probe: SiteProbe = { docsRendered: false, finished: [] };
  let channel: unknown;
  Object.assign(window, { __site: probe });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(event: string, fn: (payload: never) => void): void }) {
      channel = value;
      value.on('docsRendered', () => (probe.docsRendered = true));
      value.on('storyFinished', (p: { storyId: string }) => probe.finished.push(p.storyId));
    },
  });
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, in every frame of the page. */
  errors: string[];
}

async function open(viewport: { width: number; height: number }): Promise<Opened> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const { errors } = await watchForProblems(page);
  await keepOffline(page, server.origin, external);
  await page.addInitScript(installProbe);
  return { context, page, errors };
}

/**
 * Waits until the docs page has rendered and every story frame it has loaded has finished its
 * story. The frames load lazily (`loading="lazy"`): those in and near the viewport load with the
 * page, every one of them at least when it is in view.
 */
async function docsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __site: SiteProbe }).__site.docsRendered,
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLIFrameElement>('iframe[id^="iframe--"]')].every((f) => {
        const frame = f.contentWindow as unknown as {
          __site?: SiteProbe;
          __STORYBOOK_PREVIEW__?: unknown;
        } | null;
        const inView = f.getBoundingClientRect().top < innerHeight;
        const started = !!frame?.__STORYBOOK_PREVIEW__;
        return (!inView && !started) || (frame?.__site?.finished.length ?? 0) > 0;
      }),
    undefined,
    { timeout: 90_000 },
  );
  // Two frames after the last story finished: any scroll or focus it caused has happened.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Where the docs page and its story frames stand after loading. */
function loadState() {
  const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[id^="iframe--"]')];
  return {
    scrollY: window.scrollY,
    focused: document.activeElement === document.body ? 'body' : document.activeElement?.id,
    framesScrolled: frames.filter((f) => (f.contentWindow?.scrollY ?? 0) !== 0).map((f) => f.id),
    text: document.body.innerText,
  };
}

/**
 * How each open notice is clipped. A notice's box must lie inside the story's viewport and inside
 * the page frame the story draws (`.story-frame`, which clips like a browser window). Its buttons
 * must lie inside the notice sideways, and within its content: a notice taller than the room it
 * has scrolls (long copy, the Customize view on a phone), which is right only when that room is
 * the whole viewport, not a frame shorter than the story.
 */
function clippedNotices(): string[] {
  type Box = { top: number; left: number; bottom: number; right: number };
  const inside = (inner: Box, outer: Box) =>
    inner.top >= outer.top - 0.5 &&
    inner.left >= outer.left - 0.5 &&
    inner.bottom <= outer.bottom + 0.5 &&
    inner.right <= outer.right + 0.5;
  const viewport = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
  const clipped: string[] = [];
  for (const notice of document.querySelectorAll('consent-cookie-notice')) {
    const base = notice.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
    if (!base?.checkVisibility()) continue;
    const box = base.getBoundingClientRect();
    const frameElement = notice.closest<HTMLElement>('.story-frame');
    const frame = frameElement?.getBoundingClientRect();
    if (!inside(box, viewport)) clipped.push('notice outside the viewport');
    if (frame && !inside(box, frame)) clipped.push('notice outside its page frame');
    const scrolls = base.scrollHeight > base.clientHeight + 1;
    // The padded layout leaves 1rem (16 px) above and below the frame.
    if (scrolls && frame && frame.height < innerHeight - 32 - 1) {
      clipped.push(`notice scrolls in a ${Math.round(frame.height)} px frame`);
    }
    const content = {
      top: box.top - base.scrollTop,
      left: box.left,
      bottom: box.top - base.scrollTop + base.scrollHeight,
      right: box.right,
    };
    for (const button of base.querySelectorAll('button')) {
      if (!button.checkVisibility()) continue;
      if (!inside(button.getBoundingClientRect(), content)) {
        clipped.push(`${button.getAttribute('part') ?? button.textContent?.trim()} cut off`);
      }
    }
  }
  return clipped;
}

describe('the docs site (static Storybook build)', () => {
  it('has docs pages and stories to check', () => {
    expect(entries.filter((e) => e.type === 'docs').length).toBeGreaterThan(10);
    expect(entries.filter((e) => e.type === 'story').length).toBeGreaterThan(40);
  });

  it('shows every docs page at 1280x800 without raw tables, scrolling, focus moves or errors', async () => {
    const problems: Record<string, unknown> = {};
    for (const { id } of entries.filter((e) => e.type === 'docs')) {
      const { context, page, errors } = await open(DESKTOP);
      await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=docs`);
      await docsSettled(page);
      const state = await page.evaluate(loadState);
      const found = {
        ...(RAW_TABLE_ROW.test(state.text) && { rawTable: RAW_TABLE_ROW.exec(state.text)![0] }),
        ...(state.scrollY !== 0 && { scrollY: state.scrollY }),
        ...(state.focused !== 'body' && { focused: state.focused }),
        ...(state.framesScrolled.length && { framesScrolled: state.framesScrolled }),
        ...(errors.length && { errors }),
      };
      if (Object.keys(found).length) problems[id] = found;
      await context.close();
    }
    expect(problems).toEqual({});
    expect(external, 'requests that left 127.0.0.1').toEqual([]);
    // Every docs page, one after the other: 488 s (81 % of the 600 s it had) with the two cores
    // loaded many times over; each wait inside keeps its own limit.
  }, 1_200_000);

  it.each([
    ['375x740', PHONE],
    ['1280x800', DESKTOP],
  ])(
    'plays every story at %s with the notice inside its frame and no errors',
    async (_, size) => {
      const ids = entries.filter((e) => e.type === 'story').map((e) => e.id);
      const { context, page, errors } = await open(size);
      const problems: Record<string, unknown> = {};
      const finished = (id: string) =>
        page.waitForFunction(
          (story) => (window as unknown as { __site: SiteProbe }).__site.finished.includes(story),
          id,
          { timeout: 30_000 },
        );
      await page.goto(`${server.origin}/iframe.html?id=${ids[0]}&viewMode=story`);
      for (const [i, id] of ids.entries()) {
        if (i > 0) {
          // Switch stories the way the Storybook UI does, in the same preview page.
          await page.evaluate((story) => {
            const channel = (
              window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(...a: unknown[]): void } }
            ).__STORYBOOK_ADDONS_CHANNEL__;
            channel.emit('setCurrentStory', { storyId: story, viewMode: 'story' });
          }, id);
        }
        await finished(id);
        const clipped = await page.evaluate(clippedNotices);
        const text = await page.evaluate(() => document.body.innerText);
        const found = {
          ...(clipped.length && { clipped }),
          ...(RAW_TABLE_ROW.test(text) && { rawTable: true }),
          ...(errors.length && { errors: errors.splice(0) }),
        };
        if (Object.keys(found).length) problems[id] = found;
      }
      await context.close();
      expect(problems).toEqual({});
    },
    600_000,
  );
});
