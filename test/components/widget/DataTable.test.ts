// @vitest-environment jsdom
// A widget's data table scrolls in its own region on a phone: focusable by keyboard, named by the caption.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import DataTable from '@components/widget/DataTable.svelte';

afterEach(cleanup);

describe('DataTable', () => {
  it('sits in a focusable region named by its caption', () => {
    render(DataTable, { props: { caption: 'Capacity ratings', columns: ['Capacity', 'Rating'], rows: [{ label: 'Leadership', values: [4] }] } });
    render(DataTable, { props: { caption: 'Bearing on the triangle', rows: [{ label: 'Public value', values: [70] }] } });
    const first = screen.getByRole('region', { name: 'Capacity ratings' });
    expect(first.tabIndex).toBe(0);
    expect(first.querySelector('table caption')?.textContent).toBe('Capacity ratings');
    expect(screen.getByRole('table', { name: 'Capacity ratings' }).closest('[role="region"]')).toBe(first);
    expect(screen.getByRole('region', { name: 'Bearing on the triangle' }).tabIndex).toBe(0);
  });
});
