// THE data file of the model: every number it uses, each with its source and a one-line reason.
// The "Open the model" page renders this file; nothing numeric lives anywhere else.
import type { Dimension, Mode, ObjectiveTerm, Paradigm, Quadrant, Resource, ServiceContext, SourceRef, ValueType } from './types.ts';

/** A value the model uses, with a human label, where it comes from and why it is what it is. */
export interface Parameter<T = number> {
  /** Short human label for tables and the "Open the model" page. */
  label: string;
  /** The value the model computes with. */
  value: T;
  /** Where in the sources the idea comes from. */
  source: SourceRef;
  /** One line on why the value is what it is (and, where no source gives a number, that it was chosen). */
  rationale: string;
}

function param<T>(label: string, value: T, source: SourceRef, rationale: string): Parameter<T> {
  return { label, value, source, rationale };
}

const CORDELLA = (locator: string): SourceRef => ({ key: 'cordella2017', locator });
const OSBORNE = (locator: string): SourceRef => ({ key: 'osborne2016', locator });
const SORRENTINO = (locator: string): SourceRef => ({ key: 'sorrentino2018', locator });
const REVIEW = (locator: string): SourceRef => ({ key: 'review-strategic-triangle', locator });

// ---------------------------------------------------------------------------------------------
// 1. Strategic triangle
// ---------------------------------------------------------------------------------------------

/** Parameters of the strategic triangle (corners 0–100). */
export const triangleParameters = {
  weakestWeight: param(
    'Weight of the weakest corner in realisable value',
    0.6,
    REVIEW('Strategic triangle: the three dimensions must be aligned'),
    'Value is held back by the weakest corner, so it counts for more than the average (0.6 × weakest + 0.4 × mean); the split is a teaching choice.',
  ),
  alignmentTolerance: param(
    'Spread (points) still counted as aligned',
    15,
    CORDELLA('§3, Figure 1'),
    'Ratings are judgements, not measurements; corners within 15 points of each other are read as aligned. Chosen value.',
  ),
};

// ---------------------------------------------------------------------------------------------
// 2. Four-quadrant typology
// ---------------------------------------------------------------------------------------------

/** Parameters of the typology; positions run 0–1 on both axes. */
export const typologyParameters = {
  boundary: param(
    'Position of the boundary on each axis',
    0.5,
    OSBORNE('Figure I'),
    'The figure splits each axis into two halves; a position of exactly 0.5 reads as voluntary (or system) so that every point has one quadrant.',
  ),
  borderlineMargin: param(
    'Distance from a boundary that counts as borderline',
    0.15,
    OSBORNE('Figure I and text: co-productive elements form a continuum'),
    'The authors treat involvement as a continuum, so cases near a boundary get both readings. Chosen value.',
  ),
  involvementWeights: param(
    'How answers combine into involvement (chose, aware, purpose)',
    { choseToTakePart: 0.4, aware: 0.2, purpose: 0.4 },
    OSBORNE('Service-management view; Quadrants II and IV'),
    'Choice and awareness mark the voluntary, conscious view; improving or inventing a service implies deliberate action.',
  ),
  locusWeights: param(
    'How answers combine into locus (scope, purpose)',
    { scope: 0.7, purpose: 0.3 },
    OSBORNE('Figure I, horizontal axis; Quadrants III and IV'),
    'Scope (one encounter, one service, the whole system) decides the locus; inventing new forms points to the system.',
  ),
  answerPositions: param(
    'Position given to each plain-language answer',
    {
      choseToTakePart: { no: 0, partly: 0.5, yes: 1 },
      aware: { no: 0, partly: 0.5, yes: 1 },
      scope: { encounter: 0, service: 0.25, system: 1 },
      purposeInvolvement: { delivering: 0, improving: 0.8, inventing: 1 },
      purposeLocus: { delivering: 0, improving: 0.3, inventing: 1 },
    },
    OSBORNE('Quadrants I–IV and their examples'),
    'Delivering is intrinsic co-production; improving an existing service is co-design; inventing new forms is co-innovation.',
  ),
};

