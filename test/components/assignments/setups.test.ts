import { describe, expect, it } from 'vitest';
import { capacityScenarios, decodeState, encodeState, presets, triangleScenarios, typologyCases } from '@evaluation';
import { describeSetup, hostsOf, readSetupLink } from '@components/assignments/setups';
import { catalogueKinds, setupChoices } from '@components/assignments/setup-choices';
import { kindName, kindTitle } from '@components/progress/catalogue';
import { isItemDone, itemRef, setupHref, viewItem } from '@components/assignments/assignment-items';
import type { AssignmentItem } from '@components/assignments/assignment-codec';
import { carPooling, catalogue, studentProgress } from './fixtures';

describe('set-ups a lecturer can pick', () => {
  it.each([
    ['modes', presets.length],
    ['typology', typologyCases.length],
    ['triangle', triangleScenarios.length],
    ['capacities', capacityScenarios.length],
  ] as const)('%s offers each of its %i presets, cases or scenarios as a valid state', (kind, count) => {
    const choices = setupChoices(kind);
    expect(choices).toHaveLength(count);
    for (const choice of choices) {
      expect(decodeState(kind, choice.state).ok).toBe(true);
      expect(describeSetup(kind, choice.state)).toBeTruthy();
    }
  });

  it('describes a set-up in a few words', () => {
    expect(describeSetup('modes', carPooling)).toBe('Car-pooling to cut carbon emissions: 40 % opensourcing, 30 % bureaucracy and 30 % crowdsourcing');
    expect(describeSetup('triangle', encodeState('triangle', { publicValue: 70, authorisingEnvironment: 35, operationalCapacity: 80 }))).toBe(
      'Public value 70, authorising environment 35, operational capacity 80',
    );
    expect(describeSetup('typology', 'v1.y.20-20-0')).toMatch(/^Placed in quadrant I \(co-production\) at involvement 20 and locus 20$/);
    expect(describeSetup('capacities', setupChoices('capacities')[0]!.state)).toMatch(/^(Weakest: .+ \(rated \d of 5\)|All cells rated alike)$/);
    expect(describeSetup('paradigms', encodeState('paradigms', { preset: 'car-pooling', paradigm: 'npm' }))).toBe('Car-pooling to cut carbon emissions, seen through New Public Management');
    expect(describeSetup('paradigms', encodeState('paradigms', { preset: 'car-pooling', paradigm: null }))).toBe('Car-pooling to cut carbon emissions, through all four lenses');
    expect(describeSetup('modes', 'v1.m.broken')).toBeNull();
    expect(kindTitle(catalogue, 'modes')).toBe('Mode balancer');
    expect(kindName(catalogue, 'capacities')).toBe('the capacity matrix');
    expect(kindTitle({ ...catalogue, kinds: [] }, 'modes')).toBe('modes');
    expect(catalogueKinds().map((k) => k.kind)).toEqual(['triangle', 'typology', 'modes', 'capacities', 'paradigms']);
  });
});

describe('a pasted widget link', () => {
  it('reads a chapter widget’s “Copy link” address into a set-up on that chapter', () => {
    expect(readSetupLink(`https://book.example/chapters/07-modes-of-production/?modes=${carPooling}#modes`, catalogue)).toEqual({
      kind: 'modes',
      state: carPooling,
      chapter: '07-modes-of-production',
      param: 'modes',
    });
  });

  it('opens an embed link in the first chapter that has the widget, and accepts a link under a sub-path', () => {
    expect(readSetupLink(`https://book.example/book/embed/modes/?state=${carPooling}`, catalogue)).toMatchObject({ chapter: '07-modes-of-production', param: 'modes' });
    expect(readSetupLink(`/book/chapters/07-modes-of-production/?modes=${carPooling}`, catalogue)).toMatchObject({ chapter: '07-modes-of-production' });
  });

  it.each([
    ['https://book.example/chapters/07-modes-of-production/', 'The link holds no widget set-up: copy it with a widget’s “Copy link” button.'],
    ['https://book.example/chapters/07-modes-of-production/?modes=v1.m.wrong', 'The link’s set-up of the mode balancer is damaged.'],
    [`https://book.example/chapters/04-strategic-triangle/?other=${setupChoices('capacities')[0]!.state}`, 'The link’s widget is not on a page of this book.'],
    ['http://[bad', 'That is not a link.'],
  ])('explains what is wrong with %s', (link, message) => {
    expect(readSetupLink(link, catalogue)).toBe(message);
  });

  it('lists where a widget kind lives', () => {
    expect(hostsOf('triangle', catalogue).map((h) => [h.chapter.id, h.param])).toEqual([['04-strategic-triangle', 'triangle']]);
    expect(hostsOf('capacities', catalogue)).toEqual([]);
  });
});

