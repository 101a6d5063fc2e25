// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeState, triangleCodec, type TriangleInput } from '@evaluation';
import { AddressState, unreadableNotice } from '@components/widget/address-state.svelte';
import { EMBED_PARAM } from '@components/widget/widget-meta';
import { flushPending } from '~/lib/address';

const start: TriangleInput = { publicValue: 70, authorisingEnvironment: 35, operationalCapacity: 80 };
const other: TriangleInput = { publicValue: 20, authorisingEnvironment: 90, operationalCapacity: 60 };
const param = () => new URLSearchParams(window.location.search).get('triangle');
let disconnect: (() => void) | undefined;

function connected(onRestore?: (s: TriangleInput) => void) {
  const address = new AddressState(triangleCodec, 'triangle', () => ({ ...start }));
  disconnect = address.connect(onRestore);
  return address;
}

beforeEach(() => window.history.replaceState(null, '', '/chapters/04-strategic-triangle/'));
afterEach(() => {
  disconnect?.();
  flushPending();
});

describe('AddressState (one widget’s state in the page address)', () => {
  it('starts from its starting state when the address holds none, with no notice', () => {
    const address = connected();
    expect(address.current).toEqual(start);
    expect(address.notice).toBeNull();
  });

  it('reads a valid state from its parameter on connect', () => {
    window.history.replaceState(null, '', `?triangle=${encodeState('triangle', other)}`);
    expect(connected().current).toEqual(other);
  });

  it('shows the starting state and a notice for a damaged state, and clears the notice once a valid state is set', () => {
    window.history.replaceState(null, '', '?triangle=v1.t.nonsense');
    const address = connected();
    expect(address.current).toEqual(start);
    expect(address.notice).toBe('The link’s widget state could not be read: the corners should be 3 whole numbers from 0 to 100. Showing the starting state.');
    address.move({ ...start, publicValue: 71 });
    expect(address.notice).toBeNull();
    expect(param()).toBe(encodeState('triangle', { ...start, publicValue: 71 }));
  });

  it('a step pushes a history entry that Back undoes', async () => {
    const address = connected();
    const restored: TriangleInput[] = [];
    disconnect?.();
    disconnect = address.connect((s) => restored.push(s));
    address.step(other);
    expect(param()).toBe(encodeState('triangle', other));
    window.history.back();
    await new Promise((done) => window.addEventListener('popstate', done, { once: true }));
    expect(address.current).toEqual(start);
    expect(restored.at(-1)).toEqual(start);
  });

  it('reset returns to the start, clears the notice and takes the parameter out of the address', () => {
    window.history.replaceState(null, '', '?triangle=v1.t.bad');
    const address = connected();
    address.step(other);
    address.reset();
    expect(address.current).toEqual(start);
    expect(address.notice).toBeNull();
    expect(param()).toBeNull();
  });

  it('shares a link to this page in the current state, scrolled to the widget', () => {
    const address = connected();
    address.move(other);
    const url = new URL(address.shareUrl());
    expect(url.pathname).toBe('/chapters/04-strategic-triangle/');
    expect(url.searchParams.get('triangle')).toBe(encodeState('triangle', other));
    expect(url.hash).toBe('#triangle');
  });

  it('gives the embed page’s address with the state under its own parameter', () => {
    const address = connected();
    address.move(other);
    const url = new URL(address.embedUrl());
    expect(url.pathname).toBe('/embed/triangle/');
    expect(url.searchParams.get(EMBED_PARAM)).toBe(encodeState('triangle', other));
  });

  it('announces each change the reader makes, with the state the address opened the widget in (for the progress script)', () => {
    const seen: unknown[] = [];
    const listen = (event: Event) => seen.push((event as CustomEvent).detail);
    window.addEventListener('pvc:widget-change', listen);
    const opened = encodeState('triangle', other);
    window.history.replaceState(null, '', `?triangle=${opened}`);
    const address = connected();
    expect(seen).toEqual([]);
    address.move(start);
    address.reset();
    address.step(other);
    window.history.replaceState(null, '', '?triangle=v1.t.bad');
    disconnect?.();
    disconnect = address.connect();
    address.move(start);
    window.removeEventListener('pvc:widget-change', listen);
    expect(seen).toEqual([
      { param: 'triangle', state: encodeState('triangle', start), opened },
      // After a reset, or from a state the widget could not read, it is no longer the set-up the link opened.
      { param: 'triangle', state: opened, opened: null },
      { param: 'triangle', state: encodeState('triangle', start), opened: null },
    ]);
  });

  it('names the reason in its notice, or says the state is damaged', () => {
    expect(unreadableNotice('It is too long.')).toBe('The link’s widget state could not be read: it is too long. Showing the starting state.');
    expect(unreadableNotice(undefined)).toBe('The link’s widget state could not be read: it is damaged. Showing the starting state.');
  });
});
