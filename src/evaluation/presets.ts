import type { Mix, ServiceContext, SourceRef } from './types.ts';

/** A service from the sources' examples, with the context the book reads into it. */
export interface ServicePreset {
  id: string;
  label: string;
  /** What the source says about the service, in the book's words. */
  summary: string;
  source: SourceRef;
  /** The book's reading of the service (each field 0–1); the sources give no numbers. */
  context: ServiceContext;
  /** One line on why the context reads as it does. */
  reading: string;
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
    summary: 'A passport is produced to clear guidelines and regulations set by the government, by staff vetted for their skills before they were hired, and paid for by the applicant’s fee; its technology, such as an online application, is efficient and cheap.',
    source: { key: 'cordella2017', locator: '§5.1, Table 1' },
    reading: 'A known, standard task held inside one office; a passport establishes a citizen’s legal identity, so state authority and equal access are high.',
    context: ctx(0.95, 0.05, 0.15, 0.5, 0.1, 0.85, 0.9, 0.7, 0.15),
    startingMix: mix(100, 0, 0, 0),
  },
  {
    id: 'recycling-collection',
    label: 'Recycling waste collection',
    summary: 'The council has too few resources to sift every household’s rubbish, but collection and recycling become feasible when households separate their waste first; technology rewards those who recycle more and shows managers which areas cooperate less.',
    source: { key: 'cordella2017', locator: '§5.1, Table 1' },
    reading: 'A clear task split across every household; the result rests almost wholly on what residents do.',
    context: ctx(0.9, 0.5, 0.1, 0.9, 0.95, 0.1, 0.6, 0.6, 0.3),
    startingMix: mix(70, 0, 30, 0),
  },
  {
    id: 'developer-pooling',
    label: 'Government-wide developer pooling',
    summary: 'A campaign across government to pool in-house software developers to build integrated systems.',
    source: { key: 'cordella2017', locator: 'Table 1 (innersourcing)' },
    reading: 'A known internal task whose expertise is spread across many departments; citizens play no part.',
    context: ctx(0.8, 0.05, 0.95, 0.6, 0.05, 0.05, 0.2, 0.9, 0.4),
    startingMix: mix(80, 20, 0, 0),
  },
  {
    id: 'car-pooling',
    label: 'Car-pooling to cut carbon emissions',
    summary: 'Car-pooling schemes that the government encourages to cut carbon emissions: Table 1’s example of opensourcing, which the source does not describe further.',
    source: { key: 'cordella2017', locator: 'Table 1 (opensourcing)' },
    reading: 'Read through Table 1’s opensourcing row (technology aimed at the best definition of the problem and at sourcing its solutions): citizens define the problem and the solutions that work for them, the travellers hold the knowledge, and expectations move fast.',
    context: ctx(0.25, 0.9, 0.2, 0.3, 0.9, 0.05, 0.3, 0.8, 0.7),
    startingMix: mix(60, 0, 20, 20),
  },
  {
    id: 'neighbourhood-policing',
    label: 'Neighbourhood policing',
    summary: 'Residents patrolling their area could make it safer and cheaper, but enforcing the law is a power only the state may use; citizens can watch, inform and advise.',
    source: { key: 'cordella2017', locator: '§6' },
    reading: 'Residents know their streets and can watch them, but enforcement is a power reserved to the state.',
    context: ctx(0.75, 0.6, 0.2, 0.6, 0.5, 0.95, 0.9, 0.7, 0.3),
    startingMix: mix(90, 0, 10, 0),
  },
  {
    id: 'air-pollution',
    label: 'Air-pollution reduction',
    summary: 'Agencies monitor, design and enforce policies, but the result depends on what citizens do, alone and together.',
    source: { key: 'cordella2017', locator: '§4; §6 ("public value crowdsourcing")' },
    reading: 'Agencies can set and enforce rules, but the outcome rests on how citizens travel and heat their homes.',
    context: ctx(0.6, 0.6, 0.3, 0.6, 0.9, 0.5, 0.7, 0.7, 0.5),
    startingMix: mix(80, 10, 10, 0),
  },
  {
    id: 'ae-demand',
    label: 'A&E demand',
    summary: 'If everyone went to A&E when they did not need to, the system would be overloaded and no one in need could be treated; citizens’ reasoned and careful use makes better use of the existing resources than any rationalisation of production could. The administration keeps control of providing the service; the citizens using it decide the value it creates.',
    source: { key: 'cordella2017', locator: '§4; §6 ("public value crowdsourcing")' },
    reading: 'A known service whose capacity depends on people staying away when they need not come; access must be equal.',
    context: ctx(0.8, 0.4, 0.4, 0.7, 0.9, 0.2, 0.95, 0.7, 0.4),
    startingMix: mix(85, 10, 5, 0),
  },
  {
    id: 'remote-school',
    label: 'A school in a remote village',
    summary: 'Opening a school for very few children breaks the rules of cost efficiency, yet society expects every child to have public education whatever the cost.',
    source: { key: 'cordella2017', locator: '§6' },
    reading: 'A known service with an absolute duty to serve every child; digital routes reach few villagers.',
    context: ctx(0.85, 0.3, 0.2, 0.3, 0.5, 0.3, 1, 0.4, 0.3),
    startingMix: mix(100, 0, 0, 0),
  },
  {
    id: 'ambulance',
    label: 'Ambulance service',
    summary: 'Citizens value ambulance services even if they never need one, and are willing to pay so that everyone who might need an ambulance can have one.',
    source: { key: 'cordella2017', locator: '§4.1' },
    reading: 'A standard emergency service that must be available to all, used or not.',
    context: ctx(0.9, 0.1, 0.3, 0.3, 0.3, 0.3, 1, 0.6, 0.2),
    startingMix: mix(100, 0, 0, 0),
  },
  {
    id: 'residential-care',
    label: 'Residential care for older people',
    summary: 'Residents, their families and staff together make the experience of a care home; two identical homes would still differ because of their residents.',
    source: { key: 'osborne2016', locator: 'Quadrant I (residential home example)' },
    reading: 'Residents and families shape daily life in the home; few residents are online; access must be fair.',
    context: ctx(0.6, 0.6, 0.3, 0.2, 0.8, 0.3, 0.9, 0.3, 0.4),
    startingMix: mix(90, 0, 10, 0),
  },
  {
    id: 'free-school',
    label: 'A free school',
    summary: 'Parents come together to set up a school, create its management and oversee its teaching — new forms of service within the education system.',
    source: { key: 'osborne2016', locator: 'Quadrant IV' },
    reading: 'Parents define what the school should be and hold much of the knowledge; the service must still be open to all.',
    context: ctx(0.35, 0.8, 0.2, 0.3, 0.8, 0.2, 0.8, 0.7, 0.6),
    startingMix: mix(50, 0, 20, 30),
  },
];

/** Finds a preset by its id, or undefined. */
export function findPreset(id: string): ServicePreset | undefined {
  return presets.find((p) => p.id === id);
}
