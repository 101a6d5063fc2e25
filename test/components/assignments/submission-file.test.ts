import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '@components/assignments/assignment-codec';
import { buildSubmission, parseSubmission, serialiseSubmission, submissionFileName, SUBMISSION_FORMAT } from '@components/assignments/submission-file';
import { carPooling, catalogue, reachedMix, studentProgress, weekFourLink, weekThree, weekThreeLink } from './fixtures';

const at = new Date('2025-03-14T16:30:00Z');

describe('the hand-in file', () => {
  it('carries the assignment’s identity, the student, and per item what they did', () => {
    const submission = buildSubmission(weekThreeLink, studentProgress(), catalogue, at);
    expect(submission.assignment).toEqual({ id: weekThreeLink.split('.')[1], title: 'Week 3: modes of production', link: weekThreeLink });
    expect(submission.student).toEqual({ name: 'Ana García', reader: 'r-ana' });
    expect(submission.items).toEqual([
      { ref: 'section:07-modes-of-production#four-ways', label: 'Four ways', done: true },
      {
        ref: 'exercise:ch7-table1-example',
        label: 'Which mode is car-pooling?',
        done: true,
        checks: [{ name: 'qc-abc123', question: 'Which mode fits car-pooling?', first: 'Bureaucracy', firstRight: false, final: 'Opensourcing', right: true, tries: 2 }],
      },
      { ref: 'exercise:ch7-platform-essay', label: 'Should the administration become a platform?', done: true, answer: 'A platform, with care for equal access.', hints: 1, modelAnswer: true },
      {
        ref: `widget:07-modes-of-production|modes|${carPooling}`,
        label: 'Car-pooling to cut carbon emissions: 40 % opensourcing, 30 % bureaucracy and 30 % crowdsourcing',
        done: true,
        reached: reachedMix,
        reachedText: 'Mode balancer: Car-pooling to cut carbon emissions: 40 % crowdsourcing, 40 % opensourcing and 20 % bureaucracy',
      },
    ]);
    expect(submissionFileName(submission)).toBe('hand-in-week-3-modes-of-production-ana-garcia-2025-03-14.json');
  });

  it('records a widget task done through its set-up, and nothing for items not started', () => {
    const progress = studentProgress();
    const key = Object.keys(progress.setups)[0]!;
    progress.exercises['ch7-air-pollution'] = { chapter: '07-modes-of-production', at: at.toISOString(), setup: key };
    const link = encodeAssignment({ ...weekThree, items: [{ type: 'exercise', exercise: 'ch7-air-pollution', note: '' }, { type: 'section', chapter: '04-strategic-triangle', anchor: '', note: '' }] });
    const [task, chapter] = buildSubmission(link, progress, catalogue, at).items;
    expect(task).toMatchObject({ done: true, reached: reachedMix });
    expect(chapter).toEqual({ ref: 'section:04-strategic-triangle', label: '4. Public value and the strategic triangle', done: false });
  });

  it('reads back exactly what it wrote', () => {
    const submission = buildSubmission(weekThreeLink, studentProgress(), catalogue, at);
    expect(parseSubmission(serialiseSubmission(submission))).toEqual({ ok: true, submission, skipped: [] });
    const guided = buildSubmission(weekFourLink, studentProgress(), catalogue, at);
    expect(guided.items[0]?.predictions).toHaveLength(3);
    expect(parseSubmission(serialiseSubmission(guided))).toEqual({ ok: true, submission: guided, skipped: [] });
  });

  it('carries a guided sequence’s predictions per step as the reader saw them, done once every step is predicted', () => {
    const [sequence] = buildSubmission(weekFourLink, studentProgress(), catalogue, at).items;
    expect(sequence).toEqual({
      ref: 'sequence:ch4-guided-triangle-failures',
      label: 'Three ways a triangle fails',
      done: true,
      predictions: [
        { step: 1, title: 'Capacity without a mandate', question: 'Where does the same extra effort add most?', first: 'More engineers, cameras and money', firstRight: false, final: 'Winning over the council', right: true, tries: 2 },
        { step: 2, title: 'A mandate without capacity', question: 'What realisable value would the model give?', first: '80 %', firstRight: true, final: '80 %', right: true, tries: 1 },
        { step: 3, title: 'Efficient delivery of something nobody values', question: 'What does a faster system do?', first: 'Very little', firstRight: true, final: 'Very little', right: true, tries: 1 },
      ],
    });
    const progress = studentProgress();
    delete progress.sequences['ch4-guided-triangle-failures']!.steps[1];
    const [partial] = buildSubmission(weekFourLink, progress, catalogue, at).items;
    expect(partial).toMatchObject({ done: false, predictions: [{ step: 2 }, { step: 3 }] });
    const [none] = buildSubmission(weekFourLink, { ...progress, sequences: {} }, catalogue, at).items;
    expect(none).toEqual({ ref: 'sequence:ch4-guided-triangle-failures', label: 'Three ways a triangle fails', done: false });
  });

  it('leaves out guided predictions it cannot read, naming them, and keeps the rest of the hand-in', () => {
    const good = buildSubmission(weekFourLink, studentProgress(), catalogue, at);
    const file = JSON.parse(serialiseSubmission(good));
    file.items[0].predictions[1].first = 80;
    file.items[0].predictions[2].step = 0;
    const read = parseSubmission(JSON.stringify(file));
    expect(read).toEqual({
      ok: true,
      submission: { ...good, items: [{ ...good.items[0], predictions: [good.items[0]!.predictions![0]] }, good.items[1]] },
      skipped: [
        '"items[0].predictions[1].first" is not text of at most 1000 characters; that step\'s predictions were left out',
        '"items[0].predictions[2].step" is not a step number; that step\'s predictions were left out',
      ],
    });
    file.items[0].predictions = { 1: 'all right' };
    const { predictions: _, ...withoutPredictions } = good.items[0]!;
    expect(parseSubmission(JSON.stringify(file))).toEqual({
      ok: true,
      submission: { ...good, items: [withoutPredictions, good.items[1]] },
      skipped: ['"items[0].predictions" is not a list of guided steps; the sequence\'s predictions were left out'],
    });
    file.items[0].predictions = ['just text'];
    expect(parseSubmission(JSON.stringify(file))).toMatchObject({ ok: true, skipped: ['"items[0].predictions[0]" is not an object; that step\'s predictions were left out'] });
  });

  it('never throws on any text or JSON, and refuses what it cannot read with a reason', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: SUBMISSION_FORMAT, version: 1, ...(typeof v === 'object' && v !== null ? v : { v }) }))), (text) => {
        const read = parseSubmission(text);
        if (!read.ok) expect(read.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on a valid file with a field broken, and names the field', { timeout: 30_000 }, () => {
    const good = JSON.parse(serialiseSubmission(buildSubmission(weekThreeLink, studentProgress(), catalogue, at)));
    const paths = [['handedInAt'], ['student', 'name'], ['assignment', 'id'], ['items', 1, 'checks', 0, 'tries'], ['items', 2, 'answer'], ['items', 0, 'done']] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const broken = structuredClone(good);
        let at: Record<string | number, unknown> = broken;
        for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
        at[path.at(-1)!] = value;
        const read = parseSubmission(JSON.stringify(broken));
        if (!read.ok) expect(read.reason).toContain(String(path.at(-1)));
      }),
      { numRuns: 500 },
    );
  });

  it('never refuses a hand-in for a guided prediction broken in any field: it names what it left out and keeps everything else', { timeout: 30_000 }, () => {
    const good = buildSubmission(weekFourLink, studentProgress(), catalogue, at);
    const fields = ['step', 'title', 'question', 'first', 'firstRight', 'final', 'right', 'tries'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...fields), fc.jsonValue(), (n, field, value) => {
        const broken = JSON.parse(serialiseSubmission(good));
        broken.items[0].predictions[n][field] = value;
        const read = parseSubmission(JSON.stringify(broken));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.submission.items[1]).toEqual(good.items[1]);
        expect(read.submission.student).toEqual(good.student);
        const kept = read.submission.items[0]!.predictions ?? [];
        if (read.skipped.length === 0) expect(kept).toHaveLength(3);
        else {
          expect(read.skipped).toEqual([expect.stringContaining(`items[0].predictions[${n}].${field}`)]);
          expect(kept).toEqual(good.items[0]!.predictions!.filter((_, i) => i !== n));
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['{', 'it is not a hand-in file: its text is not JSON (damaged, or another kind of file)'],
    ['{"format":"pvc-progress"}', 'it is not a hand-in file from this book (no "format": "pvc-submission")'],
    ['{"format":"pvc-submission","version":2}', 'it was made by a newer version of the book (file version 2)'],
    ['{"format":"pvc-submission"}', 'its version is missing or unknown'],
    ['{"format":"pvc-submission","version":1}', 'it names no assignment'],
    ['{"format":"pvc-submission","version":1,"assignment":{},"student":{},"handedInAt":"2025-01-01","items":[]}', '"assignment.id" is not text of at most 20 characters'],
    ['{"format":"pvc-submission","version":1,"assignment":{"id":"","title":"","link":""},"student":{"name":"","reader":""},"handedInAt":"2025-01-01","items":[]}', 'it names no assignment ("assignment.id" is empty)'],
    ['{"format":"pvc-submission","version":1,"assignment":{},"student":{},"handedInAt":"soon","items":[]}', '"handedInAt" is not a date'],
  ])('refuses %s: %s', (text, reason) => {
    expect(parseSubmission(text)).toEqual({ ok: false, reason });
  });

  it('refuses what is not text or is far too large', () => {
    expect(parseSubmission(undefined)).toEqual({ ok: false, reason: 'it could not be read as text' });
    expect(parseSubmission(' '.repeat(2_000_001))).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
  });
});
