// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { CAPACITY_CELLS, anchorFor, capacityScenarios, describeResult, encodeState, evaluateCapacities, type CapacityRatings, type Level } from '@evaluation';
import CapacityMatrix from '@components/capacity-matrix/CapacityMatrix.svelte';
import { flushPending } from '~/lib/address';

const allThree = Object.fromEntries(CAPACITY_CELLS.map((c) => [c, 3])) as CapacityRatings;
const weakOrganisation: CapacityRatings = {
  ...allThree,
  'operational.organisational': 1,
  'analytical.organisational': 2,
};
const param = () => new URLSearchParams(window.location.search).get('capacities');
const descriptionText = (container: HTMLElement) => container.querySelector('.widget-description')?.textContent ?? '';
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

function renderMatrix(ratings?: CapacityRatings) {
  return render(CapacityMatrix, { props: { id: 'capacities', profiles: capacityScenarios, ...(ratings ? { ratings } : {}) } });
}

beforeEach(() => window.history.replaceState(null, '', '/chapters/09-making-it-work/'));
afterEach(() => {
  // A URL write still waiting for its turn belongs to this test, not the next one.
  flushPending();
  cleanup();
});

describe('CapacityMatrix', () => {
  it('starts from the default ratings and shows the model’s description', () => {
    const { container } = renderMatrix();
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(allThree)));
    expect(select('Analytical capacity, individual level').value).toBe('3');
    expect(container.querySelectorAll('svg[role="img"]').length).toBe(2);
  });

  it('starts from rating props, marking the weakest cell, the gaps and the Achilles heel in text', () => {
    const { container } = renderMatrix(weakOrganisation);
    const r = evaluateCapacities(weakOrganisation);
    expect(descriptionText(container)).toBe(describeResult(r));
    const heelCell = container.querySelector('[data-cell="operational.organisational"]')!;
    expect(heelCell.textContent).toContain('▼ weakest · gap 2');
    expect(heelCell.textContent).toContain('⚠ Achilles heel');
    expect(container.querySelector('[data-cell="analytical.organisational"]')!.textContent).toContain('gap 1');
    expect(screen.getByRole('heading', { name: /Achilles heel: flagged/ })).toBeTruthy();
    expect(screen.getByText(r.achillesHeel.explanation)).toBeTruthy();
  });

  it('offers the descriptive anchor of each level in the options, not bare numbers', () => {
    renderMatrix();
    const options = [...select('Political capacity, systemic level').options].map((o) => o.textContent);
    expect(options).toEqual(['Not rated', ...([1, 2, 3, 4, 5] as Level[]).map((l) => `${l} — ${anchorFor('political', l)}`)]);
  });

  it('restores the state from the URL parameter', async () => {
    const targets = { ...allThree, 'political.systemic': 5 } as CapacityRatings;
    window.history.replaceState(null, '', `/?capacities=${encodeState('capacities', { ratings: weakOrganisation, targets })}`);
    const { container } = renderMatrix();
    await screen.findByRole('button', { name: 'Reset' });
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(weakOrganisation, { targets })));
    expect(select('Target: political capacity, systemic level').value).toBe('5');
  });

  it('shows a notice and keeps the starting state when the URL parameter is bad', async () => {
    window.history.replaceState(null, '', '/?capacities=v1.c.99');
    const { container } = renderMatrix(weakOrganisation);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read.*Showing the starting state/);
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(weakOrganisation)));
  });

  // jsdom does not move a native select with arrow keys (the browser does; see the e2e spec), so the option is chosen directly.
  it.each([
    ['4', 4],
    ['2', 2],
    ['5', 5],
    ['', null],
  ])('choosing option "%s" in a rating select updates the description and writes the URL', async (value, expected) => {
    const user = userEvent.setup();
    const { container } = renderMatrix();
    await screen.findByRole('button', { name: 'Reset' });
    await user.selectOptions(select('Operational capacity, organisational level'), value);
    const ratings = { ...allThree } as CapacityRatings;
    if (expected === null) delete ratings['operational.organisational'];
    else ratings['operational.organisational'] = expected as Level;
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(ratings)));
    await expect.poll(() => param()).toBe(encodeState('capacities', { ratings }));
  });

  it('reaches the rating selects and profile buttons with Tab', async () => {
    const user = userEvent.setup();
    renderMatrix();
    const first = await screen.findByRole('button', { name: 'All middling' });
    for (let i = 0; i < 8 && document.activeElement !== first; i++) await user.tab();
    expect(document.activeElement).toBe(first);
    for (let i = 0; i < 4; i++) await user.tab();
    expect(document.activeElement).toBe(select('Analytical capacity, individual level'));
  });

  it.each([
    ['Strong staff, weak organisation', 'operational.organisational', true],
    ['All middling', null, false],
    ['Backing without the means', 'analytical.individual', true],
  ])('the profile “%s” (by Enter) makes %s the weakest (Achilles heel %s) and pushes a history entry', async (label, weakest: string | null, heel) => {
    const user = userEvent.setup();
    const { container } = renderMatrix();
    const before = window.history.length;
    const button = await screen.findByRole('button', { name: label });
    button.focus();
    await user.keyboard('{Enter}');
    const ratings = Object.fromEntries(CAPACITY_CELLS.map((c) => [c, Number(container.querySelector<HTMLSelectElement>(`#capacities-${c.replace('.', '-')}`)!.value)])) as CapacityRatings;
    const r = evaluateCapacities(ratings);
    expect(r.weakest?.cell ?? null).toBe(weakest);
    expect(container.querySelectorAll('.badge-weakest')).toHaveLength(weakest ? 1 : 0);
    expect(r.achillesHeel.flagged).toBe(heel);
    expect(descriptionText(container)).toBe(describeResult(r));
    expect(window.history.length).toBe(before + 1);
  });

  it('shows the bearing on the strategic triangle as the model returns it', async () => {
    const user = userEvent.setup();
    const { container } = renderMatrix();
    await user.click(await screen.findByRole('button', { name: 'Backing without the means' }));
    const ratings = Object.fromEntries(CAPACITY_CELLS.map((c) => [c, c.startsWith('political') ? 4 : c === 'analytical.systemic' ? 3 : 2])) as CapacityRatings;
    const { triangleBearing } = evaluateCapacities(ratings);
    const desc = container.querySelector('svg.bearing desc')!.textContent!;
    expect(desc).toContain(`Authorising environment, from the political capacities: ${Math.round(triangleBearing.authorisingEnvironment!)} of 100`);
    expect(desc).toContain(`Operational capacity, from the analytical and operational capacities: ${Math.round(triangleBearing.operationalCapacity!)} of 100`);
  });

  it('a changed target turns a cell into a gap', async () => {
    const user = userEvent.setup();
    const { container } = renderMatrix();
    await user.selectOptions(select('Target: political capacity, organisational level'), '5');
    const targets = { ...allThree, 'political.organisational': 5 } as CapacityRatings;
    const r = evaluateCapacities(allThree, { targets });
    expect(r.gaps.map((g) => g.cell)).toEqual(['political.organisational']);
    expect(descriptionText(container)).toBe(describeResult(r));
    await expect.poll(() => param()).toBe(encodeState('capacities', { ratings: allThree, targets }));
    expect(container.querySelector('[data-cell="political.organisational"]')!.textContent).toContain('gap 2');
  });

  it('the data table lists ratings, targets, gaps and notes', () => {
    const { container } = renderMatrix(weakOrganisation);
    const table = container.querySelector('table')!;
    const row = within(table).getByRole('rowheader', { name: 'Operational capacity, organisational level' }).parentElement!;
    expect([...row.children].map((c) => c.textContent?.trim())).toEqual(['Operational capacity, organisational level', '1', '3', '2', 'weakest, Achilles heel']);
    expect(table.querySelectorAll('tbody tr').length).toBe(9);
  });

  it('Back (popstate) restores the state in the URL, or the starting state when there is none', async () => {
    const { container } = renderMatrix();
    await screen.findByRole('button', { name: 'Reset' });
    window.history.pushState(null, '', `/?capacities=${encodeState('capacities', { ratings: weakOrganisation })}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(weakOrganisation)));
    window.history.pushState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(allThree)));
  });

  it('Reset returns to the starting state and removes the parameter', async () => {
    const user = userEvent.setup();
    const { container } = renderMatrix();
    await user.selectOptions(select('Political capacity, individual level'), '1');
    await expect.poll(() => param()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await expect.poll(() => param()).toBeNull();
    expect(descriptionText(container)).toBe(describeResult(evaluateCapacities(allThree)));
  });
});
