import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeState, triangleScenarios, typologyCodec } from '@evaluation';
import {
  ASSIGNMENT_LIMITS,
  AssignmentError,
  assignmentId,
  cleanText,
  decodeAssignment,
  encodeAssignment,
  normaliseAssignment,
  stateKind,
  type Assignment,
  type AssignmentItem,
} from '@components/assignments/assignment-codec';
import { carPooling } from './fixtures';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const anchor = fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9_][a-z0-9_-]{0,30}$/));
const anyText = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const states = [
  { kind: 'modes' as const, state: carPooling },
  { kind: 'triangle' as const, state: encodeState('triangle', triangleScenarios[0]!.corners) },
  { kind: 'typology' as const, state: encodeState('typology', typologyCodec.defaultState()) },
];
const item: fc.Arbitrary<AssignmentItem> = fc.oneof(
  fc.record({ type: fc.constant('section' as const), chapter: id, anchor, note: anyText(80) }),
  fc.record({ type: fc.constant('exercise' as const), exercise: id, note: anyText(80) }),
  fc.record({ type: fc.constant('sequence' as const), sequence: id, note: anyText(80) }),
  fc.record({ type: fc.constant('widget' as const), setup: fc.constantFrom(...states), chapter: id, param: id, note: anyText(80) }).map(({ setup, ...rest }) => ({ ...rest, ...setup })),
);
/** Any valid assignment, normalised as the builder makes it. */
const assignment: fc.Arbitrary<Assignment> = fc
  .record({ title: anyText(140), instructions: anyText(400), due: anyText(90), items: fc.array(item, { minLength: 1, maxLength: 12 }) })
  .map(normaliseAssignment);

const example: Assignment = {
  title: 'Week 3: modes of production',
  instructions: 'Read the section, then try the widget.\nBring your essay to the seminar.',
  due: 'Friday 14 March',
  items: [
    { type: 'section', chapter: '07-modes-of-production', anchor: 'balancing-the-modes', note: '' },
    { type: 'exercise', exercise: 'ch7-table1-example', note: 'Try it before reading Table 1.' },
    { type: 'widget', kind: 'modes', state: carPooling, chapter: '07-modes-of-production', param: 'modes', note: 'Change the mix.' },
  ],
};

