// consent-elements/react on the server: the module imports in Node (no DOM) and renders the state
// of a visitor who has not decided yet, which is what the client hydrates against.
import { describe, expect, it } from 'vitest';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ConsentOptOutToggle, useConsent, useConsentCategory } from '../src/react/index.js';

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
});
