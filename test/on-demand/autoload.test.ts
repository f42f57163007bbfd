// The CDN entry's autoloader: an element's chunk is imported the first time its tag is in the
// document, never for a tag the page does not use, and once only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoloadElements } from '../../src/on-demand/autoload.js';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => host.remove());

/** A loader that records its calls. */
const loader = () => vi.fn(() => Promise.resolve());

describe('autoloadElements', () => {
  it('loads an element whose tag is already in the document, once', () => {
    host.innerHTML = '<test-present></test-present><test-present></test-present>';
    const present = loader();
    autoloadElements({ 'test-present': present });
    expect(present).toHaveBeenCalledOnce();
  });

  it('loads an element when its tag is added later, also deep inside added markup', async () => {
    const later = loader();
    autoloadElements({ 'test-later': later });
    expect(later).not.toHaveBeenCalled();
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<p><test-later></test-later></p>';
    host.append(wrapper);
    await expect.poll(() => later.mock.calls.length).toBe(1);
    host.append(document.createElement('test-later'));
    // Another element added after it: once its mutation is seen, the loader still ran once.
    const witness = loader();
    autoloadElements({ 'test-witness': witness });
    host.append(document.createElement('test-witness'));
    await expect.poll(() => witness.mock.calls.length).toBe(1);
    expect(later).toHaveBeenCalledOnce();
  });

  it('never loads an element the page does not use', async () => {
    const unused = loader();
    const used = loader();
    autoloadElements({ 'test-unused': unused, 'test-used': used });
    host.append(document.createElement('test-used'));
    await expect.poll(() => used.mock.calls.length).toBe(1);
    expect(unused).not.toHaveBeenCalled();
  });
});
