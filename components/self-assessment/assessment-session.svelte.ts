/**
 * The self-assessment's controller: the open assessment and the saved ones, autosave to the
 * browser store, snapshots, files to export and import, the share link, and recovery from damaged
 * storage. The views (SelfAssessment and its parts) render it and call its methods.
 */
import { tick } from 'svelte';
import { assessmentCodec, decodeWith, encodeWith, modesCodec, scoreAssessment, type AssessmentResult, type ItemId, type Level, type Mix } from '@evaluation';
import { pageAddress, readParam, writeParams } from '~/lib/address';
import { download } from '~/lib/download';
import { withBase } from '~/lib/url';
import { copyText } from '../widget/share';
import { FLOW_STEPS, presetAnswers } from './flow-steps';
import { lookUpVersionNotice } from '@components/widget/version-lookup';
import { AssessmentFileError, fileNameFor, parseAssessmentFile, serialiseAssessmentFile, toAssessmentFile } from './file-format';
import { takeSnapshot } from './snapshots';
import { browserStorage, createStore, emptyStore, STORE_KEY, type AssessmentStore, type QuarantinedItem, type SavedAssessment, type StoreData, type StoreProblem, type ViewState } from './storage';

/** A message about the last action: good news, or a problem the reader must see. */
export interface SessionNotice {
  tone: 'good' | 'bad';
  text: string;
  /** A link that explains the notice (what changed in the model since a file or link was made). */
  more?: { href: string; text: string };
}

/** The parameters a shared link carries: the answers (model codec) and the service's name. */
const LINK_ANSWERS = 'a';
const LINK_SERVICE = 's';
const SAVE_DELAY_MS = 300;

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
const timeText = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const nameOf = (r: { service: string } | undefined) => r?.service.trim() || 'Untitled service';
// Timestamps are values stamped on records, never state the page reacts to.
const now = (): Date => new Date(Date.now());
const nowText = (): string => now().toISOString();

function blankRecord(): SavedAssessment {
  const created = nowText();
  return { id: newId(), service: '', presetId: null, answers: {}, notes: {}, currentMix: null, createdAt: created, updatedAt: created, snapshots: [] };
}