/** The four ideal types of co-created value, in the book's words. */
export const valueTypes: Record<ValueType, { numeral: string; label: string; description: string; source: SourceRef }> = {
  individualNeed: {
    numeral: 'I',
    label: 'An individual need met in a way that adds to society',
    description: 'A person’s (or a group of people’s) social need is met through co-production, and society gains too — for instance a disabled person leading a fuller life.',
    source: OSBORNE('Types of value, Type I'),
  },
  communityNeed: {
    numeral: 'II',
    label: 'Community needs met',
    description: 'Co-production meets the needs of a community and, by doing so, benefits society more widely — a regeneration scheme, for instance.',
    source: OSBORNE('Types of value, Type II'),
  },
  wellBeing: {
    numeral: 'III',
    label: 'Well-being',
    description: 'The sense of well-being people gain from Type I or II activity, such as coming to terms with a disability’s effect on daily life.',
    source: OSBORNE('Types of value, Type III'),
  },
  futureCapacity: {
    numeral: 'IV',
    label: 'Capacity and social capital for the future',
    description: 'Skills, confidence and social capital that let people and communities solve other problems later on.',
    source: OSBORNE('Types of value, Type IV'),
  },
};

/** Which value types are usually discussed with each quadrant — a suggestion, not a rule. */
export const quadrantValueAssociation: Parameter<Record<Quadrant, readonly ValueType[]>> = param(
  'Value types most often discussed with each quadrant',
  {
    coProduction: ['individualNeed', 'communityNeed'],
    coDesign: ['individualNeed', 'communityNeed'],
    coConstruction: ['wellBeing'],
    coInnovation: ['futureCapacity'],
  },
  SORRENTINO('Traditional and non-traditional co-production, on Osborne et al. 2016'),
  'Sorrentino et al. read the value as moving from real-time impact (I, II) to well-being (III) to new forms and capacity (IV); Osborne et al. leave the mapping open.',
);

/** The quadrants as the source defines them, in the book's words. */
export const quadrantProfiles: Record<
  Quadrant,
  { numeral: string; label: string; involvement: 'involuntary' | 'voluntary'; locus: 'service' | 'system'; description: string; source: SourceRef }
> = {
  coProduction: {
    numeral: 'I',
    label: 'Co-production',
    involvement: 'involuntary',
    locus: 'service',
    description: 'The user takes part in producing a service simply by receiving it, whether or not they chose to or notice it. No public service can be delivered without this.',
    source: OSBORNE('Quadrant I'),
  },
  coDesign: {
    numeral: 'II',
    label: 'Co-design',
    involvement: 'voluntary',
    locus: 'service',
    description: 'Users choose to help design, evaluate or improve an existing service, for themselves or for everyone who uses it.',
    source: OSBORNE('Quadrant II'),
  },
  coConstruction: {
    numeral: 'III',
    label: 'Co-construction',
    involvement: 'involuntary',
    locus: 'system',
    description: 'The user’s life and the wider service system shape each other: the lived experience of being inside a system of services, beyond single encounters.',
    source: OSBORNE('Quadrant III'),
  },
  coInnovation: {
    numeral: 'IV',
    label: 'Co-innovation',
    involvement: 'voluntary',
    locus: 'system',
    description: 'Users deliberately take part in creating new forms of service within the service system, not only improving what exists.',
    source: OSBORNE('Quadrant IV'),
  },
};

// ---------------------------------------------------------------------------------------------
// 3. Modes of production, service value and aggregate public value
// ---------------------------------------------------------------------------------------------

/** One term of a mode's fit: a context field that helps (high) or hinders (low) the mode. */
export interface FitTerm {
  field: keyof ServiceContext;
  /** 'high' when a high value of the field suits the mode, 'low' when a low value does. */
  favours: 'high' | 'low';
  weight: number;
}

