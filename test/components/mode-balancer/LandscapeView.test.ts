// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import {
  computeLandscape,
  computeValuePath,
  describeLandscape,
  describeValuePath,
  findBalancedConfiguration,
  findPreset,
  mixText,
  type Mix,
} from '@evaluation';
import LandscapeView from '@components/mode-balancer/landscape/LandscapeView.svelte';

const POLICING = findPreset('neighbourhood-policing')!;
const balanced = findBalancedConfiguration(POLICING.context).best;

afterEach(() => cleanup());

function open(mix: Mix = POLICING.startingMix) {
  render(LandscapeView, { props: { id: 'modes', context: POLICING.context, mix } });
  return { cursor: screen.getByRole('slider', { name: /^Landscape cursor/ }) };
}

describe('LandscapeView', () => {
  it('opens on the slice that spans the most (the mode with the smallest share held) and describes it from the model', () => {
    open();
    const held = screen.getByRole('radio', { name: 'Opensourcing (0 %)' }) as HTMLInputElement;
    expect(held.checked).toBe(true);
    const landscape = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
    expect(screen.getByText(describeLandscape(landscape))).toBeTruthy();
    expect(screen.getByRole('img', { name: /Aggregate public value over the mixes of bureaucracy, innersourcing, crowdsourcing, with opensourcing held at 0 %/ })).toBeTruthy();
  });

  it('holds another mode when the reader picks it, redraws, and announces the new description', async () => {
    open();
    await fireEvent.click(screen.getByRole('radio', { name: 'Bureaucracy (90 %)' }));
    const landscape = computeLandscape(POLICING.context, { fixed: 'bureaucracy', fixedShare: 90 });
    expect(screen.getByRole('img', { name: /with bureaucracy held at 90 %/ })).toBeTruthy();
    expect(screen.getAllByText(describeLandscape(landscape))).toHaveLength(2);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(describeLandscape(landscape));
    expect(screen.getByText(/The balanced configuration gives bureaucracy \d+ %, so it lies off this map/)).toBeTruthy();
  });

  it('marks the balanced configuration only when it lies on the map', () => {
    open({ ...balanced.mix });
    expect(screen.getByText('balanced configuration')).toBeTruthy();
    expect(screen.queryByText(/lies off this map/)).toBeNull();
  });

  it('starts the keyboard cursor on this mix; arrows move it, End goes to the highest point and Home back', async () => {
    const { cursor } = open();
    expect(cursor.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${mixText(POLICING.startingMix)}: aggregate public value \\d+, service value \\d+$`));
    const start = cursor.getAttribute('aria-valuetext');
    // This mix has no innersourcing, so it sits on the right-hand edge: Right cannot go further, Left trades crowdsourcing for innersourcing.
    await fireEvent.keyDown(cursor, { key: 'ArrowRight' });
    expect(cursor.getAttribute('aria-valuetext')).toBe(start);
    await fireEvent.keyDown(cursor, { key: 'ArrowLeft' });
    expect(cursor.getAttribute('aria-valuetext')).toMatch(/^90 % bureaucracy, 8 % crowdsourcing and 2 % innersourcing: /);
    await fireEvent.keyDown(cursor, { key: 'End' });
    const landscape = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0 });
    expect(cursor.getAttribute('aria-valuenow')).toBe(String(Math.round(landscape.highest.aggregatePublicValue)));
    expect(screen.getByText(new RegExp(`^${mixText(landscape.highest.mix)}: aggregate public value`))).toBeTruthy();
    await fireEvent.keyDown(cursor, { key: 'Home' });
    expect(cursor.getAttribute('aria-valuetext')).toBe(start);
  });

  it('leaves keys it does not use to the page', async () => {
    const { cursor } = open();
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    cursor.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('shows Figure 2 along the path to the chosen mode, with the model’s words, and follows a new choice', async () => {
    open();
    expect(screen.getByText(describeValuePath(computeValuePath(POLICING.context, POLICING.startingMix, 'crowdsourcing')))).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Service value and aggregate public value from this mix to all crowdsourcing At the start/ })).toBeTruthy();
    await fireEvent.click(screen.getByRole('radio', { name: 'Opensourcing' }));
    expect(screen.getAllByText(describeValuePath(computeValuePath(POLICING.context, POLICING.startingMix, 'opensourcing')))).toHaveLength(2);
  });

  it('builds the data tables when the reader opens them: the landscape at 10-point steps and the path', async () => {
    open();
    expect(screen.queryAllByRole('table')).toEqual([]);
    const details = screen.getByText('Data tables of the landscape and the path').closest('details')!;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const [grid, path] = screen.getAllByRole('table');
    const coarse = computeLandscape(POLICING.context, { fixed: 'opensourcing', fixedShare: 0, step: 10 });
    const rows = within(grid!).getAllByRole('row');
    expect(rows).toHaveLength(coarse.divisions + 2);
    // Row "20 % innersourcing", column "10 % crowdsourcing": bureaucracy takes the other 70 %.
    const cell = coarse.cells.find((c) => c.i === 2 && c.j === 1)!;
    expect(within(rows[3]!).getAllByRole('cell')[1]!.textContent).toBe(String(Math.round(cell.aggregatePublicValue)));
    expect(within(path!).getAllByRole('row')).toHaveLength(12);
  });
});
