// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { CONTEXT_FIELDS, CONTEXT_LABELS, findPreset } from '@evaluation';
import ContextFields from '@components/mode-balancer/ContextFields.svelte';

const CAR = findPreset('car-pooling')!;

afterEach(() => cleanup());

describe('ContextFields', () => {
  it('rendered at build time (no handlers), shows the nine fields with their values, disabled', () => {
    render(ContextFields, { props: { id: 'modes', context: CAR.context } });
    const sliders = screen.getAllByRole('slider') as HTMLInputElement[];
    expect(sliders).toHaveLength(CONTEXT_FIELDS.length);
    expect(sliders.every((s) => s.disabled)).toBe(true);
    expect(Number((screen.getByRole('slider', { name: CONTEXT_LABELS.digitalInclusion.label }) as HTMLInputElement).value)).toBe(CAR.context.digitalInclusion);
    expect(screen.queryByRole('button', { name: 'Use the preset’s context' })).toBeNull();
  });

  it('live, reports each move and offers to restore an edited context', async () => {
    const onSet = vi.fn();
    const onRestore = vi.fn();
    render(ContextFields, { props: { id: 'modes', context: CAR.context, edited: true, disabled: false, onSet, onRestore } });
    const field = screen.getByRole('slider', { name: CONTEXT_LABELS.modularity.label }) as HTMLInputElement;
    field.value = '0.8';
    await fireEvent.input(field);
    expect(onSet).toHaveBeenCalledWith('modularity', 0.8);
    await fireEvent.click(screen.getByRole('button', { name: 'Use the preset’s context' }));
    expect(onRestore).toHaveBeenCalledOnce();
  });
});