/** How well each mode's way of working suits a service: a weighted arithmetic mean of context fields (0–1). */
export const modeFit: Record<Mode, Parameter<readonly FitTerm[]>> = {
  bureaucracy: param(
    'Fit of bureaucracy',
    [
      { field: 'problemKnown', favours: 'high', weight: 0.35 },
      { field: 'knowledgeDispersed', favours: 'low', weight: 0.3 },
      { field: 'expectationChange', favours: 'low', weight: 0.2 },
      { field: 'crossUnitExpertise', favours: 'low', weight: 0.15 },
    ],
    CORDELLA('§3.1, §4 (A&E), §6 and §7'),
    'Rules and standard procedures work when the task is known and held inside one office, and struggle when expectations move fast. What citizens do is not a reason it fits worse: in A&E their restraint makes better use of a service the administration still delivers.',
  ),
  innersourcing: param(
    'Fit of innersourcing',
    [
      { field: 'problemKnown', favours: 'high', weight: 0.25 },
      { field: 'knowledgeDispersed', favours: 'low', weight: 0.2 },
      { field: 'crossUnitExpertise', favours: 'high', weight: 0.55 },
    ],
    CORDELLA('§5 (innersourcing), §6, Table 1'),
    'Innersourcing assumes a known problem and pools staff from across the administration; it helps when the expertise is inside but spread over several units. Like bureaucracy, it does not fit worse because citizens’ behaviour matters.',
  ),
  crowdsourcing: param(
    'Fit of crowdsourcing',
    [
      { field: 'problemKnown', favours: 'high', weight: 0.35 },
      { field: 'modularity', favours: 'high', weight: 0.45 },
      { field: 'knowledgeDispersed', favours: 'high', weight: 0.2 },
    ],
    CORDELLA('§5 (Felin & Zenger 2014), §5.1'),
    'Crowdsourcing suits a clear problem cut into simple pieces, with the knowledge spread among many. Whether the outcome rests on what citizens do is counted once, as their contribution, not again in the fit.',
  ),
  opensourcing: param(
    'Fit of opensourcing',
    [
      { field: 'problemKnown', favours: 'low', weight: 0.3 },
      { field: 'knowledgeDispersed', favours: 'high', weight: 0.3 },
      { field: 'modularity', favours: 'low', weight: 0.15 },
      { field: 'expectationChange', favours: 'high', weight: 0.25 },
    ],
    CORDELLA('§5 (open-sourcing), §6, Table 2'),
    'Opensourcing suits a complex problem that citizens must help define, with the knowledge hidden among them and expectations that keep moving.',
  ),
};

/** How much each dimension depends on the mode fitting the service (0 = not at all, 1 = fully). */
export const fitSensitivity: Record<Dimension, Parameter> = {
  efficiency: param('Fit sensitivity of efficiency', 0.9, CORDELLA('§5 (choosing a technique by problem and knowledge)'), 'A mode used on a task it does not suit wastes effort, so efficiency follows fit closely.'),
  responsiveness: param('Fit sensitivity of responsiveness', 0.8, CORDELLA('§4.1'), 'Meeting expectations needs a mode that can gather the right inputs for this service.'),
  innovation: param('Fit sensitivity of innovation', 0.6, CORDELLA('§5'), 'New ideas come from a mode only where it can reach the knowledge that matters.'),
  equity: param('Fit sensitivity of equity', 0.7, CORDELLA('§6 (remote school)'), 'Fair access to a service that is not delivered well is worth little, so most of equity rests on the mode working at all. Chosen value.'),
  legitimacy: param('Fit sensitivity of legitimacy', 0.5, REVIEW('Strategic triangle'), 'An accountable process still loses support when it fails to deliver. Chosen value.'),
  control: param('Fit sensitivity of control', 0, CORDELLA('Table 2'), 'Who controls production is a property of the mode, not of how well it fits.'),
};

