/**
 * Widget set-ups for assignments at run time: a widget link pasted from a chapter or embed page read
 * back into a set-up, where each widget kind lives, and a set-up described in a few words (the
 * choices a lecturer can pick are built into the catalogue: setup-choices.ts).
 */
import { cellLabel, classifyPlacement, decodeWith, evaluateCapacities, findPreset, mixText, paradigmLabels, stateCodecs, type WidgetStates } from '@evaluation';
import type { UrlWidgetKind } from '../widget/widget-meta';
import { kindName, type Catalogue, type CatalogueChapter } from '../progress/catalogue';
import { stateKind } from './assignment-codec';

/** A set-up in a few words, e.g. "Car-pooling: 40 % opensourcing, 30 % bureaucracy and 30 % crowdsourcing"; null when the state cannot be read. */
export function describeSetup(kind: UrlWidgetKind, state: string): string | null {
  const decoded = decodeWith(stateCodecs[kind], state);
  if (!decoded.ok) return null;
  const s = decoded.state;
  switch (kind) {
    case 'modes': {
      const m = s as WidgetStates['modes'];
      const preset = m.preset ? findPreset(m.preset) : undefined;
      return `${preset?.label ?? 'A service of the reader’s own'}: ${mixText(m.mix)}`;
    }
    case 'typology': {
      const r = classifyPlacement(s as WidgetStates['typology']);
      return `Placed in quadrant ${r.numeral} (${r.label.toLowerCase()}) at involvement ${Math.round(r.involvement * 100)} and locus ${Math.round(r.locus * 100)}`;
    }
    case 'triangle': {
      const t = s as WidgetStates['triangle'];
      return `Public value ${t.publicValue}, authorising environment ${t.authorisingEnvironment}, operational capacity ${t.operationalCapacity}`;
    }
    case 'capacities': {
      const weakest = evaluateCapacities((s as WidgetStates['capacities']).ratings).weakest;
      return weakest ? `Weakest: ${cellLabel(weakest.cell)} (rated ${weakest.rating} of 5)` : 'All cells rated alike';
    }
    case 'paradigms': {
      const p = s as WidgetStates['paradigms'];
      const service = findPreset(p.preset)!.label;
      return p.paradigm ? `${service}, seen through ${paradigmLabels[p.paradigm].inText}` : `${service}, through all four lenses`;
    }
  }
}

/** A widget set-up read from a pasted link: where it opens (a chapter and the widget's id there) and its state. */
export interface PastedSetup {
  kind: UrlWidgetKind;
  state: string;
  chapter: string;
  param: string;
}

/**
 * Reads a link copied from a widget ("Copy link" on a chapter page, or an embed address) into a
 * set-up; returns a sentence saying what is wrong when it cannot. Embed links open in the first
 * chapter that has that widget.
 */
export function readSetupLink(text: string, catalogue: Catalogue): PastedSetup | string {
  let url: URL;
  try {
    url = new URL(text.trim(), 'http://book.invalid');
  } catch {
    return 'That is not a link.';
  }
  const found = [...url.searchParams].flatMap(([param, state]) => {
    const kind = stateKind(state);
    return kind ? [{ param, state, kind }] : [];
  });
  if (found.length === 0) return 'The link holds no widget set-up: copy it with a widget’s “Copy link” button.';
  const chapterId = /\/chapters\/([a-z0-9-]+)\/?$/.exec(url.pathname)?.[1];
  const chapter = chapterId ? catalogue.chapters.find((c) => c.id === chapterId) : undefined;
  for (const { param, state, kind } of found) {
    if (!decodeWith(stateCodecs[kind], state).ok) return `The link’s set-up of ${kindName(catalogue, kind)} is damaged.`;
    if (chapter && chapter.widgets.some((w) => w.param === param && w.kind === kind)) return { kind, state, chapter: chapter.id, param };
    if (/\/embed\/[a-z]+\/?$/.test(url.pathname) || !chapter) {
      const host = hostsOf(kind, catalogue)[0];
      if (host) return { kind, state, chapter: host.chapter.id, param: host.param };
    }
  }
  return 'The link’s widget is not on a page of this book.';
}

/** The chapters that have a widget of this kind, with its id there, in reading order. */
export function hostsOf(kind: UrlWidgetKind, catalogue: Catalogue): { chapter: CatalogueChapter; param: string }[] {
  return catalogue.chapters.flatMap((chapter) => chapter.widgets.filter((w) => w.kind === kind).map((w) => ({ chapter, param: w.param })));
}