describe('the assignment codec', () => {
  it('round-trips every valid assignment, whole, with no problem reported', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(assignment, (a) => {
        const decoded = decodeAssignment(encodeAssignment(a));
        expect(decoded.problems).toEqual([]);
        expect(decoded.unreadable).toBe(false);
        expect(decoded.assignment).toEqual(a);
        expect(decoded.id).toBe(assignmentId(a));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, and always returns an assignment to show', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^1\.[a-z0-9]{0,8}(\.[A-Za-z0-9_-]{0,30}){0,5}$/)), (text) => {
        const decoded = decodeAssignment(text);
        expect(Array.isArray(decoded.assignment.items)).toBe(true);
        expect(typeof decoded.id).toBe('string');
        if (decoded.unreadable) expect(decoded.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
    for (const value of [undefined, null, 42, {}, '', '   ', '1', '1.', '1..', '2.abc.def', 'v1.t.1-2-3', '1.zz.@@@'] as unknown[]) {
      expect(() => decodeAssignment(value)).not.toThrow();
      expect(decodeAssignment(value).problems.length).toBeGreaterThan(0);
    }
  });

  it('never throws on a valid link with any one character changed or cut short', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(assignment, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (a, at, ch) => {
        const link = encodeAssignment(a);
        const where = at % link.length;
        const changed = link.slice(0, where) + ch + link.slice(where + 1);
        expect(() => decodeAssignment(changed)).not.toThrow();
        expect(() => decodeAssignment(link.slice(0, where))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('is compact: an assignment of three items and a short brief fits in a few hundred characters of plain link text', () => {
    const link = encodeAssignment(example);
    expect(link).toMatch(/^1\.[0-9a-z]+(\.[A-Za-z0-9_-]+){4}$/);
    expect(encodeURIComponent(link)).toBe(link);
    expect(link.length).toBeLessThan(520);
  });

  it('names a tampered link, and still shows every item it can read, in order', () => {
    const parts = encodeAssignment(example).split('.');
    parts[4] = 'AAAA';
    const decoded = decodeAssignment(parts.join('.'));
    expect(decoded.unreadable).toBe(false);
    expect(decoded.assignment.title).toBe(example.title);
    expect(decoded.assignment.items).toEqual([example.items[0], example.items[2]]);
    expect(decoded.problems).toEqual([
      'The link has been changed or cut short since it was made: check it with your lecturer. Everything that could still be read is below.',
      'Item 2 could not be read and is left out: it is of an unknown type.',
    ]);
    expect(decoded.id).toBe(assignmentId(example));
  });

  it('a link cut short keeps the items before the cut', () => {
    const link = encodeAssignment(example);
    const cut = link.slice(0, link.lastIndexOf('.') + 5);
    const decoded = decodeAssignment(cut);
    expect(decoded.assignment.items).toEqual(example.items.slice(0, 2));
    expect(decoded.problems[0]).toMatch(/changed or cut short/);
    expect(decoded.problems[1]).toMatch(/^Item 3 could not be read and is left out/);
  });

  it('refuses a widget item whose set-up is not a valid state, naming it', () => {
    const link = encodeAssignment(example);
    const bad = { ...example, items: [{ ...example.items[2]!, state: 'v1.m.no-such-preset.1-2-3-4' } as AssignmentItem] };
    expect(() => encodeAssignment(bad)).toThrow(AssignmentError);
    expect(() => encodeAssignment({ ...example, items: [] })).toThrow('An assignment needs at least one item.');
    const forged = link.split('.');
    forged[5] = Buffer.from(['w', 'm', 'v1.m.nothing', '07-modes-of-production', 'modes', ''].join('\u001f')).toString('base64url');
    expect(decodeAssignment(forged.join('.')).problems).toContain('Item 3 could not be read and is left out: its modes set-up is not a valid state.');
  });

  it('carries a guided sequence as an item, and refuses one whose id is not an id, naming it', () => {
    const withSequence: Assignment = { ...example, items: [...example.items, { type: 'sequence', sequence: 'ch4-guided-triangle-failures', note: 'All three steps.' }] };
    const link = encodeAssignment(withSequence);
    expect(decodeAssignment(link)).toMatchObject({ problems: [], assignment: withSequence });
    expect(() => encodeAssignment({ ...example, items: [{ type: 'sequence', sequence: 'Not An Id', note: '' }] })).toThrow('Item 1 cannot be written: "Not An Id" is not a guided sequence id.');
    const forged = link.split('.');
    forged[6] = Buffer.from(['g', 'Not An Id', ''].join('\u001f')).toString('base64url');
    expect(decodeAssignment(forged.join('.')).problems).toContain('Item 4 could not be read and is left out: "Not An Id" is not a guided sequence id.');
    forged[6] = Buffer.from(['g', 'ch4-guided-x'].join('\u001f')).toString('base64url');
    expect(decodeAssignment(forged.join('.')).problems).toContain('Item 4 could not be read and is left out: it has 1 fields, not 2.');
  });

  it('says which format a link from another version uses, and reads nothing from it', () => {
    expect(decodeAssignment('2.abc.def')).toMatchObject({ unreadable: true, problems: ['The assignment was made with format 2, which this version of the book cannot read.'] });
    expect(decodeAssignment('x'.repeat(ASSIGNMENT_LIMITS.link + 1)).problems[0]).toMatch(/too long/);
  });

  it('cleans texts: no control characters, clipped to the limits, line breaks only where allowed', () => {
    expect(cleanText('a\u0000b\u001fc\r\nd', 20)).toBe('a b c d');
    expect(cleanText('a\r\nb', 20, true)).toBe('a\nb');
    expect(cleanText('x'.repeat(200), ASSIGNMENT_LIMITS.title)).toHaveLength(ASSIGNMENT_LIMITS.title);
    expect(cleanText('\ud800 lone', 20)).toBe('\ufffd lone');
  });

  it('tells a widget kind from a codec state', () => {
    expect(stateKind(carPooling)).toBe('modes');
    expect(stateKind('v1.a.123')).toBeNull();
    expect(stateKind('nonsense')).toBeNull();
  });
});