/** Each mode's affinity (0–1) to each dimension, read from Tables 1–2 and the text. */
export const modeAffinity: Record<Mode, Record<Dimension, Parameter>> = {
  bureaucracy: {
    efficiency: param('Bureaucracy · efficiency', 0.8, CORDELLA('§3.1, §4'), 'Standardised procedures were designed to make routine work efficient.'),
    equity: param('Bureaucracy · equity', 0.9, CORDELLA('§3.1, §7'), 'The sources credit bureaucracy above all with impartial, fair and equal treatment.'),
    responsiveness: param('Bureaucracy · responsiveness', 0.3, CORDELLA('§7'), 'Rigid procedures adapt slowly to what citizens now expect.'),
    innovation: param('Bureaucracy · innovation', 0.15, CORDELLA('Table 1 (technology supports existing procedures)'), 'Technology automates what already exists rather than inventing.'),
    legitimacy: param('Bureaucracy · legitimacy', 0.9, CORDELLA('§3.1; §6 (policing)'), 'Rule-bound offices are accountable, and only the state may use force.'),
    control: param('Bureaucracy · control', 1, CORDELLA('Table 1'), 'Budget, staff and rules are all the administration’s own.'),
  },
  innersourcing: {
    efficiency: param('Innersourcing · efficiency', 0.85, CORDELLA('§6, Table 2'), 'Value comes from making an existing process more efficient and effective.'),
    equity: param('Innersourcing · equity', 0.75, CORDELLA('§6'), 'It follows the same logic as bureaucratic rationalisation, so equal treatment largely carries over.'),
    responsiveness: param('Innersourcing · responsiveness', 0.35, CORDELLA('§6'), 'It solves known problems better but does not bring in citizens’ views.'),
    innovation: param('Innersourcing · innovation', 0.35, CORDELLA('§5 (innersourcing)'), 'Ideas come from employees only, so their range is limited.'),
    legitimacy: param('Innersourcing · legitimacy', 0.8, CORDELLA('Table 1'), 'Work stays with public employees under public authority.'),
    control: param('Innersourcing · control', 0.8, CORDELLA('§5 (innersourcing)'), 'Ideas belong to the employer and work can be coordinated in detail, across units.'),
  },
  crowdsourcing: {
    efficiency: param('Crowdsourcing · efficiency', 0.75, CORDELLA('§5.1, Table 2'), 'Dispersed resources outside the administration lower its cost of production.'),
    equity: param('Crowdsourcing · equity', 0.55, CORDELLA('§5 (platforms); §7'), 'Those who answer the call shape the service; others may be left out.'),
    responsiveness: param('Crowdsourcing · responsiveness', 0.7, CORDELLA('Table 2'), 'Citizens deliver services that they want and need.'),
    innovation: param('Crowdsourcing · innovation', 0.55, CORDELLA('§5'), 'Hidden knowledge is found, but within a problem the administration has already set.'),
    legitimacy: param('Crowdsourcing · legitimacy', 0.65, CORDELLA('§6 (policing)'), 'Contributions are voluntary and less accountable than official action.'),
    control: param('Crowdsourcing · control', 0.6, CORDELLA('Table 2'), 'The administration still controls the production process, though not citizens’ behaviour.'),
  },
  opensourcing: {
    efficiency: param('Opensourcing · efficiency', 0.45, CORDELLA('Table 1 (mixed finance), Table 2'), 'The aim is the best definition and solution, not the cheapest process.'),
    equity: param('Opensourcing · equity', 0.4, CORDELLA('§5 (platforms); §7'), 'Platforms tend to favour the technically savvy and the organised.'),
    responsiveness: param('Opensourcing · responsiveness', 0.9, CORDELLA('Table 2'), 'It seeks services that match current expectations.'),
    innovation: param('Opensourcing · innovation', 0.9, CORDELLA('§5 (open-sourcing)'), 'Citizens help define the problem as well as its solution.'),
    legitimacy: param('Opensourcing · legitimacy', 0.55, CORDELLA('§5, §7'), 'Open processes can build buy-in but blur who answers for the result.'),
    control: param('Opensourcing · control', 0.2, CORDELLA('Table 2'), 'Production cannot be controlled, only governed.'),
  },
};

/** How much each mode's equity depends on citizens taking part digitally (0 = not at all). */
export const digitalDependence: Record<Mode, Parameter> = {
  bureaucracy: param('Digital dependence · bureaucracy', 0, CORDELLA('Table 1'), 'Delivered by the administration’s own staff; equal treatment does not rest on citizens’ devices.'),
  innersourcing: param('Digital dependence · innersourcing', 0, CORDELLA('Table 1'), 'An internal arrangement among employees.'),
  crowdsourcing: param('Digital dependence · crowdsourcing', 0.5, SORRENTINO('The enabling role of ICT (digital divide)'), 'Platform-based calls reach those who are online and skilled.'),
  opensourcing: param('Digital dependence · opensourcing', 0.6, CORDELLA('§5 (platforms)'), 'Open platforms depend most on participants’ skills and access.'),
};

