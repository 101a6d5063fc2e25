// The model's version, its changelog and the rule for links made with another version.
import { describe, expect, it } from 'vitest';
import {
  FIGURE_CHANGES, FIRST_VERSION, MODEL_VERSION, VERSIONED_SINCE, compareModelVersions, findBalancedConfiguration, isModelVersion,
  modelChangelog, modelVersionNote, presets, recordedBalances, type ModelVersionNote, type WidgetKind,
} from '@evaluation';

describe('the changelog', () => {
  it('runs from the first version to the current one, oldest first, each with a date, a summary and its reasons', () => {
    expect(modelChangelog[0]!.version).toBe(FIRST_VERSION);
    expect(modelChangelog.at(-1)!.version).toBe(MODEL_VERSION);
    for (let i = 1; i < modelChangelog.length; i++) {
      expect(compareModelVersions(modelChangelog[i]!.version, modelChangelog[i - 1]!.version)).toBeGreaterThan(0);
      expect(modelChangelog[i]!.date >= modelChangelog[i - 1]!.date).toBe(true);
    }
    for (const release of modelChangelog) {
      expect(isModelVersion(release.version)).toBe(true);
      expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(release.summary.length).toBeGreaterThan(10);
      expect(release.changes.length).toBeGreaterThan(0);
      for (const change of release.changes) expect([change.what.length > 10, change.why.length > 10]).toEqual([true, true]);
    }
    expect(modelChangelog.some((r) => r.version === VERSIONED_SINCE)).toBe(true);
  });

  it('agrees with FIGURE_CHANGES, the short list the widgets carry', () => {
    expect(FIGURE_CHANGES).toEqual(modelChangelog.filter((r) => r.figuresChanged.length > 0).map((r) => ({ version: r.version, kinds: r.figuresChanged })));
  });

  it('numbers by the rule: a version that changes figures raises the major number, and only such a version does', () => {
    for (let i = 1; i < modelChangelog.length; i++) {
      const major = (v: string) => Number(v.split('.')[0]);
      const raised = major(modelChangelog[i]!.version) > major(modelChangelog[i - 1]!.version);
      expect(raised, modelChangelog[i]!.version).toBe(modelChangelog[i]!.figuresChanged.length > 0);
    }
  });
});

describe('recordedBalances', () => {
  const modeVersions = [FIRST_VERSION, ...FIGURE_CHANGES.filter((c) => c.kinds.includes('modes')).map((c) => c.version)];

  it('keeps every preset’s balanced configuration under the first version and under every version that changed the mode balancer', () => {
    expect(Object.keys(recordedBalances)).toEqual(modeVersions);
    for (const version of modeVersions) expect(Object.keys(recordedBalances[version]!).sort()).toEqual(presets.map((p) => p.id).sort());
  });

  it.each(presets.map((p) => [p.id, p] as const))('the newest record of %s is what today’s model computes', (id, preset) => {
    const recorded = recordedBalances[modeVersions.at(-1)!]![id]!;
    const now = findBalancedConfiguration(preset.context).best;
    expect(recorded.mix).toEqual(now.mix);
    expect(recorded.serviceValue).toBeCloseTo(now.serviceValue, 1);
    expect(recorded.aggregatePublicValue).toBeCloseTo(now.aggregatePublicValue, 1);
    expect(recorded.warnings).toEqual(now.warnings.map((w) => w.id));
  });

  it('records a different balance under 1.0.0 where the 2.0.0 changes moved it (recycling: the crowd’s 70 % became 55 %)', () => {
    expect(recordedBalances['1.0.0']!['recycling-collection']!.mix.crowdsourcing).toBe(70);
    expect(recordedBalances['2.0.0']!['recycling-collection']!.mix.crowdsourcing).toBe(55);
  });
});

describe('compareModelVersions() and isModelVersion()', () => {
  it.each([
    ['2.1.0', '2.0.0', 1],
    ['2.10.0', '2.9.0', 1],
    ['1.0.0', '2.0.0', -1],
    ['2.1.0', '2.1.0', 0],
    ['3.0.0', '2.99.99', 1],
  ])('orders %s against %s by number, not by text', (a, b, sign) => {
    expect(Math.sign(compareModelVersions(a, b))).toBe(sign);
  });

  it.each([['2.1.0', true], ['10.20.30', true], ['2.1', false], ['v2.1.0', false], ['2.1.0-beta', false], [2, false], [null, false]])('isModelVersion(%j) is %s', (text, ok) => {
    expect(isModelVersion(text)).toBe(ok);
  });
});

describe('modelVersionNote(): the rule for a link or file made with another version', () => {
  it.each<[WidgetKind, string | null, ModelVersionNote]>([
    ['modes', MODEL_VERSION, { status: 'current', madeWith: MODEL_VERSION, changes: [] }],
    ['modes', '2.0.0', { status: 'unchanged', madeWith: '2.0.0', changes: [] }],
    ['modes', '1.0.0', { status: 'changed', madeWith: '1.0.0', changes: ['2.0.0'] }],
    ['assessment', '1.0.0', { status: 'changed', madeWith: '1.0.0', changes: ['2.0.0'] }],
    ['triangle', '1.0.0', { status: 'unchanged', madeWith: '1.0.0', changes: [] }],
    ['capacities', '1.0.0', { status: 'unchanged', madeWith: '1.0.0', changes: [] }],
    ['modes', null, { status: 'unrecorded', madeWith: null, changes: ['2.0.0'] }],
    ['assessment', null, { status: 'unrecorded', madeWith: null, changes: ['2.0.0'] }],
    ['typology', null, { status: 'unchanged', madeWith: null, changes: [] }],
    ['modes', '9.0.0', { status: 'newer', madeWith: '9.0.0', changes: [] }],
    ['triangle', '2.3.0', { status: 'newer', madeWith: '2.3.0', changes: [] }],
  ])('a %s link made with %j', (kind, madeWith, note) => {
    expect(modelVersionNote(kind, madeWith)).toEqual(note);
  });
});
