/**
 * The words of the paradigm lens: how each paradigm of public management sees the citizen, success,
 * decisions, knowledge and failure, each in the book's words with its citation. Pages render them at
 * build time (the lens's island wrapper, "Open the model"); the lens's JavaScript does not carry them.
 */
import type { Paradigm, SourceRef } from './types.ts';

/** The five questions the lens asks of every paradigm. */
export type ParadigmAspect = 'citizen' | 'success' | 'decides' | 'knowledge' | 'failure';

/** The aspects in display order. */
export const PARADIGM_ASPECTS: readonly ParadigmAspect[] = ['citizen', 'success', 'decides', 'knowledge', 'failure'];

/** Each aspect as the question a reader asks. */
export const paradigmAspectLabels: Record<ParadigmAspect, string> = {
  citizen: 'Who the citizen is',
  success: 'What counts as success, and what gets measured',
  decides: 'Who decides',
  knowledge: 'Where the knowledge sits',
  failure: 'The typical failure',
};

/** One cell of the comparison: the book's words and where the idea comes from. */
export interface ParadigmCell {
  text: string;
  source: SourceRef;
}

/** A paradigm as the lens shows it: the citizen's role in one word, then one cell per aspect. */
export interface ParadigmNote {
  /** The citizen's role in one word: client, customer, citizen, co-producer. */
  role: string;
  cells: Record<ParadigmAspect, ParadigmCell>;
}

const CORDELLA = (locator: string): SourceRef => ({ key: 'cordella2017', locator });
const OSBORNE = (locator: string): SourceRef => ({ key: 'osborne2016', locator });
const SORRENTINO = (locator: string): SourceRef => ({ key: 'sorrentino2018', locator });
const REVIEW = (locator: string): SourceRef => ({ key: 'review-strategic-triangle', locator });

/** The four paradigms in the book's words. */
export const paradigmNotes: Record<Paradigm, ParadigmNote> = {
  weberian: {
    role: 'Client',
    cells: {
      citizen: {
        text: 'A client: one case among many, handled exactly like every other under the same rules, and expected to receive the service rather than shape it.',
        source: SORRENTINO('p. 279'),
      },
      success: {
        text: 'Lawful, impartial and uniform administration at a predictable cost. What gets measured is whether cases were handled correctly, by the rules and procedures.',
        source: CORDELLA('§3.1'),
      },
      decides: {
        text: 'Politicians set the goals; a hierarchy of appointed officials carries them out, each office within the powers its rules give it.',
        source: SORRENTINO('p. 279'),
      },
      knowledge: {
        text: 'Inside the organisation: in its rules, its files and the expertise of officials recruited for their posts.',
        source: CORDELLA('§5.1, Table 1'),
      },
      failure: {
        text: 'Rigidity: standard procedures fall behind what citizens now expect, and cases the rules did not foresee are refused rather than handled.',
        source: CORDELLA('§7'),
      },
    },
  },
  npm: {
    role: 'Customer',
    cells: {
      citizen: {
        text: 'A customer or consumer, who chooses among providers and can leave one that does not satisfy.',
        source: SORRENTINO('p. 279'),
      },
      success: {
        text: 'Performance against explicit targets: more output, of better quality, for less money. What gets measured is cost, throughput and customer satisfaction.',
        source: SORRENTINO('p. 279'),
      },
      decides: {
        text: 'Managers with clear responsibility, steering separate units and contractors through targets, contracts and competition.',
        source: SORRENTINO('p. 279'),
      },
      knowledge: {
        text: 'Still inside the organisation, now in management information and performance data; what citizens contribute is an optional extra for doing more with less.',
        source: SORRENTINO('p. 279'),
      },
      failure: {
        text: 'A leaner process that misses what citizens value: like bureaucracy, it assumes value comes from making production more efficient, so targets can be met while the public is not served.',
        source: CORDELLA('§3.1'),
      },
    },
  },
  publicValue: {
    role: 'Citizen',
    cells: {
      citizen: {
        text: 'A citizen, who judges a service by what it does for society as well as for herself, and values services she may never use.',
        source: CORDELLA('§4.1'),
      },
      success: {
        text: 'Outcomes the public values, such as fair and equal access, weighed with cost across everything the administration does. What gets measured is aggregate public value, not the efficiency of one process.',
        source: CORDELLA('§6, Figure 2'),
      },
      decides: {
        text: 'Public managers, who must win and keep the support of an authorising environment of politicians, regulators, interest groups and the public.',
        source: REVIEW('Strategic triangle'),
      },
      knowledge: {
        text: 'Spread across the authorising environment and the public: what is valued has to be found out, conflicts, and can change almost overnight.',
        source: CORDELLA('§4.1'),
      },
      failure: {
        text: 'Vagueness: public value is elusive and what society values is contested, so the idea gives managers little guidance until its terms are made concrete for a service.',
        source: REVIEW('Research gap and theoretical background'),
      },
    },
  },
  coProduction: {
    role: 'Co-producer',
    cells: {
      citizen: {
        text: 'A co-producer: every user takes part in making the service, whether or not they choose to or notice it, and some help to design or invent it.',
        source: OSBORNE('Service-management view'),
      },
      success: {
        text: 'Value created with users in the act of using the service, judged by their needs and experience. What gets measured is outcomes and experience, not outputs.',
        source: OSBORNE('Service-dominant logic; types of value'),
      },
      decides: {
        text: 'Users and professionals together, with the administration setting standards, opening channels and governing the result.',
        source: CORDELLA('§6'),
      },
      knowledge: {
        text: 'Dispersed among citizens: what they know of their own lives, streets and needs, which no office holds.',
        source: CORDELLA('§5'),
      },
      failure: {
        text: 'Value destroyed or unevenly shared: users and staff pulling in different directions destroy value, the best organised capture the service, and people who cannot take part, online or off, are left out.',
        source: SORRENTINO('The enabling role of ICT; co-production and organizational capacities'),
      },
    },
  },
};