/** How much each mode's legitimacy suffers when the service involves authority only the state may exercise. */
export const stateAuthorityExposure: Record<Mode, Parameter> = {
  bureaucracy: param('State-authority exposure · bureaucracy', 0, CORDELLA('§6 (policing)'), 'The state’s own officials exercising its authority is the reference case.'),
  innersourcing: param('State-authority exposure · innersourcing', 0.1, CORDELLA('Table 1'), 'Staff of another public body still act under public authority.'),
  crowdsourcing: param('State-authority exposure · crowdsourcing', 0.8, CORDELLA('§6 (policing)'), 'Crowdsourcing coercive work would undermine the state’s monopoly of force.'),
  opensourcing: param('State-authority exposure · opensourcing', 0.9, CORDELLA('§6 (policing); Table 2'), 'Uncontrolled production sits worst with powers that only the state may use.'),
};

/** Weights of the dimensions in service value (what the mix adds to this service). */
export const serviceWeights: Record<Dimension, Parameter> = {
  efficiency: param('Service weight · efficiency', 0.35, CORDELLA('§6 (policing: cheaper service)'), 'Cost matters for the single service; where equal access is owed, part of this weight moves to equity (see the equal-access shift).'),
  responsiveness: param('Service weight · responsiveness', 0.35, CORDELLA('§2, §4.1'), 'Meeting what users expect is the main gain co-production offers a service.'),
  innovation: param('Service weight · innovation', 0.15, CORDELLA('§5'), 'New solutions improve the service.'),
  equity: param('Service weight · equity', 0.15, CORDELLA('§6 (equal and fair access)'), 'Even one service must be fairly accessible.'),
  legitimacy: param('Service weight · legitimacy', 0, CORDELLA('§6 (policing)'), 'Legal and democratic effects are felt beyond the single service, so they count in shared values only.'),
  control: param('Service weight · control', 0, CORDELLA('Table 2'), 'Control matters for effects on other services, so it counts in shared values only.'),
};

/** Weights of the shared values that link one service to the others (Figure 2). */
export const sharedValueWeights: Record<Dimension, Parameter> = {
  efficiency: param('Shared weight · efficiency', 0, CORDELLA('Figure 2'), 'Cost is already counted in service value.'),
  responsiveness: param('Shared weight · responsiveness', 0, CORDELLA('Figure 2'), 'Already counted in service value.'),
  innovation: param('Shared weight · innovation', 0, CORDELLA('Figure 2'), 'Already counted in service value.'),
  equity: param('Shared weight · equity', 0.4, CORDELLA('§5 (Jackson 2001), §7'), 'Fairness and equality are the pillars that every service shares.'),
  legitimacy: param('Shared weight · legitimacy', 0.4, CORDELLA('§6 (policing)'), 'Legal and democratic effects reach beyond the service.'),
  control: param('Shared weight · control', 0.2, CORDELLA('Table 2; §6 last paragraph'), 'Governing production keeps it from harming other sources of public value.'),
};

