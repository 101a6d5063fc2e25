import { describe, expect, it } from 'vitest';
import { mergeProgress, parseProgressFile, summariseChapters, toProgressFile, writtenAnswers } from '@components/progress/progress-file';
import { emptyProgress } from '@components/progress/progress-store';
import { catalogue, studentProgress } from '../assignments/fixtures';

const at = new Date('2025-03-11T09:00:00Z');

describe('the progress file', () => {
  it('exports progress and imports it back unchanged', () => {
    const progress = studentProgress();
    const text = toProgressFile(progress, at);
    expect(JSON.parse(text)).toMatchObject({ format: 'pvc-progress', version: 1, savedAt: at.toISOString() });
    expect(parseProgressFile(text)).toEqual({ ok: true, progress, skipped: [] });
  });

  it.each([
    ['not json', 'The file is not JSON, so it is not a progress file exported from this book.'],
    ['{"format":"pvc-self-assessment","version":1}', 'The file is not a progress file from this book (it lacks "format": "pvc-progress").'],
    ['{"format":"pvc-progress","version":3}', 'The file\'s version (3) is not one this book reads (1).'],
    ['{"format":"pvc-progress","version":1,"progress":[]}', 'The file holds no progress (it is not a progress record).'],
    ['null', 'The file is not a progress file from this book (it lacks "format": "pvc-progress").'],
  ])('refuses %s with a reason', (text, reason) => {
    expect(parseProgressFile(text)).toEqual({ ok: false, reason });
  });

  it('reads a file exported before guided sequences were kept', () => {
    const { sequences: _, ...old } = studentProgress();
    expect(parseProgressFile(JSON.stringify({ format: 'pvc-progress', version: 1, savedAt: at.toISOString(), progress: old }))).toEqual({ ok: true, progress: { ...old, sequences: {} }, skipped: [] });
  });

  it('leaves out a guided sequence it cannot read, naming it, and keeps everything else', () => {
    const progress = studentProgress();
    const file = JSON.parse(toProgressFile(progress, at));
    file.progress.sequences['ch6-guided-three-cases'] = { chapter: '06-typology', at: at.toISOString(), steps: { 1: { first: {}, firstRight: true, last: 'I', right: true, tries: 1 } } };
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress, skipped: ['sequences.ch6-guided-three-cases: "steps" is not valid'] });
    file.progress.sequences = 'all of them';
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ ok: true, progress: { ...progress, sequences: {} }, skipped: ['sequences: not a list of records'] });
  });

  it('refuses what is not text, and skips unreadable records, naming them', () => {
    expect(parseProgressFile(42).ok).toBe(false);
    const read = parseProgressFile(JSON.stringify({ format: 'pvc-progress', version: 1, progress: { exercises: { 'ch1-x': { chapter: 'c' } } } }));
    expect(read).toMatchObject({ ok: true, skipped: ['exercises.ch1-x: "at" is not valid'] });
  });
});

