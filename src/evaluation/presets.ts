import type { Mix, ServiceContext, SourceRef } from './types.ts';

/** A service from the sources' examples, with the context the book reads into it (its words are in preset-notes.ts). */
export interface ServicePreset {
  id: string;
  label: string;
  source: SourceRef;
  /** The book's reading of the service (each field 0–1); the sources give no numbers. */
  context: ServiceContext;
  /** A plausible current mix to start the mode balancer from (percent). */
  startingMix: Mix;
}

const ctx = (
  problemKnown: number,
  knowledgeDispersed: number,
  crossUnitExpertise: number,
  modularity: number,
  dependsOnCitizenBehaviour: number,
  stateAuthority: number,
  equalAccessObligation: number,
  digitalInclusion: number,
  expectationChange: number,
): ServiceContext => ({
  problemKnown,
  knowledgeDispersed,
  crossUnitExpertise,
  modularity,
  dependsOnCitizenBehaviour,
  stateAuthority,
  equalAccessObligation,
  digitalInclusion,
  expectationChange,
});

const mix = (bureaucracy: number, innersourcing: number, crowdsourcing: number, opensourcing: number): Mix => ({
  bureaucracy,
  innersourcing,
  crowdsourcing,
  opensourcing,
});

/** Services from the sources, in the order the book meets them. Context order: known, dispersed, cross-unit, modular, citizens, authority, equal access, digital, change. */
export const presets: readonly ServicePreset[] = [
  {
    id: 'passport-issuance',
    label: 'Passport issuance',
    source: { key: 'cordella2017', locator: '§5.1, Table 1' },
    context: ctx(0.95, 0.05, 0.15, 0.5, 0.1, 0.85, 0.9, 0.7, 0.15),
    startingMix: mix(100, 0, 0, 0),
  },
  {
    id: 'recycling-collection',
    label: 'Recycling waste collection',
    source: { key: 'cordella2017', locator: '§5.1, Table 1' },
    context: ctx(0.9, 0.5, 0.1, 0.9, 0.95, 0.1, 0.6, 0.6, 0.3),
    startingMix: mix(70, 0, 30, 0),
  },
  {
    id: 'developer-pooling',
    label: 'Government-wide developer pooling',
    source: { key: 'cordella2017', locator: 'Table 1 (innersourcing)' },
    context: ctx(0.8, 0.05, 0.95, 0.6, 0.05, 0.05, 0.2, 0.9, 0.4),
    startingMix: mix(80, 20, 0, 0),
  },
  {
    id: 'car-pooling',
    label: 'Car-pooling to cut carbon emissions',
    source: { key: 'cordella2017', locator: 'Table 1 (opensourcing)' },
    context: ctx(0.25, 0.9, 0.2, 0.3, 0.9, 0.05, 0.3, 0.8, 0.7),
    startingMix: mix(60, 0, 20, 20),
  },
  {
    id: 'neighbourhood-policing',
    label: 'Neighbourhood policing',
    source: { key: 'cordella2017', locator: '§6' },
    context: ctx(0.75, 0.6, 0.2, 0.6, 0.5, 0.95, 0.9, 0.7, 0.3),
    startingMix: mix(90, 0, 10, 0),
  },
  {
    id: 'air-pollution',
    label: 'Air-pollution reduction',
    source: { key: 'cordella2017', locator: '§4; §6 ("public value crowdsourcing")' },
    context: ctx(0.6, 0.6, 0.3, 0.6, 0.9, 0.5, 0.7, 0.7, 0.5),
    startingMix: mix(80, 10, 10, 0),
  },
  {
    id: 'ae-demand',
    label: 'A&E demand',
    source: { key: 'cordella2017', locator: '§4; §6 ("public value crowdsourcing")' },
    context: ctx(0.8, 0.4, 0.4, 0.7, 0.9, 0.2, 0.95, 0.7, 0.4),
    startingMix: mix(85, 10, 5, 0),
  },
  {
    id: 'remote-school',
    label: 'A school in a remote village',
    source: { key: 'cordella2017', locator: '§6' },
    context: ctx(0.85, 0.3, 0.2, 0.3, 0.5, 0.3, 1, 0.4, 0.3),
    startingMix: mix(100, 0, 0, 0),
  },
  {
    id: 'ambulance',
    label: 'Ambulance service',
    source: { key: 'cordella2017', locator: '§4.1' },
    context: ctx(0.9, 0.1, 0.3, 0.3, 0.3, 0.3, 1, 0.6, 0.2),
    startingMix: mix(100, 0, 0, 0),
  },
  {
    id: 'residential-care',
    label: 'Residential care for older people',
    source: { key: 'osborne2016', locator: 'Quadrant I (residential home example)' },
    context: ctx(0.6, 0.6, 0.3, 0.2, 0.8, 0.3, 0.9, 0.3, 0.4),
    startingMix: mix(90, 0, 10, 0),
  },
  {
    id: 'free-school',
    label: 'A free school',
    source: { key: 'osborne2016', locator: 'Quadrant IV' },
    context: ctx(0.35, 0.8, 0.2, 0.3, 0.8, 0.2, 0.8, 0.7, 0.6),
    startingMix: mix(50, 0, 20, 30),
  },
];

/** Finds a preset by its id, or undefined. */
export function findPreset(id: string): ServicePreset | undefined {
  return presets.find((p) => p.id === id);
}
