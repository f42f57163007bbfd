import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, registerLocale, resolveLocale, translate } from '../src/copy/index.js';
import { addToLocale } from '../src/copy/registry.js';
import { pageRegistry } from '../src/core/registry.js';

const registry = () => pageRegistry().locales;

afterEach(() => {
  registry()?.clear();
  vi.restoreAllMocks();
});

/** Every English key, each value marked as Luxembourgish. */
const complete = Object.fromEntries(Object.keys(en).map((key) => [key, `lb:${key}`]));

describe('registerLocale', () => {
  it('gives the page a language: resolution accepts it and its strings win over English', () => {
    expect(resolveLocale('lb-LU')).toBe('en');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerLocale('lb', complete);
    expect(resolveLocale('it', 'lb-LU')).toBe('lb-LU');
    expect(translate('notice.accept', 'lb-LU')).toBe('lb:notice.accept');
    expect(translate('notice.accept', 'LB_lu', [{ 'notice.accept': 'Site' }])).toBe('Site');
    expect(warn).not.toHaveBeenCalled();
  });

  it('registers a region tag under its primary subtag', () => {
    registerLocale('pt-BR', { ...complete, 'notice.accept': 'Aceitar tudo' });
    expect(translate('notice.accept', 'pt')).toBe('Aceitar tudo');
    expect(translate('notice.accept', 'pt-PT')).toBe('Aceitar tudo');
  });

  it('lets a partial table fall back to English key by key, naming the missing keys once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerLocale('lb', {
      'notice.accept': 'Alles akzeptéieren',
      'notice.reject': 'Alles refuséieren',
    });
    expect(translate('notice.accept', 'lb')).toBe('Alles akzeptéieren');
    expect(translate('notice.customize', 'lb')).toBe(en['notice.customize']);
    expect(warn).toHaveBeenCalledOnce();
    const [message] = warn.mock.calls[0] as [string];
    expect(message).toContain('"lb"');
    expect(message).toContain('notice.customize');
    expect(message).toContain('banner.acknowledge');
    expect(message).not.toContain('notice.accept,');
    expect(message).not.toContain('notice.reject');
  });

  it('ignores bad input with a warning, never throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => registerLocale('not a tag', complete)).not.toThrow();
    expect(() => registerLocale('lb', null as never)).not.toThrow();
    expect(() => registerLocale('lb', 'Alles akzeptéieren' as never)).not.toThrow();
    expect(() => registerLocale(42 as never, complete)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(4);
    expect(resolveLocale('lb')).toBe('en');
    expect(registry()?.size ?? 0).toBe(0);
  });

  it("adds a part of a language without replacing the strings the page's table has", () => {
    registerLocale('lb', complete);
    addToLocale('lb', { 'toggle.label': 'part:toggle.label', 'lb.extra': 'part:extra' });
    expect(translate('toggle.label', 'lb')).toBe('lb:toggle.label');
    expect(translate('lb.extra', 'lb')).toBe('part:extra');
    addToLocale('rm', { 'toggle.label': 'part:toggle.label' });
    expect(translate('toggle.label', 'rm')).toBe('part:toggle.label');
  });

  it('shares tables with every copy of the library on the page', async () => {
    registerLocale('lb', complete);
    vi.resetModules();
    const otherCopy = await import('../src/copy/index.js');
    expect(otherCopy.translate).not.toBe(translate);
    expect(otherCopy.translate('notice.accept', 'lb')).toBe('lb:notice.accept');
  });
});
