// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRawSnippet } from 'svelte';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import {
  MODES,
  decodeState,
  describeResult,
  encodeState,
  evaluateMix,
  findBalancedConfiguration,
  findPreset,
  presets,
  type Mix,
  type Mode,
  type ServiceContext,
} from '@evaluation';
import ModeBalancer from '@components/mode-balancer/ModeBalancer.svelte';
import { flushPending, MOVE_INTERVAL_MS } from '~/lib/address';

const RECYCLING = findPreset('recycling-collection')!;
const POLICING = findPreset('neighbourhood-policing')!;
const LABELS: Record<Mode, string> = { bureaucracy: 'Bureaucracy', innersourcing: 'Innersourcing', crowdsourcing: 'Crowdsourcing', opensourcing: 'Opensourcing' };

const slider = (mode: Mode) => screen.getByRole('slider', { name: LABELS[mode] }) as HTMLInputElement;
const shares = (): Mix => Object.fromEntries(MODES.map((m) => [m, Number(slider(m).value)])) as Mix;
const description = () => document.getElementById('modes-description')?.textContent ?? '';
const param = () => new URLSearchParams(window.location.search).get('modes');
const expected = (mix: Mix, context: ServiceContext) => describeResult(evaluateMix(mix, context));

// jsdom has no native range stepping, so this does what the browser does for each key (step 1 on
// 0–100) and fires the input event the browser would; the real keys are exercised in the e2e spec.
async function pressOnRange(input: HTMLInputElement, key: 'ArrowRight' | 'ArrowUp' | 'ArrowLeft' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End') {
  const value = Number(input.value);
  const step = Number(input.step) || 1;
  const next = { ArrowRight: value + step, ArrowUp: value + step, ArrowLeft: value - step, ArrowDown: value - step, PageUp: value + 10 * step, PageDown: value - 10 * step, Home: Number(input.min), End: Number(input.max) }[key];
  input.value = String(next);
  await fireEvent.input(input);
}

/** Opens the disclosure whose summary starts with `label`, as a click on its summary would. */
async function openDisclosure(label: string) {
  const details = screen.getByText((_, element) => element?.tagName === 'SUMMARY' && element.textContent!.startsWith(label)).closest('details')!;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
  return details;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/07-modes-of-production/');
});
afterEach(() => {
  // A URL write still waiting for its turn belongs to this test, not the next one.
  flushPending();
  cleanup();
});

