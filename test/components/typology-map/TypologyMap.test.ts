// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { caseReasons, classifyPlacement, describeResult, encodeState, placeAnswers, typologyCases, type TypologyState } from '@evaluation';
import TypologyMap from '@components/typology-map/TypologyMap.svelte';
import { typologyWidget } from '@components/typology-map/meta';
import { fieldLayout, fieldScales } from '@components/figures/quadrant-field';
import { flushPending } from '~/lib/address';

const param = (name = 'typology') => new URLSearchParams(window.location.search).get(name);
const descriptionText = (container: HTMLElement) => container.querySelector('.widget-description')?.textContent ?? '';
const expectedDescription = (state: TypologyState) => describeResult(classifyPlacement(state));
const noSignals = { resistance: false, conflictingAims: false, divisiveEffects: false };
const handle = () => screen.getByRole('slider', { name: /Case marker/ });

// Stands in for CaseReadings.astro (the build renders the real readings; the e2e tests check them):
// one static block per case, which the widget shows or hides.
const readings = createRawSnippet(() => ({
  render: () => `<div>${typologyCases.map((c) => `<p class="case-reading" data-case="${c.id}">${caseReasons[c.id]}</p>`).join('')}</div>`,
}));
// The verdict's wording loads on the first check, so wait for it.
const feedbackText = async (container: HTMLElement) => (await vi.waitFor(() => container.querySelector('.feedback') ?? Promise.reject(new Error('no feedback yet')))).textContent ?? '';
const shownReadings = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.case-reading')].filter((p) => !p.hidden && !p.closest('[hidden]'));

function renderMap(props: Record<string, unknown> = { caseId: 'care-package-design' }) {
  return render(TypologyMap, { props: { id: 'typology', readings, library: typologyCases, title: typologyWidget.title, ...props } });
}

beforeEach(() => window.history.replaceState(null, '', '/chapters/06-typology/'));
afterEach(() => {
  // A URL write still waiting for its turn belongs to this test, not the next one.
  flushPending();
  cleanup();
});

