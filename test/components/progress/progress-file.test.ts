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

  it('lists the written answers with their exercises', () => {
    expect(writtenAnswers(studentProgress(), catalogue).map((a) => [a.exercise.id, a.answer])).toEqual([['ch7-platform-essay', 'A platform, with care for equal access.']]);
  });
});
