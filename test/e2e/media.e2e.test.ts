// The elements follow the visitor's settings: colour scheme, forced colours (Windows High Contrast),
// reduced motion and zoom (reflow at 320 CSS px), emulated by Playwright (`page.emulateMedia`, the
// viewport) on a plain page that loads only the built CDN module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import { returningVisitorCookie } from './support/visitor.js';
import { ROOT } from './support/server.js';
import { useBrowserSession } from './support/session.js';
import { isoInDays } from '../support/iso-date.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The default colours of a token in the shared base styles: `light-dark(<light>, <dark>)`. */
function defaultColors(token: 'surface' | 'text'): { light: string; dark: string } {
  const source = readFileSync(join(ROOT, 'src/components/shared/base.styles.ts'), 'utf8');
  const match = new RegExp(
    `--_${token}:\\s*var\\(--consent-${token},\\s*light-dark\\(\\s*(#[\\da-f]+),\\s*(#[\\da-f]+)\\s*\\)\\)`,
    'i',
  ).exec(source);
  if (!match) throw new Error(`base.styles.ts: no light-dark() default for --_${token}`);
  return { light: rgb(match[1]), dark: rgb(match[2]) };
}

/** `#rgb` or `#rrggbb` as the browser serialises a computed colour: `rgb(r, g, b)`. */
function rgb(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG contrast ratio of two opaque `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+/g) ?? []).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const PAGE = hostPage(
  {
    policy: { version: '2026-02', url: '/privacy', effectiveDate: isoInDays(10) },
    support: { email: 'privacy@example.com' },
  },
  `<consent-policy-banner></consent-policy-banner>
   <consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>
   <consent-cookie-notice></consent-cookie-notice>`,
);

/** The same page declaring `color-scheme: light dark`: it follows the OS, and the elements follow it. */
const ADAPTIVE_PAGE = PAGE.replace(
  '<html lang="en">',
  '<html lang="en" style="color-scheme: light dark">',
);

/**
 * The page as it was (no `color-scheme` of its own), with the elements told to follow the OS:
 * `--consent-color-scheme: light dark` (the documented "follow the OS" setting).
 */
const FOLLOW_OS_PAGE = PAGE.replace(
  '</head>',
  '<style>:root { --consent-color-scheme: light dark; }</style></head>',
);

type Visitor = 'first' | 'returning';

const session = useBrowserSession();
let url: string;
let adaptiveUrl: string;
let followOsUrl: string;
let page: Page;
/** Errors of every page a test opened. */
const errors: string[][] = [];
/** Contexts a test opened itself (own viewport): closed after it. */
const ownContexts: BrowserContext[] = [];

beforeEach(() => {
  url = session.server.serve('/media.html', PAGE);
  adaptiveUrl = session.server.serve('/media-adaptive.html', ADAPTIVE_PAGE);
  followOsUrl = session.server.serve('/media-follow-os.html', FOLLOW_OS_PAGE);
});

afterEach(async () => {
  expect(errors.splice(0).flat(), 'page errors').toEqual([]);
  await Promise.all(ownContexts.splice(0).map((context) => context.close()));
});

/**
 * Clicks the notice's Customize and waits for the preferences dialog: a module loaded on demand,
 * its switches render once it has come.
 */
async function openPreferences(): Promise<void> {
  await page.locator('consent-cookie-notice [part~="customize"]').click();
  await page.locator('consent-cookie-notice [part~="preferences"]').waitFor();
}

/**
 * Opens the page in `context` as a first-time visitor (the notice asks) or as a returning one, who
 * decided under policy 2026-01 (the banner announces 2026-02, the notice stays closed).
 */
async function visit(context: BrowserContext, visitor: Visitor, at = url): Promise<Page> {
  const opened = await context.newPage();
  errors.push((await watchForProblems(opened)).errors);
  if (visitor === 'returning') {
    const value = returningVisitorCookie('2026-01');
    await context.addCookies([{ name: 'consent', value, url: session.server.origin }]);
  }
  await opened.goto(at);
  const shown = visitor === 'first' ? 'consent-cookie-notice' : 'consent-policy-banner';
  await opened.locator(`${shown} [part~="base"]`).waitFor();
  await opened.locator('consent-opt-out-toggle [part~="switch"]').waitFor();
  return opened;
}

/** Computed colours of an element's `[part=base]`. */
const surfaceOf = (host: string) =>
  page.locator(host).evaluate((element) => {
    const style = getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!);
    return { background: style.backgroundColor, color: style.color };
  });

/** axe-core on the whole page (shadow roots included), WCAG 2.x A and AA rules. */
async function axe(): Promise<{ violations: string[]; contrastChecked: string[] }> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: { id: string; nodes: { target: unknown[] }[] }[];
          passes: { id: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const results = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return {
      violations: results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      ),
      contrastChecked: results.passes
        .filter((p) => p.id === 'color-contrast')
        .flatMap((p) => p.nodes.map((n) => JSON.stringify(n.target))),
    };
  });
}

describe('prefers-color-scheme', () => {
  const surface = defaultColors('surface');
  const text = defaultColors('text');

  it('the default light and dark surfaces differ, each with readable text', () => {
    expect(surface.light).not.toBe(surface.dark);
    expect(text.light).not.toBe(text.dark);
    expect(contrast(surface.light, text.light)).toBeGreaterThanOrEqual(7);
    expect(contrast(surface.dark, text.dark)).toBeGreaterThanOrEqual(7);
  });

  it('a page that declares no color-scheme shows light elements in a dark OS', async () => {
    const context = await session.browser.newContext({ colorScheme: 'dark' });
    ownContexts.push(context);
    for (const visitor of ['first', 'returning'] as const) {
      page = await visit(context, visitor);
      const hosts = [
        'consent-opt-out-toggle',
        visitor === 'first' ? 'consent-cookie-notice' : 'consent-policy-banner',
      ];
      for (const host of hosts) {
        expect(await surfaceOf(host), `${visitor} visitor, ${host}`).toEqual({
          background: surface.light,
          color: text.light,
        });
      }
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`--consent-color-scheme: light dark on a page without a color-scheme, ${scheme} OS: the elements follow the OS`, async () => {
      const context = await session.browser.newContext({ colorScheme: scheme });
      ownContexts.push(context);
      page = await visit(context, 'first', followOsUrl);
      for (const host of ['consent-cookie-notice', 'consent-opt-out-toggle']) {
        expect(await surfaceOf(host), host).toEqual({
          background: surface[scheme],
          color: text[scheme],
        });
      }
    });

    // Two visitors, each a page of its own and a whole-page axe run: 28 s under a heavy load, where
    // the e2e default of 30 s would have been all but used up.
    it(`color-scheme: light dark, ${scheme} OS: the notice, the toggle and the banner use the ${scheme} defaults, and pass axe`, async () => {
      for (const visitor of ['first', 'returning'] as const) {
        const context = await session.browser.newContext({ colorScheme: scheme });
        ownContexts.push(context);
        page = await visit(context, visitor, adaptiveUrl);
        const hosts =
          visitor === 'first'
            ? ['consent-cookie-notice', 'consent-opt-out-toggle']
            : ['consent-policy-banner', 'consent-opt-out-toggle'];
        for (const host of hosts) {
          expect(await surfaceOf(host), `${visitor} visitor, ${host}`).toEqual({
            background: surface[scheme],
            color: text[scheme],
          });
        }
        const { violations, contrastChecked } = await axe();
        expect(violations, `${visitor} visitor`).toEqual([]);
        // axe did measure the elements' text (not only the host page's).
        for (const host of hosts) {
          expect(
            contrastChecked.filter((target) => target.includes(host)).length,
            `${visitor} visitor: ${host} text checked for contrast`,
          ).toBeGreaterThan(0);
        }
      }
    }, 90_000);
  }

  it('follows the setting when the visitor changes it on an open page that allows both', async () => {
    page = await visit(session.context, 'first', adaptiveUrl);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => surfaceOf('consent-cookie-notice'))
      .toEqual({
        background: surface.dark,
        color: text.dark,
      });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect
      .poll(() => surfaceOf('consent-cookie-notice'))
      .toEqual({
        background: surface.light,
        color: text.light,
      });
  });
});

/** The computed value of a system colour (`ButtonText`, `Highlight`, …) on this page. */
const systemColor = (name: string) =>
  page.evaluate((keyword) => {
    const probe = document.createElement('div');
    probe.style.cssText = `forced-color-adjust: none; color: ${keyword}`;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, name);

/** Border, background and outline of every element matching `selector` in `host`'s shadow root. */
const stylesIn = (host: string, selector: string) =>
  page.locator(host).evaluate(
    (element, sel) =>
      [...element.shadowRoot!.querySelectorAll(sel)].map((node) => {
        const style = getComputedStyle(node);
        return {
          part: node.getAttribute('part') ?? node.className,
          border: style.borderTopColor,
          background: style.backgroundColor,
        };
      }),
    selector,
  );

/** Outline of the element focused inside `host`'s shadow root. */
const focusRing = (host: string) =>
  page.locator(host).evaluate((element) => {
    const focused = element.shadowRoot!.activeElement;
    if (!focused) return null;
    const style = getComputedStyle(focused);
    return {
      part: focused.getAttribute('part'),
      focusVisible: focused.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
    };
  });

describe('forced-colors: active', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: buttons and switches take system-colour borders, the focus ring stays visible`, async () => {
      page = await visit(session.context, 'first');
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const buttonText = await systemColor('ButtonText');
      const highlight = await systemColor('Highlight');
      const highlightText = await systemColor('HighlightText');
      expect(buttonText).not.toBe(highlight);

      const notice = 'consent-cookie-notice';
      const buttons = await stylesIn(notice, '.btn');
      expect(buttons.map((b) => b.part)).toEqual([
        'button accept',
        'button reject',
        'button customize',
      ]);
      for (const button of buttons) expect(button.border, button.part).toBe(buttonText);

      // Preferences: a switch that is off has a ButtonText frame and thumb.
      await openPreferences();
      const switchesOf = page.locator(`${notice} [part~="switch"]`);
      const checked = await switchesOf.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('aria-checked')),
      );
      expect(checked).toEqual(['false', 'false', 'false']);
      expect((await stylesIn(notice, '.switch')).map((s) => s.border)).toEqual(
        Array(3).fill(buttonText),
      );
      expect((await stylesIn(notice, '.thumb')).map((t) => t.background)).toEqual(
        Array(3).fill(buttonText),
      );
      // A switch that is on keeps its own colours: Highlight, with a HighlightText thumb.
      await switchesOf.first().click();
      expect((await stylesIn(notice, '.switch'))[0]).toMatchObject({
        border: highlight,
        background: highlight,
      });
      expect((await stylesIn(notice, '.thumb'))[0].background).toBe(highlightText);

      // The toggle (opt-in, no decision yet: opted out, so on) and its switch once turned off.
      const toggle = 'consent-opt-out-toggle';
      const toggleSwitch = page.locator(`${toggle} [part~="switch"]`);
      expect(await toggleSwitch.getAttribute('aria-checked')).toBe('true');
      expect((await stylesIn(toggle, '.switch'))[0]).toMatchObject({
        border: highlight,
        background: highlight,
      });
      await page.locator(`${notice} [part~="preferences"] [part~="accept"]`).click();
      await expect.poll(() => toggleSwitch.getAttribute('aria-checked')).toBe('false');
      expect((await stylesIn(toggle, '.switch'))[0].border).toBe(buttonText);

      // Keyboard focus: the ring is drawn, in Highlight, on a button and on the switch.
      await page.locator('h1').click();
      await page.keyboard.press('Tab');
      await expect.poll(() => focusRing(toggle)).toMatchObject({ part: 'switch' });
      expect(await focusRing(toggle)).toMatchObject({ focusVisible: true, color: highlight });
      expect((await focusRing(toggle))!.style).not.toBe('none');
      expect((await focusRing(toggle))!.width).toBeGreaterThanOrEqual(2);

      await page.evaluate(() => document.querySelector('consent-cookie-notice')!.show('main'));
      await expect.poll(() => focusRing(notice)).toMatchObject({ part: 'button accept' });
      await page.keyboard.press('Tab');
      const ring = await focusRing(notice);
      expect(ring).toMatchObject({ part: 'button reject', focusVisible: true, color: highlight });
      expect(ring!.style).not.toBe('none');
      expect(ring!.width).toBeGreaterThanOrEqual(2);
    });
  }
});

