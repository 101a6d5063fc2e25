import type { ItemId } from './assessment-ids.ts';
import type { Level, SourceRef } from './types.ts';

/** The sections of the self-assessment, in order. */
export type AssessmentSection = 'service' | 'people' | 'phases' | 'strategy' | 'capacity' | 'risks';

/** One self-assessment item: a prompt and what each level 1–5 looks like. */
export interface AssessmentItem {
  id: string;
  section: AssessmentSection;
  /** The question as the reader sees it. */
  prompt: string;
  /** Short name used in "because you answered …". */
  short: string;
  /** What each level looks like, from 1 to 5. */
  levels: readonly [string, string, string, string, string];
  /** What the answer feeds in the profile. */
  feeds: string;
  source: SourceRef;
}

const C = (locator: string): SourceRef => ({ key: 'cordella2017', locator });
const O = (locator: string): SourceRef => ({ key: 'osborne2016', locator });
const S = (locator: string): SourceRef => ({ key: 'sorrentino2018', locator });
const R = (locator: string): SourceRef => ({ key: 'review-strategic-triangle', locator });

/** Section titles for the page. */
export const assessmentSections: Record<AssessmentSection, string> = {
  service: 'The service',
  people: 'Who takes part, and how',
  phases: 'When users take part',
  strategy: 'Value and support',
  capacity: 'Capacity',
  risks: 'Risks',
};

