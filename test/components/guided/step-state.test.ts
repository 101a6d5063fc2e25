// A guided step's set-up: whatever props an author gives a step, the state it sets the widget to is
// one a link carries and reads back, and the figure is drawn from what the widget will show.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAPACITY_CELLS, decodeState, encodeState, MODES, presets, typologyCases, type Mix } from '@evaluation';
import { describeSetUp, stepSetUp } from '@components/guided/step-state';
import { triangleWidget } from '@components/strategic-triangle/meta';
import { typologyWidget } from '@components/typology-map/meta';
import { modesWidget } from '@components/mode-balancer/meta';
import { capacitiesWidget } from '@components/capacity-matrix/meta';

const share = fc.integer({ min: 0, max: 100 });
const position = fc.double({ min: 0, max: 1, noNaN: true });
const level = fc.constantFrom(1, 2, 3, 4, 5);

// The props an author may write for each widget, as its meta.ts lists them.
const setUps = [
  fc.record({ publicValue: fc.double({ min: 0, max: 100, noNaN: true }), authorisingEnvironment: share, operationalCapacity: share }, { requiredKeys: [] }).map((props) => stepSetUp('triangle', triangleWidget.stateFromProps(props), 'a triangle step')),
  fc.record({ caseId: fc.constantFrom(...typologyCases.map((c) => c.id)), involvement: position, locus: position }, { requiredKeys: [] }).map((props) => stepSetUp('typology', typologyWidget.stateFromProps(props), 'a typology step')),
  fc
    .record({ preset: fc.constantFrom(...presets.map((p) => p.id)), mix: fc.tuple(share, share, share, share).filter((s) => s.some((x) => x > 0)).map((s) => Object.fromEntries(MODES.map((m, i) => [m, s[i]])) as Mix) }, { requiredKeys: ['preset'] })
    .map((props) => stepSetUp('modes', modesWidget.stateFromProps(props), 'a modes step')),
  fc.dictionary(fc.constantFrom(...CAPACITY_CELLS), level).map((ratings) => stepSetUp('capacities', capacitiesWidget.stateFromProps({ ratings }), 'a capacities step')),
];

describe('stepSetUp', () => {
  it('for any props a step may give its widget, encodes a state that decodes to what the step draws, and encodes again the same', () => {
    fc.assert(
      fc.property(fc.oneof(...setUps), (setUp) => {
        const decoded = decodeState(setUp.kind, setUp.encoded);
        expect(decoded.ok).toBe(true);
        expect(decoded.state).toEqual(setUp.state);
        expect(encodeState(setUp.kind, setUp.state)).toBe(setUp.encoded);
        expect(describeSetUp(setUp).length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds what a link cannot carry, so the figure shows what the widget will', () => {
    const setUp = stepSetUp('triangle', { publicValue: 70.4, authorisingEnvironment: 25, operationalCapacity: 85 }, 'a step');
    expect(setUp.encoded).toBe(encodeState('triangle', { publicValue: 70, authorisingEnvironment: 25, operationalCapacity: 85 }));
    expect(setUp.state.publicValue).toBe(70);
  });

  it('refuses a set-up the model rejects, naming the step', () => {
    expect(() => stepSetUp('triangle', { publicValue: 170, authorisingEnvironment: 25, operationalCapacity: 85 }, 'ch4.mdx: <GuidedStep title="X">')).toThrow(/^ch4\.mdx: <GuidedStep title="X">: its set-up is not a valid state of the widget/);
  });
});

describe('describeSetUp', () => {
  it.each([
    [stepSetUp('triangle', { publicValue: 70, authorisingEnvironment: 25, operationalCapacity: 85 }, ''), 'Public value proposition 70, authorising environment 25, operational capacity 85 (of 100).'],
    [stepSetUp('typology', typologyWidget.stateFromProps({ involvement: 0.5, locus: 0.25 }), ''), 'The marker at involvement 0.50 (0 involuntary, 1 voluntary) and locus 0.25 (0 one service, 1 the service system).'],
    [stepSetUp('typology', typologyWidget.stateFromProps({ involvement: 0.5, locus: 0.5 }), ''), 'The marker at the centre of the map, where the four quadrants meet.'],
    [stepSetUp('modes', modesWidget.stateFromProps({ preset: 'recycling-collection' }), ''), 'Recycling waste collection: 70 % bureaucracy and 30 % crowdsourcing.'],
    [stepSetUp('modes', { ...modesWidget.stateFromProps({ preset: 'recycling-collection' }), context: { ...modesWidget.stateFromProps({ preset: 'recycling-collection' }).context, modularity: 0.2 } }, ''), 'Recycling waste collection (its context edited): 70 % bureaucracy and 30 % crowdsourcing.'],
    [stepSetUp('modes', { ...modesWidget.stateFromProps({ preset: 'recycling-collection' }), preset: null }, ''), 'A custom service: 70 % bureaucracy and 30 % crowdsourcing.'],
    [stepSetUp('capacities', capacitiesWidget.stateFromProps({ ratings: Object.fromEntries(CAPACITY_CELLS.map((c) => [c, c === 'operational.organisational' ? 2 : 4])) }), ''), 'Every capacity at 4 of 5 except operational capacity, organisational level 2.'],
  ])('puts the set-up in words: %#', (setUp, words) => {
    expect(describeSetUp(setUp)).toBe(words);
  });
});
