// Each widget folder's meta: how the props an author writes in MDX become the widget's state (shared by the widget and SetupLink).
import { describe, expect, it } from 'vitest';
import { defaultState, encodeState, findPreset, placeAnswers, typologyCases } from '@evaluation';
import { triangleWidget } from '@components/strategic-triangle/meta';
import { typologyWidget, requireCase } from '@components/typology-map/meta';
import { modesWidget } from '@components/mode-balancer/meta';
import { capacitiesWidget } from '@components/capacity-matrix/meta';
import { paradigmsWidget } from '@components/paradigm-lens/meta';

describe('widget metas', () => {
  it('give each widget a distinct kind, MDX tag and title', () => {
    const metas = [triangleWidget, typologyWidget, modesWidget, capacitiesWidget, paradigmsWidget];
    for (const key of ['kind', 'tag', 'title'] as const) expect(new Set(metas.map((m) => m[key])).size).toBe(metas.length);
  });

  it('the triangle takes the corners given and the default for the rest', () => {
    expect(triangleWidget.stateFromProps({ publicValue: 80 })).toEqual({ ...defaultState('triangle'), publicValue: 80 });
  });

  it('the typology places a library case by its answers, and explicit positions override them', () => {
    const c = typologyCases.find((x) => x.id === 'faith-schools')!;
    const placed = placeAnswers(c.answers);
    const state = typologyWidget.stateFromProps({ caseId: c.id });
    expect(state.involvement).toBeCloseTo(placed.involvement);
    expect(state.locus).toBeCloseTo(placed.locus);
    expect(typologyWidget.stateFromProps({ caseId: c.id, locus: 0.1 }).locus).toBe(0.1);
    expect(typologyWidget.stateFromProps({}).involvement).toBe(defaultState('typology').involvement);
  });

  it('the mode balancer takes a preset’s context and starting mix, or a given mix rescaled to whole shares', () => {
    const car = findPreset('car-pooling')!;
    expect(modesWidget.stateFromProps({ preset: 'car-pooling' })).toEqual({ preset: 'car-pooling', context: car.context, mix: car.startingMix });
    expect(modesWidget.stateFromProps({ preset: 'car-pooling', mix: { bureaucracy: 1, innersourcing: 0, crowdsourcing: 1, opensourcing: 1 } }).mix).toEqual({
      bureaucracy: 34,
      innersourcing: 0,
      crowdsourcing: 33,
      opensourcing: 33,
    });
    expect(modesWidget.stateFromProps({}).preset).toBe(defaultState('modes').preset);
  });

  it('the capacity matrix fills unrated cells with the default', () => {
    const state = capacitiesWidget.stateFromProps({ ratings: { 'operational.organisational': 1 } });
    expect(state.ratings['operational.organisational']).toBe(1);
    expect(state.ratings['political.systemic']).toBe(defaultState('capacities').ratings['political.systemic']);
  });

  it('every state from props encodes, so a SetupLink can always be built', () => {
    expect(() => encodeState('triangle', triangleWidget.stateFromProps({}))).not.toThrow();
    for (const c of typologyCases) expect(() => encodeState('typology', typologyWidget.stateFromProps({ caseId: c.id }))).not.toThrow();
  });

  it('fails loudly on an unknown preset or case, naming the ones that exist (an authoring mistake caught at build)', () => {
    expect(() => modesWidget.stateFromProps({ preset: 'no-such-service' })).toThrow(/Unknown service preset "no-such-service".*passport-issuance/);
    expect(() => requireCase('no-such-case')).toThrow(/Unknown typology case "no-such-case".*faith-schools/);
  });
});
