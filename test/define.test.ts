import { afterEach, beforeEach, describe, it, vi, type MockInstance } from 'vitest';
import { expect } from '@open-wc/testing';
import { defineElement } from '../src/components/shared/define-element.js';
import { VERSION } from '../src/components/shared/version.js';

// Tags unique to this file (and to each test), so nothing collides with the library's real tags.
let count = 0;
const uniqueTag = () => `consent-define-test-${count++}-${Math.random().toString(36).slice(2, 8)}`;

/** A fresh element class (a class can back only one tag), standing for one copy of the library. */
const copyOfVersion = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  vi.unstubAllGlobals();
});

describe('defineElement', () => {
  it('registers a tag that is not defined yet', () => {
    const tag = uniqueTag();
    const First = copyOfVersion(VERSION);
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
    expect(warn.mock.calls.length).to.equal(0);
  });

  it('does nothing, and does not throw, when the same class is defined again', () => {
    const tag = uniqueTag();
    const First = copyOfVersion(VERSION);
    defineElement(tag, First);
    expect(() => defineElement(tag, First)).to.not.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warn.mock.calls.length).to.equal(0);
  });

  it('keeps the first class, silently, when another copy of the same version defines the tag', () => {
    const tag = uniqueTag();
    const First = copyOfVersion(VERSION);
    const SecondCopy = copyOfVersion(VERSION);
    defineElement(tag, First);
    expect(() => defineElement(tag, SecondCopy)).to.not.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
    expect(warn.mock.calls.length).to.equal(0);
  });

  it('warns once, naming the tag and both versions, and keeps the first, when another version defines the tag', () => {
    const tag = uniqueTag();
    const First = copyOfVersion('1.2.3');
    const Other = copyOfVersion('4.5.6');
    defineElement(tag, First);
    expect(() => defineElement(tag, Other)).to.not.throw();
    expect(warn.mock.calls.length).to.equal(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).to.contain(tag);
    expect(message).to.contain('1.2.3');
    expect(message).to.contain('4.5.6');
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
  });

  it('warns (version unknown) and keeps the element when something else owns the tag', () => {
    const tag = uniqueTag();
    class Foreign extends HTMLElement {}
    customElements.define(tag, Foreign);
    expect(() => defineElement(tag, copyOfVersion(VERSION))).to.not.throw();
    expect(warn.mock.calls.length).to.equal(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).to.contain(tag);
    expect(message).to.contain('unknown');
    expect(message).to.contain(VERSION);
    expect(customElements.get(tag)).to.equal(Foreign);
  });

  it('does nothing where custom elements do not exist (server rendering)', () => {
    const tag = uniqueTag();
    vi.stubGlobal('customElements', undefined);
    expect(() => defineElement(tag, copyOfVersion(VERSION))).to.not.throw();
    vi.unstubAllGlobals();
    expect(customElements.get(tag)).to.equal(undefined);
    expect(warn.mock.calls.length).to.equal(0);
  });
});