/** The self-assessment items; their order is part of the URL format (v1). */
export const assessmentItems = [
  {
    id: 'problemKnown', section: 'service', short: 'how well the problem is known',
    prompt: 'How well understood is the problem the service deals with?',
    levels: [
      'No one can yet say what the problem is; it has to be defined with those affected.',
      'The problem is contested or keeps shifting.',
      'The main problem is clear, but good solutions are not.',
      'Problem and solutions are mostly known; details vary.',
      'A standard task with settled rules and procedures.',
    ],
    feeds: 'service context: problemKnown', source: C('§5 (Felin & Zenger); §6'),
  },
  {
    id: 'knowledgeDispersed', section: 'service', short: 'where the knowledge sits',
    prompt: 'Where does the knowledge needed to run the service sit?',
    levels: [
      'Entirely with the administration’s own staff.',
      'Mostly with staff; users add occasional detail.',
      'Shared between staff and users.',
      'Mostly with users and citizens, in their own circumstances.',
      'Spread among many citizens and hard for the administration to reach.',
    ],
    feeds: 'service context: knowledgeDispersed', source: C('§5'),
  },
  {
    id: 'crossUnitExpertise', section: 'service', short: 'expertise across units',
    prompt: 'How far is the expertise needed spread across separate units of the administration?',
    levels: [
      'One office has all the expertise needed.',
      'One office, with occasional help from another.',
      'Several units each hold part of it.',
      'Many units across the administration hold essential parts.',
      'It only exists when pooled across the whole government.',
    ],
    feeds: 'service context: crossUnitExpertise', source: C('Table 1 (innersourcing)'),
  },
  {
    id: 'modularity', section: 'service', short: 'how the task divides',
    prompt: 'Can the work be broken into simple pieces that many people can each do?',
    levels: [
      'No: it is one complex whole.',
      'Only a few parts can be separated.',
      'Some parts are simple and separate.',
      'Most of it divides into simple pieces.',
      'Yes: countless small, separate contributions make it up.',
    ],
    feeds: 'service context: modularity', source: C('§5 (crowdsourcing and modular problems)'),
  },
  {
    id: 'dependsOnCitizenBehaviour', section: 'service', short: 'dependence on what citizens do',
    prompt: 'How much does the outcome depend on what citizens themselves do?',
    levels: [
      'Not at all: staff produce the outcome.',
      'A little: users need to turn up or fill in a form.',
      'Partly: users’ conduct makes a visible difference.',
      'Largely: without citizens’ effort the result suffers badly.',
      'Entirely: the result is what citizens do (sorting waste, travelling differently).',
    ],
    feeds: 'service context: dependsOnCitizenBehaviour', source: C('§4 (air pollution, A&E)'),
  },
  {
    id: 'stateAuthority', section: 'service', short: 'state authority',
    prompt: 'Does the service use powers that only the state may exercise?',
    levels: [
      'No: anyone could lawfully provide it.',
      'Hardly: some regulated elements.',
      'In part: some decisions carry legal force.',
      'Largely: it grants legal status or rights.',
      'Wholly: it involves coercion or the use of force.',
    ],
    feeds: 'service context: stateAuthority', source: C('§6 (policing)'),
  },
  {
    id: 'equalAccessObligation', section: 'service', short: 'equal-access obligation',
    prompt: 'How strong is the obligation to give everyone equal access, whatever the cost?',
    levels: [
      'None: access may depend on demand and price.',
      'Weak: equal access is desirable.',
      'Moderate: expected for most people.',
      'Strong: expected for everyone, with exceptions rare.',
      'Absolute: every person must be served, whatever it costs.',
    ],
    feeds: 'service context: equalAccessObligation', source: C('§6 (remote school)'),
  },
  {
    id: 'digitalInclusion', section: 'service', short: 'digital inclusion',
    prompt: 'How far can the people concerned take part through digital channels?',
    levels: [
      'Most lack access or skills.',
      'Many lack access or skills.',
      'About half can take part online with ease.',
      'Most can, with a few left out.',
      'Nearly everyone can.',
    ],
    feeds: 'service context: digitalInclusion; equity and digital-divide risk', source: S('The enabling role of ICT'),
  },
  {
    id: 'expectationChange', section: 'service', short: 'pace of changing expectations',
    prompt: 'How fast do citizens’ expectations of the service change?',
    levels: [
      'Hardly at all over many years.',
      'Slowly.',
      'Noticeably over a few years.',
      'Quickly, within a year or two.',
      'Constantly; views can turn overnight.',
    ],
    feeds: 'service context: expectationChange', source: C('§4.1 (Fukushima)'),
  },
  {
    id: 'involvement', section: 'people', short: 'how users are involved',
    prompt: 'How are users involved in producing the service?',
    levels: [
      'Only by receiving it; they did not choose to and may not notice.',
      'Mostly by receiving it, with some awareness of their part.',
      'Partly by choice: some take an active part.',
      'Most who take part chose to and know what they contribute.',
      'Users deliberately choose to take part and do so knowingly.',
    ],
    feeds: 'typology: involvement axis', source: O('Figure I, vertical axis'),
  },
  {
    id: 'locus', section: 'people', short: 'where co-production happens',
    prompt: 'Where does their contribution play out?',
    levels: [
      'In single encounters.',
      'Within one service.',
      'Across a few linked services.',
      'Across the wider service system.',
      'Across the whole system and the user’s life.',
    ],
    feeds: 'typology: locus axis', source: O('Figure I, horizontal axis'),
  },
  {
    id: 'purpose', section: 'people', short: 'what the co-production does',
    prompt: 'What does their contribution mainly do?',
    levels: [
      'Delivers the service as it is.',
      'Delivers it and sometimes suggests small changes.',
      'Improves the existing service.',
      'Reshapes how the service works.',
      'Invents new forms of service.',
    ],
    feeds: 'typology; intended outcome (traditional or not)', source: O('Quadrants II and IV'),
  },
  {
    id: 'participants', section: 'people', short: 'who takes part',
    prompt: 'Who takes part besides the professionals?',
    levels: [
      'Individual users, for their own service.',
      'Individual users, some helping others.',
      'Groups of users.',
      'Citizens and volunteers acting for the community.',
      'Community organisations and many citizens together.',
    ],
    feeds: 'who and when: participants, individual or collective', source: S('Traditional and non-traditional co-production'),
  },
  {
    id: 'interaction', section: 'people', short: 'how people interact',
    prompt: 'How do users and staff interact?',
    levels: [
      'Face to face only.',
      'Mostly face to face.',
      'Half in person, half through digital channels.',
      'Mostly through digital platforms.',
      'Almost entirely through platforms, often not at the same time.',
    ],
    feeds: 'who and when: traditional or non-traditional; digital-divide risk', source: S('Traditional and non-traditional co-production'),
  },
  {
    id: 'coCommissioning', section: 'phases', short: 'part in commissioning',
    prompt: 'Do users help decide which services, outcomes and users come first?',
    levels: ['Never.', 'Rarely, through consultation.', 'Regularly, with real influence.', 'As equal partners.', 'They lead the decisions.'],
    feeds: 'who and when: co-commissioning', source: S('Nabatchi et al. 2017 phases'),
  },
  {
    id: 'coDesign', section: 'phases', short: 'part in design',
    prompt: 'Do users’ inputs shape how the service is designed and run?',
    levels: ['Never.', 'Rarely, through consultation.', 'Regularly, with real influence.', 'As equal partners.', 'They lead the design.'],
    feeds: 'who and when: co-design', source: S('Nabatchi et al. 2017 phases'),
  },
  {
    id: 'coDelivery', section: 'phases', short: 'part in delivery',
    prompt: 'Do users actively work with staff where the service is delivered?',
    levels: ['No: they only receive it.', 'A little.', 'Regularly.', 'Substantially.', 'Delivery rests on their work.'],
    feeds: 'who and when: co-delivery', source: S('Nabatchi et al. 2017 phases'),
  },
  {
    id: 'coAssessment', section: 'phases', short: 'part in assessment',
    prompt: 'Do users help monitor and evaluate the service?',
    levels: ['Never.', 'Through occasional surveys.', 'Regularly, and results are used.', 'As partners in evaluation.', 'They lead the evaluation.'],
    feeds: 'who and when: co-assessment', source: S('Nabatchi et al. 2017 phases'),
  },
  {
    id: 'valueProposition', section: 'strategy', short: 'the value proposition',
    prompt: 'How clear and widely valued is what the service is meant to achieve for the public?',
    levels: [
      'Unclear, or valued by almost no one outside the organisation.',
      'Stated, but citizens rarely see its worth.',
      'Clear and valued by most users.',
      'Clear, valued by users and the wider public.',
      'Clear, shared and tested with citizens; it keeps pace with their expectations.',
    ],
    feeds: 'triangle: public value corner', source: R('Strategic triangle'),
  },
  {
    id: 'authorisation', section: 'strategy', short: 'support and legitimacy',
    prompt: 'How much support does the service have from ministers, legislators, regulators, interest groups and the public?',
    levels: [
      'Opposed or ignored by those whose support it needs.',
      'Tolerated, with little active support.',
      'Supported by the main authorities; some groups doubt it.',
      'Broad support across authorities and groups.',
      'Strong, lasting support; the public feels ownership.',
    ],
    feeds: 'triangle: authorising environment; capacity: political, systemic', source: R('Strategic triangle'),
  },
  {
    id: 'sponsorship', section: 'strategy', short: 'funding and sponsorship',
    prompt: 'How secure are the funding and political sponsorship of the co-production arrangement?',
    levels: [
      'None beyond goodwill.',
      'A launch budget or a sponsor for a limited period only.',
      'Funded for the next few years; sponsorship depends on a few people.',
      'Built into budgets and plans.',
      'A permanent part of the organisation, whoever is in charge.',
    ],
    feeds: 'capacity: political, organisational; sustainability risk', source: S('Nesti: urban living labs'),
  },
  {
    id: 'leadership', section: 'capacity', short: 'leadership',
    prompt: 'Do managers plan, staff, budget, delegate and coordinate the joint work?',
    levels: capacityLevels('operational'),
    feeds: 'capacity: operational, individual', source: S('Co-production and organizational capacities (Wu et al.)'),
  },
  {
    id: 'organisation', section: 'capacity', short: 'organisational structures',
    prompt: 'Do structures, processes and information systems coordinate the work within and across bodies?',
    levels: capacityLevels('operational'),
    feeds: 'capacity: operational, organisational (the Achilles heel)', source: S('Co-production and organizational capacities'),
  },
  {
    id: 'evidence', section: 'capacity', short: 'use of evidence',
    prompt: 'Does the organisation gather and use evidence, including what users know, in its decisions?',
    levels: capacityLevels('analytical'),
    feeds: 'capacity: analytical, organisational', source: S('Co-production and organizational capacities'),
  },
  {
    id: 'aimsAligned', section: 'risks', short: 'whether aims align',
    prompt: 'Do users, professionals and others involved pursue compatible aims?',
    levels: [
      'They pull in opposite directions; some resist the service.',
      'Frequent clashes over what the service is for.',
      'Some tension, mostly worked through.',
      'Largely shared aims.',
      'Shared aims, openly agreed.',
    ],
    feeds: 'co-destruction risk (conflicting aims, resistance)', source: S('Palumbo & Manna: value co-destruction'),
  },
  {
    id: 'effectsOnOthers', section: 'risks', short: 'effects on others',
    prompt: 'How does the arrangement affect people outside it?',
    levels: [
      'It divides groups or leaves others clearly worse off.',
      'Some others lose out.',
      'Little effect on others.',
      'Others gain a little.',
      'Others and the wider community gain.',
    ],
    feeds: 'co-destruction risk (divisive effects); typology flags', source: O('Open issues: co-destruction (faith schools)'),
  },
  {
    id: 'accountability', section: 'risks', short: 'accountability and representation',
    prompt: 'Are lines of accountability clear, and are those served represented?',
    levels: [
      'Unclear who answers for what; a few insiders decide.',
      'Blurred lines; some groups dominate.',
      'Mostly clear; representation is uneven.',
      'Clear lines; most groups are represented.',
      'Clear, public lines; those served are empowered and represented.',
    ],
    feeds: 'capture and clientelism risk', source: S('Kekez Koštro: clientelism'),
  },
  {
    id: 'professionals', section: 'risks', short: 'professionals’ stance',
    prompt: 'How do the professionals involved see working with users?',
    levels: [
      'As a threat to their standards and work.',
      'With suspicion; they comply reluctantly.',
      'Mixed views.',
      'Mostly supportive; they learn from it.',
      'They champion it and share what they learn.',
    ],
    feeds: 'professional-resistance risk', source: S('Co-production and social innovation'),
  },
] as const satisfies readonly (AssessmentItem & { id: ItemId })[];

