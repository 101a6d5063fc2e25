// Shared vocabulary of the evaluation model: the words every concept file and widget uses.

/** The four modes of production of Cordella, Paletti & Shaikh (2017), Table 1. */
export type Mode = 'bureaucracy' | 'innersourcing' | 'crowdsourcing' | 'opensourcing';

/** The modes in their fixed display and tie-breaking order. */
export const MODES: readonly Mode[] = ['bureaucracy', 'innersourcing', 'crowdsourcing', 'opensourcing'];

/** A mix of modes as percentages (0–100) that sum to 100 once normalised. */
export type Mix = Record<Mode, number>;

/** The public-value dimensions a mix is scored on, each 0–100. */
export type Dimension = 'efficiency' | 'equity' | 'responsiveness' | 'innovation' | 'legitimacy' | 'control';

/** The dimensions in display order. */
export const DIMENSIONS: readonly Dimension[] = [
  'efficiency',
  'equity',
  'responsiveness',
  'innovation',
  'legitimacy',
  'control',
];

/** A figure of a scored mix that a measure can weigh: a headline value or a dimension, each 0–100 (citizens' contribution in points). */
export type ObjectiveTerm = 'aggregatePublicValue' | 'serviceValue' | 'citizenContribution' | Dimension;

/** The four paradigms of public management the book compares: Weberian bureaucracy, New Public Management, public value and co-production. */
export type Paradigm = 'weberian' | 'npm' | 'publicValue' | 'coProduction';

/** The paradigms in the order the book meets them (and the URL's order). */
export const PARADIGMS: readonly Paradigm[] = ['weberian', 'npm', 'publicValue', 'coProduction'];

/** Table 1's four operational resources. */
export type Resource = 'finance' | 'staff' | 'skills' | 'technology';

/** The resources in Table 1's order. */
export const RESOURCES: readonly Resource[] = ['finance', 'staff', 'skills', 'technology'];

/** What a service is like, each field 0–1 (0 = not at all, 1 = fully). */
export interface ServiceContext {
  /** How well the problem and its solution are already known (1 = standard, known problem). */
  problemKnown: number;
  /** Where the knowledge needed sits: 0 = inside the administration, 1 = dispersed among citizens. */
  knowledgeDispersed: number;
  /** How far the internal expertise needed is spread across separate units of the administration. */
  crossUnitExpertise: number;
  /** How far the task breaks into simple, separate pieces that many people can each do. */
  modularity: number;
  /** How much the outcome depends on what citizens themselves do. */
  dependsOnCitizenBehaviour: number;
  /** How much the service involves authority only the state may exercise (force, legal status). */
  stateAuthority: number;
  /** How strong the obligation is to give everyone equal access whatever the cost. */
  equalAccessObligation: number;
  /** How far the population concerned can take part through digital channels. */
  digitalInclusion: number;
  /** How fast citizens' expectations of the service change. */
  expectationChange: number;
}

/** The context fields in display and URL order. */
export const CONTEXT_FIELDS: readonly (keyof ServiceContext)[] = [
  'problemKnown',
  'knowledgeDispersed',
  'crossUnitExpertise',
  'modularity',
  'dependsOnCitizenBehaviour',
  'stateAuthority',
  'equalAccessObligation',
  'digitalInclusion',
  'expectationChange',
];

/** The three corners of Moore's strategic triangle. */
export type Corner = 'publicValue' | 'authorisingEnvironment' | 'operationalCapacity';

/** The corners in display order. */
export const CORNERS: readonly Corner[] = ['publicValue', 'authorisingEnvironment', 'operationalCapacity'];

/** The four quadrants of Osborne, Radnor & Strokosch (2016), Figure I. */
export type Quadrant = 'coProduction' | 'coDesign' | 'coConstruction' | 'coInnovation';

/** The quadrants in the source's numbering I–IV. */
export const QUADRANTS: readonly Quadrant[] = ['coProduction', 'coDesign', 'coConstruction', 'coInnovation'];

/** The four ideal types of co-created value (Osborne et al. 2016, Types I–IV). */
export type ValueType = 'individualNeed' | 'communityNeed' | 'wellBeing' | 'futureCapacity';

/** The value types in the source's order I–IV. */
export const VALUE_TYPES: readonly ValueType[] = ['individualNeed', 'communityNeed', 'wellBeing', 'futureCapacity'];

/** Signals that co-production may destroy rather than create value. */
export type CoDestructionSignal = 'resistance' | 'conflictingAims' | 'divisiveEffects';

/** The co-destruction signals in display and URL order. */
export const CO_DESTRUCTION_SIGNALS: readonly CoDestructionSignal[] = ['resistance', 'conflictingAims', 'divisiveEffects'];

/** Capacity types of Howlett & Ramesh (2017), via Sorrentino et al. (2018). */
export type CapacityType = 'analytical' | 'operational' | 'political';

/** Capacity levels of Howlett & Ramesh (2017), via Sorrentino et al. (2018). */
export type CapacityLevel = 'individual' | 'organisational' | 'systemic';

/** Capacity types in display order. */
export const CAPACITY_TYPES: readonly CapacityType[] = ['analytical', 'operational', 'political'];

/** Capacity levels in display order. */
export const CAPACITY_LEVELS: readonly CapacityLevel[] = ['individual', 'organisational', 'systemic'];

/** A cell of the capacity matrix, written `type.level`. */
export type CapacityCell = `${CapacityType}.${CapacityLevel}`;

/** The nine cells, row by row (type), in URL order. */
export const CAPACITY_CELLS: readonly CapacityCell[] = CAPACITY_TYPES.flatMap((type) =>
  CAPACITY_LEVELS.map((level) => `${type}.${level}` as CapacityCell),
);

/** A rating on a 1–5 scale with descriptive anchors. */
export type Level = 1 | 2 | 3 | 4 | 5;

/** Phases of the service cycle (Nabatchi, Sancino & Sicilia 2017). */
export type Phase = 'coCommissioning' | 'coDesign' | 'coDelivery' | 'coAssessment';

/** Phases in the order of the service cycle. */
export const PHASES: readonly Phase[] = ['coCommissioning', 'coDesign', 'coDelivery', 'coAssessment'];

/** Who the lay participants are (Nabatchi et al. 2017). */
export type Participant = 'individual' | 'group' | 'collective';

/** Alford's (2014) roles of co-producers. */
export type CoProducerRole = 'consumer' | 'supplier' | 'partner';

/** Osborne & Strokosch's (2013) cumulative levels of co-production. */
export type CoProductionLevel = 'none' | 'consumer' | 'participative' | 'enhanced';

/** How lay and state actors interact (Sorrentino et al. 2018). */
export type Interaction = 'inPerson' | 'mixed' | 'ictMediated';

/** What the co-production is meant to achieve (Sorrentino et al. 2018). */
export type IntendedOutcome = 'improveExisting' | 'userLedInnovation';

/** Bibliography keys of the five source texts the model is built from. */
export type SourceKey = 'cordella2017' | 'osborne2016' | 'sorrentino2018' | 'review-strategic-triangle' | 'bovaird-cfp';

/** A place in the sources, for citations shown beside every number and example. */
export interface SourceRef {
  /** Bibliography key of the work (see the book's bibliography). */
  key: SourceKey;
  /** Section, table, figure or page inside that work. */
  locator: string;
}
