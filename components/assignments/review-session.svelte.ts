/**
 * The lecturer's review session: the assignment under review (from the page's address, or the first
 * hand-in read), the files imported so far, each import timed, and the CSV export. The views render
 * it; the sorting and summing up are the pure functions of review-summary.ts.
 */
import { readParam } from '~/lib/address';
import { download } from '~/lib/download';
import type { Catalogue } from '../progress/catalogue';
import { ASSIGNMENT_PARAM } from './assignment-codec';
import { addFiles, reviewCsv, startReview, summariseItems, type IncomingFile, type ItemSummary, type Review } from './review-summary';

/** What the last import did, for the status line. */
export interface ImportReport {
  files: number;
  accepted: number;
  setAside: number;
  /** Milliseconds from the files being picked to the overview being computed. */
  ms: number;
}

/** One review of a class's hand-ins. */
export class ReviewSession {
  review: Review = $state.raw(startReview(null));
  lastImport: ImportReport | null = $state(null);
  busy = $state(false);
  readonly catalogue: Catalogue;
  readonly items: ItemSummary[] = $derived.by(() => summariseItems(this.review, this.catalogue));

  constructor(catalogue: Catalogue) {
    this.catalogue = catalogue;
  }

  /** Starts from the assignment in the page's address, if any. */
  open(): void {
    this.review = startReview(readParam(ASSIGNMENT_PARAM));
  }

  /** Reads the picked files and adds them; what was imported before is kept. */
  async importFiles(files: Iterable<File>, now: () => number = () => performance.now()): Promise<void> {
    const start = now();
    this.busy = true;
    const picked = [...files];
    const read: IncomingFile[] = await Promise.all(
      picked.map(async (file) => ({ name: file.name, text: await file.text().catch(() => '') })),
    );
    const before = { accepted: this.review.accepted.length, setAside: this.review.setAside.length };
    this.review = addFiles(this.review, read);
    // Timed through the summing up too, so the figure covers all the work before the overview draws.
    summariseItems(this.review, this.catalogue);
    this.lastImport = {
      files: picked.length,
      accepted: this.review.accepted.length - before.accepted,
      setAside: this.review.setAside.length - before.setAside,
      ms: Math.round(now() - start),
    };
    this.busy = false;
  }

  /** Downloads the gradebook CSV. */
  exportCsv(): void {
    const title = this.review.assignment?.assignment.title || 'assignment';
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'assignment';
    download(`hand-ins-${slug}.csv`, reviewCsv(this.review, this.catalogue), 'text/csv');
  }
}
