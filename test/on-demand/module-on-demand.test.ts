// A chunk that cannot be fetched never throws into the page: a warning and a typed event say what
// was lost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModule, ModuleOnDemand } from '../../src/events/module-on-demand.js';
import type { ConsentErrorEvent } from '../../src/events/consent-error.js';

afterEach(() => vi.restoreAllMocks());

describe('loadModule', () => {
  it('resolves with the module when it loads', async () => {
    const module = { answer: 42 };
    await expect(loadModule('The answer', () => Promise.resolve(module))).resolves.toBe(module);
  });

  it('resolves with undefined, warns and dispatches consent-error when it fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const events: ConsentErrorEvent[] = [];
    const listen = (event: Event) => events.push(event as ConsentErrorEvent);
    document.addEventListener('consent-error', listen);
    try {
      const failed = loadModule('The script gate', () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      );
      await expect(failed).resolves.toBeUndefined();
    } finally {
      document.removeEventListener('consent-error', listen);
    }
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0][0])).toMatch(
      /^\[consent-elements\] The script gate could not be loaded/,
    );
    expect(events.map((event) => event.detail.code)).toEqual(['module-unavailable']);
    expect(events[0].detail.message).toContain('Failed to fetch');
  });
});

describe('ModuleOnDemand', () => {
  it('imports once for every element that asks, and then holds the module', async () => {
    const module = { view: true };
    const importModule = vi.fn(() => Promise.resolve(module));
    const part = new ModuleOnDemand('the view', importModule, 'nothing shows');
    expect(part.module).toBeUndefined();
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(first).toBe(module);
    expect(second).toBe(module);
    expect(await part.load()).toBe(module);
    expect(importModule).toHaveBeenCalledOnce();
    expect(part.module).toBe(module);
  });

  it('reports a failure with what still works, and tries again on the next request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const module = { view: true };
    const importModule = vi
      .fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(module);
    const part = new ModuleOnDemand('the view', importModule, 'nothing shows meanwhile');
    await expect(part.load()).resolves.toBeUndefined();
    expect(String(warn.mock.calls[0][0])).toBe(
      '[consent-elements] the view could not be loaded (TypeError: Failed to fetch dynamically imported module); nothing shows meanwhile.',
    );
    await expect(part.load()).resolves.toBe(module);
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});