describe('assignment items', () => {
  const items: AssignmentItem[] = [
    { type: 'section', chapter: '07-modes-of-production', anchor: '', note: '' },
    { type: 'section', chapter: '04-strategic-triangle', anchor: 'the-triangle', note: '' },
    { type: 'exercise', exercise: 'ch7-platform-essay', note: '' },
    { type: 'widget', kind: 'modes', state: carPooling, chapter: '07-modes-of-production', param: 'modes', note: '' },
    { type: 'sequence', sequence: 'ch4-guided-triangle-failures', note: '' },
  ];

  it('are named and open the right place', () => {
    expect(items.map((i) => viewItem(i, catalogue))).toEqual([
      { eyebrow: 'Read the chapter', label: '7. Modes of production', chapter: '7. Modes of production', href: '/chapters/07-modes-of-production/', missing: null },
      { eyebrow: 'Read the section', label: 'The triangle', chapter: '4. Public value and the strategic triangle', href: '/chapters/04-strategic-triangle/#the-triangle', missing: null },
      { eyebrow: 'Exercise · Essay question', label: 'Should the administration become a platform?', chapter: '7. Modes of production', href: '/chapters/07-modes-of-production/#ch7-platform-essay', missing: null },
      { eyebrow: 'Widget · Mode balancer', label: expect.stringMatching(/^Car-pooling/), chapter: '7. Modes of production', href: setupHref('/chapters/07-modes-of-production/', 'modes', carPooling), missing: null },
      { eyebrow: 'Guided sequence · 3 steps', label: 'Three ways a triangle fails', chapter: '4. Public value and the strategic triangle', href: '/chapters/04-strategic-triangle/#ch4-guided-triangle-failures', missing: null },
    ]);
    expect(items.map(itemRef)).toEqual([
      'section:07-modes-of-production',
      'section:04-strategic-triangle#the-triangle',
      'exercise:ch7-platform-essay',
      `widget:07-modes-of-production|modes|${carPooling}`,
      'sequence:ch4-guided-triangle-failures',
    ]);
  });

  it('say plainly when the book no longer has what they name', () => {
    const missing = [
      viewItem({ type: 'exercise', exercise: 'ch9-gone', note: '' }, catalogue),
      viewItem({ type: 'section', chapter: '99-gone', anchor: '', note: '' }, catalogue),
      viewItem({ type: 'section', chapter: '04-strategic-triangle', anchor: 'renamed', note: '' }, catalogue),
      viewItem({ type: 'widget', kind: 'modes', state: carPooling, chapter: '04-strategic-triangle', param: 'modes', note: '' }, catalogue),
      viewItem({ type: 'sequence', sequence: 'ch4-guided-gone', note: '' }, catalogue),
    ];
    expect(missing.map((m) => m.missing)).toEqual([
      'The book has no exercise “ch9-gone” (it may have been renamed).',
      'The book has no chapter “99-gone”.',
      'Chapter 4 has no section “renamed” any more; the link opens the chapter.',
      'The mode balancer is no longer at this place in the book.',
      'The book has no guided sequence “ch4-guided-gone” (it may have been renamed).',
    ]);
    expect(missing.map((m) => m.href)).toEqual([null, null, '/chapters/04-strategic-triangle/', null, null]);
  });

  it('are ticked from the reader’s progress', () => {
    const progress = studentProgress();
    expect(items.map((i) => isItemDone(i, progress, catalogue))).toEqual([true, false, true, true, true]);
    progress.chapters['04-strategic-triangle'] = { opened: '2025-01-01', seen: ['the-triangle', 'corners'] };
    expect(isItemDone(items[1]!, progress, catalogue)).toBe(false);
    progress.chapters['04-strategic-triangle'].seen.push('alignment');
    expect(isItemDone(items[1]!, progress, catalogue)).toBe(true);
    expect(isItemDone({ type: 'section', chapter: '04-strategic-triangle', anchor: '', note: '' }, progress, catalogue)).toBe(false);
  });

  it('tick a guided sequence only once every step has a prediction revealed', () => {
    const progress = studentProgress();
    const sequence = items[4]!;
    delete progress.sequences['ch4-guided-triangle-failures']!.steps[2];
    expect(isItemDone(sequence, progress, catalogue)).toBe(false);
    progress.sequences['ch4-guided-triangle-failures']!.steps[2] = { first: 10, firstRight: false, last: 10, right: false, tries: 1 };
    expect(isItemDone(sequence, progress, catalogue)).toBe(true);
    expect(isItemDone(sequence, { ...progress, sequences: {} }, catalogue)).toBe(false);
    expect(isItemDone({ type: 'sequence', sequence: 'ch4-guided-gone', note: '' }, progress, catalogue)).toBe(false);
  });
});