const isBlank = (r: SavedAssessment) => r.service.trim() === '' && Object.keys(r.answers).length === 0 && r.snapshots.length === 0 && r.currentMix === null;

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
  /** Why the store is not persistent (shown instead of "saved"), or null. */
  unavailableReason: string | null = $state(null);

  #store: AssessmentStore | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** The open assessment, or null before one exists. */
  record = $derived(this.data.assessments.find((a) => a.id === this.data.currentId) ?? null);
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
    this.persistent = store.mode === 'persistent';
    this.unavailableReason = store.unavailableReason ?? null;
    if (!this.persistent) this.saveStatus = store.unavailableReason ?? '';
    this.#openFromLink();
    if (this.record === null) {
      const latest = [...this.data.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      if (latest) this.data.currentId = latest.id;
      else this.#ensureRecord();
    }
    this.ready = true;
    const flush = () => {
      if (this.#saveTimer !== undefined) this.saveNow();
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    // Another tab saved: take its data so this tab does not overwrite it, keeping this tab's place.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORE_KEY || e.newValue === null || this.#saveTimer !== undefined) return;
      const { currentId, view: here } = this.data;
      const fresh = store.load();
      this.data = { ...fresh.data, currentId: fresh.data.assessments.some((a) => a.id === currentId) ? currentId : fresh.data.currentId, view: here };
      if (fresh.problems.length > 0) this.problems = [...this.problems, ...fresh.problems];
      if (this.record === null) this.#ensureRecord();
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

  /** Writes the store now (after deliberate actions; typing waits for a pause). */
  saveNow() {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.savePending = false;
    if (this.#store === null) return;
    const result = this.#store.save($state.snapshot(this.data));
    this.persistent = this.#store.mode === 'persistent' && result.ok;
    this.saveStatus = result.ok ? `Saved at ${timeText(result.at)}` : result.message;
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
    this.#touch();
  }

  /** Records the evidence note for an item (an empty note removes it). */
  note(id: ItemId, text: string) {
    const r = this.#ensureRecord();
    if (text.trim() === '') delete r.notes[id];
    else r.notes[id] = text.slice(0, 2000);
    this.#touch();
  }

  /** Sets the service's name or the respondent's. */
  details(patch: Partial<Pick<SavedAssessment, 'service' | 'respondent'>>) {
    const r = this.#ensureRecord();
    if (patch.service !== undefined) r.service = patch.service.slice(0, 200);
    if (patch.respondent !== undefined) {
      if (patch.respondent.trim() === '') delete r.respondent;
      else r.respondent = patch.respondent.slice(0, 200);
    }
    this.#touch();
  }

  /** Starts from one of the book's services: its context answers are filled in. */
  choosePreset(presetId: string | null) {
    const r = this.#ensureRecord();
    r.presetId = presetId;
    if (presetId !== null) Object.assign(r.answers, presetAnswers(presetId));
    this.#touch();
  }

  /** Sets the service's current mix of modes (null: not given). */
  setMix(mix: Mix | null) {
    this.#ensureRecord().currentMix = mix;
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
  remove(id: string) {
    const gone = this.data.assessments.find((a) => a.id === id);
    this.data.assessments = this.data.assessments.filter((a) => a.id !== id);
    if (this.data.currentId === id) this.data.currentId = null;
    this.notice = { tone: 'good', text: `Deleted “${nameOf(gone)}” from this browser.` };
    this.saveNow();
    void focusHeading('sa-saved-title');
  }

  /** Keeps the assessment's present answers as a snapshot to compare with later. */
  snapshot(id: string) {
    const r = this.data.assessments.find((a) => a.id === id);
    if (!r) return;
    r.snapshots.push(takeSnapshot($state.snapshot(r), now(), newId()));
    this.notice = { tone: 'good', text: `Snapshot of “${nameOf(r)}” taken. Change the answers later and compare with it under Saved assessments.` };
    this.saveNow();
  }

  /** Deletes one snapshot. */
  removeSnapshot(id: string, snapshotId: string) {
    const r = this.data.assessments.find((a) => a.id === id);
    if (!r) return;
    r.snapshots = r.snapshots.filter((s) => s.id !== snapshotId);
    this.saveNow();
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
        ...(parsed.respondent ? { respondent: parsed.respondent } : {}),
      };
      this.data.assessments.push(imported);
      this.data.currentId = imported.id;
      this.notice = { tone: 'good', text: `Imported “${nameOf(parsed)}” from “${file.name}”. It is saved here as a separate assessment.` };
      this.setView('results');
      this.saveNow();
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
    this.#saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  // A shared link opens as a new saved assessment; its parameters leave the address at once, so a
  // reload does not import it twice.
  #openFromLink() {
    const raw = readParam(LINK_ANSWERS);
    if (raw === null) return;
    const service = readParam(LINK_SERVICE);
    writeParams({ [LINK_ANSWERS]: null, [LINK_SERVICE]: null }, 'move');
    const decoded = decodeWith(assessmentCodec, raw);
    if (!decoded.ok) {
      this.notice = { tone: 'bad', text: `The link’s self-assessment could not be opened: ${decoded.reason ?? 'it is not in a format this page understands.'} Nothing was changed.` };
      return;
    }
    const fromLink: SavedAssessment = {
      ...blankRecord(),
      service: (service ?? '').slice(0, 200) || 'Shared assessment',
      answers: decoded.state.answers,
      currentMix: decoded.state.currentMix ?? null,
    };
    this.data.assessments.push(fromLink);
    this.data.currentId = fromLink.id;
    this.data.view = { view: 'results', step: 0 };
    this.notice = { tone: 'good', text: `Opened “${fromLink.service}” from a link and saved it in this browser as a separate assessment.` };
    this.saveNow();
    void this.#noteModelVersion(decoded.madeWith, 'link');
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