describe('TypologyMap', () => {
  it.each([
    ['surgery-patients', 'I', 'Co-production'],
    ['care-package-design', 'II', 'Co-design'],
    ['adult-with-ms', 'III', 'Co-construction'],
    ['disabled-adults-alternatives', 'IV', 'Co-innovation'],
  ])('places the case %s from its answers in quadrant %s and shows the model’s description', (caseId, numeral, label) => {
    const { container } = renderMap({ caseId });
    expect(descriptionText(container)).toBe(expectedDescription(typologyWidget.stateFromProps({ caseId })));
    expect(container.querySelector('.result-head')?.textContent).toBe(`Quadrant ${numeral}: ${label}`);
    expect(container.querySelector('svg[role="img"] title')?.textContent).toContain(`quadrant ${numeral}, ${label.toLowerCase()}`);
  });

  it('labels both axes and all four quadrants as in Osborne et al. (2016), with the same weight for each quadrant', () => {
    const { container } = renderMap();
    const svgText = container.querySelector('svg[role="img"]')?.textContent ?? '';
    for (const text of ['Nature of involvement', 'Involuntary, intrinsic', 'Voluntary, conscious', 'Locus of co-production', 'A single service', 'The service system']) {
      expect(svgText).toContain(text);
    }
    const numerals = [...container.querySelectorAll('text.q-numeral')];
    expect(numerals.map((t) => t.textContent)).toEqual(['I', 'II', 'III', 'IV']);
    expect(new Set(numerals.map((t) => t.getAttribute('class'))).size).toBe(1);
    expect(new Set([...container.querySelectorAll('text.q-name')].map((t) => t.getAttribute('class'))).size).toBe(1);
    expect(container.querySelectorAll('rect.borderline')).toHaveLength(2);
    expect(container.textContent).toContain('The quadrants are not a ladder');
  });

  it('starts from explicit positions', () => {
    const { container } = renderMap({ involvement: 0.9, locus: 0.1 });
    expect(descriptionText(container)).toBe(expectedDescription({ involvement: 0.9, locus: 0.1, coDestruction: noSignals }));
  });

  it('restores the state from the URL parameter', async () => {
    const state: TypologyState = { involvement: 0.8, locus: 0.9, coDestruction: { ...noSignals, divisiveEffects: true } };
    window.history.replaceState(null, '', `/?typology=${encodeState('typology', state)}`);
    const { container } = renderMap();
    await screen.findByText(/Divisive effects\./);
    expect(descriptionText(container)).toBe(expectedDescription(state));
    expect((screen.getByLabelText('Divisive effects on others') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([['v1.y.nonsense'], ['v1.t.50-50-50'], ['v9.y.10-10-0'], ['v1.y.10-10-9']])(
    'shows a notice and keeps the starting state when the URL parameter is %s',
    async (bad) => {
      window.history.replaceState(null, '', `/?typology=${bad}`);
      const { container } = renderMap();
      expect((await screen.findByRole('alert')).textContent).toMatch(/Showing the starting state\.$/);
      expect(descriptionText(container)).toBe(expectedDescription(typologyWidget.stateFromProps({ caseId: 'care-package-design' })));
    },
  );

  it.each([
    ['{ArrowRight}', 0, 0.05],
    ['{ArrowLeft}', 0, -0.05],
    ['{ArrowDown}', 0.05, 0],
    ['{ArrowUp}', -0.05, 0],
    ['{Shift>}{ArrowRight}{/Shift}', 0, 0.25],
    ['{Shift>}{ArrowUp}{/Shift}', -0.25, 0],
  ])('the marker handle answers %s and writes the URL', async (keys, dInvolvement, dLocus) => {
    const user = userEvent.setup();
    const start = { involvement: 0.4, locus: 0.4 };
    const { container } = renderMap(start);
    handle().focus();
    await user.keyboard(keys);
    const next: TypologyState = {
      involvement: Math.round((start.involvement + dInvolvement) * 100) / 100,
      locus: Math.round((start.locus + dLocus) * 100) / 100,
      coDestruction: noSignals,
    };
    expect(descriptionText(container)).toBe(expectedDescription(next));
    await expect.poll(() => param()).toBe(encodeState('typology', next));
    expect(handle().getAttribute('aria-valuetext')).toContain(`Involvement ${next.involvement.toFixed(2)}`);
  });

  it('moves the marker from the sliders', async () => {
    const { container } = renderMap({ involvement: 0.2, locus: 0.2 });
    await fireEvent.input(screen.getByLabelText(/Locus of co-production/, { selector: 'input' }), { target: { value: '0.85' } });
    const next = { involvement: 0.2, locus: 0.85, coDestruction: noSignals };
    expect(descriptionText(container)).toBe(expectedDescription(next));
    await expect.poll(() => param()).toBe(encodeState('typology', next));
  });

  it('drags the marker with the pointer', async () => {
    const { container } = renderMap({ involvement: 0.2, locus: 0.2 });
    const svg = container.querySelector('.field svg') as SVGSVGElement;
    // jsdom has no layout: give the drawing its viewBox size at the origin.
    const { width, height } = fieldLayout;
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
    const field = container.querySelector('.field') as HTMLElement;
    const { x, y } = fieldScales();
    await fireEvent.pointerDown(field, { button: 0, clientX: x(0.9), clientY: y(0.1), pointerId: 1 });
    await fireEvent.pointerMove(field, { clientX: x(0.9), clientY: y(0.8), pointerId: 1 });
    await fireEvent.pointerUp(field, { pointerId: 1 });
    const next = { involvement: 0.8, locus: 0.9, coDestruction: noSignals };
    expect(descriptionText(container)).toBe(expectedDescription(next));
    await expect.poll(() => param()).toBe(encodeState('typology', next));
    expect(document.activeElement).toBe(handle());
  });

  it('places the case from the plain-language answers by keyboard, as placeAnswers does, in a new history entry', async () => {
    const user = userEvent.setup();
    const { container } = renderMap({ involvement: 0.1, locus: 0.1 });
    const before = window.history.length;
    const status = screen.getByTestId('answers-status');
    expect(status.textContent).toMatch(/0 of 4 answered/);
    for (const [question, answer] of [
      [/choose to take part/, 'Yes'],
      [/aware of contributing/, 'Yes'],
      [/one encounter, one service/, 'The whole system'],
      [/delivering the service as it is/, 'Inventing'],
    ] as const) {
      const group = screen.getByRole('group', { name: question });
      within(group).getByRole('radio', { name: answer }).focus();
      await user.keyboard(' ');
    }
    const placed = placeAnswers({ choseToTakePart: 'yes', aware: 'yes', scope: 'system', purpose: 'inventing' });
    const next = { involvement: placed.involvement, locus: placed.locus, coDestruction: noSignals };
    expect(descriptionText(container)).toBe(expectedDescription(next));
    await expect.poll(() => param()).toBe(encodeState('typology', next));
    expect(window.history.length).toBeGreaterThan(before);
    expect(status.textContent).toMatch(/where your answers place the case/);
    handle().focus();
    await user.keyboard('{ArrowLeft}');
    expect(status.textContent).toMatch(/moved away from where your answers/);
  });

  it('flags co-destruction with the model’s explanation when a signal is ticked', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    await user.click(screen.getByLabelText('The person resists the service'));
    const next = { ...typologyWidget.stateFromProps({ caseId: 'care-package-design' }), coDestruction: { ...noSignals, resistance: true } };
    expect(descriptionText(container)).toBe(expectedDescription(next));
    expect(container.querySelector('.flags')?.textContent).toContain(classifyPlacement(next).coDestruction[0]!.explanation);
    await expect.poll(() => param()).toBe(encodeState('typology', next));
  });

  it('picks a case from the library, places it and shows its reading and citation', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const select = screen.getByLabelText('Case library') as HTMLSelectElement;
    expect(select.options).toHaveLength(typologyCases.length + 1);
    await user.selectOptions(select, 'adult-with-ms');
    const next = typologyWidget.stateFromProps({ caseId: 'adult-with-ms' });
    expect(descriptionText(container)).toBe(expectedDescription(next));
    await expect.poll(() => param()).toBe(encodeState('typology', next));
    expect(shownReadings(container).map((p) => p.dataset.case)).toEqual(['adult-with-ms']);
  });

  it('reports a borderline case with both readings', () => {
    const { container } = renderMap({ involvement: 0.45, locus: 0.1 });
    const notice = container.querySelector('.borderline-notice')?.textContent ?? '';
    expect(notice).toContain('quadrant I, co-production');
    expect(notice).toContain('quadrant II, co-design');
  });

  it('marks the value types usually discussed and the possible ones, with the model’s caveat', () => {
    const { container } = renderMap({ caseId: 'adult-with-ms' });
    const result = classifyPlacement(typologyWidget.stateFromProps({ caseId: 'adult-with-ms' }));
    const tags = [...container.querySelectorAll('.values .tag')].map((t) => t.textContent);
    expect(tags).toEqual(result.valuesAtStake.map((v) => (v.usuallyDiscussed ? 'usually discussed here' : 'possible')));
    expect(container.textContent).toContain(result.valueCaveat);
  });

  it('resets to the starting state and clears the URL', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    handle().focus();
    await user.keyboard('{ArrowRight}');
    await expect.poll(() => param()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await expect.poll(() => param()).toBeNull();
    expect(descriptionText(container)).toBe(expectedDescription(typologyWidget.stateFromProps({ caseId: 'care-package-design' })));
  });

  it('follows the Back button: popstate re-reads the URL', async () => {
    const { container } = renderMap();
    const state = { involvement: 0.1, locus: 0.9, coDestruction: noSignals };
    window.history.replaceState(null, '', `/?typology=${encodeState('typology', state)}`);
    await fireEvent(window, new PopStateEvent('popstate'));
    expect(descriptionText(container)).toBe(expectedDescription(state));
    window.history.replaceState(null, '', '/');
    await fireEvent(window, new PopStateEvent('popstate'));
    expect(descriptionText(container)).toBe(expectedDescription(typologyWidget.stateFromProps({ caseId: 'care-package-design' })));
  });
});

describe('TypologyMap in "check my placement" mode', () => {
  const renderCheck = (caseId = 'disabled-adults-alternatives') => render(TypologyMap, { props: { id: 'typology-check', caseId, check: true, readings, library: typologyCases, title: typologyWidget.title } });
  const checkButton = () => screen.getByRole('button', { name: 'Check my placement' });

  it('shows the case without its quadrant and does not start the marker on the answer', () => {
    const { container } = renderCheck();
    const panel = container.querySelector('.check-case')?.textContent ?? '';
    expect(panel).toContain('Disabled adults creating alternatives to residential care');
    expect(panel).not.toMatch(/Quadrant|co-innovation/i);
    expect(shownReadings(container)).toEqual([]);
    const options = [...(screen.getByLabelText('Choose another case to place') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options.join(' ')).not.toMatch(/Quadrant/);
    expect(descriptionText(container)).toBe(expectedDescription(typologyWidget.stateFromProps({})));
    expect(container.querySelector('.feedback')).toBeNull();
  });

  it('confirms a placement in the expected quadrant, and then shows the book’s reasoning for that case', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck();
    handle().focus();
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}{/Shift}');
    await user.click(checkButton());
    const feedback = await feedbackText(container);
    expect(feedback).toMatch(/^\s*Yes: quadrant IV, co-innovation/);
    expect(shownReadings(container).map((p) => p.dataset.case)).toEqual(['disabled-adults-alternatives']);
  });

  it('says where the book places the case when the placement differs, and clears the feedback once the marker moves', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck();
    await user.click(checkButton());
    expect(await feedbackText(container)).toMatch(/Not quite: you placed it in quadrant I, co-production; the book places it in quadrant IV, co-innovation/);
    handle().focus();
    await user.keyboard('{ArrowRight}');
    expect(container.querySelector('.feedback')).toBeNull();
  });

  it('accepts either reading of a borderline case, with an explanation', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('faith-schools');
    const faith = typologyCases.find((c) => c.expectedBorderline && c.expectedQuadrant === 'coDesign')!;
    const readings = classifyPlacement(placeAnswers(faith.answers));
    expect(readings.alternatives).toContain('coProduction');
    // The starting state (0.25, 0.25) is quadrant I: the case's other reading.
    await user.click(checkButton());
    const feedback = await feedbackText(container);
    expect(feedback).toMatch(/Accepted: this is a borderline case/);
    expect(feedback).toMatch(/either reading is accepted: quadrant II, co-design or quadrant I, co-production/);
  });
});
