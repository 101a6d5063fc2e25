// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { decodeState, describeParadigms, encodeState, evaluateParadigms, findPreset, mixText, PARADIGMS, paradigmLabels, presets, type Paradigm } from '@evaluation';
import ParadigmLens from '@components/paradigm-lens/ParadigmLens.svelte';
import { paradigmsWidget } from '@components/paradigm-lens/meta';
import { flushPending } from '~/lib/address';

const description = (id = 'lens') => document.getElementById(`${id}-description`)?.textContent ?? '';
const param = () => new URLSearchParams(window.location.search).get('lens');
const expected = (preset: string, paradigm: Paradigm | null = null) => describeParadigms(evaluateParadigms(findPreset(preset)!.context), { service: findPreset(preset)!.label, paradigm });
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
// The static blocks the island wrapper renders at build time, reduced to what the widget reads.
const cards = createRawSnippet(() => ({ render: () => `<div>${PARADIGMS.map((p) => `<article data-paradigm="${p}">${p}</article>`).join('')}</div>` }));
const summaries = createRawSnippet(() => ({ render: () => `<div>${presets.map((p) => `<p data-preset="${p.id}">${p.label}</p>`).join('')}</div>` }));
const shownSummaries = () => [...document.querySelectorAll<HTMLElement>('[data-preset]')].filter((el) => !el.hidden).map((el) => el.dataset['preset']);

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/01-why-public-value/');
});
afterEach(() => {
  flushPending();
  cleanup();
});

describe('ParadigmLens', () => {
  it('starts from its props: the service, the paradigm it looks through, and the model’s description', () => {
    render(ParadigmLens, { id: 'lens', preset: 'neighbourhood-policing', paradigm: 'npm', paradigms: cards, summaries });
    expect((screen.getByRole('combobox', { name: 'Service' }) as HTMLSelectElement).value).toBe('neighbourhood-policing');
    expect(radio('New Public Management').checked).toBe(true);
    expect(description()).toBe(expected('neighbourhood-policing', 'npm'));
    expect(shownSummaries()).toEqual(['neighbourhood-policing']);
    expect(param()).toBeNull();
  });

  it('starts from the model’s default state on the embed page, with the title as its heading', () => {
    render(ParadigmLens, { id: 'state', embedded: true });
    expect(description('state')).toBe(expected(decodeState('paradigms', '').state.preset));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(paradigmsWidget.title);
    expect(radio('All four side by side').checked).toBe(true);
  });

  it('draws the 4 × 4 figure as an accessible image and fills the data table from the model', () => {
    render(ParadigmLens, { id: 'lens', preset: 'car-pooling' });
    const lens = evaluateParadigms(findPreset('car-pooling')!.context);
    const figure = screen.getByRole('img', { name: /What each paradigm chooses/ });
    expect(figure.querySelector('desc')?.textContent).toMatch(new RegExp(`Co-production’s choice scores ${Math.round(lens.choices.coProduction.scores.weberian)} on equal treatment .* ${Math.round(lens.choices.coProduction.scores.coProduction)} on co-created value\\.$`));
    // The frames of each paradigm's own measure are fixed markup: each must sit on its row's diagonal cell.
    const frames = [...figure.querySelectorAll('g.own rect')];
    const rows = [...figure.querySelectorAll('g[data-paradigm]')];
    expect(rows.map((r) => r.getAttribute('data-paradigm'))).toEqual([...PARADIGMS]);
    expect(frames).toHaveLength(4);
    const shift = (el: Element) => (el.getAttribute('transform') ?? '').match(/translate\(([\d.]+),([\d.]+)\)/)!.slice(1).map(Number) as [number, number];
    rows.forEach((row, i) => {
      const [cellX] = shift(row.querySelectorAll(':scope > g')[i]!);
      expect(Number(frames[i]!.getAttribute('x'))).toBeCloseTo(cellX - 3, 6);
      expect(Number(frames[i]!.getAttribute('y'))).toBeCloseTo(shift(row)[1] + 3, 6);
    });
    const table = screen.getByRole('table', { name: /What each paradigm chooses for this service/ });
    const row = within(table).getByRole('rowheader', { name: 'New Public Management’s choice' }).parentElement!;
    expect(row.children[1]!.textContent).toBe(mixText(lens.choices.npm.result.mix));
    expect(row.children[4]!.textContent).toBe(String(Math.round(lens.choices.npm.scores.publicValue)));
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Choice', 'Mix', ...PARADIGMS.map((p) => paradigmLabels[p].measure)]);
  });

  it('a service chosen by keyboard changes the figure, the description and the address, as a history entry', async () => {
    const user = userEvent.setup();
    render(ParadigmLens, { id: 'lens', preset: 'passport-issuance', paradigms: cards, summaries });
    const before = window.history.length;
    screen.getByRole('combobox', { name: 'Service' }).focus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service' }), 'free-school');
    expect(description()).toBe(expected('free-school'));
    expect(shownSummaries()).toEqual(['free-school']);
    await expect.poll(() => param()).toBe(encodeState('paradigms', { preset: 'free-school', paradigm: null }));
    expect(window.history.length).toBe(before + 1);
  });

  it('arrow keys move through the paradigms; the chosen one is marked, described and kept in the address', async () => {
    const user = userEvent.setup();
    render(ParadigmLens, { id: 'lens', preset: 'ae-demand', paradigms: cards });
    radio('All four side by side').focus();
    await user.keyboard('{ArrowDown}');
    expect(radio('Weberian bureaucracy').checked).toBe(true);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(radio('Public value').checked).toBe(true);
    expect(description()).toBe(expected('ae-demand', 'publicValue'));
    await expect.poll(() => param()).toBe(encodeState('paradigms', { preset: 'ae-demand', paradigm: 'publicValue' }));
  });

  it('Back (popstate) restores the state in the address; a bad state shows a notice and the start', async () => {
    window.history.replaceState(null, '', '?lens=v1.p.atlantis');
    render(ParadigmLens, { id: 'lens', preset: 'ambulance' });
    expect(screen.getByRole('alert').textContent).toMatch(/could not be read.*no service preset called "atlantis".*Showing the starting state/);
    expect(description()).toBe(expected('ambulance'));
    window.history.replaceState(null, '', `?lens=${encodeState('paradigms', { preset: 'remote-school', paradigm: 'coProduction' })}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(description()).toBe(expected('remote-school', 'coProduction'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Reset returns to the starting state and clears the address', async () => {
    const user = userEvent.setup();
    render(ParadigmLens, { id: 'lens', preset: 'recycling-collection' });
    await user.click(radio('Co-production'));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(radio('All four side by side').checked).toBe(true);
    expect(description()).toBe(expected('recycling-collection'));
    expect(param()).toBeNull();
  });
});

describe('paradigmsWidget.stateFromProps', () => {
  it('takes a preset and a paradigm, with the default preset and no paradigm when omitted', () => {
    expect(paradigmsWidget.stateFromProps({ preset: 'ambulance', paradigm: 'npm' })).toEqual({ preset: 'ambulance', paradigm: 'npm' });
    expect(paradigmsWidget.stateFromProps({})).toEqual(decodeState('paradigms', '').state);
  });

  it('fails loudly on an unknown preset or paradigm (an authoring mistake caught at build)', () => {
    expect(() => paradigmsWidget.stateFromProps({ preset: 'atlantis' })).toThrow(/preset \(passport-issuance, .*got "atlantis"/);
    expect(() => paradigmsWidget.stateFromProps({ paradigm: 'taylorism' as Paradigm })).toThrow(/paradigm \(weberian, .*got "passport-issuance" and "taylorism"/);
  });
});
