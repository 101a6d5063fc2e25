// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOVE_INTERVAL_MS } from '~/lib/address';

type AddressModule = typeof import('~/lib/address');
let addressWith: AddressModule['addressWith'];
let flushPending: AddressModule['flushPending'];
let onAddressChange: AddressModule['onAddressChange'];
let pageAddress: AddressModule['pageAddress'];
let readParam: AddressModule['readParam'];
let siteAddress: AddressModule['siteAddress'];
let writeParams: AddressModule['writeParams'];

const search = () => window.location.search;

beforeEach(async () => {
  vi.useFakeTimers();
  // A fresh module for each test: no write has happened yet, so the first one may go at once.
  vi.resetModules();
  ({ addressWith, flushPending, onAddressChange, pageAddress, readParam, siteAddress, writeParams } = await import('~/lib/address'));
  window.history.replaceState(null, '', '/chapters/07/?other=1#here');
});

afterEach(() => {
  flushPending();
  vi.useRealTimers();
});

describe('the address module (the one place that writes history)', () => {
  it('reads a parameter, or null when there is none', () => {
    expect(readParam('other')).toBe('1');
    expect(readParam('modes')).toBeNull();
  });

  it('builds addresses with changed parameters, keeping the others and the path', () => {
    expect(addressWith({ modes: 'v1.m.x', other: null }).href).toBe('http://localhost:3000/chapters/07/?modes=v1.m.x#here');
    expect(addressWith({ modes: 'a' }, 'modes').hash).toBe('#modes');
    expect(pageAddress({ a: '1', s: 'School transport' }).href).toBe('http://localhost:3000/chapters/07/?a=1&s=School%20transport');
    expect(siteAddress('/book/embed/modes/', { state: 'x y' }).href).toBe('http://localhost:3000/book/embed/modes/?state=x+y');
  });

  it('a move replaces the current entry at once when no write happened lately', () => {
    const length = window.history.length;
    writeParams({ modes: 'one' }, 'move');
    expect(search()).toBe('?other=1&modes=one');
    expect(window.history.length).toBe(length);
  });

  it('moves in quick succession reach the address at most once per interval, the last state winning', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let i = 1; i <= 20; i++) {
      writeParams({ modes: String(i) }, 'move');
      vi.advanceTimersByTime(16);
    }
    // 20 moves over 320 ms: the first at once, then one for each interval that passed.
    expect(replace.mock.calls.length).toBeLessThanOrEqual(2 + Math.ceil((20 * 16) / MOVE_INTERVAL_MS));
    vi.advanceTimersByTime(MOVE_INTERVAL_MS);
    expect(readParam('modes')).toBe('20');
    replace.mockRestore();
  });

  it('a step pushes a new entry, after writing any waiting move into the entry it leaves', () => {
    writeParams({ modes: 'first' }, 'move');
    writeParams({ modes: 'dragged' }, 'move');
    expect(readParam('modes')).toBe('first');
    const length = window.history.length;
    writeParams({ modes: 'preset' }, 'step');
    expect(window.history.length).toBe(length + 1);
    expect(readParam('modes')).toBe('preset');
    window.history.back();
  });

  it('null removes a parameter, and writing what is already there writes nothing', () => {
    const push = vi.spyOn(window.history, 'pushState');
    writeParams({ other: '1' }, 'step');
    expect(push).not.toHaveBeenCalled();
    writeParams({ other: null }, 'step');
    expect(search()).toBe('');
    push.mockRestore();
  });

  it('a move still waiting when the reader goes Back is dropped: it belonged to the entry they left', () => {
    writeParams({ modes: 'a' }, 'move');
    writeParams({ modes: 'b' }, 'move');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(MOVE_INTERVAL_MS * 2);
    expect(readParam('modes')).toBe('a');
  });

  it('a move still waiting when the page is hidden is written then', () => {
    writeParams({ modes: 'a' }, 'move');
    writeParams({ modes: 'b' }, 'move');
    window.dispatchEvent(new Event('pagehide'));
    expect(readParam('modes')).toBe('b');
  });

  it('calls back on Back and Forward until cleaned up', () => {
    const seen = vi.fn();
    const stop = onAddressChange(seen);
    window.dispatchEvent(new PopStateEvent('popstate'));
    stop();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('keeps the page working when the browser refuses a history write', () => {
    const replace = vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('Too many calls', 'SecurityError');
    });
    expect(() => writeParams({ modes: 'x' }, 'move')).not.toThrow();
    replace.mockRestore();
    vi.advanceTimersByTime(MOVE_INTERVAL_MS);
    writeParams({ modes: 'y' }, 'move');
    expect(readParam('modes')).toBe('y');
  });
});