describe('ModeBalancer: starting state', () => {
  it('starts from the preset prop: its starting mix, its context and the model’s description', () => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    expect(shares()).toEqual(RECYCLING.startingMix);
    expect((screen.getByRole('combobox', { name: 'Service' }) as HTMLSelectElement).value).toBe('recycling-collection');
    expect(description()).toBe(expected(RECYCLING.startingMix, RECYCLING.context));
    expect(param()).toBeNull();
  });

  it('starts from an explicit mix prop, rounded to whole shares summing to 100', () => {
    render(ModeBalancer, { id: 'modes', preset: 'neighbourhood-policing', mix: { bureaucracy: 1, innersourcing: 0, crowdsourcing: 1, opensourcing: 0 } });
    expect(shares()).toEqual({ bureaucracy: 50, innersourcing: 0, crowdsourcing: 50, opensourcing: 0 });
    expect(description()).toBe(expected(shares(), POLICING.context));
  });

  it('starts from the model’s default state without props (the embed page)', () => {
    render(ModeBalancer, { id: 'state', embedded: true });
    const base = decodeState('modes', '').state;
    expect(shares()).toEqual(base.mix);
    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty('textContent', 'Mode balancer');
    expect(screen.queryByRole('button', { name: 'Copy embed code' })).toBeNull();
  });

  it('lists every preset with its label and source citation', () => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const options = within(screen.getByRole('combobox', { name: 'Service' })).getAllByRole('option');
    expect(options).toHaveLength(presets.length);
    presets.forEach((p, i) => {
      expect(options[i]!.textContent).toContain(p.label);
      expect(options[i]!.textContent).toContain(p.source.locator);
    });
  });

  it('restores the state from the URL parameter', () => {
    const state = { preset: 'recycling-collection', context: { ...RECYCLING.context, digitalInclusion: 0.2 }, mix: { bureaucracy: 40, innersourcing: 0, crowdsourcing: 40, opensourcing: 20 } };
    window.history.replaceState(null, '', `?modes=${encodeState('modes', state)}`);
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    expect(shares()).toEqual(state.mix);
    expect(description()).toBe(expected(state.mix, state.context));
    expect(screen.getByText(/Service context \(edited\)/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a custom service from the URL (no preset) shows "Custom service" in the service list', async () => {
    const state = { preset: null, context: { ...POLICING.context, stateAuthority: 0.1 }, mix: { bureaucracy: 50, innersourcing: 10, crowdsourcing: 40, opensourcing: 0 } };
    window.history.replaceState(null, '', `?modes=${encodeState('modes', state)}`);
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    await Promise.resolve();
    const select = screen.getByRole('combobox', { name: 'Service' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toMatch(/^Custom service/);
    expect(shares()).toEqual(state.mix);
  });

  it.each([
    ['not our format', 'garbage'],
    ['an unknown preset', 'v1.m.nope.100-0-0-0'],
    ['another widget’s state', 'v1.t.50-50-50'],
    ['a mix that does not sum to 100', 'v1.m.recycling-collection.50-50-50-50'],
  ])('a bad URL parameter (%s) shows a notice and the starting state', (_what, raw) => {
    window.history.replaceState(null, '', `?modes=${encodeURIComponent(raw)}`);
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    expect(screen.getByRole('alert').textContent).toMatch(/could not be read.*Showing the starting state/);
    expect(shares()).toEqual(RECYCLING.startingMix);
  });

  it('draws accessible SVGs with a title and a description', () => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const images = screen.getAllByRole('img');
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const svg of images) {
      expect(svg.querySelector('title')?.textContent).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent).toBeTruthy();
    }
    expect(screen.getByRole('img', { name: /mix of modes/ }).querySelectorAll('rect.segment')).toHaveLength(2);
  });

  it('lists the mix, dimensions, both headline values and resources in the data table', () => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const table = screen.getByRole('table', { name: /The mix and what the model makes of it/ });
    const result = evaluateMix(RECYCLING.startingMix, RECYCLING.context);
    const row = (name: RegExp) => within(table).getByRole('rowheader', { name }).parentElement!;
    expect(row(/^Crowdsourcing share/).children[1]!.textContent).toBe('30');
    expect(row(/^Service value/).children[1]!.textContent).toBe(String(Math.round(result.serviceValue)));
    expect(row(/^Aggregate public value/).children[1]!.textContent).toBe(String(Math.round(result.aggregatePublicValue)));
    expect(row(/^Equity and fairness/).children[1]!.textContent).toBe(String(Math.round(result.dimensions.equity)));
    expect(row(/^Staff from outside/).children[1]!.textContent).toBe(String(Math.round(result.resources.staff)));
  });
});

