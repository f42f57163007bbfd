// A chunk that cannot be fetched never throws into the page: a warning and a typed event say what
// was lost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModule } from '../../src/on-demand/load-module.js';
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
