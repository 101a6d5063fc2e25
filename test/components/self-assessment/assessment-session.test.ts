// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { encodeState, MODEL_VERSION, presets } from '@evaluation';
import { AssessmentSession } from '@components/self-assessment/assessment-session.svelte';
import { serialiseAssessmentFile, toAssessmentFile } from '@components/self-assessment/file-format';
import { noticeTable } from '@components/widget/version-note';
import { STORE_KEY } from '@components/self-assessment/storage';
import { flushPending } from '~/lib/address';

let session: AssessmentSession;
let stop: () => void;
const saved = () => JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');

function begin() {
  session = new AssessmentSession();
  stop = session.start();
  return session;
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/self-assessment/');
});

afterEach(() => {
  stop?.();
  flushPending();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('AssessmentSession (the self-assessment’s controller)', () => {
  it('opens a blank assessment on a first visit, kept in persistent storage', () => {
    begin();
    expect(session.ready).toBe(true);
    expect(session.persistent).toBe(true);
    expect(session.record).not.toBeNull();
    expect(session.data.assessments).toHaveLength(1);
  });

  it('autosaves answers, notes and details once the reader pauses', () => {
    vi.useFakeTimers();
    begin();
    session.details({ service: 'Waste collection', respondent: 'Ana' });
    session.answer('problemKnown', 4);
    session.note('problemKnown', 'From the 2025 audit');
    expect(session.savePending).toBe(true);
    vi.advanceTimersByTime(400);
    expect(session.savePending).toBe(false);
    const record = saved().assessments[0];
    expect(record).toMatchObject({ service: 'Waste collection', respondent: 'Ana', answers: { problemKnown: 4 }, notes: { problemKnown: 'From the 2025 audit' } });
    expect(session.saveStatus).toMatch(/^Saved at \d\d:\d\d$/);
  });

  it('skips an item, removes an empty note and an empty respondent', () => {
    begin();
    session.answer('locus', 3);
    session.answer('locus', null);
    session.note('locus', 'x');
    session.note('locus', '  ');
    session.details({ respondent: 'Bo' });
    session.details({ respondent: '' });
    expect(session.record!.answers).toEqual({});
    expect(session.record!.notes).toEqual({});
    expect(session.record!.respondent).toBeUndefined();
  });

  it('fills the context answers from a preset, and keeps a current mix', () => {
    begin();
    session.choosePreset(presets[0]!.id);
    expect(Object.keys(session.record!.answers).length).toBeGreaterThan(5);
    session.setMix({ bureaucracy: 60, innersourcing: 10, crowdsourcing: 30, opensourcing: 0 });
    flushSync();
    expect(session.scored.result?.modes.current?.mix.crowdsourcing).toBe(30);
    expect(session.balancerHref).toContain(`/chapters/07-modes-of-production/?modes=v2.m.${MODEL_VERSION.replaceAll('.', '-')}._.60-10-30-0.`);
  });

  it('reuses an untouched assessment for “new”, and opens, snapshots and deletes by id', async () => {
    begin();
    const first = session.record!.id;
    session.newAssessment();
    expect(session.data.assessments).toHaveLength(1);
    session.details({ service: 'One' });
    session.newAssessment();
    expect(session.data.assessments).toHaveLength(2);
    session.open(first, 'results');
    expect(session.view).toBe('results');
    session.snapshot(first);
    expect(session.record!.snapshots).toHaveLength(1);
    session.removeSnapshot(first, session.record!.snapshots[0]!.id);
    expect(session.record!.snapshots).toHaveLength(0);
    await session.remove(first);
    expect(session.data.assessments.map((a) => a.service)).toEqual(['']);
    expect(session.notice).toEqual({ tone: 'good', text: 'Deleted “One”. It is gone from this browser.' });
  });

  it('imports a good file as a separate assessment and refuses a bad one without changing anything', async () => {
    begin();
    const file = serialiseAssessmentFile(toAssessmentFile({ service: 'Imported', presetId: null, answers: { locus: 2 }, notes: {}, currentMix: null }, new Date()));
    await session.importFile(new File([file], 'good.json'));
    expect(session.record!.service).toBe('Imported');
    expect(session.data.assessments).toHaveLength(2);
    await session.importFile(new File(['{"format":"something else"}'], 'bad.json'));
    expect(session.notice).toMatchObject({ tone: 'bad' });
    expect(session.notice!.text).toMatch(/^Could not import “bad\.json”: .* Nothing was changed\.$/);
    expect(session.data.assessments).toHaveLength(2);
  });

  it('says, for a file made with an older model, that its results now differ and why; nothing for a current file', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(noticeTable(['assessment'])))));
    begin();
    const current = toAssessmentFile({ service: 'Current', presetId: null, answers: { locus: 2 }, notes: {}, currentMix: null }, new Date());
    await session.importFile(new File([serialiseAssessmentFile(current)], 'current.json'));
    expect(session.notice).toEqual({ tone: 'good', text: 'Imported “Current” from “current.json”. It is saved here as a separate assessment.' });

    await session.importFile(new File([serialiseAssessmentFile({ ...current, service: 'Old', modelVersion: '1.0.0' })], 'old.json'));
    expect(session.record!.service).toBe('Old');
    expect(session.notice!.text).toMatch(/^Imported “Old” from “old\.json”\. .* This file was made with model 1\.0\.0\. The figures shown are model \d+\.\d+\.\d+’s and differ/);
    expect(session.notice!.more).toEqual({ href: '/model/#model-2-0-0', text: 'What changed in model 2.0.0, and why' });

    const { modelVersion: _dropped, ...older } = current;
    await session.importFile(new File([JSON.stringify(older)], 'older.json'));
    expect(session.notice!.text).toContain('This file is older than the model’s recorded versions');
    vi.unstubAllGlobals();
  });

  it('exports the open assessment as a file', () => {
    begin();
    session.details({ service: 'Export me' });
    const create = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    session.exportRecord(session.record!.id);
    expect(create).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    expect(session.notice?.text).toMatch(/^Exported “Export me” as a file/);
  });

  it('shares a link that carries the answers and the service, not the notes', async () => {
    begin();
    session.details({ service: 'Library' });
    session.answer('locus', 4);
    session.note('locus', 'private');
    Object.assign(navigator, { clipboard: { writeText: vi.fn(async () => {}) } });
    await session.share();
    const url = new URL(session.shareLink!);
    expect(url.pathname).toBe('/self-assessment/');
    expect(url.searchParams.get('a')).toBe(encodeState('assessment', { answers: { locus: 4 } }));
    expect(url.searchParams.get('s')).toBe('Library');
    expect(session.shareLink).not.toContain('private');
  });

  it('opens a shared link as a new saved assessment and takes it out of the address', () => {
    window.history.replaceState(null, '', `/self-assessment/?a=${encodeState('assessment', { answers: { locus: 4 } })}&s=Shared%20library`);
    begin();
    expect(session.record).toMatchObject({ service: 'Shared library', answers: { locus: 4 } });
    expect(session.view).toBe('results');
    expect(window.location.search).toBe('');
    expect(saved().assessments).toHaveLength(1);
  });

  it('opening the same link twice makes one record; the link’s words are quoted as the link’s, cut to a sensible length', async () => {
    const long = `Totally official: ${'x'.repeat(150)}`;
    const link = `/self-assessment/?a=${encodeState('assessment', { answers: { locus: 4 } })}&s=${encodeURIComponent(long)}`;
    window.history.replaceState(null, '', link);
    begin();
    await Promise.resolve();
    expect(session.notice!.tone).toBe('info');
    expect(session.notice!.text).toMatch(/^Opened answers from a link that names the service “Totally official: x+…”\. They are saved in this browser as a separate assessment\.$/);
    expect(session.notice!.text.length).toBeLessThan(200);
    stop();
    window.history.replaceState(null, '', link);
    begin();
    expect(saved().assessments).toHaveLength(1);
    expect(session.data.assessments).toHaveLength(1);
    expect(session.record!.service).toBe(long);
    expect(session.notice).toMatchObject({ tone: 'info', text: expect.stringMatching(/already saved in this browser; that assessment is open, and no copy was made\.$/) });
  });

  it('never says “saved” in the success colour when nothing was saved (a full quota)', async () => {
    begin();
    session.details({ service: 'Kept before' });
    await session.saveNow();
    stop();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    begin();
    expect(session.data.assessments.map((a) => a.service)).toEqual(['Kept before']);
    expect(session.persistent).toBe(false);
    expect(session.unavailableReason).toMatch(/storage for this site is full/);
    const file = serialiseAssessmentFile(toAssessmentFile({ service: 'Imported', presetId: null, answers: { locus: 2 }, notes: {}, currentMix: null }, new Date()));
    await session.importFile(new File([file], 'good.json'));
    expect(session.notice).toEqual({ tone: 'warn', text: 'Imported “Imported” from “good.json”. This is on this page only and not saved in this browser (see above); export a file to keep it.' });
    expect(session.saveStatus).toBe('Latest changes not saved: kept on this page only.');
    expect(saved().assessments.map((a: { service: string }) => a.service)).toEqual(['Kept before']);
  });

  it('a damaged shared link says so and changes nothing', () => {
    window.history.replaceState(null, '', '/self-assessment/?a=v1.a.zzz');
    begin();
    expect(session.notice?.tone).toBe('bad');
    expect(session.notice?.text).toMatch(/could not be opened.*Nothing was changed\.$/);
    expect(session.record!.answers).toEqual({});
  });

  it('sets damaged storage aside, reports it, and can drop it on request', () => {
    localStorage.setItem(STORE_KEY, '{not json');
    begin();
    expect(session.problems).toHaveLength(1);
    expect(session.quarantine).toHaveLength(1);
    session.dismissProblem(0);
    expect(session.problems).toHaveLength(0);
    session.removeQuarantined(session.quarantine[0]!.key);
    expect(session.quarantine).toHaveLength(0);
  });

  it('works in memory and says so when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    begin();
    expect(session.persistent).toBe(false);
    expect(session.unavailableReason).toMatch(/^Not saved/);
    session.answer('locus', 2);
    expect(session.record!.answers.locus).toBe(2);
  });

  it('takes another tab’s saved data, keeping this tab’s place and its own unsaved answers', () => {
    vi.useFakeTimers();
    begin();
    session.details({ service: 'Mine' });
    void session.saveNow();
    const mine = session.record!.id;
    session.answer('locus', 2);
    const other = { ...saved().assessments[0], id: 'other-tab', service: 'From the other tab', clock: { service: Date.now() } };
    const merged = { ...saved(), assessments: [...saved().assessments, other] };
    localStorage.setItem(STORE_KEY, JSON.stringify(merged));
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY, newValue: JSON.stringify(merged) }));
    expect(session.data.assessments.map((a) => a.service)).toEqual(['Mine', 'From the other tab']);
    expect(session.record!.id).toBe(mine);
    expect(session.record!.answers).toEqual({ locus: 2 });
    vi.advanceTimersByTime(400);
    expect(saved().assessments.map((a: { service: string; answers: object }) => [a.service, a.answers])).toEqual([
      ['Mine', { locus: 2 }],
      ['From the other tab', {}],
    ]);
  });

  it('two tabs typing at once keep every answer and note, in both and in storage', () => {
    vi.useFakeTimers();
    const tabA = begin();
    tabA.details({ service: 'Shared' });
    void tabA.saveNow();
    const stopA = stop;
    const tabB = begin();
    const stopB = stop;
    // Each tab hears the store's writes through the storage event, a moment later, as browsers deliver it.
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      setItem.call(this, key, value);
      if (key === STORE_KEY) setTimeout(() => window.dispatchEvent(new StorageEvent('storage', { key })), 0);
    });
    expect(tabB.record!.service).toBe('Shared');
    tabA.answer('locus', 2);
    tabA.note('locus', 'A’s note');
    tabB.answer('problemKnown', 5);
    tabB.note('problemKnown', 'B’s note');
    vi.advanceTimersByTime(1000);
    stopA();
    stopB();
    const both = { answers: { locus: 2, problemKnown: 5 }, notes: { locus: 'A’s note', problemKnown: 'B’s note' } };
    expect(saved().assessments[0]).toMatchObject(both);
    expect(tabA.record).toMatchObject(both);
    expect(tabB.record).toMatchObject(both);
  });

  it('reports an open assessment deleted in another tab, and restores it on request', async () => {
    const tabA = begin();
    tabA.details({ service: 'Doomed' });
    await tabA.saveNow();
    const stopA = stop;
    const tabB = begin();
    const id = tabB.record!.id;
    tabB.note('locus', 'typed in B');
    await tabA.remove(id);
    stopA();
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY }));
    expect(tabB.removedElsewhere.map((r) => r.service)).toEqual(['Doomed']);
    expect(tabB.record).toBeNull();
    expect(tabB.view).toBe('saved');
    const restoring = tabB.restoreRemoved(id);
    expect(tabB.removedElsewhere).toEqual([]);
    expect(tabB.record).toMatchObject({ service: 'Doomed', notes: { locus: 'typed in B' } });
    expect(tabB.view).toBe('flow');
    expect(tabB.record!.id).not.toBe(id);
    await restoring;
    expect(saved().assessments.map((a: { service: string }) => a.service)).toEqual(['Doomed']);
    expect(tabB.notice).toEqual({ tone: 'good', text: 'Restored “Doomed”. It is open again and saved in this browser.' });
  });

  it('lists and counts only assessments that hold something', () => {
    begin();
    expect(session.listed).toEqual([]);
    session.answer('locus', 1);
    expect(session.listed.map((a) => a.answers)).toEqual([{ locus: 1 }]);
  });

  it('saves under the tabs’ Web Lock when the browser has one', async () => {
    const names: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, locks: { request: async (name: string, fn: () => unknown) => (names.push(name), fn()) } });
    begin();
    session.details({ service: 'Locked' });
    expect(await session.saveNow()).toBe(true);
    expect(names).toEqual([STORE_KEY]);
    expect(saved().assessments[0].service).toBe('Locked');
    vi.unstubAllGlobals();
  });
});
