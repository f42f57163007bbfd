// The controller between an element and the store: it holds the store from its constructor (so an
// element can read it before it is connected, with no `store!`), re-renders its host only when the
// slice the host shows changes, and lets go of the store when the host disconnects.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { ConsentController } from '../../src/controllers/consent-controller.js';
import type { ConsentStoreApi } from '../../src/store/types.js';

/** A store that tells its listeners when the test says so, and counts who listens. */
class FakeStore extends EventTarget {
  granted = false;
  readonly listeners = new Set<() => void>();
  isGranted(): boolean {
    return this.granted;
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  change(granted: boolean): void {
    this.granted = granted;
    for (const listener of this.listeners) listener();
  }
}

class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

function connect(store: FakeStore) {
  const host = new FakeHost();
  const controller = new ConsentController(
    host,
    (s) => [s.isGranted('analytics')],
    () => store as unknown as ConsentStoreApi,
  );
  return { host, controller };
}

describe('ConsentController', () => {
  it('holds the store from its constructor, before the host connects', () => {
    const store = new FakeStore();
    const { host, controller } = connect(store);
    expect(controller.store).toBe(store);
    expect(host.controllers).toEqual([controller]);
    expect(store.listeners.size, 'subscribes only once connected').toBe(0);
  });

  it('re-renders its host when the slice it shows changes, and only then', () => {
    const store = new FakeStore();
    const { host, controller } = connect(store);
    controller.hostConnected();
    const afterConnect = host.updates;
    store.change(false);
    expect(host.updates, 'same slice').toBe(afterConnect);
    store.change(true);
    expect(host.updates).toBe(afterConnect + 1);
  });

  it('refreshes on a new configuration, which fires no consent change', () => {
    const store = new FakeStore();
    const { host, controller } = connect(store);
    controller.hostConnected();
    const afterConnect = host.updates;
    store.granted = true;
    store.dispatchEvent(new Event('consent-config'));
    expect(host.updates).toBe(afterConnect + 1);
  });

  it('lets go of the store when its host disconnects', () => {
    const store = new FakeStore();
    const { host, controller } = connect(store);
    controller.hostConnected();
    controller.hostDisconnected();
    expect(store.listeners.size).toBe(0);
    const afterDisconnect = host.updates;
    store.granted = true;
    store.dispatchEvent(new Event('consent-config'));
    expect(host.updates).toBe(afterDisconnect);
  });
});
