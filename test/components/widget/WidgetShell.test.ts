// @vitest-environment jsdom
// The frame every widget shares: "Cite this configuration" and the notice for a link made with another model version.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { MODEL_VERSION, encodeState, findPreset, triangleScenarios, type WidgetKind } from '@evaluation';
import StrategicTriangle from '@components/strategic-triangle/StrategicTriangle.svelte';
import ModeBalancer from '@components/mode-balancer/ModeBalancer.svelte';
import { noticeTable } from '@components/widget/version-note';
import { flushPending } from '~/lib/address';

const KINDS: WidgetKind[] = ['triangle', 'typology', 'modes', 'capacities', 'assessment'];
const RECYCLING = findPreset('recycling-collection')!;
const model = MODEL_VERSION.replaceAll('.', '-');
const fetchTable = vi.fn(async () => new Response(JSON.stringify(noticeTable(KINDS))));

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/07-modes-of-production/');
  fetchTable.mockClear();
  vi.stubGlobal('fetch', fetchTable);
});
afterEach(() => {
  flushPending();
  cleanup();
  vi.unstubAllGlobals();
  document.body.removeAttribute('data-float-label');
});

/** Opens the widget's citation, waits for it (its code loads on first opening) and returns its APA and BibTeX text. */
async function openCitation() {
  const details = screen.getByText('Cite this configuration').closest('details')!;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(details.querySelectorAll('.cite-text')).toHaveLength(2));
  const [apa, bibtex] = [...details.querySelectorAll('.cite-text')].map((el) => el.textContent ?? '');
  return { apa: apa ?? '', bibtex: bibtex ?? '' };
}

describe('Cite this configuration', () => {
  it('is built only when opened, and names the book, the widget, the model version and a link that reopens this state', async () => {
    render(StrategicTriangle, { props: { id: 'triangle', scenarios: triangleScenarios, publicValue: 70, authorisingEnvironment: 35, operationalCapacity: 80 } });
    expect(document.querySelector('.cite-text')).toBeNull();
    const { apa, bibtex } = await openCitation();
    // Vitest has no SITE_URL, so the link keeps the page's origin (the e2e test checks the public one).
    const link = `${window.location.origin}/chapters/07-modes-of-production/?triangle=v2.t.${model}.70-35-80#triangle`;
    expect(apa).toMatch(new RegExp(`^Public Value & Co-production\\. \\(2026\\)\\. The strategic triangle \\[Interactive figure; model version ${MODEL_VERSION.replaceAll('.', '\\.')}\\]\\.`));
    expect(apa.endsWith(`from ${link}`)).toBe(true);
    expect(bibtex).toContain(`url          = {${link}},`);
    expect(bibtex).toContain(`note         = {Model version ${MODEL_VERSION}.`);
  });

  it('follows the state while open, and names the figure number a surrounding element gives', async () => {
    document.body.dataset.floatLabel = 'Figure 4.1';
    render(StrategicTriangle, { props: { id: 'triangle', scenarios: triangleScenarios } });
    await openCitation();
    const slider = screen.getByLabelText('Authorising environment') as HTMLInputElement;
    slider.value = '20';
    await fireEvent.input(slider);
    const apa = document.querySelector('.cite-text')!.textContent!;
    expect(apa).toContain('Figure 4.1: The strategic triangle [Interactive figure;');
    expect(apa).toContain(`?triangle=v2.t.${model}.50-20-50#triangle`);
  });
});

describe('a link made with another version of the model', () => {
  it('made with this version: the widget shows it without remark and fetches nothing', async () => {
    window.history.replaceState(null, '', `?modes=${encodeState('modes', { preset: RECYCLING.id, context: RECYCLING.context, mix: { bureaucracy: 70, innersourcing: 0, crowdsourcing: 30, opensourcing: 0 } })}`);
    render(ModeBalancer, { id: 'modes', preset: 'passport-issuance' });
    await Promise.resolve();
    expect((screen.getByRole('slider', { name: 'Bureaucracy' }) as HTMLInputElement).value).toBe('70');
    expect(document.querySelector('.widget-notice')).toBeNull();
    expect(fetchTable).not.toHaveBeenCalled();
  });

  it('made with model 1.0.0 (simulated): the state opens, and the widget says its figures now differ, why, and what 1.0.0 computed', async () => {
    window.history.replaceState(null, '', '?modes=v2.m.1-0-0.recycling-collection.70-0-30-0');
    render(ModeBalancer, { id: 'modes', preset: 'passport-issuance' });
    const notice = await screen.findByText(/This link was made with model 1\.0\.0/);
    expect((screen.getByRole('slider', { name: 'Bureaucracy' }) as HTMLInputElement).value).toBe('70');
    expect(notice.textContent).toContain(`The figures shown are model ${MODEL_VERSION}’s and differ from what it showed.`);
    expect(notice.textContent).toContain('Model 1.0.0 balanced this service at 70 % crowdsourcing and 30 % bureaucracy');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/model/#model-2-0-0');
    expect(screen.queryByRole('alert')).toBeNull();

    // Once the reader changes the state, the link's notice no longer applies.
    const slider = screen.getByRole('slider', { name: 'Bureaucracy' }) as HTMLInputElement;
    slider.value = '60';
    await fireEvent.input(slider);
    await waitFor(() => expect(screen.queryByText(/This link was made with model 1\.0\.0/)).toBeNull());
  });

  it('in the old format (v1), which records no version: read as before, with a notice only where a version since changed the figures', async () => {
    window.history.replaceState(null, '', '?modes=v1.m.recycling-collection.70-0-30-0');
    render(ModeBalancer, { id: 'modes', preset: 'passport-issuance' });
    expect(await screen.findByText(/does not say which version made it/)).toBeTruthy();
    cleanup();
    window.history.replaceState(null, '', '?triangle=v1.t.70-35-80');
    render(StrategicTriangle, { props: { id: 'triangle', scenarios: triangleScenarios } });
    await waitFor(() => expect(fetchTable).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect((screen.getByLabelText('Authorising environment') as HTMLInputElement).value).toBe('35');
    expect(document.querySelector('.widget-notice')).toBeNull();
  });
});
