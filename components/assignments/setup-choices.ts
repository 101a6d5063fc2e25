/**
 * The set-ups a lecturer can pick for each widget (its presets, cases or scenarios) with the
 * widget's title, computed at build time from the widgets' metas into the course catalogue, so the
 * assignment pages never load the widgets' own modules.
 */
import { capacityScenarios, encodeWith, presets, stateCodecs, triangleScenarios, typologyCases, type WidgetStates } from '@evaluation';
import { capacitiesWidget } from '../capacity-matrix/meta';
import { modesWidget } from '../mode-balancer/meta';
import { paradigmsWidget } from '../paradigm-lens/meta';
import { triangleWidget } from '../strategic-triangle/meta';
import { typologyWidget } from '../typology-map/meta';
import type { UrlWidgetKind } from '../widget/widget-meta';
import type { CatalogueKind, SetupChoice } from '../progress/catalogue';

const encode = <K extends UrlWidgetKind>(kind: K, state: WidgetStates[K]) => encodeWith(stateCodecs[kind], state);

/** The presets, cases or scenarios a widget offers, each as a set-up. */
export function setupChoices(kind: UrlWidgetKind): SetupChoice[] {
  switch (kind) {
    case 'modes':
      return presets.map((p) => ({ id: p.id, label: p.label, state: encode('modes', modesWidget.stateFromProps({ preset: p.id })) }));
    case 'typology':
      return typologyCases.map((c) => ({ id: c.id, label: c.label, state: encode('typology', typologyWidget.stateFromProps({ caseId: c.id })) }));
    case 'triangle':
      return triangleScenarios.map((s) => ({ id: s.id, label: s.label, state: encode('triangle', triangleWidget.stateFromProps(s.corners)) }));
    case 'capacities':
      return capacityScenarios.map((s) => ({ id: s.id, label: s.label, state: encode('capacities', capacitiesWidget.stateFromProps({ ratings: s.ratings })) }));
    case 'paradigms':
      return presets.map((p) => ({ id: p.id, label: p.label, state: encode('paradigms', paradigmsWidget.stateFromProps({ preset: p.id })) }));
  }
}

/** Every widget kind an assignment can hold, with its title and set-ups: the model's building blocks first, then the lens that compares them. */
export function catalogueKinds(): CatalogueKind[] {
  return [triangleWidget, typologyWidget, modesWidget, capacitiesWidget, paradigmsWidget].map((meta) => ({ kind: meta.kind, title: meta.title, choices: setupChoices(meta.kind) }));
}
