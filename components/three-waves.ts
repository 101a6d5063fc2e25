/**
 * The three waves of public administration as Sorrentino, Sicilia & Howlett (2018, "three waves")
 * describe them, in the book's words. Data for the ThreeWaves figure.
 */

/** One model of public administration and what co-production means under it. */
export interface Wave {
  id: 'opa' | 'npm' | 'npg';
  name: string;
  /** When it dominated (the sources give decades, not dates). */
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
    organisingIdea: 'Politics decides and a separate administration carries out, bound by rules and procedures.',
    citizenAs: 'A largely passive client who receives what government provides.',
    control: 'Hierarchy and bureaucratic rules that make administrative action legitimate.',
    coProduction: 'Proposed from the 1970s as a corrective: services cannot be produced without what their users put in.',
    cites: 'Weber (1968); Wilson (1887); Ostrom (1996); Sorrentino et al. (2018)',
  },
  {
    id: 'npm',
    name: 'New Public Management',
    period: 'from the 1980s',
    from: 1980,
    to: 2005,
    organisingIdea: 'Run public services with private-sector tools: disaggregated agencies, performance targets, contracting and markets.',
    citizenAs: 'A customer who can choose between providers and leave a poor one.',
    control: 'Performance management, contracts and competition.',
    coProduction: 'An optional tool in the manager’s repertoire, used to raise efficiency and do more with less.',
    cites: 'Hood (1991); Alford (2009); Sorrentino et al. (2018)',
  },
  {
    id: 'npg',
    name: 'New public governance',
    period: 'from the 2000s',
    from: 2000,
    to: 2025,
    organisingIdea: 'Govern through networks, partnerships and collaboration among many actors, not only hierarchy or markets.',
    citizenAs: 'A partner whose engagement across the service cycle helps achieve public purposes.',
    control: 'Relationships between organisations, negotiated and shared.',
    coProduction: 'A mainstream way of delivering services and tackling complex problems with citizens.',
    cites: 'Bingham et al. (2005); Osborne (2010); Sorrentino et al. (2018)',
  },
];

/** The aspects compared in the figure's table, in display order. */
export const waveAspects = [
  { key: 'organisingIdea', label: 'Organising idea' },
  { key: 'citizenAs', label: 'The citizen is seen as' },
  { key: 'control', label: 'How action is controlled' },
  { key: 'coProduction', label: 'What co-production means' },
] as const;
