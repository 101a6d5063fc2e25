// @vitest-environment jsdom
// The widgets and the self-assessment report draw the triangle and the quadrant field with the same
// components: for one state, the two must show the same shapes, labels and orientation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { scoreAssessment, triangleScenarios, typologyCases, type AssessmentAnswerLevels } from '@evaluation';
import StrategicTriangle from '@components/strategic-triangle/StrategicTriangle.svelte';
import TypologyMap from '@components/typology-map/TypologyMap.svelte';
import { typologyWidget } from '@components/typology-map/meta';
import Results from '@components/self-assessment/Results.svelte';
import type { SavedAssessment } from '@components/self-assessment/storage';
import { flushPending } from '~/lib/address';

const answers: AssessmentAnswerLevels = { valueProposition: 4, authorisation: 2, sponsorship: 3, leadership: 4, organisation: 3, evidence: 4, involvement: 2, locus: 4, purpose: 3 };
const result = scoreAssessment({ answers });
const record: SavedAssessment = {
  id: 'a',
  service: 'Test service',
  presetId: null,
  answers,
  notes: {},
  currentMix: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  snapshots: [],
  clock: {},
};

// Numbers rounded to one decimal, whitespace removed: the text of a drawing, not its pixels.
const shapeText = (el: Element | null | undefined) => (el?.getAttribute('d') ?? el?.getAttribute('style') ?? '').replace(/\d+\.\d+/g, (n) => Number(n).toFixed(1));
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, '');

function reportFigure(selector: string): SVGSVGElement {
  const { container } = render(Results, { record, result, balancerHref: '#' });
  return container.querySelector<SVGSVGElement>(selector)!;
}

beforeEach(() => window.history.replaceState(null, '', '/self-assessment/'));
afterEach(() => {
  flushPending();
  cleanup();
});

describe('the figures the widgets and the report share', () => {
  it('draw the strategic triangle alike: same shape, same corners and labels, the authorising environment lower left', () => {
    const triangle = result.triangle!;
    const report = reportFigure('svg.triangle-figure');
    const reportPaths = [...report.querySelectorAll('path')].map(shapeText);
    const reportLabels = [...report.querySelectorAll('text.corner-label')].map((t) => [t.getAttribute('data-corner'), words(t), t.getAttribute('text-anchor')]);
    cleanup();
    const { container } = render(StrategicTriangle, { id: 'triangle', scenarios: triangleScenarios, ...triangle.corners });
    const widget = container.querySelector('svg.triangle-figure')!;
    expect(reportPaths).toEqual([...widget.querySelectorAll('path')].map(shapeText));
    expect(reportLabels).toEqual([...widget.querySelectorAll('text.corner-label')].map((t) => [t.getAttribute('data-corner'), words(t), t.getAttribute('text-anchor')]));
    expect(reportLabels.map(([corner, , anchor]) => [corner, anchor])).toEqual([
      ['publicValue', 'middle'],
      ['authorisingEnvironment', 'start'],
      ['operationalCapacity', 'end'],
    ]);
    expect(report.querySelector('circle.vertex.binding')).not.toBeNull();
  });

  it('draw the quadrant field alike: involuntary on top, the same quadrant outlined, the case in the same place', () => {
    const typology = result.typology!;
    const report = reportFigure('svg.quadrant-field');
    const reportBoxes = [...report.querySelectorAll('rect.quadrant')].map((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)).toFixed(1)).join(','));
    const reportNames = [...report.querySelectorAll('text.q-name')].map((t) => [words(t), t.getAttribute('x'), t.getAttribute('text-anchor')]);
    const reportCurrent = words(report.querySelector('rect.quadrant-outline.current')?.nextElementSibling?.nextElementSibling);
    const reportMarker = shapeText(report.querySelector('g.marker'));
    cleanup();
    const { container } = render(TypologyMap, { id: 'typology', involvement: typology.involvement, locus: typology.locus, library: typologyCases, title: typologyWidget.title });
    const widget = container.querySelector('svg.quadrant-field')!;
    expect(reportBoxes).toEqual([...widget.querySelectorAll('rect.quadrant')].map((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)).toFixed(1)).join(',')));
    expect(reportNames).toEqual([...widget.querySelectorAll('text.q-name')].map((t) => [words(t), t.getAttribute('x'), t.getAttribute('text-anchor')]));
    expect(reportCurrent).toBe(words(widget.querySelector('rect.quadrant-outline.current')?.nextElementSibling?.nextElementSibling));
    expect(reportMarker).toBe(shapeText(widget.querySelector('g.marker')));
    // Figure I of Osborne et al. (2016): involuntary (I, III) in the top row, voluntary (II, IV) below.
    const [i, ii, iii, iv] = [...report.querySelectorAll('rect.quadrant')].map((r) => Number(r.getAttribute('y')));
    expect(i).toBe(iii);
    expect(ii).toBe(iv);
    expect(i!).toBeLessThan(ii!);
    expect([...report.querySelectorAll('text.axis-end')][0]?.textContent).toBe('Involuntary');
  });
});
