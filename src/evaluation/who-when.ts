import { EvaluationError } from './errors.ts';
import { requireOneOf, requireRecord, show } from './validate.ts';
import {
  PHASES,
  type CoProducerRole,
  type CoProductionLevel,
  type IntendedOutcome,
  type Interaction,
  type Participant,
  type Phase,
} from './types.ts';

/** Who takes part in a service, when, how and to what end. */
export interface WhoWhenInput {
  /** Phases of the service cycle in which lay actors take part. */
  phases: readonly Phase[];
  participants: Participant;
  interaction: Interaction;
  outcome: IntendedOutcome;
}

/** A description of co-production by who, when, role, level and tradition. */
export interface WhoWhenResult {
  kind: 'who-when';
  phases: Phase[];
  participants: Participant;
  interaction: Interaction;
  outcome: IntendedOutcome;
  /** Individual co-production yields largely personal benefits; collective co-production benefits the community. */
  scale: 'individual' | 'collective';
  /** Alford's roles, as the book reads them from participants and phases. */
  roles: CoProducerRole[];
  /** Osborne & Strokosch's cumulative level. */
  level: CoProductionLevel;
  /** Traditional: in person, improving the existing service. Non-traditional: ICT-mediated, user-led innovation. */
  tradition: 'traditional' | 'nonTraditional' | 'mixed';
}

/** Plain labels for phases, participants, roles, levels and interaction. */
export const whoWhenLabels = {
  phases: {
    coCommissioning: 'co-commissioning (deciding which services, outcomes and users come first)',
    coDesign: 'co-design (bringing users’ input into how the service is run)',
    coDelivery: 'co-delivery (working together where the service is delivered)',
    coAssessment: 'co-assessment (monitoring and evaluating the service)',
  } satisfies Record<Phase, string>,
  participants: {
    individual: 'individual users',
    group: 'groups of users',
    collective: 'citizens, volunteers or organisations acting for the community',
  } satisfies Record<Participant, string>,
  roles: {
    consumer: 'consumers, co-producing at the end of delivery as a secondary role',
    supplier: 'suppliers, contributing inputs as their primary role',
    partner: 'partners, sharing in deciding and designing as their primary role',
  } satisfies Record<CoProducerRole, string>,
  levels: {
    none: 'no active co-production beyond the intrinsic kind',
    consumer: 'consumer co-production: the user negotiates experience and outcomes within the service',
    participative: 'participative co-production: users’ experience is used to plan the service’s future',
    enhanced: 'enhanced co-production: operational and strategic involvement combine to challenge the service’s design',
  } satisfies Record<CoProductionLevel, string>,
  interaction: {
    inPerson: 'in person, at the same time',
    mixed: 'partly in person, partly through digital channels',
    ictMediated: 'mainly through digital platforms, often not at the same time',
  } satisfies Record<Interaction, string>,
};

/** Describes co-production by phase, participants, Alford's roles, Osborne & Strokosch's level and tradition. */
export function describeWhoAndWhen(input: WhoWhenInput): WhoWhenResult {
  const record = requireRecord(input, 'whoWhen');
  const rawPhases = record['phases'];
  if (!Array.isArray(rawPhases)) {
    throw new EvaluationError('wrong-type', 'phases', `phases must be a list of phases (${PHASES.join(', ')}); got ${show(rawPhases)}.`);
  }
  const given = new Set(rawPhases.map((p, i) => requireOneOf(p, `phases[${i}]`, PHASES)));
  const phases = PHASES.filter((p) => given.has(p));
  const participants = requireOneOf(record['participants'], 'participants', ['individual', 'group', 'collective'] as const);
  const interaction = requireOneOf(record['interaction'], 'interaction', ['inPerson', 'mixed', 'ictMediated'] as const);
  const outcome = requireOneOf(record['outcome'], 'outcome', ['improveExisting', 'userLedInnovation'] as const);

  const operational = given.has('coDelivery') || given.has('coAssessment');
  const strategic = given.has('coDesign') || given.has('coCommissioning');
  let level: CoProductionLevel = 'none';
  if (operational && strategic && outcome === 'userLedInnovation') level = 'enhanced';
  else if (strategic) level = 'participative';
  else if (operational) level = 'consumer';

  const roles: CoProducerRole[] = [];
  if (phases.length > 0 && participants === 'individual') roles.push('consumer');
  if (participants !== 'individual' && given.has('coDelivery')) roles.push('supplier');
  if (participants !== 'individual' && strategic) roles.push('partner');
  if (roles.length === 0 && phases.length > 0) roles.push('consumer');

  let tradition: WhoWhenResult['tradition'] = 'mixed';
  if (interaction === 'inPerson' && outcome === 'improveExisting') tradition = 'traditional';
  if (interaction === 'ictMediated' && outcome === 'userLedInnovation') tradition = 'nonTraditional';

  return {
    kind: 'who-when',
    phases,
    participants,
    interaction,
    outcome,
    scale: participants === 'collective' ? 'collective' : 'individual',
    roles,
    level,
    tradition,
  };
}
