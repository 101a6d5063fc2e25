import type { WidgetKind } from './state-codec.ts';

/**
 * The model's version, numbered by the rule on "Open the model": MAJOR when a figure an existing
 * link or file shows changes, MINOR when results are added and every existing figure stays, PATCH
 * for words only. Every link and self-assessment file records the version it was made with.
 */
export const MODEL_VERSION = '2.2.0';

/** The first version whose links record it; links in the older state format were made with an earlier one. */
export const VERSIONED_SINCE = '2.1.0';

/** The first edition's version: the oldest a link can have been made with. */
export const FIRST_VERSION = '1.0.0';

/** Each version that changed figures, with the widget kinds whose figures it changed (the changelog says how and why). */
export const FIGURE_CHANGES: readonly { version: string; kinds: readonly WidgetKind[] }[] = [{ version: '2.0.0', kinds: ['modes', 'assessment'] }];

/** What opening a link or file means for one widget kind's figures. */
export interface ModelVersionNote {
  /**
   * `current`: made with this version. `unchanged`: made with an older one (or before links recorded
   * it) and no version since changed this kind's figures. `changed`: an older one, and `changes`
   * did. `unrecorded`: before links recorded it, and `changes` (in that span) may have. `newer`:
   * made with a version this copy of the book does not know.
   */
  status: 'current' | 'unchanged' | 'changed' | 'unrecorded' | 'newer';
  /** The version the link or file records; null when it predates recorded versions. */
  madeWith: string | null;
  /** The versions that changed this kind's figures since then, oldest first. */
  changes: string[];
}

const SEMVER = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** True for a version written as three whole numbers, e.g. "2.1.0". */
export function isModelVersion(text: unknown): text is string {
  return typeof text === 'string' && SEMVER.test(text);
}

/** Orders two versions: negative when `a` is older than `b`, 0 when equal, positive when newer. */
export function compareModelVersions(a: string, b: string): number {
  const parts = (v: string) => (SEMVER.exec(v) ?? []).slice(1).map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The rule for a link or file made with `madeWith` (null: it predates recorded versions): its
 * figures for `kind` are today's when no version since then changed them; otherwise the reader is
 * told which versions did.
 */
export function modelVersionNote(kind: WidgetKind, madeWith: string | null): ModelVersionNote {
  const ofKind = FIGURE_CHANGES.filter((c) => c.kinds.includes(kind) && compareModelVersions(c.version, MODEL_VERSION) <= 0).map((c) => c.version);
  if (madeWith === null) {
    // Such a link was made with FIRST_VERSION or a later version before VERSIONED_SINCE: changes
    // from VERSIONED_SINCE on are certain, those within that span only possible.
    const possible = ofKind.filter((v) => compareModelVersions(v, VERSIONED_SINCE) < 0);
    const certain = ofKind.filter((v) => compareModelVersions(v, VERSIONED_SINCE) >= 0);
    return { status: certain.length > 0 ? 'changed' : possible.length > 0 ? 'unrecorded' : 'unchanged', madeWith, changes: ofKind };
  }
  const order = compareModelVersions(madeWith, MODEL_VERSION);
  const changes = order < 0 ? ofKind.filter((v) => compareModelVersions(v, madeWith) > 0) : [];
  return { status: order === 0 ? 'current' : order > 0 ? 'newer' : changes.length > 0 ? 'changed' : 'unchanged', madeWith, changes };
}