describe('ModeBalancer: keyboard and URL', () => {
  it.each([
    ['ArrowRight', 71, { bureaucracy: 71, innersourcing: 0, crowdsourcing: 29, opensourcing: 0 }],
    ['ArrowUp', 71, { bureaucracy: 71, innersourcing: 0, crowdsourcing: 29, opensourcing: 0 }],
    ['ArrowLeft', 69, { bureaucracy: 69, innersourcing: 0, crowdsourcing: 31, opensourcing: 0 }],
    ['PageDown', 60, { bureaucracy: 60, innersourcing: 0, crowdsourcing: 40, opensourcing: 0 }],
    ['End', 100, { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 }],
    ['Home', 0, { bureaucracy: 0, innersourcing: 0, crowdsourcing: 100, opensourcing: 0 }],
  ] as const)('%s on the bureaucracy slider gives it %i and rescales the others to 100', async (key, _value, mix) => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const before = window.history.length;
    await pressOnRange(slider('bureaucracy'), key);
    expect(shares()).toEqual(mix);
    expect(description()).toBe(expected(mix, RECYCLING.context));
    await vi.waitFor(() => expect(decodeState('modes', param()).state.mix).toEqual(mix));
    expect(window.history.length).toBe(before);
  });

  it('a run of slider steps replaces the address entry, at most once per interval, and ends at the last step', async () => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const before = window.history.length;
    const replace = vi.spyOn(window.history, 'replaceState');
    const start = performance.now();
    for (let i = 0; i < 5; i++) await pressOnRange(slider('bureaucracy'), 'ArrowRight');
    const elapsed = performance.now() - start;
    await vi.waitFor(() => expect(decodeState('modes', param()).state.mix.bureaucracy).toBe(75));
    // Written at once, then at most once per interval while the steps go on, and once after them.
    expect(replace.mock.calls.length).toBeLessThanOrEqual(2 + Math.floor(elapsed / MOVE_INTERVAL_MS));
    replace.mockRestore();
    expect(window.history.length).toBe(before);
  });

  it('a preset chosen right after a slider move leaves that move in the entry Back returns to', async () => {
    const user = userEvent.setup();
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    await pressOnRange(slider('bureaucracy'), 'PageDown');
    const pushed: string[] = [];
    const push = window.history.pushState.bind(window.history);
    const spy = vi.spyOn(window.history, 'pushState').mockImplementation((data, unused, url) => {
      pushed.push(param() ?? '');
      push(data, unused, url);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service' }), 'car-pooling');
    spy.mockRestore();
    expect(decodeState('modes', pushed[0]).state.mix.bureaucracy).toBe(60);
    expect(decodeState('modes', param()).state.preset).toBe('car-pooling');
  });

  it('Space on a lock keeps that mode’s share while another moves, and disables its slider', async () => {
    const user = userEvent.setup();
    render(ModeBalancer, { id: 'modes', preset: 'free-school' });
    const lock = screen.getByRole('checkbox', { name: 'Lock Crowdsourcing' });
    lock.focus();
    await user.keyboard(' ');
    expect((lock as HTMLInputElement).checked).toBe(true);
    expect(slider('crowdsourcing').disabled).toBe(true);
    await pressOnRange(slider('bureaucracy'), 'PageUp');
    expect(shares()).toEqual({ bureaucracy: 60, innersourcing: 0, crowdsourcing: 20, opensourcing: 20 });
    await user.keyboard(' ');
    expect(slider('crowdsourcing').disabled).toBe(false);
  });

  it('a mode cannot move when every other mode is locked, and says why', async () => {
    const user = userEvent.setup();
    render(ModeBalancer, { id: 'modes', preset: 'free-school' });
    for (const m of ['innersourcing', 'crowdsourcing', 'opensourcing'] as const) {
      screen.getByRole('checkbox', { name: `Lock ${LABELS[m]}` }).focus();
      await user.keyboard(' ');
    }
    await pressOnRange(slider('bureaucracy'), 'ArrowRight');
    expect(shares().bureaucracy).toBe(50);
    expect(slider('bureaucracy').getAttribute('aria-describedby')).toBe('modes-stuck');
    expect(screen.getByText(/Every other mode is locked/)).toBeTruthy();
  });

  it.each(['Enter', ' '])('"Show a balanced configuration" by %j moves the sliders to the model’s answer and explains it', async (key) => {
    const user = userEvent.setup();
    render(ModeBalancer, { id: 'modes', preset: 'neighbourhood-policing' });
    const before = window.history.length;
    screen.getByRole('button', { name: 'Show a balanced configuration' }).focus();
    await user.keyboard(key === ' ' ? ' ' : '{Enter}');
    const balance = findBalancedConfiguration(POLICING.context);
    expect(shares()).toEqual(balance.best.mix);
    expect(screen.getByText(describeResult(balance))).toBeTruthy();
    expect(description()).toBe(describeResult(balance.best));
    expect(window.history.length).toBe(before + 1);
  });

  it('choosing a preset loads its context and starting mix and pushes a history entry', async () => {
    const user = userEvent.setup();
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const before = window.history.length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service' }), 'car-pooling');
    const car = findPreset('car-pooling')!;
    expect(shares()).toEqual(car.startingMix);
    expect(description()).toBe(expected(car.startingMix, car.context));
    await expect.poll(() => param()).toBe(encodeState('modes', { preset: 'car-pooling', context: car.context, mix: car.startingMix }));
    expect(window.history.length).toBe(before + 1);
  });

  it('editing the service context changes the result and is kept in the URL', async () => {
    render(ModeBalancer, { id: 'modes', preset: 'car-pooling' });
    const car = findPreset('car-pooling')!;
    await openDisclosure('Service context');
    const field = (await screen.findByRole('slider', { name: 'How far the people concerned can take part online' })) as HTMLInputElement;
    field.value = '0.1';
    await fireEvent.input(field);
    const context = { ...car.context, digitalInclusion: 0.1 };
    expect(description()).toBe(expected(car.startingMix, context));
    await vi.waitFor(() => expect(decodeState('modes', param()).state.context.digitalInclusion).toBe(0.1));
    expect(field.getAttribute('aria-valuetext')).toMatch(/^0\.10, low/);
    await fireEvent.click(screen.getByRole('button', { name: 'Use the preset’s context' }));
    expect(description()).toBe(expected(car.startingMix, car.context));
    expect(screen.queryByRole('button', { name: 'Use the preset’s context' })).toBeNull();
  });

  it('shows the build-time service context until the reader opens it, then fetches the live sliders', async () => {
    const contextFields = createRawSnippet(() => ({ render: () => '<p>Static context fields</p>' }));
    render(ModeBalancer, { id: 'modes', preset: 'car-pooling', contextFields });
    expect(screen.getByText('Static context fields')).toBeTruthy();
    expect(screen.queryByRole('slider', { name: 'How fast citizens’ expectations of the service change' })).toBeNull();
    await openDisclosure('Service context');
    const field = await screen.findByRole('slider', { name: 'How fast citizens’ expectations of the service change' });
    expect((field as HTMLInputElement).disabled).toBe(false);
    expect(screen.queryByText('Static context fields')).toBeNull();
  });

  it('fetches the value landscape when the reader opens it, mounts it in place of the loading line, and it follows the sliders', async () => {
    const landscape = createRawSnippet(() => ({
      render: () => '<section><details><summary>Show the landscape</summary><div data-landscape-mount data-failed="Could not load."><p>Drawn when you open this.</p></div></details></section>',
    }));
    render(ModeBalancer, { id: 'modes', preset: 'neighbourhood-policing', landscape });
    expect(screen.getByText('Drawn when you open this.')).toBeTruthy();
    await openDisclosure('Show the landscape');
    const map = await screen.findByRole('img', { name: /^Aggregate public value over the mixes of/ }, { timeout: 5000 });
    expect(screen.queryByText('Drawn when you open this.')).toBeNull();
    expect(map.querySelectorAll('path').length).toBeGreaterThan(3);
    const radio = screen.getByRole('radio', { name: /^Opensourcing \(0 %\)/ });
    expect((radio as HTMLInputElement).checked).toBe(true);
    await pressOnRange(slider('bureaucracy'), 'PageDown');
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: /^Bureaucracy \(80 %\)/ })).toBeTruthy());
  });

  it('Back (popstate) restores the state in the address, and no parameter restores the start', async () => {
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    const state = { preset: 'recycling-collection', context: RECYCLING.context, mix: { bureaucracy: 10, innersourcing: 10, crowdsourcing: 70, opensourcing: 10 } };
    window.history.replaceState(null, '', `?modes=${encodeState('modes', state)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(shares()).toEqual(state.mix);
    window.history.replaceState(null, '', '?');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
    expect(shares()).toEqual(RECYCLING.startingMix);
  });

  it('Reset returns to the starting state and removes the parameter', async () => {
    const user = userEvent.setup();
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection' });
    await pressOnRange(slider('opensourcing'), 'PageUp');
    await vi.waitFor(() => expect(param()).not.toBeNull());
    screen.getByRole('button', { name: 'Reset' }).focus();
    await user.keyboard('{Enter}');
    expect(shares()).toEqual(RECYCLING.startingMix);
    await expect.poll(() => param()).toBeNull();
  });

  it('Tab reaches the preset, the chosen preset’s source, each slider and its lock, then the balance button, in order', async () => {
    const user = userEvent.setup();
    // Stands in for PresetSummaries.astro: one static summary per preset, with its source link.
    const summaries = createRawSnippet(() => ({
      render: () => `<div>${presets.map((p) => `<p data-preset="${p.id}">${p.label} <a href="#${p.id}">Source of ${p.id}</a></p>`).join('')}</div>`,
    }));
    render(ModeBalancer, { id: 'modes', preset: 'recycling-collection', summaries });
    const expectedOrder: HTMLElement[] = [
      screen.getByRole('link', { name: 'Source of recycling-collection' }),
      ...MODES.flatMap((m) => [slider(m), screen.getByRole('checkbox', { name: `Lock ${LABELS[m]}` })]),
      screen.getByRole('button', { name: 'Show a balanced configuration' }),
    ];
    screen.getByRole('combobox', { name: 'Service' }).focus();
    for (const el of expectedOrder) {
      await user.tab();
      expect(document.activeElement).toBe(el);
    }
  });
});