/** Further parameters of service value, aggregate public value and the balanced search. */
export const modeParameters = {
  outsideResourceSaving: param(
    'Weight of outside resources in cost-efficiency',
    0.3,
    CORDELLA('Table 1 (finance, staff); §5 (co-production to cut costs)'),
    'Work and money drawn from outside the administration lower what the service costs it, whatever the fit; the rest of efficiency comes from the mode suiting the task.',
  ),
  stateAuthorityForfeit: param(
    'Share of its bonuses that a share exercising state-only authority forfeits',
    1,
    CORDELLA('§6 (policing: citizens can watch and advise, but the monopoly of force stays with the state)'),
    'Such a share is no complement to the state’s own work: at full exposure and full state authority it loses all of the bonus for modes used together it would earn beside bureaucracy (0.1 × 267 ≈ 27 points per whole share, times its exposure and the state authority), and citizens’ contribution shrinks by the same factor. Charged per point of share, so it only ever pushes away from the exposed modes.',
  ),
  citizenContributionWeight: param(
    'Citizens’ contribution where the outcome rests on what they do, as a share of the bonus for modes used together',
    1,
    CORDELLA('§4 (air pollution, A&E); §6 ("public value crowdsourcing")'),
    'Contribution = 13 × dependence on citizens × (1 − 0.8 × state authority) × x(2 − x), x = crowd + open share: at full dependence the first points of citizens’ share beside all-bureaucracy production earn the 27-point bonus for modes used together again; the gain shrinks as their share grows and stops when the administration’s own share is gone — citizens beside the administration, not instead of it. Chosen value.',
  ),
  equalAccessEfficiencyShift: param(
    'Service weight moved from efficiency to equity per unit of equal-access obligation',
    0.2,
    CORDELLA('§6 (remote school: equal access "no matter the cost")'),
    'Where every citizen must be served whatever the cost, cost-efficiency gives way to equal access; a transfer between the two, so no other weight changes. Chosen value (at most the whole efficiency weight).',
  ),
  sharedValueShare: param(
    'Share of shared values in aggregate public value',
    0.5,
    CORDELLA('§6, Figure 2'),
    'Aggregate value weighs the single service and its effects on others; the sources give no ratio, so the two count equally.',
  ),
  complementarityWeight: param(
    'Weight of complementarity (modes used together)',
    0.1,
    CORDELLA('§6 Figure 3; §7 ("used together in varying measures")'),
    'The sources hold that modes must be combined; a diversity term (Gini–Simpson index) rewards mixes and makes returns to any one mode diminish.',
  ),
  searchStep: param(
    'Step of the balanced-configuration search (percentage points)',
    5,
    CORDELLA('§6, Figure 3'),
    'A 5-point grid (1,771 mixes) is fine enough for teaching and fast enough to run on every slider move.',
  ),
  landscapeStep: param(
    'Step of the value landscape’s grid (percentage points)',
    2,
    CORDELLA('§6, Figures 2 and 3'),
    'Finer than the search’s 5 points, so the contours of the map are smooth (1,326 mixes when the fourth mode is at 0); still fast enough to redraw at once. Chosen value.',
  ),
  landscapeTopMargin: param(
    'How far below the highest value the landscape’s highest region reaches (points)',
    2,
    CORDELLA('§6 (finding the “right” configuration)'),
    'Differences of a point or two are below what a teaching model can tell apart, so the description names the range of mixes within 2 points of the top rather than one best mix. Chosen value.',
  ),
  inUseShare: param(
    'Share at which a mode counts as in use (percent)',
    15,
    CORDELLA('§7 ("used together in varying measures")'),
    'Below this a mode is a token presence rather than part of the configuration. Chosen value.',
  ),
  normaliseTolerance: param(
    'Tolerance before a mix is called not summing to 100',
    0.01,
    CORDELLA('Figure 3'),
    'Rounding in sliders should not trigger the notice.',
  ),
};

/** Thresholds at which a mix gets a warning (shares in percent, context 0–1). */
export const warningThresholds = {
  digitalDivideShare: param('Digital divide: crowd + open share at least', 30, SORRENTINO('The enabling role of ICT'), 'A third of the work through platforms is enough for exclusion to matter. Chosen value.'),
  digitalDivideInclusion: param('Digital divide: digital inclusion below', 0.6, SORRENTINO('The enabling role of ICT'), 'Below this, a sizeable group cannot take part online. Chosen value.'),
  lossOfControlShare: param('Loss of control: opensourcing share at least', 35, CORDELLA('Table 2'), 'Beyond a third, much of production is no longer controlled, only governed. Chosen value.'),
  forceShare: param('Legitimacy of force: crowd + open share above', 25, CORDELLA('§6 (policing)'), 'More than a quarter outside the state moves beyond citizens helping to monitor. Chosen value.'),
  forceAuthority: param('Legitimacy of force: state authority above', 0.5, CORDELLA('§6 (policing)'), 'More than half of what the service does rests on powers reserved to the state; at exactly one half (air pollution: agencies enforce, citizens’ behaviour decides) it does not. Chosen value.'),
  captureShare: param('Capture: share of production outsiders do beyond the administration’s control at least', 35, SORRENTINO('Co-production and organizational capacities (clientelist capture)'), 'Crowd and open shares, each weighted by how far the administration does not control that mode (Table 2: 0.4 for crowdsourcing, 0.8 for opensourcing); beyond a third, whoever organises best can steer the service. Chosen value.'),
  rigidityShare: param('Rigidity: bureaucracy share at least', 80, CORDELLA('§7'), 'Almost all-bureaucratic production with fast-changing expectations. Chosen value.'),
  rigidityChange: param('Rigidity: expectation change at least', 0.6, CORDELLA('§4.1 (Fukushima), §7'), 'Expectations move faster than procedures. Chosen value.'),
  citizensIgnoredDependence: param('Citizens left out: dependence on citizens at least', 0.6, CORDELLA('§4 (air pollution, A&E)'), 'Value is made by what citizens do. Chosen value.'),
  citizensIgnoredShare: param('Citizens left out: crowd + open share below', 10, CORDELLA('§4, §6'), 'The mix hardly engages them. Chosen value.'),
};

