// React 19 renders the elements natively, without the @lit/react wrappers: object props become
// element properties and `onChange` listens to the toggle's `change`. React 18 does neither (it sets
// attributes and cannot listen to custom elements' events), so this file runs only in the `browser`
// project, with the root's React 19; test/react.test.ts covers the wrappers under React 18 and 19.
import { describe, expect, it } from 'vitest';
import { act, createElement as h, createRef, version } from 'react';
import '../src/define.js';
import type { ConsentOptOutToggle as ToggleElement } from '../src/index.js';
import { getConsentStore, part } from './consent-test-helpers.js';
import { useReactTestRoot } from './support/react-root.js';

const { render } = useReactTestRoot();

describe('consent-elements in React 19 without a wrapper', () => {
  it('runs with React 19', () => {
    expect(version).toMatch(/^19\./);
  });

  it('the tag takes properties and calls onChange for the toggle', async () => {
    const ref = createRef<ToggleElement>();
    const calls: boolean[] = [];
    await render(
      h('consent-opt-out-toggle', {
        ref,
        category: 'marketing',
        copy: { 'toggle.stored': 'Kept in a cookie.' },
        onChange: (event: { currentTarget: ToggleElement }) =>
          calls.push(event.currentTarget.optedOut),
      }),
    );
    const el = ref.current!;
    expect(el.copy).toEqual({ 'toggle.stored': 'Kept in a cookie.' });
    await el.updateComplete;
    expect(el.category).toBe('marketing');
    await act(async () => part(el, 'switch')!.click());
    expect(calls).toEqual([false]);
    expect(getConsentStore().isGranted('marketing')).toBe(true);
  });
});
