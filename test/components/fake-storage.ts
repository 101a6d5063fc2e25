// An in-memory Storage for the tests of every local store: a full quota, refused writes and refused reads on request.
export class FakeStorage implements Storage {
  map = new Map<string, string>();
  /** Every write fails (a full quota). */
  full = false;
  /** Every write is refused (storage the browser lets the site read but not write). */
  refuseWrites = false;
  constructor(
    /** Writes of new keys fail once this many keys exist. */
    private quotaAfter = Infinity,
    /** Every read fails (storage blocked). */
    private failReads = false,
  ) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuseWrites) throw new DOMException('denied', 'SecurityError');
    if (this.full || (!this.map.has(key) && this.map.size >= this.quotaAfter)) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}
