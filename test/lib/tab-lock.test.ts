import { afterEach, describe, expect, it, vi } from 'vitest';
import { withLock } from '~/lib/tab-lock';

afterEach(() => vi.unstubAllGlobals());

describe('withLock()', () => {
  it('holds the named Web Lock while the work runs, and gives back its result', async () => {
    const held: string[] = [];
    vi.stubGlobal('navigator', { locks: { request: async (name: string, fn: () => unknown) => (held.push(name), fn()) } });
    await expect(withLock('store', () => 42)).resolves.toBe(42);
    expect(held).toEqual(['store']);
  });

  it('runs the work at once where the browser has no Web Locks, and passes on a failure', async () => {
    vi.stubGlobal('navigator', {});
    const order: string[] = [];
    const done = withLock('store', () => order.push('ran'));
    order.push('after the call');
    await done;
    expect(order).toEqual(['ran', 'after the call']);
    await expect(
      withLock('store', () => {
        throw new Error('no room');
      }),
    ).rejects.toThrow('no room');
  });
});
