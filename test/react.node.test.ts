// consent-elements/react on the server: the module imports in Node (no DOM) and renders the state
// of a visitor who has not decided yet, which is what the client hydrates against.
import { describe, expect, it } from 'vitest';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ConsentProvider, useConsent, useConsentCategory } from '../src/react/index.js';
import { readConsent } from '../src/server/index.js';
import { serializeConsentCookie } from '../src/core/codec.js';
import { ConsentOptOutToggle } from '../src/react/wrappers.js';

describe('consent-elements/react in server rendering', () => {
  it('renders the hooks as an undecided visitor and the wrappers as bare tags', () => {
    function App() {
      const { state } = useConsent();
      const analytics = useConsentCategory('analytics');
      return h(
        'div',
        null,
        `decided:${state.decided} analytics:${analytics}`,
        h(ConsentOptOutToggle, { category: 'analytics' }),
      );
    }
    expect(renderToString(h(App))).toBe(
      '<div>decided:false analytics:false<consent-opt-out-toggle></consent-opt-out-toggle></div>',
    );
  });
  it('renders what the server read from the cookie when ConsentProvider is given it', () => {
    const now = Date.now();
    const value = serializeConsentCookie({
      id: 'visitor1',
      decidedAt: now - 1000,
      updatedAt: now - 1000,
      choices: { analytics: true },
      source: 'notice',
    });
    const config = { categories: [{ id: 'analytics', label: 'Analytics' }] };
    const { state } = readConsent(`consent=${value}`, { config });
    function Status() {
      const consent = useConsent();
      const analytics = useConsentCategory('analytics');
      return h('p', null, `decided:${consent.state.decided} analytics:${analytics}`);
    }
    expect(renderToString(h(ConsentProvider, { initialState: state }, h(Status)))).toBe(
      '<p>decided:true analytics:true</p>',
    );
    expect(renderToString(h(ConsentProvider, { initialState: null }, h(Status)))).toBe(
      '<p>decided:false analytics:false</p>',
    );
  });
});
