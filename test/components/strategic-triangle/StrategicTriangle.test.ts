// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describeResult, encodeState, evaluateTriangle, triangleScenarios, type TriangleInput } from '@evaluation';
import StrategicTriangle from '@components/strategic-triangle/StrategicTriangle.svelte';
import { flushPending } from '~/lib/address';

const chapter4: TriangleInput = { publicValue: 70, authorisingEnvironment: 35, operationalCapacity: 80 };
const param = () => new URLSearchParams(window.location.search).get('triangle');
const descriptionText = (container: HTMLElement) => container.querySelector('.widget-description')?.textContent ?? '';

function renderTriangle(props: Partial<TriangleInput> = chapter4) {
  return render(StrategicTriangle, { props: { id: 'triangle', scenarios: triangleScenarios, ...props } });
}

beforeEach(() => window.history.replaceState(null, '', '/chapters/04-strategic-triangle/'));
afterEach(() => {
  // A URL write still waiting for its turn belongs to this test, not the next one.
  flushPending();
  cleanup();
});

describe('StrategicTriangle', () => {
  it('starts from its props and shows the model’s description', () => {
    const { container } = renderTriangle();
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(chapter4)));
    expect((screen.getByLabelText('Authorising environment') as HTMLInputElement).value).toBe('35');
    expect(container.querySelector('svg[role="img"] desc')?.textContent).toContain('binding corner is the authorising environment');
    expect(screen.getByText('Authorising environment', { selector: '.binding-name' })).toBeTruthy();
  });

  it('takes missing corners from the default state', () => {
    const { container } = renderTriangle({});
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle({ publicValue: 50, authorisingEnvironment: 50, operationalCapacity: 50 })));
  });

  it('restores the state from the URL parameter', async () => {
    const state = { publicValue: 80, authorisingEnvironment: 80, operationalCapacity: 30 };
    window.history.replaceState(null, '', `/?triangle=${encodeState('triangle', state)}`);
    const { container } = renderTriangle();
    await screen.findAllByRole('slider', { name: /drag handle/ });
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(state)));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a notice and keeps the starting state when the URL parameter is bad', async () => {
    window.history.replaceState(null, '', '/?triangle=v1.t.nonsense');
    const { container } = renderTriangle();
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read.*Showing the starting state/);
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(chapter4)));
  });

  it.each([
    ['{ArrowUp}', 36],
    ['{ArrowRight}', 36],
    ['{ArrowDown}', 34],
    ['{Shift>}{ArrowUp}{/Shift}', 45],
    ['{Shift>}{ArrowDown}{/Shift}', 25],
    ['{PageUp}', 45],
    ['{Home}', 0],
    ['{End}', 100],
  ])('the authorising-environment handle answers %s with %i and writes the URL', async (keys, expected) => {
    const user = userEvent.setup();
    const { container } = renderTriangle();
    const handle = await screen.findByRole('slider', { name: 'Authorising environment (drag handle)' });
    handle.focus();
    await user.keyboard(keys);
    const state = { ...chapter4, authorisingEnvironment: expected };
    expect(handle.getAttribute('aria-valuenow')).toBe(String(expected));
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(state)));
    await expect.poll(() => param()).toBe(encodeState('triangle', state));
  });

  it('reaches a corner handle with Tab', async () => {
    const user = userEvent.setup();
    renderTriangle();
    const handles = await screen.findAllByRole('slider', { name: /drag handle/ });
    await user.tab();
    // The toolbar comes first; keep tabbing until the first handle has focus.
    for (let i = 0; i < 6 && document.activeElement !== handles[0]; i++) await user.tab();
    expect(document.activeElement).toBe(handles[0]);
  });

  it('a range slider updates the figure at once, and the URL follows while it moves', async () => {
    const { container } = renderTriangle();
    await screen.findAllByRole('slider', { name: /drag handle/ });
    const slider = screen.getByLabelText('Operational capacity') as HTMLInputElement;
    for (const value of [40, 30, 20]) await fireEvent.input(slider, { target: { value: String(value) } });
    const state = { ...chapter4, operationalCapacity: 20 };
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(state)));
    await expect.poll(() => param()).toBe(encodeState('triangle', state));
  });

  it('dragging a corner handle projects the pointer onto its axis', async () => {
    const { container } = renderTriangle();
    const handle = await screen.findByRole('slider', { name: 'Public value proposition (drag handle)' });
    // In jsdom the SVG has no layout, so client coordinates are viewBox coordinates: centre (220, 188), full scale 140.
    await fireEvent.pointerDown(handle, { button: 0, pointerId: 1, clientX: 220, clientY: 100 });
    await fireEvent.pointerMove(handle, { pointerId: 1, clientX: 240, clientY: 188 - 70 });
    expect(handle.getAttribute('aria-valuenow')).toBe('50');
    await fireEvent.pointerUp(handle, { pointerId: 1 });
    const state = { ...chapter4, publicValue: 50 };
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(state)));
    await expect.poll(() => param()).toBe(encodeState('triangle', state));
  });

  it.each([
    ['Capacity without a mandate', 'authorisingEnvironment'],
    ['A mandate without capacity', 'operationalCapacity'],
    ['Efficient delivery of something nobody values', 'publicValue'],
    ['Aligned', 'aligned'],
  ])('the scenario “%s” makes the model name %s, and pushes a history entry', async (label, binding) => {
    const user = userEvent.setup();
    const { container } = renderTriangle();
    const before = window.history.length;
    const button = await screen.findByRole('button', { name: label });
    button.focus();
    await user.keyboard('{Enter}');
    const decoded = evaluateTriangle({
      publicValue: Number((screen.getByLabelText('Public value proposition') as HTMLInputElement).value),
      authorisingEnvironment: Number((screen.getByLabelText('Authorising environment') as HTMLInputElement).value),
      operationalCapacity: Number((screen.getByLabelText('Operational capacity') as HTMLInputElement).value),
    });
    expect(decoded.binding).toBe(binding);
    expect(descriptionText(container)).toBe(describeResult(decoded));
    expect(window.history.length).toBe(before + 1);
  });

  it('keeps a “before”, shows both results side by side, and clears the comparison', async () => {
    const user = userEvent.setup();
    const { container } = renderTriangle();
    await user.click(await screen.findByRole('button', { name: 'Keep this as ‘before’' }));
    expect(container.querySelector('path.before')).not.toBeNull();
    const handle = screen.getByRole('slider', { name: 'Authorising environment (drag handle)' });
    handle.focus();
    await user.keyboard('{End}');
    const now = evaluateTriangle({ ...chapter4, authorisingEnvironment: 100 });
    const then = evaluateTriangle(chapter4);
    const beforeCard = screen.getByRole('region', { name: 'Before: results' });
    const nowCard = screen.getByRole('region', { name: 'Now: results' });
    expect(within(beforeCard).getByText(then.explanation)).toBeTruthy();
    expect(within(nowCard).getByText(now.explanation)).toBeTruthy();
    expect(descriptionText(container).startsWith(describeResult(now))).toBe(true);
    const table = container.querySelector('table')!;
    expect(within(table).getByRole('columnheader', { name: 'Before' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear comparison' }));
    expect(container.querySelector('path.before')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Before: results' })).toBeNull();
    expect(descriptionText(container)).toBe(describeResult(now));
  });

  it('the data table lists the corners, alignment, realisable value and binding corner', () => {
    const { container } = renderTriangle();
    const r = evaluateTriangle(chapter4);
    const rows = [...container.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['Public value proposition (of 100)', '70'],
      ['Authorising environment (of 100)', '35'],
      ['Operational capacity (of 100)', '80'],
      ['Alignment (0–1)', r.alignment.toFixed(2)],
      ['Realisable value (of 100)', String(Math.round(r.realisableValue))],
      ['Binding corner', 'Authorising environment'],
    ]);
  });

  it('Back (popstate) restores the state in the URL, or the starting state when there is none', async () => {
    const { container } = renderTriangle();
    await screen.findAllByRole('slider', { name: /drag handle/ });
    const other = { publicValue: 20, authorisingEnvironment: 60, operationalCapacity: 60 };
    window.history.pushState(null, '', `/?triangle=${encodeState('triangle', other)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(other)));
    window.history.pushState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(chapter4)));
  });

  it('Reset returns to the starting state and removes the parameter', async () => {
    const user = userEvent.setup();
    const { container } = renderTriangle();
    const handle = await screen.findByRole('slider', { name: 'Operational capacity (drag handle)' });
    handle.focus();
    await user.keyboard('{Home}');
    await expect.poll(() => param()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await expect.poll(() => param()).toBeNull();
    expect(descriptionText(container)).toBe(describeResult(evaluateTriangle(chapter4)));
  });
});