describe('prefers-reduced-motion', () => {
  const thumbTransitions = () =>
    page.evaluate(() =>
      ['consent-opt-out-toggle', 'consent-cookie-notice'].flatMap((tag) =>
        [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('[part~="thumb"]')].map(
          (thumb) => getComputedStyle(thumb).transitionDuration,
        ),
      ),
    );

  it('reduce: no switch thumb moves; no-preference: they transition', async () => {
    page = await visit(session.context, 'first');
    await openPreferences();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const reduced = await thumbTransitions();
    expect(reduced).toHaveLength(4); // the toggle's and the three optional categories'
    expect(reduced).toEqual(Array(4).fill('0s'));

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await thumbTransitions();
    expect(moving).toHaveLength(4);
    for (const duration of moving) expect(parseFloat(duration)).toBeGreaterThan(0);
  });
});

/**
 * What breaks reflow in the page and in the elements' shadow roots, as readable lines: horizontal
 * scrolling, an element sticking out of the viewport sideways, content wider than its box
 * (clipped or spilling), a button smaller than 24×24 or not fully visible once scrolled to.
 */
const reflowProblems = (view: string) =>
  page.evaluate((label) => {
    const problems: string[] = [];
    const scroller = document.scrollingElement!;
    if (scroller.scrollWidth > scroller.clientWidth) {
      problems.push(
        `${label}: the page scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth})`,
      );
    }
    const width = document.documentElement.clientWidth;
    for (const host of document.querySelectorAll(
      'consent-cookie-notice, consent-opt-out-toggle, consent-policy-banner',
    )) {
      const name = (node: Element) =>
        `${label}: ${host.localName} ${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}`;
      for (const node of host.shadowRoot!.querySelectorAll('*')) {
        if (node.getClientRects().length === 0) continue;
        const rect = node.getBoundingClientRect();
        if (rect.left < -0.5 || rect.right > width + 0.5) {
          problems.push(`${name(node)} sticks out: ${rect.left}..${rect.right} of 0..${width}`);
        }
        if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth) {
          problems.push(`${name(node)} clips: ${node.scrollWidth} > ${node.clientWidth}`);
        }
      }
      for (const button of host.shadowRoot!.querySelectorAll('button')) {
        if (button.getClientRects().length === 0) continue;
        button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const rect = button.getBoundingClientRect();
        if (rect.width < 24 || rect.height < 24) {
          problems.push(`${name(button)} is ${rect.width}×${rect.height}`);
        }
        if (
          rect.left < -0.5 ||
          rect.top < -0.5 ||
          rect.right > width + 0.5 ||
          rect.bottom > window.innerHeight + 0.5
        ) {
          problems.push(`${name(button)} is not fully in view when scrolled to`);
        }
      }
    }
    return problems;
  }, view);

