/**
 * How two tabs' copies of the saved assessments become one: every field of a record (the service's
 * name, each answer, each evidence note, the mix, each snapshot) carries the time it last changed,
 * and the later change wins field by field, never record by record or store by store. A deleted
 * field keeps its time (a tombstone), so "absent here" and "deleted there" are told apart, and a
 * deleted record leaves its id with the time of deletion. The merge is commutative and
 * idempotent: tabs that read each other's saves in any order, or late, end with the same data.
 */
import type { AssessmentNotes, Snapshot } from './file-format';
import type { AssessmentAnswerLevels, ItemId, Mix } from '@evaluation';

/** When each field of a record last changed, in milliseconds since 1970, by field key ("service", "answers.locus", "snapshots.<id>"). */
export type FieldClock = Record<string, number>;

/** The fields of a record that merge as a whole. */
export const SCALAR_FIELDS = ['service', 'presetId', 'respondent', 'currentMix'] as const;
/** One of the fields that merge as a whole. */
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/** What a mergeable record holds: its id, the reader's data, dates, snapshots and field clock. */
export interface MergeableRecord {
  id: string;
  service: string;
  presetId: string | null;
  respondent?: string;
  answers: AssessmentAnswerLevels;
  notes: AssessmentNotes;
  currentMix: Mix | null;
  createdAt: string;
  updatedAt: string;
  snapshots: Snapshot[];
  clock: FieldClock;
}

/** The part of the store that tabs share: the records and the ids deleted, with when. */
export interface MergeableStore<R extends MergeableRecord> {
  assessments: R[];
  deleted: Record<string, number>;
}

/** Tombstones older than this are dropped when saving: no tab stays open that long with a stale copy. */
export const TOMBSTONE_DAYS = 90;

/** The same value written the same way whatever the order of its keys, to compare and to break ties. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// Which side's value a field takes: the later change; on a tie (the same millisecond), the larger
// value as written, so that both tabs choose alike.
function laterIsA(timeA: number, timeB: number, a: unknown, b: unknown): boolean {
  if (timeA !== timeB) return timeA > timeB;
  return canonical(a) >= canonical(b);
}

const time = (clock: FieldClock, key: string) => clock[key] ?? 0;
const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const byTime = (a: { takenAt: string; id: string }, b: { takenAt: string; id: string }) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id);

function mergeMap<V>(field: 'answers' | 'notes', a: Partial<Record<ItemId, V>>, b: Partial<Record<ItemId, V>>, clockA: FieldClock, clockB: FieldClock): Partial<Record<ItemId, V>> {
  const prefix = `${field}.`;
  const keys = new Set<string>([...Object.keys(a), ...Object.keys(b)]);
  for (const key of [...Object.keys(clockA), ...Object.keys(clockB)]) if (key.startsWith(prefix)) keys.add(key.slice(prefix.length));
  const out: Partial<Record<ItemId, V>> = {};
  for (const key of [...keys].sort()) {
    const id = key as ItemId;
    const value = laterIsA(time(clockA, prefix + key), time(clockB, prefix + key), a[id], b[id]) ? a[id] : b[id];
    if (value !== undefined) out[id] = value;
  }
  return out;
}

function mergeSnapshots(a: readonly Snapshot[], b: readonly Snapshot[], clockA: FieldClock, clockB: FieldClock): Snapshot[] {
  const ids = new Set<string>([...a.map((s) => s.id), ...b.map((s) => s.id)]);
  for (const key of [...Object.keys(clockA), ...Object.keys(clockB)]) if (key.startsWith('snapshots.')) ids.add(key.slice('snapshots.'.length));
  const out: Snapshot[] = [];
  for (const id of ids) {
    const inA = a.find((s) => s.id === id);
    const inB = b.find((s) => s.id === id);
    const kept = laterIsA(time(clockA, `snapshots.${id}`), time(clockB, `snapshots.${id}`), inA ?? null, inB ?? null) ? inA : inB;
    if (kept) out.push(kept);
  }
  return out.sort(byTime);
}

/** One record from two copies of it (same id): each field from the copy that changed it last. */
export function mergeRecord<R extends MergeableRecord>(a: R, b: R): R {
  const clock: FieldClock = {};
  for (const key of new Set([...Object.keys(a.clock), ...Object.keys(b.clock)])) clock[key] = Math.max(time(a.clock, key), time(b.clock, key));
  const merged = { ...a, clock } as R;
  for (const field of SCALAR_FIELDS) {
    const value = laterIsA(time(a.clock, field), time(b.clock, field), a[field], b[field]) ? a[field] : b[field];
    if (value === undefined) delete merged[field];
    else (merged as MergeableRecord)[field] = value as never;
  }
  merged.answers = mergeMap('answers', a.answers, b.answers, a.clock, b.clock) as AssessmentAnswerLevels;
  merged.notes = mergeMap('notes', a.notes, b.notes, a.clock, b.clock);
  merged.snapshots = mergeSnapshots(a.snapshots, b.snapshots, a.clock, b.clock);
  merged.createdAt = earlier(a.createdAt, b.createdAt);
  merged.updatedAt = later(a.updatedAt, b.updatedAt);
  return merged;
}

/** The outcome of a merge: the data, and the records this side had that the other side deleted. */
export interface Merged<R extends MergeableRecord> {
  assessments: R[];
  deleted: Record<string, number>;
  /** Records `local` still had that `remote` deleted (this side's copies, for an undo). */
  removedElsewhere: R[];
}

/** Merges this tab's records (`local`) with the stored ones (`remote`): record by record, then field by field; deletions win over edits. */
export function mergeStores<R extends MergeableRecord>(local: MergeableStore<R>, remote: MergeableStore<R>): Merged<R> {
  const deleted: Record<string, number> = { ...remote.deleted };
  for (const [id, at] of Object.entries(local.deleted)) deleted[id] = Math.max(at, deleted[id] ?? 0);
  const byId = new Map<string, R>();
  for (const r of remote.assessments) byId.set(r.id, r);
  for (const r of local.assessments) {
    const other = byId.get(r.id);
    byId.set(r.id, other ? mergeRecord(r, other) : r);
  }
  const removedElsewhere = local.assessments.filter((r) => remote.deleted[r.id] !== undefined && local.deleted[r.id] === undefined);
  const assessments = [...byId.values()]
    .filter((r) => deleted[r.id] === undefined)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
  return { assessments, deleted, removedElsewhere };
}

/** True when two stores hold the same records and deletions (the open record and view aside). */
export function sameStore<R extends MergeableRecord>(a: MergeableStore<R>, b: MergeableStore<R>): boolean {
  return canonical({ assessments: a.assessments, deleted: a.deleted }) === canonical({ assessments: b.assessments, deleted: b.deleted });
}

/** The deletions worth keeping: those younger than TOMBSTONE_DAYS. */
export function recentTombstones(deleted: Record<string, number>, now: number): Record<string, number> {
  const cutoff = now - TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;
  return Object.fromEntries(Object.entries(deleted).filter(([, at]) => at >= cutoff));
}

/** The time to stamp a field changed now: never earlier than its last change, so a later edit always wins. */
export function nextTick(clock: FieldClock, key: string, now: number): number {
  return Math.max(now, time(clock, key) + 1);
}