/** A mode's name and how open each of its Table 1 resources is; the table's words are in mode-tables.ts. */
export interface ModeProfile {
  label: string;
  /** Table 1: how far each operational resource comes from outside (0 = the administration’s own, 1 = from outside). */
  openness: Record<Resource, Parameter>;
  source: SourceRef;
}

/** The four modes of Cordella et al. (2017), with the openness of their Table 1 resources. */
export const modeProfiles: Record<Mode, ModeProfile> = {
  bureaucracy: {
    label: 'Bureaucracy',
    openness: {
      finance: param('Bureaucracy · finance openness', 0, CORDELLA('Table 1'), 'All public budget.'),
      staff: param('Bureaucracy · staff openness', 0, CORDELLA('Table 1'), 'Only the office’s own staff.'),
      skills: param('Bureaucracy · skills openness', 0, CORDELLA('Table 1'), 'Skills defined by the role.'),
      technology: param('Bureaucracy · technology openness', 0, CORDELLA('Table 1'), 'Internal systems.'),
    },
    source: CORDELLA('Table 1; §3.1'),
  },
  innersourcing: {
    label: 'Innersourcing',
    openness: {
      finance: param('Innersourcing · finance openness', 0.15, CORDELLA('Table 1'), 'Shared across public bodies, still public.'),
      staff: param('Innersourcing · staff openness', 0.3, CORDELLA('Table 1'), 'Staff beyond the single office.'),
      skills: param('Innersourcing · skills openness', 0.3, CORDELLA('Table 1'), 'Skills pooled across units.'),
      technology: param('Innersourcing · technology openness', 0.3, CORDELLA('Table 1'), 'Cross-organisational tools.'),
    },
    source: CORDELLA('Tables 1 and 2'),
  },
  crowdsourcing: {
    label: 'Crowdsourcing',
    openness: {
      finance: param('Crowdsourcing · finance openness', 0.6, CORDELLA('Table 1'), 'Part public, part undefined sources.'),
      staff: param('Crowdsourcing · staff openness', 1, CORDELLA('Table 1'), 'Anyone who responds.'),
      skills: param('Crowdsourcing · skills openness', 1, CORDELLA('Table 1'), 'Whatever contributors bring.'),
      technology: param('Crowdsourcing · technology openness', 0.8, CORDELLA('Table 1'), 'Open platforms run by the administration.'),
    },
    source: CORDELLA('Tables 1 and 2'),
  },
  opensourcing: {
    label: 'Opensourcing',
    openness: {
      finance: param('Opensourcing · finance openness', 0.8, CORDELLA('Table 1'), 'Mixed provenance.'),
      staff: param('Opensourcing · staff openness', 1, CORDELLA('Table 1'), 'Anyone who responds.'),
      skills: param('Opensourcing · skills openness', 0.8, CORDELLA('Table 1'), 'Defined by the task, supplied from outside.'),
      technology: param('Opensourcing · technology openness', 1, CORDELLA('Table 1'), 'Open platforms for problem definition.'),
    },
    source: CORDELLA('Tables 1 and 2'),
  },
};

// ---------------------------------------------------------------------------------------------
// 4. Capacities
// ---------------------------------------------------------------------------------------------

/** Parameters of the capacity matrix (ratings 1–5). */
export const capacityParameters = {
  defaultTarget: param(
    'Default target level for every cell',
    3,
    SORRENTINO('Co-production and organizational capacities'),
    'Without a service-specific target, "adequate" is the middle of the scale: enough, not the most. Chosen value.',
  ),
  achillesHeelThreshold: param(
    'Organisational-operational rating at or below which the Achilles heel is flagged',
    2,
    SORRENTINO('Co-production and organizational capacities (Howlett & Ramesh 2017, p. 18)'),
    'Lacking organisational capacity is called the Achilles heel of co-production, because every actor relies on existing organisations.',
  ),
};

// ---------------------------------------------------------------------------------------------
// 5. The paradigm lens: what each paradigm of public management counts as success
// ---------------------------------------------------------------------------------------------

