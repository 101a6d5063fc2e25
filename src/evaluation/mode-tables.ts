import type { Mode, Resource, SourceRef } from './types.ts';

/** Tables 1 and 2 of Cordella, Paletti & Shaikh (2017) for one mode, in the book's words. */
export interface ModeTableRow {
  /** Table 1: each operational resource described. */
  resources: Record<Resource, string>;
  /** Table 1's example. */
  example: string;
  /** Table 2: the private-sector perspective. */
  privateSector: string;
  /** Table 2: the public-value perspective. */
  publicValue: string;
  source: SourceRef;
}

const CORDELLA = (locator: string): SourceRef => ({ key: 'cordella2017', locator });

/**
 * The words of Tables 1 and 2. Pages render them at build time (the mode balancer's tables, "Open
 * the model"); no widget computes with them, so they stay out of the widgets' JavaScript.
 */
export const modeTables: Record<Mode, ModeTableRow> = {
  bureaucracy: {
    resources: {
      finance: 'Set by law and allocated through administrative procedure.',
      staff: 'Given: the administration’s own employees.',
      skills: 'Defined by the roles of bureaucratic recruitment, which is standardised.',
      technology: 'Supports or automates existing procedures.',
    },
    example: 'The passport-issuing procedure, built on rules, standards and protocols.',
    privateSector: 'Not part of Table 2: the reference against which co-production is compared.',
    publicValue: 'Standard, rule-bound production secures impartiality, fairness and equality, and creates public value when those are what the authorising environment asks for.',
    source: CORDELLA('Table 1; §3.1'),
  },
  innersourcing: {
    resources: {
      finance: 'Budgets shared within the limits of law and administrative boundaries.',
      staff: 'Employees, widened to those under other authorities of the same administration.',
      skills: 'Set by bureaucratic recruitment but reaching beyond one organisation.',
      technology: 'Supports collaboration across organisations.',
    },
    example: 'A government-wide drive to pool in-house software developers to build integrated systems.',
    privateSector: 'A tool to optimise single production processes.',
    publicValue: 'Creates public value when a more efficient process for one service does not harm other services or the wider value the administration produces.',
    source: CORDELLA('Tables 1 and 2'),
  },
  crowdsourcing: {
    resources: {
      finance: 'Sources outside the budget top up the limited public funds.',
      staff: 'Undefined: whoever answers the call.',
      skills: 'Undefined: not set in advance.',
      technology: 'Open, built to reach the most dispersed contributors.',
    },
    example: 'The council’s collection of recycled waste, which expects households to separate their waste before collection.',
    privateSector: 'Dispersed resources and knowledge make production cheaper and better; the company stays in control and the crowd lowers costs.',
    publicValue: 'Citizens help ease shared problems or get services closer to their aspirations; the administration could not produce them alone but stays in control of production.',
    source: CORDELLA('Tables 1 and 2'),
  },
  opensourcing: {
    resources: {
      finance: 'Varied, from several mixed sources.',
      staff: 'Undefined: whoever answers the call.',
      skills: 'Set by the nature of the task handed out.',
      technology: 'Open, aimed at defining the problem best and sourcing solutions.',
    },
    example: 'Car-pooling schemes the government encourages to cut carbon emissions.',
    privateSector: 'Used because the company lacks the knowledge to control production itself.',
    publicValue: 'Looks for the best ideas to create services that match current expectations; as production cannot be controlled, the administration governs it so that other public value is not harmed.',
    source: CORDELLA('Tables 1 and 2'),
  },
};
