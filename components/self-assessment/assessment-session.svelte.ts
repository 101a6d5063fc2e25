/**
 * The self-assessment's controller: the open assessment and the saved ones, autosave to the
 * browser store, snapshots, files to export and import, the share link, and recovery from damaged
 * storage. Every change stamps the field it changed (merge.ts); saves read, merge and write the
 * store under a Web Lock, and another tab's save is merged in when its storage event arrives, so
 * two tabs keep each other's answers and notes. The views (SelfAssessment and its parts) render it
 * and call its methods.
 */
import { tick } from 'svelte';
import { assessmentCodec, decodeWith, encodeWith, modesCodec, scoreAssessment, type AssessmentResult, type ItemId, type Level, type Mix } from '@evaluation';
import { pageAddress, readParam, writeParams } from '~/lib/address';
import { download } from '~/lib/download';
import { withBase } from '~/lib/url';
import { withLock } from '~/lib/tab-lock';
import { copyText } from '../widget/share';
import { FLOW_STEPS, presetAnswers } from './flow-steps';
import { lookUpVersionNotice } from '@components/widget/version-lookup';
import { AssessmentFileError, fileNameFor, parseAssessmentFile, serialiseAssessmentFile, toAssessmentFile } from './file-format';
import { takeSnapshot } from './snapshots';
import { canonical, nextTick, SCALAR_FIELDS, sameStore } from './merge';
import { browserStorage, createStore, emptyStore, isUntouched, STORE_KEY, type AssessmentStore, type QuarantinedItem, type SavedAssessment, type StoreData, type StoreProblem, type ViewState } from './storage';

/**
 * A message about the last action: `good` news (only when it is true that something was done and
 * saved), `info` (words that came with a link, shown as the link's), `warn` (done on this page but
 * not saved), or a `bad` problem the reader must see.
 */
export interface SessionNotice {
  tone: 'good' | 'info' | 'warn' | 'bad';
  text: string;
  /** A link that explains the notice (what changed in the model since a file or link was made). */
  more?: { href: string; text: string };
}

