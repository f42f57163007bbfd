// consent-elements/react/wrappers and consent-elements/react: the @lit/react wrappers and the hooks, rendered with react-dom in Chromium.
// Runs twice: in the `browser` project with the root's React 19, and in the `react18` project with
// React 18 (test/react18); each project provides the React major it runs with (vitest.config.ts).
import { describe, expect, inject, it } from 'vitest';
import { act, createElement as h, createRef, useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { hydrateRoot } from 'react-dom/client';
import {
  ConsentProvider,
  useConsent,
  useConsentCategory,
  useConsentChange,
  type UseConsentResult,
} from '../src/react/index.js';
import {
  ConsentCookieNotice,
  ConsentOptOutToggle,
  ConsentPolicyBanner,
} from '../src/react/wrappers.js';
import type { ConsentChangeDetail } from '../src/store/types.js';
import type {
  ConsentCookieNotice as NoticeElement,
  ConsentOptOutToggle as ToggleElement,
  ConsentPolicyBanner as BannerElement,
} from '../src/index.js';
import { getConsentStore, part } from './consent-test-helpers.js';
import { useReactTestRoot } from './support/react-root.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major the project runs these tests with: `'19'` (browser) or `'18'` (react18). */
    reactMajor: string;
  }
}

const page = useReactTestRoot();
const { render } = page;

it('runs with the React (and react-dom) its project provides', () => {
  const major = inject('reactMajor');
  expect(major).toMatch(/^\d+$/);
  expect(version.split('.')[0]).toBe(major);
  expect(domVersion).toBe(version);
});

describe('consent-elements/react wrappers', () => {
  it('registers the three tags on import', () => {
    expect(customElements.get('consent-cookie-notice')).toBeDefined();
    expect(customElements.get('consent-opt-out-toggle')).toBeDefined();
    expect(customElements.get('consent-policy-banner')).toBeDefined();
  });

  it('ConsentOptOutToggle sets props as properties (an object too) and kebab-case attributes as attributes', async () => {
    const ref = createRef<ToggleElement>();
    await render(
      h(ConsentOptOutToggle, {
        ref,
        category: 'marketing',
        copy: { 'toggle.stored': 'Kept in a cookie.' },
        'gpc-text': 'GPC honoured.',
      } as Parameters<typeof ConsentOptOutToggle>[0]),
    );
    const el = ref.current!;
    expect(el).toBeInstanceOf(customElements.get('consent-opt-out-toggle')!);
    expect(el.category).toBe('marketing');
    expect(el.copy).toEqual({ 'toggle.stored': 'Kept in a cookie.' });
    expect(el.hasAttribute('copy')).toBe(false);
    expect(el.getAttribute('gpc-text')).toBe('GPC honoured.');
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).toContain('marketing');
    expect(part(el, 'stored')!.textContent).toBe('Kept in a cookie.');
  });

  it('ConsentOptOutToggle calls onChange when the visitor flips it, and the latest handler only', async () => {
    const ref = createRef<ToggleElement>();
    const calls: string[] = [];
    const props = (name: string) => ({
      ref,
      category: 'analytics',
      onChange: (event: Event & { currentTarget: ToggleElement }) =>
        calls.push(`${name}:${event.currentTarget.optedOut}`),
    });
    await render(h(ConsentOptOutToggle, props('first')));
    await ref.current!.updateComplete;
    await act(async () => part(ref.current!, 'switch')!.click());
    expect(calls).toEqual(['first:false']);
    expect(getConsentStore().isGranted('analytics')).toBe(true);

    await render(h(ConsentOptOutToggle, props('second')));
    await ref.current!.updateComplete;
    await act(async () => part(ref.current!, 'switch')!.click());
    expect(calls).toEqual(['first:false', 'second:true']);
    expect(getConsentStore().isGranted('analytics')).toBe(false);
  });

  it('onChange is not called for a change made elsewhere (the store announces those)', async () => {
    let calls = 0;
    await render(h(ConsentOptOutToggle, { category: 'analytics', onChange: () => calls++ }));
    await act(async () => getConsentStore().acceptAll());
    expect(calls).toBe(0);
  });

  it('ConsentCookieNotice: props become properties and the ref is the element (show())', async () => {
    const ref = createRef<NoticeElement>();
    await render(
      h(ConsentCookieNotice, {
        ref,
        position: 'top',
        supportEmail: 'help@example.com',
        acceptLabel: 'Yes, all',
      }),
    );
    const el = ref.current!;
    expect(el.localName).toBe('consent-cookie-notice');
    expect(el.position).toBe('top');
    expect(el.supportEmail).toBe('help@example.com');
    // A copy property is a typed prop, set as the element's property.
    expect(el.acceptLabel).toBe('Yes, all');
    await el.updateComplete;
    expect(part(el, 'accept')!.textContent!.trim()).toBe('Yes, all');
    expect(part(el, 'support-link')!.getAttribute('href')).toBe('mailto:help@example.com');
    await act(async () => getConsentStore().rejectAll());
    await el.updateComplete;
    expect(el.open).toBe(false);
    await act(async () => el.show());
    await el.updateComplete;
    expect(el.open).toBe(true);
    expect(part(el, 'preferences')!.checkVisibility()).toBe(true);
  });

  it('ConsentPolicyBanner: props become properties', async () => {
    const ref = createRef<BannerElement>();
    await render(
      h(ConsentPolicyBanner, {
        ref,
        policyVersion: '2',
        effectiveDate: '2026-12-09',
        noticeDays: 10,
      }),
    );
    const el = ref.current!;
    expect(el.localName).toBe('consent-policy-banner');
    expect([el.policyVersion, el.effectiveDate, el.noticeDays]).toEqual(['2', '2026-12-09', 10]);
  });
});

