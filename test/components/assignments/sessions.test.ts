// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssignmentDraft, assignmentAddress } from '@components/assignments/assignment-draft.svelte';
import { ReviewSession } from '@components/assignments/review-session.svelte';
import { decodeAssignment, type AssignmentItem } from '@components/assignments/assignment-codec';
import { buildSubmission, serialiseSubmission } from '@components/assignments/submission-file';
import { flushPending } from '~/lib/address';
import { carPooling, catalogue, studentProgress, weekThreeLink } from './fixtures';

const downloads: { name: string; text: string; type?: string }[] = [];
vi.mock('~/lib/download', () => ({ download: (name: string, text: string, type?: string) => downloads.push({ name, text, type }) }));

beforeEach(() => {
  downloads.length = 0;
  window.history.replaceState(null, '', '/assignments/');
});
afterEach(() => flushPending());

const reading: AssignmentItem = { type: 'section', chapter: '07-modes-of-production', anchor: 'four-ways', note: '' };
const essay: AssignmentItem = { type: 'exercise', exercise: 'ch7-platform-essay', note: '' };
const setup: AssignmentItem = { type: 'widget', kind: 'modes', state: carPooling, chapter: '07-modes-of-production', param: 'modes', note: '' };

describe('AssignmentDraft (the builder’s assignment)', () => {
  it('has no link until it has an item, then carries everything in one', () => {
    const draft = new AssignmentDraft('/assignment/');
    draft.title = 'Week 3';
    expect(draft.link).toBe('');
    expect(draft.address).toBe('');
    expect(draft.add(reading)).toBe(true);
    expect(draft.add(reading)).toBe(false);
    expect(draft.has(reading)).toBe(true);
    expect(decodeAssignment(draft.link).assignment).toEqual({ title: 'Week 3', instructions: '', due: '', items: [reading] });
    expect(draft.address).toBe(`http://localhost:3000/assignment/?a=${draft.link}`);
    expect(assignmentAddress('/book/assignment/', '1.x.y')).toBe('http://localhost:3000/book/assignment/?a=1.x.y');
  });

  it('orders, annotates and removes items', () => {
    const draft = new AssignmentDraft('/assignment/');
    [reading, essay, setup].forEach((item) => draft.add(item));
    draft.move(2, -1);
    draft.move(0, -1);
    draft.move(2, 1);
    expect(draft.items.map((i) => i.type)).toEqual(['section', 'widget', 'exercise']);
    draft.setNote(1, 'Change the mix.');
    expect(draft.items[1]?.note).toBe('Change the mix.');
    draft.remove(0);
    expect(draft.items.map((i) => i.type)).toEqual(['widget', 'exercise']);
  });

  it('keeps itself in the page’s address and opens from it again, saying what it could not read', () => {
    const draft = new AssignmentDraft('/assignment/');
    draft.add(essay);
    draft.remember();
    flushPending();
    expect(new URLSearchParams(window.location.search).get('a')).toBe(draft.link);
    const again = new AssignmentDraft('/assignment/');
    again.open();
    expect(again.items).toEqual([essay]);
    expect(again.problems).toEqual([]);
    window.history.replaceState(null, '', `/assignments/?a=${draft.link}.!!!`);
    const damaged = new AssignmentDraft('/assignment/');
    damaged.open();
    expect(damaged.items).toEqual([essay]);
    expect(damaged.problems.length).toBeGreaterThan(0);
    window.history.replaceState(null, '', '/assignments/');
    const empty = new AssignmentDraft('/assignment/');
    empty.open();
    expect(empty.items).toEqual([]);
  });
});

describe('ReviewSession (the lecturer’s review)', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  const handIn = (name: string, reader: string) => serialiseSubmission(buildSubmission(weekThreeLink, studentProgress(name, reader), catalogue, new Date('2025-03-14T10:00:00Z')));

  it('reads the assignment from the address, imports files, times the import and keeps what came before', async () => {
    window.history.replaceState(null, '', `/assignments/review/?a=${weekThreeLink}`);
    const session = new ReviewSession(catalogue);
    session.open();
    expect(session.review.assignment?.assignment.title).toBe('Week 3: modes of production');
    let clock = 0;
    await session.importFiles([file('ana.json', handIn('Ana', 'r-ana')), file('broken.json', '{')], () => (clock += 25));
    expect(session.lastImport).toEqual({ files: 2, accepted: 1, setAside: 1, ms: 25 });
    await session.importFiles([file('ben.json', handIn('Ben', 'r-ben'))]);
    expect(session.review.accepted.map((r) => r.file)).toEqual(['ana.json', 'ben.json']);
    expect(session.items.map((i) => i.done)).toEqual([2, 2, 2, 2]);
    expect(session.busy).toBe(false);
  });

  it('exports the gradebook CSV named after the assignment', async () => {
    window.history.replaceState(null, '', '/assignments/review/');
    const session = new ReviewSession(catalogue);
    session.open();
    session.exportCsv();
    expect(downloads[0]).toMatchObject({ name: 'hand-ins-assignment.csv', type: 'text/csv' });
    await session.importFiles([file('ana.json', handIn('Ana', 'r-ana'))]);
    session.exportCsv();
    expect(downloads[1]?.name).toBe('hand-ins-week-3-modes-of-production.csv');
    expect(downloads[1]?.text.split('\r\n')[1]).toMatch(/^Ana,ana\.json,/);
  });
});
