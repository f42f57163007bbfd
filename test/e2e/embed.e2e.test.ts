// <consent-embed> on a real page, as a visitor meets it: two YouTube videos and a map, their hosts
// local stand-in servers (nothing leaves 127.0.0.1). Nothing is requested from an embed host before
// consent; Load loads that one embed and records nothing; Always allow YouTube loads both videos (not
// the map) and survives a reload; withdrawing YouTube in the preferences puts both placeholders
// back. The page never shifts (Cumulative Layout Shift 0) through all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { hostPage } from './support/host-page.js';
import { startServer, type TestServer } from './support/server.js';
import { useBrowserSession } from './support/session.js';
import { MARKETING_WITH_SERVICES } from '../../stories/support/services.js';

const session = useBrowserSession();
/** Stand-ins for www.youtube-nocookie.com and www.google.com: they record every request. */
let videoHost: TestServer;
let mapHost: TestServer;

const CONFIG = {
  categories: [{ id: 'necessary', label: 'Necessary', required: true }, MARKETING_WITH_SERVICES],
};

/** The embeds' frames, each a page of the stand-in host. */
const STAND_IN_PLAYER = '<!doctype html><title>Player</title><button>Play</button>';

function page(): string {
  const video = (id: string, title: string) =>
    `<consent-embed service="marketing.youtube" src="${videoHost.origin}/embed/${id}" title="${title}" width="640" height="360"></consent-embed>`;
  return hostPage(
    CONFIG,
    // The size before the element's script arrives (as the Embed docs page recommends): the same
    // box the placeholder then draws, so the upgrade moves nothing.
    `<style>
      consent-embed:not(:defined) { display: block; max-inline-size: 640px; aspect-ratio: 640 / 360; }
      consent-embed[aspect-ratio='4/3']:not(:defined) { max-inline-size: none; aspect-ratio: 4 / 3; }
    </style>
    <consent-cookie-notice></consent-cookie-notice>
    ${video('tour', 'Product tour')}
    <p>Between the videos.</p>
    ${video('setup', 'Setting up')}
    <consent-embed service="marketing.maps" src="${mapHost.origin}/maps/embed?pb=office" title="Our office" aspect-ratio="4/3"></consent-embed>
    <p>After the map.</p>`,
  );
}

/** Every layout-shift value the page recorded since it started (kept across the test by an init script). */
/**
 * The layout shifts recorded so far. Entries reach the observer after the frame that caused them,
 * so two frames and a task pass first: a shift already painted is never read too early.
 */
const shifts = (tab: Page) =>
  tab.evaluate(async () => {
    await new Promise((settled) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(settled, 0))),
    );
    return [...(window as unknown as { __shifts: number[] }).__shifts];
  });

/** Paths the stand-in host was asked for, in order. */
const asked = (host: TestServer) => host.received.map((r) => r.url);

const embed = (tab: Page, title: string) => tab.locator(`consent-embed[title="${title}"]`);
const frameOf = (tab: Page, title: string) => embed(tab, title).locator('iframe');

let url: string;

beforeAll(async () => {
  [videoHost, mapHost] = await Promise.all([
    startServer({ record: true }),
    startServer({ record: true }),
  ]);
  for (const host of [videoHost, mapHost]) {
    for (const path of ['/embed/tour', '/embed/setup', '/maps/embed'])
      host.serve(path, STAND_IN_PLAYER);
  }
  url = session.server.serve('/embeds.html', page());
});
afterAll(async () => {
  await Promise.all([videoHost?.close(), mapHost?.close()]);
});

async function open(): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.addInitScript(() => {
    const record: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.goto(url);
  await embed(tab, 'Our office').locator('[part~="load"]').waitFor();
  return tab;
}

describe('<consent-embed> on a page with two videos and a map', () => {
  it('asks the embed hosts for nothing before consent; Load loads one embed and records nothing; Always allow YouTube loads both videos, not the map, and survives a reload; withdrawing YouTube in the preferences puts both placeholders back; CLS 0', async () => {
    videoHost.received.length = 0;
    mapHost.received.length = 0;
    const tab = await open();
    // Placeholders only: no frame, no request to either host.
    expect(await tab.locator('consent-embed iframe').count()).toBe(0);
    expect(asked(videoHost)).toEqual([]);
    expect(asked(mapHost)).toEqual([]);

    // Load: this video only, this time; no cookie.
    await embed(tab, 'Product tour').locator('[part~="load"]').click();
    await frameOf(tab, 'Product tour').waitFor();
    await expect.poll(() => asked(videoHost), { timeout: 15_000 }).toEqual(['/embed/tour']);
    expect(await frameOf(tab, 'Setting up').count()).toBe(0);
    expect(await session.context.cookies()).toEqual([]);

    // Always allow YouTube: the other video loads too; the map stays a placeholder.
    await embed(tab, 'Setting up').locator('[part~="allow"]').click();
    await frameOf(tab, 'Setting up').waitFor();
    await expect
      .poll(() => asked(videoHost).sort(), { timeout: 15_000 })
      .toEqual(['/embed/setup', '/embed/tour']);
    expect(asked(mapHost)).toEqual([]);
    expect(await frameOf(tab, 'Our office').count()).toBe(0);
    expect((await session.context.cookies()).map((c) => c.name)).toEqual(['consent']);
    expect(await shifts(tab)).toEqual([]);

    // A reload: both videos load at once (the grant is in the cookie), the map does not.
    videoHost.received.length = 0;
    await tab.reload();
    await frameOf(tab, 'Product tour').waitFor();
    await frameOf(tab, 'Setting up').waitFor();
    expect(await embed(tab, 'Our office').locator('[part~="allow"]').count()).toBe(1);
    await expect
      .poll(() => asked(videoHost).sort(), { timeout: 15_000 })
      .toEqual(['/embed/setup', '/embed/tour']);
    expect(asked(mapHost)).toEqual([]);
    expect(await shifts(tab)).toEqual([]);

    // Withdrawing YouTube in the preferences (opened from an embed's Cookie settings): both
    // videos go back to their placeholders, their frames removed; the map is untouched. Nothing
    // shifts, the dialog included: flipping a service leaves it as tall as it was.
    await embed(tab, 'Our office').locator('[part~="settings"]').click();
    const notice = tab.locator('consent-cookie-notice');
    const youtubeRow = notice.locator('[part~="service"]', { hasText: 'YouTube' });
    await youtubeRow.locator('[part~="switch"]').click();
    expect(await shifts(tab)).toEqual([]);
    await notice.locator('[part~="save"]').click();
    await embed(tab, 'Product tour').locator('[part~="allow"]').waitFor();
    await embed(tab, 'Setting up').locator('[part~="allow"]').waitFor();
    expect(await tab.locator('consent-embed iframe').count()).toBe(0);
    expect(await embed(tab, 'Our office').locator('[part~="allow"]').count()).toBe(1);
    expect(asked(mapHost)).toEqual([]);
    expect(await shifts(tab)).toEqual([]);
    await tab.close();
  });
});
