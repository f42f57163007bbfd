// A react-dom root for each test, rendering inside act(), on a fresh consent store: the set-up of
// the React tests (test/react.test.ts under React 18 and 19, test/react19-native.test.ts).
import { afterEach, beforeEach } from 'vitest';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { resetConsent } from '../consent-test-helpers.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** The categories every React test configures. */
export const categories = [
  { id: 'necessary', label: 'Strictly necessary', required: true },
  { id: 'analytics', label: 'Analytics' },
  { id: 'marketing', label: 'Marketing' },
];

export interface ReactTestRoot {
  /** This test's container, attached to the document. */
  container: HTMLElement;
  /** This test's root (a test may replace it, with `hydrateRoot` say); unmounted after the test. */
  root: Root;
  /** Renders `node` into the root and waits for React to commit it. */
  render(node: ReactNode): Promise<void>;
}

/** Registers the hooks that give every test of the file a fresh store, container and root. */
export function useReactTestRoot(): ReactTestRoot {
  const test: ReactTestRoot = {
    container: undefined!,
    root: undefined!,
    render: (node) => act(async () => test.root.render(node)),
  };
  beforeEach(() => {
    resetConsent({ categories });
    test.container = document.body.appendChild(document.createElement('div'));
    test.root = createRoot(test.container);
  });
  afterEach(async () => {
    await act(async () => test.root.unmount());
    test.container.remove();
  });
  return test;
}
