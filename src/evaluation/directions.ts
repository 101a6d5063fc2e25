// The directions the sources imply: which way the balanced configuration may move when one feature
// of a service rises. Each row is a claim about the model that test/unit/directions.test.ts checks
// for every preset at every 0.05 step, and that "Open the model" shows as a table.
import { MODES, type Mix, type Mode, type ServiceContext, type SourceRef } from './types.ts';

/** Which way a watched quantity may move as the feature rises: 'up' never falls, 'down' never rises. */
export type Direction = 'up' | 'down';

/** One expected direction: of a combined share of the balanced mix, of fits, or of a fixed mix's aggregate value. */
export type DirectionExpectation =
  | { kind: 'share'; modes: readonly Mode[]; direction: Direction }
  | { kind: 'fit'; modes: readonly Mode[]; direction: Direction }
  | { kind: 'aggregateOfMix'; mix: Mix; mixLabel: string; direction: Direction };

/** A context feature, the directions the sources imply for it, where they say so and why. */
export interface DirectionRule {
  feature: keyof ServiceContext;
  expectations: readonly DirectionExpectation[];
  source: SourceRef;
  rationale: string;
}

const CORDELLA = (locator: string): SourceRef => ({ key: 'cordella2017', locator });
const share = (direction: Direction, ...modes: Mode[]): DirectionExpectation => ({ kind: 'share', modes, direction });
const fit = (direction: Direction, ...modes: Mode[]): DirectionExpectation => ({ kind: 'fit', modes, direction });

/** A crowd-heavy mix, used to check that digital inclusion never lowers what such a mix is worth. */
export const CROWD_HEAVY_MIX: Mix = { bureaucracy: 10, innersourcing: 0, crowdsourcing: 60, opensourcing: 30 };

const crowdHeavyLabel = `a crowd-heavy mix (${MODES.filter((m) => CROWD_HEAVY_MIX[m] > 0)
  .map((m) => `${CROWD_HEAVY_MIX[m]} % ${m}`)
  .join(', ')})`;

/** The directions the balanced configuration must respect as each context feature rises from 0 to 1. */
export const directionRules: readonly DirectionRule[] = [
  {
    feature: 'problemKnown',
    expectations: [share('up', 'bureaucracy'), share('down', 'opensourcing')],
    source: CORDELLA('§3.1, §4; §5 (Felin & Zenger 2014); §6'),
    rationale: 'Standard procedures serve a known problem; opensourcing is for a problem too complex to break down, which citizens must help define.',
  },
  {
    feature: 'knowledgeDispersed',
    expectations: [share('up', 'crowdsourcing', 'opensourcing')],
    source: CORDELLA('§5 (dispersed knowledge hidden in the crowd; Felin & Zenger 2014)'),
    rationale: 'The more of the knowledge sits among citizens, the more the service must reach out to them to use it.',
  },
  {
    feature: 'crossUnitExpertise',
    expectations: [share('up', 'innersourcing')],
    source: CORDELLA('Table 1 (innersourcing); §6 (joined-up government)'),
    rationale: 'Innersourcing pools staff and skills across the units of one administration; it matters more the more the expertise is spread across them.',
  },
  {
    feature: 'modularity',
    expectations: [share('up', 'crowdsourcing')],
    source: CORDELLA('§5 (crowdsourcing works best when the problem breaks into simple modules)'),
    rationale: 'Simple, separate pieces are what many contributors can each take on.',
  },
  {
    feature: 'dependsOnCitizenBehaviour',
    expectations: [share('up', 'crowdsourcing', 'opensourcing'), fit('up', 'bureaucracy'), fit('up', 'innersourcing')],
    source: CORDELLA('§4 (air pollution, A&E); §6 ("public value crowdsourcing"; policing)'),
    rationale:
      'When the outcome rests on what citizens do, their share belongs beside the administration’s own production, which still delivers the service; their part does not make that production fit worse.',
  },
  {
    feature: 'stateAuthority',
    expectations: [share('down', 'crowdsourcing', 'opensourcing'), share('up', 'bureaucracy')],
    source: CORDELLA('§6 (policing: the monopoly of force)'),
    rationale: 'Powers only the state may use stay with its officials; citizens can watch, report and advise but not enforce.',
  },
  {
    feature: 'equalAccessObligation',
    expectations: [share('up', 'bureaucracy')],
    source: CORDELLA('§6 (remote school); §7 (bureaucracies deliver fairness and equality)'),
    rationale: 'Where everyone must be served whatever the cost, the mode the sources credit with fair and equal treatment counts for more.',
  },
  {
    feature: 'digitalInclusion',
    expectations: [
      share('up', 'crowdsourcing', 'opensourcing'),
      { kind: 'aggregateOfMix', mix: CROWD_HEAVY_MIX, mixLabel: crowdHeavyLabel, direction: 'up' },
    ],
    source: CORDELLA('§5 (platforms favour the technically savvy)'),
    rationale: 'Platforms leave out those with little access or skill; the more people can take part online, the less that costs in fairness.',
  },
  {
    feature: 'expectationChange',
    expectations: [share('down', 'bureaucracy')],
    source: CORDELLA('§4.1 (Fukushima); §7 ("older forms of production fail us" in a fast-changing environment)'),
    rationale: 'Rigid procedures lag behind expectations that move fast.',
  },
];
