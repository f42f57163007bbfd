// The preferences dialog is a module loaded on demand. This file is one visit (vitest gives each
// test file a page of its own, so the module starts unloaded): a first layer alone never loads the
// dialog, a pointer heading for Customize loads it ahead of the click, and the click then opens it
// at once, styled, modal and focused, as if it had always been there.
import { afterAll, describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { ConsentCookieNotice } from '../src/index.js';
import { preferencesDialogLoader } from '../src/components/cookie-notice/preferences-loader.js';
import { part, resetConsent } from './consent-test-helpers.js';

afterAll(() => fixtureCleanup());

describe('<consent-cookie-notice> preferences dialog on demand', () => {
  let el: ConsentCookieNotice;

  it('shows the first layer without loading the preferences dialog', async () => {
    resetConsent({ policy: { version: '1' } });
    el = await fixture<ConsentCookieNotice>(html`<consent-cookie-notice></consent-cookie-notice>`);
    expect(part<HTMLDialogElement>(el, 'base')!.open).to.be.true;
    expect(preferencesDialogLoader.module).to.equal(undefined);
  });

  it('loads the dialog when a pointer reaches Customize, before any click', async () => {
    await userEvent.hover(part(el, 'customize')!);
    await waitUntil(() => preferencesDialogLoader.module, 'the dialog module loaded', {
      timeout: 10_000,
    });
    expect(part(el, 'preferences'), 'hovering opens nothing').to.equal(null);
  });

  it('then opens the dialog on the click at once: modal, styled, focus on its first switch', async () => {
    part(el, 'customize')!.click();
    // One render, no wait for a module: the same frame as before the dialog became a module.
    await el.updateComplete;
    const dialog = part<HTMLDialogElement>(el, 'preferences')!;
    expect(dialog.matches(':modal')).to.be.true;
    // `display: flex` comes from the dialog's own styles, adopted when its module arrived.
    expect(getComputedStyle(dialog).display).to.equal('flex');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'switch'));
  });
});
