/**
 * The reader's progress as the "My progress" and assignment pages use it: loaded from the browser
 * store, followed when another tab changes it, changed and saved through the store, exported,
 * imported (merged, never overwriting), forgotten on request, and its quarantined data offered for
 * download. The views render it and call its methods.
 */
import { download } from '~/lib/download';
import { withLock } from '~/lib/tab-lock';
import { mergeProgress, parseProgressFile, toProgressFile } from './progress-file';
import { mergeCopies } from './progress-merge';
import { browserStorage, createProgressStore, emptyProgress, NOT_KEPT_MESSAGE, PROGRESS_KEY, type ProgressData, type ProgressStore } from './progress-store';
import { listQuarantined, removeQuarantined, repairProgress, type ProgressProblem, type QuarantinedProgress } from './progress-repair';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

// "1 chapter, 2 exercises and 1 guided sequence": guided sequences are named only when the file has some.
function whatIsIn(progress: ProgressData): string {
  const parts = [count(Object.keys(progress.chapters).length, 'chapter'), count(Object.keys(progress.exercises).length, 'exercise')];
  const sequences = Object.keys(progress.sequences).length;
  if (sequences > 0) parts.push(count(sequences, 'guided sequence'));
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

// A timestamp stamped on a file, never state the page reacts to.
const now = (): Date => new Date(Date.now());

/** A message about the last action: good news, or a problem the reader must see. */
export interface ProgressNotice {
  tone: 'good' | 'bad';
  text: string;
}

/** One reader's progress in this browser, and what they can do with it. */
export class ProgressSession {
  data: ProgressData = $state.raw(emptyProgress(''));
  ready = $state(false);
  persistent = $state(true);
  problems: ProgressProblem[] = $state([]);
  quarantine: QuarantinedProgress[] = $state([]);
  notice: ProgressNotice | null = $state(null);

  #store: ProgressStore | null = null;
  #storage: Storage | null = null;

  /** Loads the store and follows other tabs' changes; call once the page is mounted. Returns the clean-up. */
  start(storage: Storage | null = browserStorage()): () => void {
    this.#storage = storage;
    // The full check runs first, setting aside what cannot be read, so the store opens on readable data.
    this.problems = repairProgress(storage);
    this.#store = createProgressStore(storage);
    this.data = this.#store.load();
    this.#refresh();
    this.ready = true;
    // Another tab's write: merged with this page's copy, and written back if it lost something of this page's.
    const reload = (event?: StorageEvent) => {
      if (event && event.key !== PROGRESS_KEY) return;
      void this.update(() => {});
    };
    const visible = () => document.visibilityState === 'visible' && reload();
    addEventListener('storage', reload);
    document.addEventListener('visibilitychange', visible);
    return () => {
      removeEventListener('storage', reload);
      document.removeEventListener('visibilitychange', visible);
    };
  }

  #refresh() {
    this.persistent = this.#store?.persistent ?? false;
    this.quarantine = listQuarantined(this.#storage);
  }

  /**
   * Changes the progress and saves it, one tab at a time (a Web Lock; `now` skips it, for a page being
   * left); says so once when it could not be saved. Resolves to whether it was saved.
   */
  update(change: (data: ProgressData) => void, now = false): Promise<boolean> {
    const run = () => {
      if (!this.#store) return false;
      const { data, saved } = this.#store.update(change, mergeCopies);
      this.data = { ...data };
      this.#refresh();
      if (!saved && this.notice?.text !== NOT_KEPT_MESSAGE) this.notice = { tone: 'bad', text: NOT_KEPT_MESSAGE };
      return saved;
    };
    return now ? Promise.resolve(run()) : withLock(PROGRESS_KEY, run);
  }

  /** Downloads the progress as a file. */
  exportFile(at: Date = now()) {
    download(`my-progress-${at.toISOString().slice(0, 10)}.json`, toProgressFile(this.data, at));
    this.notice = { tone: 'good', text: 'Your progress was saved as a file. Import it on another device, or keep it safe.' };
  }

  /** Imports a progress file, merged with what this browser holds; a file it cannot read changes nothing. */
  importText(text: string, fileName: string): Promise<void> {
    const read = parseProgressFile(text);
    if (!read.ok) {
      this.notice = { tone: 'bad', text: `“${fileName}” was not imported: ${read.reason} Nothing was changed.` };
      return Promise.resolve();
    }
    const skipped = read.skipped.length > 0 ? ` ${read.skipped.length} record${read.skipped.length === 1 ? '' : 's'} could not be read and ${read.skipped.length === 1 ? 'was' : 'were'} left out (${read.skipped.join('; ')}).` : '';
    // Merged into the store as it is now, not this page's copy: another tab's latest change is kept.
    return withLock(PROGRESS_KEY, () => {
      const result = this.#store?.update((d) => Object.assign(d, mergeProgress(d, read.progress)), mergeCopies);
      const saved = result?.saved ?? false;
      this.data = result ? { ...result.data } : mergeProgress(this.data, read.progress);
      this.notice = {
        tone: saved && !skipped ? 'good' : 'bad',
        text: `Imported “${fileName}”: ${whatIsIn(read.progress)} merged with this browser’s progress.${skipped}${saved ? '' : ` ${NOT_KEPT_MESSAGE}`}`,
      };
    });
  }

  /**
   * Deletes the progress kept in this browser. The store keeps the time of the deletion, so another
   * tab's copy does not bring back what was deleted; what it records afterwards is kept.
   */
  forget() {
    const done = this.#store?.clear() ?? false;
    this.data = this.#store?.load() ?? emptyProgress();
    this.notice = { tone: done ? 'good' : 'bad', text: done ? 'Your progress and written answers were deleted from this browser.' : 'Nothing was stored in this browser; the progress shown here was cleared.' };
  }

  /** Downloads data that could not be read, so nothing is lost. */
  downloadQuarantined(item: QuarantinedProgress) {
    download(`${item.key}.txt`, item.text, 'text/plain');
  }

  /** Deletes a piece of quarantined data (after the reader downloaded or gave up on it). */
  removeQuarantined(item: QuarantinedProgress) {
    removeQuarantined(this.#storage, item.key);
    this.#refresh();
    this.problems = this.problems.filter((p) => p.key !== item.key);
  }
}