/** A paradigm's measure: weights on figures of a scored mix (dimensions and headline values 0–100, citizens' contribution in points). */
export type ParadigmMeasure = Readonly<Partial<Record<ObjectiveTerm, number>>>;

/**
 * What each paradigm maximises when it chooses how to produce a service. Each is scored on the
 * mode model's own figures, so the four choices can be compared on every paradigm's measure.
 */
export const paradigmMeasures: Record<Paradigm, Parameter<ParadigmMeasure>> = {
  weberian: param(
    'Weberian bureaucracy: equal treatment and legitimacy',
    { equity: 0.35, legitimacy: 0.3, efficiency: 0.2, control: 0.15 },
    CORDELLA('§3.1'),
    'Bureaucracy is chosen for raising efficiency while keeping impartial, fair and equal treatment, under rules that make administrative action legitimate and a hierarchy that controls it (also Sorrentino et al., p. 279); equal treatment and legitimacy lead, efficiency and control follow. Chosen weights.',
  ),
  npm: param(
    'New Public Management: efficiency',
    { efficiency: 0.55, control: 0.3, responsiveness: 0.15 },
    SORRENTINO('p. 279 (NPM: efficiency and quality, performance, citizens as consumers)'),
    'NPM seeks efficiency above all (Table 2’s private-sector column: maximum efficiency), through managers in control of measured outputs (Hood’s hands-on management and output controls), with service quality for citizens recast as customers; co-production counts only as a way to do more with less. Chosen weights.',
  ),
  publicValue: param(
    'Public value: aggregate public value',
    { aggregatePublicValue: 1 },
    CORDELLA('§6, Figure 2'),
    'The public value lens weighs what a service adds with its effects on other services and on shared values, so its choice is exactly the mode balancer’s balanced configuration.',
  ),
  coProduction: param(
    'Co-production: co-created value',
    { responsiveness: 0.4, equity: 0.4, innovation: 0.2, citizenContribution: 1 },
    OSBORNE('Service-management view; types of value I–IV'),
    'Value is co-created in use, judged by users’ needs and experience rather than by the cost of producing the service: responsiveness (needs met as users see them), innovation (new forms of service) and equity (needs met across the community, Types I–II), plus citizens’ own contribution in points where the outcome rests on what they do (Cordella et al., §6, public value crowdsourcing). Equity weighs as much as responsiveness because the literature counts value for everyone served; without it the lens would crowdsource even passports. Chosen weights.',
  ),
};


// ---------------------------------------------------------------------------------------------
// 6. Self-assessment
// ---------------------------------------------------------------------------------------------

/** Thresholds that turn 1–5 answers into the profile, flags and targets. */
export const assessmentParameters = {
  activeLevel: param('Level from which a phase counts as active', 3, SORRENTINO('Nabatchi et al. 2017 phases'), 'Level 3 means regular involvement with real influence; below that, users are only consulted. Chosen value.'),
  weakLevel: param('Level at or below which a risk or capacity answer counts as weak', 2, SORRENTINO('Co-production and organizational capacities'), 'Levels 1–2 describe something missing or fragile. Chosen value.'),
  strongLevel: param('Level at or above which a service feature counts as strong', 4, CORDELLA('§6'), 'Levels 4–5 describe a feature that dominates the service. Chosen value.'),
  mixGapPoints: param('Difference (points) between current and balanced share that prompts rebalancing', 20, CORDELLA('§6, Figure 3'), 'Smaller differences are within the model’s precision. Chosen value.'),
  platformShare: param('Crowd + open share (percent) at which the service counts as platform-reliant', 30, CORDELLA('§5 (platforms)'), 'Matches the digital-divide warning of the mode balancer. Chosen value.'),
  missingContextValue: param('Value used for a skipped service-context answer', 0.5, CORDELLA('§1 (context varies for each service)'), 'The middle of the scale assumes nothing either way; the result says which answers were assumed.'),
  raisedTarget: param('Capacity target where the service demands more', 4, SORRENTINO('Co-production and organizational capacities'), 'One level above the default target where the service’s features call for it. Chosen value.'),
  loweredTarget: param('Capacity target where the service demands less', 2, SORRENTINO('Co-production and organizational capacities'), 'One level below the default where little is asked of that capacity. Chosen value.'),
};