/** The parameters a shared link carries: the answers (model codec) and the service's name. */
const LINK_ANSWERS = 'a';
const LINK_SERVICE = 's';
const SAVE_DELAY_MS = 300;
/** The Web Lock every tab holds while it reads, merges and writes the store. */
const LOCK_NAME = STORE_KEY;
/** How much of a name that came with a link a notice quotes. */
const QUOTE_CHARS = 60;

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
const timeText = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const nameOf = (r: { service: string } | undefined) => r?.service.trim() || 'Untitled service';
// Timestamps are values stamped on records, never state the page reacts to.
const now = (): Date => new Date(Date.now());
const nowText = (): string => now().toISOString();
// Text that came from elsewhere, as a notice quotes it: one line, cut at a length the reader can recognise.
const quoted = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length > QUOTE_CHARS ? `${line.slice(0, QUOTE_CHARS - 1)}…` : line}”`;
};

function blankRecord(): SavedAssessment {
  const created = nowText();
  return { id: newId(), service: '', presetId: null, answers: {}, notes: {}, currentMix: null, createdAt: created, updatedAt: created, snapshots: [], clock: {} };
}

const isBlank = (r: SavedAssessment) => r.service.trim() === '' && Object.keys(r.answers).length === 0 && r.snapshots.length === 0 && r.currentMix === null;

// Marks a field of a record as changed now (later than any change it has had), so merges keep it.
function stamp(record: SavedAssessment, key: string) {
  record.clock[key] = nextTick(record.clock, key, Date.now());
}

// Marks every field a record holds as changed now: a copy restored or imported wins over older copies.
function stampAll(record: SavedAssessment) {
  for (const field of SCALAR_FIELDS) stamp(record, field);
  for (const id of Object.keys(record.answers)) stamp(record, `answers.${id}`);
  for (const id of Object.keys(record.notes)) stamp(record, `notes.${id}`);
  for (const s of record.snapshots) stamp(record, `snapshots.${s.id}`);
}

/** One reader's self-assessments in this browser, and everything they can do with them. */
export class AssessmentSession {
  data: StoreData = $state(emptyStore());
  ready = $state(false);
  persistent = $state(true);
  problems: StoreProblem[] = $state([]);
  quarantine: QuarantinedItem[] = $state([]);
  saveStatus = $state('');
  notice: SessionNotice | null = $state(null);
  shareLink: string | null = $state(null);
  savePending = $state(false);
  /** Why changes are not being saved (shown instead of "saved"), or null while they are. */
  unavailableReason: string | null = $state(null);
  /** Assessments open here that another tab or window deleted (this tab's copies, to restore). */
  removedElsewhere: SavedAssessment[] = $state([]);

  #store: AssessmentStore | null = null;
  // Where the reader was when the open assessment was deleted in another tab: restoring it returns there.
  #viewBeforeRemoval: ViewState | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** The open assessment, or null before one exists. */
  record = $derived(this.data.assessments.find((a) => a.id === this.data.currentId) ?? null);
  /** The assessments that hold something (an untouched blank one is neither saved nor listed). */
  listed = $derived(this.data.assessments.filter((a) => !isUntouched(a)));
  view = $derived<ViewState['view']>(this.data.view.view);
  step = $derived(Math.min(this.data.view.step, FLOW_STEPS.length - 1));
  /** The model's profile of the open assessment, or the reason it could not be computed. */
  scored = $derived.by((): { result: AssessmentResult | null; error: string | null } => {
    const record = this.record;
    if (record === null) return { result: null, error: null };
    try {
      return { result: scoreAssessment({ answers: record.answers, notes: record.notes, ...(record.currentMix ? { currentMix: record.currentMix } : {}) }), error: null };
    } catch (error) {
      return { result: null, error: error instanceof Error ? error.message : String(error) };
    }
  });
  /** A link that opens the mode balancer of chapter 7 with this service's context and mix. */
  balancerHref = $derived.by(() => {
    const chapter = withBase('/chapters/07-modes-of-production/');
    const result = this.scored.result;
    if (result === null) return `${chapter}#modes`;
    try {
      const mix = result.modes.current?.mix ?? result.modes.balanced.best.mix;
      return `${chapter}?modes=${encodeWith(modesCodec, { preset: null, context: result.context, mix })}#modes`;
    } catch {
      return `${chapter}#modes`;
    }
  });

  /** Loads the store, opens an assessment from a shared link if the address holds one, and keeps tabs in step; returns the clean-up. */
  start(): () => void {
    const store = createStore(browserStorage());
    this.#store = store;
    const loaded = store.load();
    this.data = loaded.data;
    this.problems = loaded.problems;
    this.quarantine = store.quarantined();
    this.#showStoreState(null);
    this.#openFromLink();
    if (this.record === null) {
      const latest = [...this.data.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      if (latest) this.data.currentId = latest.id;
      else this.#ensureRecord();
    }
    this.ready = true;
    // When the page goes away there is no time to wait for the lock: the merge on write still keeps the other tab's data.
    const flush = () => {
      if (this.#saveTimer !== undefined) this.#saveMerged();
    };
    const onHide = () => document.visibilityState === 'hidden' && this.#saveTimer !== undefined && void this.saveNow();
    // Another tab saved: merge its data into this tab's, keeping this tab's place and its unsaved changes.
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORE_KEY || e.key === null) this.#pull();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }

  /** Reads, merges and writes the store under the tabs' lock (after deliberate actions; typing waits for a pause). Resolves to whether it was saved. */
  saveNow(): Promise<boolean> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    return withLock(LOCK_NAME, () => this.#saveMerged());
  }

  /** Brings back an assessment another tab deleted, from this tab's copy, as a new assessment. */
  restoreRemoved(id: string): Promise<void> {
    const copy = this.removedElsewhere.find((r) => r.id === id);
    if (!copy) return Promise.resolve();
    this.removedElsewhere = this.removedElsewhere.filter((r) => r.id !== id);
    const restored: SavedAssessment = { ...$state.snapshot(copy), id: newId(), clock: {} };
    stampAll(restored);
    this.data.assessments.push(restored);
    this.data.currentId = restored.id;
    if (this.#viewBeforeRemoval !== null && this.data.view.view === 'saved') this.setView(this.#viewBeforeRemoval.view, this.#viewBeforeRemoval.step);
    this.#viewBeforeRemoval = null;
    return this.#saveThen(`Restored “${nameOf(restored)}”.`, 'It is open again and saved in this browser.');
  }

  /** Forgets the report of assessments deleted in another tab. */
  dismissRemoved() {
    this.removedElsewhere = [];
  }

  /** Shows a view (and a step of the questions), moving focus to its heading. */
  setView(next: ViewState['view'], nextStep = this.data.view.step) {
    if (this.record === null && (next === 'flow' || next === 'results')) this.#ensureRecord();
    this.data.view = { view: next, step: Math.max(0, Math.min(nextStep, FLOW_STEPS.length - 1)) };
    this.#scheduleSave();
    const heading = { flow: 'sa-step-title', results: 'sa-report-title', saved: 'sa-saved-title', compare: 'sa-compare-title' }[next];
    void focusHeading(heading);
  }

  /** Records an answer to an item (null skips it). */
  answer(id: ItemId, level: Level | null) {
    const r = this.#ensureRecord();
    if (level === null) delete r.answers[id];
    else r.answers[id] = level;
    stamp(r, `answers.${id}`);
    this.#touch();
  }

  /** Records the evidence note for an item (an empty note removes it). */
  note(id: ItemId, text: string) {
    const r = this.#ensureRecord();
    if (text.trim() === '') delete r.notes[id];
    else r.notes[id] = text.slice(0, 2000);
    stamp(r, `notes.${id}`);
    this.#touch();
  }

  /** Sets the service's name or the respondent's. */
  details(patch: Partial<Pick<SavedAssessment, 'service' | 'respondent'>>) {
    const r = this.#ensureRecord();
    if (patch.service !== undefined) {
      r.service = patch.service.slice(0, 200);
      stamp(r, 'service');
    }
    if (patch.respondent !== undefined) {
      if (patch.respondent.trim() === '') delete r.respondent;
      else r.respondent = patch.respondent.slice(0, 200);
      stamp(r, 'respondent');
    }
    this.#touch();
  }

  /** Starts from one of the book's services: its context answers are filled in. */
  choosePreset(presetId: string | null) {
    const r = this.#ensureRecord();
    r.presetId = presetId;
    stamp(r, 'presetId');
    if (presetId !== null) {
      const answers = presetAnswers(presetId);
      Object.assign(r.answers, answers);
      for (const id of Object.keys(answers)) stamp(r, `answers.${id}`);
    }
    this.#touch();
  }

  /** Sets the service's current mix of modes (null: not given). */
  setMix(mix: Mix | null) {
    const r = this.#ensureRecord();
    r.currentMix = mix;
    stamp(r, 'currentMix');
    this.#touch();
  }

  /** Opens a new, empty assessment (reusing an untouched one). */
  newAssessment() {
    this.shareLink = null;
    const blank = this.data.assessments.find(isBlank);
    if (blank) this.data.currentId = blank.id;
    else {
      const fresh = blankRecord();
      this.data.assessments.push(fresh);
      this.data.currentId = fresh.id;
    }
    this.setView('flow', 0);
  }

  /** Opens a saved assessment in a view. */
  open(id: string, next: ViewState['view']) {
    this.shareLink = null;
    this.data.currentId = id;
    this.setView(next, next === 'flow' ? 0 : this.data.view.step);
  }

  /** Deletes a saved assessment from this browser. */
  remove(id: string): Promise<void> {
    const gone = this.data.assessments.find((a) => a.id === id);
    this.data.assessments = this.data.assessments.filter((a) => a.id !== id);
    this.data.deleted[id] = Date.now();
    if (this.data.currentId === id) this.data.currentId = null;
    void focusHeading('sa-saved-title');
    return this.#saveThen(`Deleted “${nameOf(gone)}”.`, 'It is gone from this browser.');
  }

  /** Keeps the assessment's present answers as a snapshot to compare with later. */
  snapshot(id: string) {
    const r = this.data.assessments.find((a) => a.id === id);
    if (!r) return;
    const taken = takeSnapshot($state.snapshot(r), now(), newId());
    r.snapshots.push(taken);
    stamp(r, `snapshots.${taken.id}`);
    void this.#saveThen(`Snapshot of “${nameOf(r)}” taken.`, 'Change the answers later and compare with it under Saved assessments.');
  }

  /** Deletes one snapshot. */
  removeSnapshot(id: string, snapshotId: string) {
    const r = this.data.assessments.find((a) => a.id === id);
    if (!r) return;
    r.snapshots = r.snapshots.filter((s) => s.id !== snapshotId);
    stamp(r, `snapshots.${snapshotId}`);
    void this.saveNow();
  }

  /** Downloads an assessment as a versioned JSON file. */
  exportRecord(id: string) {
    const r = this.data.assessments.find((a) => a.id === id);
    if (!r) return;
    const at = now();
    const plain = $state.snapshot(r);
    download(fileNameFor(plain.service, at, plain.respondent), serialiseAssessmentFile(toAssessmentFile(plain, at, plain.snapshots)));
    this.notice = { tone: 'good', text: `Exported “${nameOf(plain)}” as a file. It holds your answers and notes: keep it safe.` };
  }

  /** Imports an exported file as a new assessment; a bad file changes nothing and says why. */
  async importFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.notice = { tone: 'bad', text: `Could not import “${file.name}”: the file could not be read. Nothing was changed.` };
      return;
    }
    try {
      const parsed = parseAssessmentFile(text);
      const imported: SavedAssessment = {
        id: newId(),
        service: parsed.service,
        presetId: parsed.presetId,
        answers: parsed.answers,
        notes: parsed.notes,
        currentMix: parsed.currentMix,
        createdAt: nowText(),
        updatedAt: parsed.savedAt,
        snapshots: parsed.snapshots ?? [],
        clock: {},
        ...(parsed.respondent ? { respondent: parsed.respondent } : {}),
      };
      stampAll(imported);
      this.data.assessments.push(imported);
      this.data.currentId = imported.id;
      this.setView('results');
      await this.#saveThen(`Imported “${nameOf(parsed)}” from “${file.name}”.`, 'It is saved here as a separate assessment.');
      await this.#noteModelVersion(parsed.modelVersion, 'file');
    } catch (error) {
      const reason = error instanceof AssessmentFileError ? error.message : 'The file could not be read.';
      this.notice = { tone: 'bad', text: `Could not import “${file.name}”: ${reason} Nothing was changed.` };
    }
  }

  /** Builds and copies a link that carries the answers (not the notes), and shows it with a warning. */
  async share() {
    const record = this.record;
    if (record === null) return;
    const answers = encodeWith(assessmentCodec, { answers: record.answers, ...(record.currentMix ? { currentMix: record.currentMix } : {}) });
    const service = record.service.trim();
    const link = pageAddress({ [LINK_ANSWERS]: answers, ...(service ? { [LINK_SERVICE]: service } : {}) }).href;
    this.shareLink = link;
    const ok = await copyText(link);
    this.notice = { tone: 'good', text: ok ? 'Link copied. It contains your answers; see the warning beside it.' : 'Copy the link from the box below. It contains your answers; see the warning beside it.' };
  }

  /** Hides one problem report. */
  dismissProblem(index: number) {
    this.problems = this.problems.filter((_, k) => k !== index);
  }

  /** Downloads damaged data that was set aside, so nothing is lost. */
  downloadQuarantined(item: QuarantinedItem) {
    download(`${item.key}.txt`, item.text, 'text/plain');
  }

  /** Deletes damaged data that was set aside. */
  removeQuarantined(key: string) {
    this.#store?.removeQuarantined(key);
    this.quarantine = this.#store?.quarantined() ?? [];
  }

  #ensureRecord(): SavedAssessment {
    const record = this.record;
    if (record !== null) return record;
    const fresh = blankRecord();
    this.data.assessments.push(fresh);
    this.data.currentId = fresh.id;
    return this.data.assessments[this.data.assessments.length - 1]!;
  }

  // A change to the open assessment: stamps it and autosaves once the reader pauses.
  #touch() {
    const record = this.record;
    if (record === null) return;
    record.updatedAt = nowText();
    this.#scheduleSave();
  }

  #scheduleSave() {
    clearTimeout(this.#saveTimer);
    this.savePending = true;
    this.#saveTimer = setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  // A shared link opens as a saved assessment (the same link opened again finds the one it made);
  // its parameters leave the address at once, so a reload does not import it twice. The name it
  // carries is quoted as the link's, never announced as the site's own news.
  #openFromLink() {
    const raw = readParam(LINK_ANSWERS);
    if (raw === null) return;
    const service = (readParam(LINK_SERVICE) ?? '').slice(0, 200).trim();
    writeParams({ [LINK_ANSWERS]: null, [LINK_SERVICE]: null }, 'move');
    const decoded = decodeWith(assessmentCodec, raw);
    if (!decoded.ok) {
      this.notice = { tone: 'bad', text: `The link’s self-assessment could not be opened: ${decoded.reason ?? 'it is not in a format this page understands.'} Nothing was changed.` };
      return;
    }
    const answers = decoded.state.answers;
    const currentMix = decoded.state.currentMix ?? null;
    const name = service || 'Shared assessment';
    const fromLink = service ? `Opened answers from a link that names the service ${quoted(service)}.` : 'Opened answers from a link that names no service.';
    const same = canonical({ answers, currentMix });
    const known = this.data.assessments.find((a) => a.service === name && canonical({ answers: a.answers, currentMix: a.currentMix }) === same);
    this.data.view = { view: 'results', step: 0 };
    if (known) {
      this.data.currentId = known.id;
      this.notice = { tone: 'info', text: `${fromLink} The same answers are already saved in this browser; that assessment is open, and no copy was made.` };
      void this.#noteModelVersion(decoded.madeWith, 'link');
      return;
    }
    const record: SavedAssessment = { ...blankRecord(), service: name, answers, currentMix };
    stampAll(record);
    this.data.assessments.push(record);
    this.data.currentId = record.id;
    this.notice = { tone: 'info', text: fromLink };
    void this.saveNow().then((ok) => {
      const where = ok ? 'They are saved in this browser as a separate assessment.' : 'They are open on this page but not saved in this browser (see above); export a file to keep them.';
      this.notice = { tone: ok ? 'info' : 'warn', text: `${fromLink} ${where}` };
      return this.#noteModelVersion(decoded.madeWith, 'link');
    });
  }

  // Saves under the lock and says what was done: in the success colour only when it was also saved.
  async #saveThen(done: string, savedNote: string): Promise<void> {
    const ok = await this.saveNow();
    this.notice = ok ? { tone: 'good', text: `${done} ${savedNote}` } : { tone: 'warn', text: `${done} This is on this page only and not saved in this browser (see above); export a file to keep it.` };
  }

  // Reads the store, merges this tab's data into it and writes it; shows the merged data (no await inside: nothing can change the data meanwhile).
  #saveMerged(): boolean {
    const store = this.#store;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.savePending = false;
    if (store === null) return false;
    const result = store.save($state.snapshot(this.data) as StoreData);
    this.#adopt(result.data, result.removedElsewhere);
    this.#showStoreState(result.ok ? result.at : null);
    return result.ok;
  }

  // Another tab saved: its data merged with this tab's; if this tab holds changes the store lacks, save them soon.
  #pull() {
    const store = this.#store;
    if (store === null) return;
    const pulled = store.pull($state.snapshot(this.data) as StoreData);
    this.#adopt(pulled.data, pulled.removedElsewhere);
    if (pulled.problems.length > 0) {
      this.problems = [...this.problems, ...pulled.problems];
      this.quarantine = store.quarantined();
    }
    if (pulled.ahead && this.#saveTimer === undefined && store.mode === 'persistent') this.#scheduleSave();
  }

  // Shows merged data, keeping this tab's place; an open assessment deleted elsewhere is reported, with its copy to restore.
  #adopt(merged: StoreData, removed: SavedAssessment[]) {
    if (!sameStore(merged, $state.snapshot(this.data) as StoreData)) {
      this.data.assessments = merged.assessments;
      this.data.deleted = merged.deleted;
    }
    if (removed.length === 0) return;
    const shown = this.removedElsewhere.map((r) => r.id);
    this.removedElsewhere = [...this.removedElsewhere, ...removed.filter((r) => !isUntouched(r) && !shown.includes(r.id))];
    if (this.data.currentId !== null && !this.data.assessments.some((a) => a.id === this.data.currentId)) {
      this.data.currentId = null;
      if (this.data.view.view === 'flow' || this.data.view.view === 'results') {
        this.#viewBeforeRemoval = { ...this.data.view };
        this.data.view = { view: 'saved', step: 0 };
      }
    }
  }

  // What the page says about saving: the time of the last save, or exactly why changes are not kept.
  #showStoreState(savedAt: Date | null) {
    const store = this.#store;
    if (store === null) return;
    this.unavailableReason = store.unavailableReason;
    this.persistent = store.mode === 'persistent' && store.unavailableReason === null;
    if (savedAt !== null) this.saveStatus = `Saved at ${timeText(savedAt)}`;
    else if (!this.persistent) this.saveStatus = store.mode === 'memory' ? 'Not saved: kept on this page only.' : 'Latest changes not saved: kept on this page only.';
  }

  // A file or link made with another version of the model: the notice says whether and why its
  // results now differ (the words load only then).
  async #noteModelVersion(madeWith: string | null, source: 'file' | 'link') {
    const shown = this.notice;
    const words = await lookUpVersionNotice('assessment', madeWith, source);
    if (words && shown && this.notice === shown) this.notice = { ...shown, text: `${shown.text} ${words.text}`, more: { href: words.href, text: words.linkText } };
  }
}

async function focusHeading(id: string) {
  await tick();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'nearest' });
}