function capacityLevels(type: 'operational' | 'analytical'): readonly [string, string, string, string, string] {
  return type === 'operational'
    ? [
        'No one does this; the joint work runs on goodwill.',
        'Done ad hoc; it breaks when people change.',
        'In place and mostly holding.',
        'Reliable within and across units.',
        'Robust, scaling up, independent of individuals.',
      ]
    : [
        'Decisions rest on habit.',
        'Some data, rarely used.',
        'Evidence informs the main decisions.',
        'Evidence and user knowledge inform design and review.',
        'Built into every stage and shared with partners.',
      ];
}

export type { ItemId } from './assessment-ids.ts';

/** Answers to the self-assessment: any item may be skipped. */
export type AssessmentAnswerLevels = Partial<Record<ItemId, Level>>;

/** Headings the chapters provide so that recommendations can link to them. */
export const CHAPTER_ANCHORS = [
  { chapter: '04-strategic-triangle', anchor: 'alignment-and-the-weakest-corner', heading: 'Alignment and the weakest corner' },
  { chapter: '04-strategic-triangle', anchor: 'service-value-and-aggregate-public-value', heading: 'Service value and aggregate public value' },
  { chapter: '06-typology', anchor: 'quadrant-i-co-production', heading: 'Quadrant I: co-production' },
  { chapter: '06-typology', anchor: 'co-destruction-of-value', heading: 'Co-destruction of value' },
  { chapter: '07-modes-of-production', anchor: 'balancing-the-modes', heading: 'Balancing the modes' },
  { chapter: '07-modes-of-production', anchor: 'choosing-a-mode-by-the-problem', heading: 'Choosing a mode by the problem' },
  { chapter: '08-digital-age', anchor: 'equity-and-the-digital-divide', heading: 'Equity and the digital divide' },
  { chapter: '09-making-it-work', anchor: 'capacities-for-co-production', heading: 'Capacities for co-production' },
  { chapter: '09-making-it-work', anchor: 'the-achilles-heel', heading: 'The Achilles heel' },
  { chapter: '09-making-it-work', anchor: 'leadership-and-sustainability', heading: 'Leadership and sustainability' },
  { chapter: '10-dark-side', anchor: 'when-co-production-destroys-value', heading: 'When co-production destroys value' },
  { chapter: '10-dark-side', anchor: 'capture-and-clientelism', heading: 'Capture and clientelism' },
  { chapter: '10-dark-side', anchor: 'professional-resistance', heading: 'Professional resistance' },
] as const;

