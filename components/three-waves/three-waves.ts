/**
 * The three waves of public administration as Sorrentino, Sicilia & Howlett (2018, "three waves")
 * describe them, in the book's words. Data for the ThreeWaves figure.
 */

/** One model of public administration and what co-production means under it. */
export interface Wave {
  id: 'opa' | 'npm' | 'npg';
  name: string;
  /** When it dominated, as loosely as the sources put it (no exact dates; the NPG start is inferred from the works cited). */
  period: string;
  /** Start and end years used only to draw the timeline; the end of the last wave is open. */
  from: number;
  to: number;
  organisingIdea: string;
  citizenAs: string;
  control: string;
  coProduction: string;
  /** Citation keys for the row, as the chapter cites them. */
  cites: string;
}

/** The three waves in historical order. */
export const waves: readonly Wave[] = [
  {
    id: 'opa',
    name: 'Old public administration',
    period: 'until the end of the 1970s',
    from: 1900,
    to: 1979,
    organisingIdea: 'Politics and administration are kept apart; government provides services directly, through an administration bound by rules and procedures.',
    citizenAs: 'A fairly homogeneous, passive client who receives what government provides.',
    control: 'Hierarchy and bureaucratic rules that make administrative action legitimate.',
    coProduction: 'Proposed from the 1970s as an alternative to this model: unlike goods, services are hard to produce and deliver without the active participation of those who receive them.',
    cites: 'Weber (1968); Wilson (1887); Hartley (2005); Ostrom (1996); Sorrentino et al. (2018)',
  },
  {
    id: 'npm',
    name: 'New Public Management',
    period: 'from the 1980s',
    from: 1980,
    to: 2005,
    organisingIdea: 'Make services more efficient and of better quality with private-sector tools: managerial techniques and market-type mechanisms such as disaggregation, a focus on performance, contracting and outsourcing.',
    citizenAs: 'A consumer who can exercise choice, for example by leaving a provider that does not meet their needs.',
    control: 'Performance management, contracts and competition.',
    coProduction: 'No longer seen as inherent in services but as an optional tool in the manager’s repertoire, used to raise efficiency and do more with less.',
    cites: 'Hood (1991); Alford (2009); Sorrentino et al. (2018)',
  },
  {
    id: 'npg',
    name: 'New public governance',
    period: 'emerging more recently, in works from the 2000s',
    from: 2000,
    to: 2025,
    organisingIdea: 'Govern through collaboration among many actors besides the public sector, seen as a practical way to tackle increasingly complex problems.',
    citizenAs: 'A participant whose engagement in the service cycle helps achieve public purposes.',
    control: 'Relationships between organisations: networks, collaborative partnerships and participatory governance rather than hierarchy or competition.',
    coProduction: 'A useful option for achieving public purposes and, increasingly, a core element of public action.',
    cites: 'Bingham et al. (2005); Howlett & Ramesh (2017); Osborne (2010); Sorrentino et al. (2018)',
  },
];

/** The aspects compared in the figure's table, in display order. */
export const waveAspects = [
  { key: 'organisingIdea', label: 'Organising idea' },
  { key: 'citizenAs', label: 'The citizen is seen as' },
  { key: 'control', label: 'How action is controlled' },
  { key: 'coProduction', label: 'What co-production means' },
] as const;
