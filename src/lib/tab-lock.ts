/**
 * One tab at a time: runs a read-merge-write of a shared localStorage record while holding a Web Lock
 * (navigator.locks), so two tabs of the site never interleave their writes. Browsers without Web
 * Locks run it at once; the stores' merge on every read still keeps both tabs' changes there.
 */

/** Runs `fn` while holding the lock `name` in every tab of this site; resolves to what `fn` returns. */
export function withLock<T>(name: string, fn: () => T): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined || typeof locks.request !== 'function') {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return locks.request(name, () => fn());
}