/** A chapter heading that a recommendation can link to. */
export type ChapterAnchor = (typeof CHAPTER_ANCHORS)[number];

/** The link to a chapter heading, e.g. /chapters/06-typology/#co-destruction-of-value. */
export function chapterLink(anchor: ChapterAnchor): string {
  return `/chapters/${anchor.chapter}/#${anchor.anchor}`;
}

const anchor = (chapter: ChapterAnchor['chapter'], id: ChapterAnchor['anchor']): ChapterAnchor =>
  CHAPTER_ANCHORS.find((a) => a.chapter === chapter && a.anchor === id) ?? CHAPTER_ANCHORS[0];

/** The id of a recommendation rule. */
export type RuleId =
  | 'strengthen-binding-corner'
  | 'rebalance-modes'
  | 'keep-state-authority-public'
  | 'engage-citizens'
  | 'close-digital-divide'
  | 'prevent-co-destruction'
  | 'guard-against-capture'
  | 'secure-sustainability'
  | 'work-with-professionals'
  | 'fix-achilles-heel'
  | 'close-capacity-gaps'
  | 'engage-intrinsic-co-production';

/** A recommendation rule as data: what it says, where it comes from, where the book explains it. */
export interface RuleDefinition {
  id: RuleId;
  /** The rule in plain words ("when …, then …"). */
  label: string;
  /** The advice shown when the rule fires. */
  advice: string;
  link: ChapterAnchor;
  source: SourceRef;
}