describe('merging imported progress', () => {
  it('keeps everything either side holds, and the later answer where both wrote one', () => {
    const mine = studentProgress('Ana', 'r-mine');
    const theirs = studentProgress('', 'r-theirs');
    theirs.chapters['04-strategic-triangle'] = { opened: '2025-01-01T00:00:00.000Z', seen: ['corners'] };
    theirs.chapters['07-modes-of-production'] = { opened: '2025-01-01T00:00:00.000Z', seen: ['extra'] };
    theirs.exercises['ch7-platform-essay'] = { chapter: '07-modes-of-production', at: '2025-04-01T00:00:00.000Z', answer: 'Later answer', hints: 3 };
    theirs.exercises['ch7-air-pollution'] = { chapter: '07-modes-of-production', at: '2025-04-01T00:00:00.000Z' };
    const merged = mergeProgress(mine, theirs);
    expect(merged.reader).toBe('r-mine');
    expect(merged.name).toBe('Ana');
    expect(Object.keys(merged.chapters).sort()).toEqual(['04-strategic-triangle', '07-modes-of-production']);
    expect(merged.chapters['07-modes-of-production']).toEqual({ opened: '2025-01-01T00:00:00.000Z', read: '2025-03-10T10:00:00.000Z', seen: ['extra', 'four-ways', 'balancing-the-modes'] });
    expect(merged.exercises['ch7-platform-essay']).toMatchObject({ answer: 'Later answer', hints: 3, modelAnswer: true });
    expect(merged.exercises['ch7-table1-example']?.checks).toEqual(mine.exercises['ch7-table1-example']?.checks);
    expect(merged.exercises['ch7-air-pollution']).toBeDefined();
    expect(Object.keys(merged.setups)).toEqual(Object.keys(mine.setups));
  });

  it('keeps every guided step predicted in either place, this browser’s record where both predicted a step', () => {
    const mine = studentProgress('Ana', 'r-mine');
    const theirs = studentProgress('Ana', 'r-theirs');
    const id = 'ch4-guided-triangle-failures';
    delete mine.sequences[id]!.steps[3];
    theirs.sequences[id]!.steps[1] = { first: 'Winning over the council', firstRight: true, last: 'Winning over the council', right: true, tries: 1 };
    theirs.sequences[id]!.at = '2025-05-01T00:00:00.000Z';
    theirs.sequences['ch9-guided-achilles-heel'] = { chapter: '09-making-it-work', at: '2025-05-01T00:00:00.000Z', steps: { 2: { first: 'B', firstRight: false, last: 'B', right: false, tries: 1 } } };
    const merged = mergeProgress(mine, theirs);
    expect(merged.sequences[id]).toEqual({ chapter: '04-strategic-triangle', at: '2025-05-01T00:00:00.000Z', steps: { 1: mine.sequences[id]!.steps[1], 2: mine.sequences[id]!.steps[2], 3: theirs.sequences[id]!.steps[3] } });
    expect(merged.sequences['ch9-guided-achilles-heel']).toEqual(theirs.sequences['ch9-guided-achilles-heel']);
    expect(mergeProgress(mine, { ...theirs, sequences: {} }).sequences).toEqual(mine.sequences);
  });

  it('keeps an answer written in only one place, and adopts the imported reader id in a fresh browser', () => {
    const theirs = studentProgress('Ana', 'r-old-laptop');
    const fresh = emptyProgress('r-new');
    const merged = mergeProgress(fresh, theirs);
    expect(merged.reader).toBe('r-old-laptop');
    expect(merged.exercises['ch7-platform-essay']?.answer).toBe('A platform, with care for equal access.');
    const mine = studentProgress('Ana', 'r-mine');
    mine.exercises['ch7-platform-essay']!.answer = '';
    mine.exercises['ch7-platform-essay']!.at = '2026-01-01T00:00:00.000Z';
    expect(mergeProgress(mine, theirs).exercises['ch7-platform-essay']?.answer).toBe('A platform, with care for equal access.');
    expect(mergeProgress(mine, theirs).last).toEqual(mine.last);
  });
});

describe('the progress summary', () => {
  it('sums up each chapter: read, sections reached, exercises tried, quick checks right first time', () => {
    const [ch4, ch7] = summariseChapters(studentProgress(), catalogue);
    expect(ch4).toMatchObject({ opened: false, read: false, exercisesTried: 0, exercises: 0 });
    expect(ch7).toMatchObject({ opened: true, read: true, sectionsSeen: 2, sections: 2, exercisesTried: 2, exercises: 3, checksAnswered: 1, checksRightFirst: 0, hints: 1, modelAnswers: 1, setupsChanged: 1 });
  });

  it('counts each chapter’s guided sequences done and steps predicted; a step the book no longer has does not count', () => {
    const progress = studentProgress();
    const [ch4, ch7] = summariseChapters(progress, catalogue);
    expect(ch4).toMatchObject({ sequencesDone: 1, sequences: 1, stepsPredicted: 3, steps: 3 });
    expect(ch7).toMatchObject({ sequencesDone: 0, sequences: 0, stepsPredicted: 0, steps: 0 });
    const steps = progress.sequences['ch4-guided-triangle-failures']!.steps;
    steps[9] = steps[1]!;
    delete steps[2];
    expect(summariseChapters(progress, catalogue)[0]).toMatchObject({ sequencesDone: 0, sequences: 1, stepsPredicted: 2, steps: 3 });
    expect(summariseChapters(emptyProgress('r-1'), catalogue)[0]).toMatchObject({ sequencesDone: 0, stepsPredicted: 0, steps: 3 });
  });

  it('lists the written answers with their exercises', () => {
    expect(writtenAnswers(studentProgress(), catalogue).map((a) => [a.exercise.id, a.answer])).toEqual([['ch7-platform-essay', 'A platform, with care for equal access.']]);
  });
});