describe('consent-elements/react hooks', () => {
  it('useConsent re-renders with the new state after a store change, and its methods act on the store', async () => {
    let result: UseConsentResult | undefined;
    let renders = 0;
    function Status() {
      result = useConsent();
      renders++;
      return h(
        'p',
        null,
        `decided:${result.state.decided} analytics:${result.state.categories.analytics}`,
      );
    }
    await render(h(Status));
    expect(page.container.textContent).toBe('decided:false analytics:false');
    const before = renders;

    await act(async () => getConsentStore().acceptAll());
    expect(page.container.textContent).toBe('decided:true analytics:true');
    expect(renders).toBe(before + 1);
    expect(result!.state).toBe(getConsentStore().state);

    await act(async () => result!.setCategory('analytics', false));
    expect(page.container.textContent).toBe('decided:true analytics:false');
    expect(result!.isGranted('marketing')).toBe(true);

    await act(async () => result!.reset());
    expect(page.container.textContent).toBe('decided:false analytics:false');
  });

  it('useConsent follows a decision made in the cookie notice', async () => {
    const ref = createRef<NoticeElement>();
    function App() {
      const { state } = useConsent();
      return h(
        'div',
        null,
        h('p', null, state.categories.analytics ? 'on' : 'off'),
        h(ConsentCookieNotice, { ref }),
      );
    }
    await render(h(App));
    expect(page.container.querySelector('p')!.textContent).toBe('off');
    await ref.current!.updateComplete;
    await act(async () => part(ref.current!, 'accept')!.click());
    expect(page.container.querySelector('p')!.textContent).toBe('on');
  });

  it('useConsentCategory returns the grant and re-renders only when that grant changes', async () => {
    let renders = 0;
    function Analytics() {
      const on = useConsentCategory('analytics');
      renders++;
      return h('p', null, on ? 'on' : 'off');
    }
    await render(h(Analytics));
    expect(page.container.textContent).toBe('off');
    const before = renders;

    await act(async () => getConsentStore().setCategory('marketing', true));
    expect(renders).toBe(before);

    await act(async () => getConsentStore().setCategory('analytics', true));
    expect(page.container.textContent).toBe('on');
    expect(renders).toBe(before + 1);
  });

  it('useConsentChange calls the latest listener once per change, and stops on unmount', async () => {
    const seen: string[] = [];
    function Listener({ name }: { name: string }) {
      useConsentChange((detail: ConsentChangeDetail) =>
        seen.push(`${name}:${detail.source}:${detail.changed.join(',')}`),
      );
      return null;
    }
    function Host() {
      const [name, setName] = useState('a');
      return h('button', { onClick: () => setName('b') }, h(Listener, { name }));
    }
    await render(h(Host));
    await act(async () => getConsentStore().setCategory('analytics', true));
    expect(seen).toEqual(['a:api:analytics']);

    await act(async () => page.container.querySelector('button')!.click());
    await act(async () => getConsentStore().rejectAll({ source: 'notice' }));
    expect(seen).toEqual(['a:api:analytics', 'b:notice:analytics']);

    await act(async () => page.root.render(null));
    await act(async () => getConsentStore().acceptAll());
    expect(seen).toHaveLength(2);
  });

  it('hydrates server markup (an undecided visitor) without a mismatch, then shows the real state', async () => {
    await act(async () => getConsentStore().acceptAll());
    function Status() {
      const { state } = useConsent();
      const marketing = useConsentCategory('marketing');
      return h('p', null, `analytics:${state.categories.analytics} marketing:${marketing}`);
    }
    await act(async () => page.root.unmount());
    // What a server renders: it cannot read the visitor's decision.
    page.container.innerHTML = '<p>analytics:false marketing:false</p>';
    const errors: unknown[] = [];
    await act(async () => {
      page.root = hydrateRoot(page.container, h(Status), {
        onRecoverableError: (e) => errors.push(e),
      });
    });
    expect(errors).toEqual([]);
    expect(page.container.textContent).toBe('analytics:true marketing:true');
  });
  it('hydrates what the server read (ConsentProvider initialState) with no undecided render in between', async () => {
    await act(async () => getConsentStore().acceptAll());
    const serverState = getConsentStore().state;
    const rendered: string[] = [];
    function Status() {
      const { state } = useConsent();
      const marketing = useConsentCategory('marketing');
      const text = `decided:${state.decided} marketing:${marketing}`;
      rendered.push(text);
      return h('p', null, text);
    }
    await act(async () => page.root.unmount());
    // What a server renders when it read the visitor's cookie and passed the state on.
    page.container.innerHTML = '<p>decided:true marketing:true</p>';
    const errors: unknown[] = [];
    await act(async () => {
      page.root = hydrateRoot(
        page.container,
        h(ConsentProvider, { initialState: serverState }, h(Status)),
        { onRecoverableError: (e) => errors.push(e) },
      );
    });
    expect(errors).toEqual([]);
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set(['decided:true marketing:true']));
    expect(page.container.textContent).toBe('decided:true marketing:true');
  });
});
