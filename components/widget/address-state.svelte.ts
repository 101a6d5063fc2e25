/**
 * A widget's whole state, kept in the page address under one parameter: read on load, followed on
 * Back and Forward, written by the address module's one rule, and turned into share links and
 * embed code. Every widget and embed page holds its state in one of these. Each change the reader
 * makes is announced as a `pvc:widget-change` event on the window ({ param, state, opened }: the
 * state the address opened the widget in, if it held one), for the progress script.
 */
import { decodeWith, encodeWith, type StateCodec, type WidgetStates } from '@evaluation';
import { addressWith, flushPending, onAddressChange, readParam, siteAddress, writeParams } from '~/lib/address';
import { withBase } from '~/lib/url';
import type { VersionNotice } from './version-note';
import { lookUpVersionNotice } from './version-lookup';
import { EMBED_PARAM, type UrlWidgetKind } from './widget-meta';

/** The notice shown when the address held a state that could not be used: what is wrong (`reason`, a sentence from decodeWith), then what the widget shows. */
export function unreadableNotice(reason: string | undefined): string {
  const what = reason ? `${reason.charAt(0).toLowerCase()}${reason.slice(1)}` : 'it is damaged.';
  return `The link’s widget state could not be read: ${what} Showing the starting state.`;
}

/** The state of one widget on a page, mirrored in the address under `param`. */
export class AddressState<K extends UrlWidgetKind> {
  /** The state the widget shows. */
  current: WidgetStates[K] = $state.raw() as WidgetStates[K];
  /** Why the address's state could not be used, until the reader sets a valid one; null when all is well. */
  notice: string | null = $state(null);
  /** What it means that the address's state was made with another version of the model, until the reader changes it; null when its figures are today's. */
  versionNotice: VersionNotice | null = $state(null);

  readonly #codec: StateCodec<K>;
  readonly #param: string;
  readonly #start: () => WidgetStates[K];
  // Counts restores and changes, so a version notice that arrives late is dropped once the state moved on.
  #generation = 0;
  // The state the address held when the widget last restored from it (a set-up opened from a link), if any.
  #opened: string | null = null;

  /** `codec` is the widget kind's (so the page carries no other kind's); `start` gives the state the widget opens with when the address holds none. */
  constructor(codec: StateCodec<K>, param: string, start: () => WidgetStates[K]) {
    this.#codec = codec;
    this.#param = param;
    this.#start = start;
    this.current = start();
  }

  /**
   * Applies the address's state now and whenever the reader goes Back or Forward; call it once the
   * widget is mounted. `onRestore` runs after each restore, for state the widget keeps beside this
   * one (a selected case, locks). Returns the clean-up.
   */
  connect(onRestore?: (state: WidgetStates[K]) => void): () => void {
    const restore = () => {
      this.#restore();
      onRestore?.(this.current);
    };
    restore();
    return onAddressChange(restore);
  }

  /** Sets the state while a control moves (a slider, a drag, a key held down): the address follows, replacing its entry. */
  move(next: WidgetStates[K]): void {
    this.#set(next, 'move');
  }

  /** Sets the state as one discrete step (a preset, a scenario, "show balanced"), which Back undoes. */
  step(next: WidgetStates[K]): void {
    this.#set(next, 'step');
  }

  /** Returns to the starting state and takes the widget's state out of the address. */
  reset(): void {
    this.current = this.#start();
    this.#clearNotices();
    this.#opened = null;
    writeParams({ [this.#param]: null }, 'step');
  }

  /** A link to this page that opens the widget in its current state, scrolled into view. */
  shareUrl(): string {
    flushPending();
    return addressWith({ [this.#param]: this.#encoded() }, this.#param === EMBED_PARAM ? '' : this.#param).href;
  }

  /** The share link at the book's public address `site` (SITE_URL) when given, without writing the address: what a citation names. */
  permanentUrl(site?: string): string {
    const here = addressWith({ [this.#param]: this.#encoded() }, this.#param === EMBED_PARAM ? '' : this.#param);
    const origin = site?.match(/^[a-z]+:\/\/[^/]+/i)?.[0];
    return origin ? `${origin}${here.pathname}${here.search}${here.hash}` : here.href;
  }

  /** The address of the widget's embed page in its current state. */
  embedUrl(): string {
    return siteAddress(withBase(`/embed/${this.#codec.kind}/`), { [EMBED_PARAM]: this.#encoded() }).href;
  }

  #encoded(): string {
    return encodeWith(this.#codec, this.current);
  }

  #clearNotices() {
    this.notice = null;
    this.versionNotice = null;
    this.#generation++;
  }

  #set(next: WidgetStates[K], how: 'move' | 'step') {
    this.current = next;
    this.#clearNotices();
    const state = encodeWith(this.#codec, next);
    writeParams({ [this.#param]: state }, how);
    // The reader changed the widget: the progress script (which widgets never import) may record it.
    dispatchEvent(new CustomEvent('pvc:widget-change', { detail: { param: this.#param, state, opened: this.#opened } }));
  }

  #restore() {
    const raw = readParam(this.#param);
    this.#clearNotices();
    this.#opened = null;
    if (raw === null) {
      this.current = this.#start();
      return;
    }
    const decoded = decodeWith(this.#codec, raw);
    if (decoded.ok) this.#opened = raw;
    this.current = decoded.ok ? decoded.state : this.#start();
    if (!decoded.ok) {
      this.notice = unreadableNotice(decoded.reason);
      return;
    }
    const generation = this.#generation;
    void lookUpVersionNotice(this.#codec.kind, decoded.madeWith, 'link', (decoded.state as { preset?: string | null }).preset).then((notice) => {
      if (generation === this.#generation) this.versionNotice = notice;
    });
  }
}
