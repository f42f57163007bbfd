// Consent per service, as a visitor meets it on a page that loads only the built CDN module: a
// Marketing category with three services. Allowing one leaves the other two denied, the category
// says it is partly allowed (axe clean), and all of it survives a reload.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';
import { MARKETING_WITH_SERVICES } from '../../stories/support/services.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const CONFIG = {
  categories: [
    { id: 'necessary', label: 'Strictly necessary', required: true },
    MARKETING_WITH_SERVICES,
  ],
};
/** A gated inline script that records `name` when it runs. */
const gated = (name: string, attributes: string) =>
  `<script type="text/plain" ${attributes}>(window.ran ??= []).push(${JSON.stringify(name)});</script>`;
const BODY = `<consent-cookie-notice></consent-cookie-notice>
  <button data-consent-settings>Cookie settings</button>
  ${gated('youtube', 'data-consent-category="marketing" data-consent-service="youtube"')}
  ${gated('maps', 'data-consent-category="marketing" data-consent-service="maps"')}
  ${gated('meta', 'data-consent-service="marketing.meta"')}
  ${gated('marketing', 'data-consent-category="marketing"')}`;

const session = useSessionPage();

const ran = () => session.page.evaluate(() => (window as { ran?: string[] }).ran ?? []);
const switchOf = (name: string) => session.page.getByRole('switch', { name, exact: true });
const checked = (name: string) => switchOf(name).getAttribute('aria-checked');
const mixed = () => session.page.locator('consent-cookie-notice [part~="mixed"]');

/** axe-core on the whole page (shadow roots included), WCAG 2.x A and AA rules. */
async function axeViolations(): Promise<string[]> {
  await session.page.addScriptTag({ path: AXE });
  return session.page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> };
    };
    const results = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return results.violations.map(({ id }) => id);
  });
}

describe('a category with three services', () => {
  it('allowing one leaves the other two denied, shows the category as partly allowed, and survives a reload', async () => {
    await session.page.goto(session.server.serve('/services.html', hostPage(CONFIG, BODY)));
    await session.page.locator('consent-cookie-notice [part~="customize"]').click();
    await switchOf('YouTube').click();
    await expect.poll(() => mixed().textContent()).toBe('Partly allowed');
    await session.page.locator('consent-cookie-notice [part~="save"]').click();
    await expect.poll(ran).toEqual(['youtube']);

    // Opened again from the settings link: the recorded choice, the category partly allowed.
    await session.page.getByRole('button', { name: 'Cookie settings' }).click();
    await expect.poll(() => checked('YouTube')).toBe('true');
    expect(await checked('Google Maps')).toBe('false');
    expect(await checked('Meta Pixel')).toBe('false');
    expect(await checked('Marketing'), 'the category itself stays denied').toBe('false');
    expect(await mixed().isVisible()).toBe(true);
    expect(await axeViolations()).toEqual([]);

    await session.page.reload();
    await expect.poll(ran).toEqual(['youtube']);
    await session.page.getByRole('button', { name: 'Cookie settings' }).click();
    await expect.poll(() => checked('YouTube')).toBe('true');
    expect(await checked('Google Maps')).toBe('false');
    expect(await mixed().textContent()).toBe('Partly allowed');

    // The category's switch allows all of it: every service, and what is gated on the category.
    await switchOf('Marketing').click();
    await session.page.locator('consent-cookie-notice [part~="save"]').click();
    await expect
      .poll(async () => (await ran()).sort())
      .toEqual(['maps', 'marketing', 'meta', 'youtube'].sort());
  });
});