describe('reflow at 200 % zoom (WCAG 1.4.10)', () => {
  // 200 % zoom of a 640 px window is a 320 CSS px viewport with two device pixels per CSS pixel;
  // a short one too (a phone held sideways), where the notice scrolls inside itself.
  const windows = [
    { width: 320, height: 512, deviceScaleFactor: 2 },
    { width: 320, height: 256, deviceScaleFactor: 2 },
  ];
  for (const { width, height, deviceScaleFactor } of windows) {
    it(`${width}×${height} CSS px: notice, Customize, toggle and banner fit without sideways scrolling`, async () => {
      const context = await session.browser.newContext({
        viewport: { width, height },
        deviceScaleFactor,
      });
      ownContexts.push(context);
      page = await visit(context, 'first');
      expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([
        width,
        deviceScaleFactor,
      ]);
      expect(await reflowProblems('notice')).toEqual([]);
      await page.locator('consent-cookie-notice [part~="customize"]').click();
      await page.locator('consent-cookie-notice [part~="save"]').waitFor();
      expect(await reflowProblems('Customize')).toEqual([]);
      const dialog = await page.locator('consent-cookie-notice').evaluate((element) => {
        const base = element.shadowRoot!.querySelector('dialog')!;
        return { scrollWidth: base.scrollWidth, clientWidth: base.clientWidth };
      });
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);

      const returning = await session.browser.newContext({
        viewport: { width, height },
        deviceScaleFactor,
      });
      ownContexts.push(returning);
      page = await visit(returning, 'returning');
      expect(await reflowProblems('banner and toggle')).toEqual([]);
    });
  }
});