/** The recommendation rules, in the order recommendations are listed. */
export const assessmentRules: readonly RuleDefinition[] = [
  {
    id: 'strengthen-binding-corner',
    label: 'When one corner of the triangle trails the others, strengthen that corner before the others.',
    advice: 'Put effort into the weakest corner: more capacity or a sharper proposition adds little while it binds.',
    link: anchor('04-strategic-triangle', 'alignment-and-the-weakest-corner'),
    source: R('Strategic triangle: the three dimensions must be aligned'),
  },
  {
    id: 'rebalance-modes',
    label: 'When the current mix differs from the balanced one by 20 points or more in a mode, consider rebalancing.',
    advice: 'Shift work towards the balanced configuration step by step, watching service value and aggregate public value together.',
    link: anchor('07-modes-of-production', 'balancing-the-modes'),
    source: C('§6, Figure 3; §7'),
  },
  {
    id: 'keep-state-authority-public',
    label: 'When the service uses powers only the state may exercise and over a quarter of the work is crowd- or open-sourced, keep enforcement with officials.',
    advice: 'Let citizens watch, report and advise, but keep coercive and legal decisions in public hands.',
    link: anchor('04-strategic-triangle', 'service-value-and-aggregate-public-value'),
    source: C('§6 (policing)'),
  },
  {
    id: 'engage-citizens',
    label: 'When the outcome depends largely on what citizens do but the mix hardly involves them, bring them in.',
    advice: 'Design the service so that citizens’ own actions are supported, rewarded and counted — public value crowdsourcing.',
    link: anchor('07-modes-of-production', 'choosing-a-mode-by-the-problem'),
    source: C('§4; §6'),
  },
  {
    id: 'close-digital-divide',
    label: 'When digital inclusion is low but the service relies on platforms, keep non-digital routes open.',
    advice: 'Offer in-person and assisted channels, and check who is missing from those who take part.',
    link: anchor('08-digital-age', 'equity-and-the-digital-divide'),
    source: S('The enabling role of ICT'),
  },
  {
    id: 'prevent-co-destruction',
    label: 'When aims conflict or the arrangement harms others, act before value is destroyed.',
    advice: 'Make aims explicit and negotiate them; look for who outside the arrangement loses and why.',
    link: anchor('10-dark-side', 'when-co-production-destroys-value'),
    source: O('Open issues: co-destruction'),
  },
  {
    id: 'guard-against-capture',
    label: 'When accountability is blurred and much of the work is open to outside actors, guard against capture.',
    advice: 'Clarify who answers for what, publish decisions, and give those served a voice of their own.',
    link: anchor('10-dark-side', 'capture-and-clientelism'),
    source: S('Kekez Koštro: clientelism'),
  },
  {
    id: 'secure-sustainability',
    label: 'When funding or sponsorship is short-lived, plan how the arrangement will last.',
    advice: 'Tie the arrangement to budgets and plans rather than to one sponsor or a launch grant.',
    link: anchor('09-making-it-work', 'leadership-and-sustainability'),
    source: S('Nesti: urban living labs'),
  },
  {
    id: 'work-with-professionals',
    label: 'When professionals see working with users as a threat, build shared learning.',
    advice: 'Create frequent occasions for staff to share what they learn from working with users.',
    link: anchor('10-dark-side', 'professional-resistance'),
    source: S('Co-production and social innovation'),
  },
  {
    id: 'fix-achilles-heel',
    label: 'When organisational operational capacity is weak, fix it first.',
    advice: 'Strengthen structures, processes and information systems that coordinate the joint work.',
    link: anchor('09-making-it-work', 'the-achilles-heel'),
    source: S('Co-production and organizational capacities (Howlett & Ramesh 2017)'),
  },
  {
    id: 'close-capacity-gaps',
    label: 'When a capacity falls short of what this service needs, close that gap — and only that gap.',
    advice: 'Invest where the service needs more than it has; a level that fits the service needs no investment.',
    link: anchor('09-making-it-work', 'capacities-for-co-production'),
    source: S('Co-production and organizational capacities'),
  },
  {
    id: 'engage-intrinsic-co-production',
    label: 'When users co-produce intrinsically but the service does not work with them at delivery, engage with that role.',
    advice: 'Recognise what users already contribute by being part of the service, and work with it rather than around it.',
    link: anchor('06-typology', 'quadrant-i-co-production'),
    source: O('Quadrant I; open issues'),
  },
];
