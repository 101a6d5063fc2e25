/**
 * The words about each service preset: what the source says about it, and the book's reading of
 * its context. Pages render them at build time (the mode balancer, "Open the model") and the
 * self-assessment shows them; the mode balancer's JavaScript does not carry them.
 */

/** What the source says about a preset's service, and how the book reads its context. */
export interface PresetNote {
  /** What the source says about the service, in the book's words. */
  summary: string;
  /** One line on why the context reads as it does: the book's reading, not the source's. */
  reading: string;
}

/** The note of every preset in presets.ts, by id (a test checks the two lists match). */
export const presetNotes: Record<string, PresetNote> = {
  'passport-issuance': {
    summary:
      'A passport is produced to clear guidelines and regulations set by the government, by staff vetted for their skills before they were hired, and paid for by the applicant’s fee; its technology, such as an online application, is efficient and cheap.',
    reading: 'A known, standard task held inside one office; a passport establishes a citizen’s legal identity, so state authority and equal access are high.',
  },
  'recycling-collection': {
    summary:
      'The council has too few resources to sift every household’s rubbish, but collection and recycling become feasible when households separate their waste first; technology rewards those who recycle more and shows managers which areas cooperate less.',
    reading: 'A clear task split across every household; the result rests almost wholly on what residents do.',
  },
  'developer-pooling': {
    summary:
      'A campaign across government to pool in-house software developers to build integrated systems.',
    reading: 'A known internal task whose expertise is spread across many departments; citizens play no part.',
  },
  'car-pooling': {
    summary:
      'Car-pooling schemes that the government encourages to cut carbon emissions: Table 1’s example of opensourcing, which the source does not describe further.',
    reading: 'Read through Table 1’s opensourcing row (technology aimed at the best definition of the problem and at sourcing its solutions): citizens define the problem and the solutions that work for them, the travellers hold the knowledge, and expectations move fast.',
  },
  'neighbourhood-policing': {
    summary:
      'Residents patrolling their area could make it safer and cheaper, but enforcing the law is a power only the state may use; citizens can watch, inform and advise.',
    reading: 'Residents know their streets and can watch them, but enforcement is a power reserved to the state.',
  },
  'air-pollution': {
    summary:
      'Agencies monitor, design and enforce policies, but the result depends on what citizens do, alone and together.',
    reading: 'Agencies can set and enforce rules, but the outcome rests on how citizens travel and heat their homes.',
  },
  'ae-demand': {
    summary:
      'If everyone went to A&E when they did not need to, the system would be overloaded and no one in need could be treated; citizens’ reasoned and careful use makes better use of the existing resources than any rationalisation of production could. The administration keeps control of providing the service; the citizens using it decide the value it creates.',
    reading: 'A known service whose capacity depends on people staying away when they need not come; access must be equal.',
  },
  'remote-school': {
    summary:
      'Opening a school for very few children breaks the rules of cost efficiency, yet society expects every child to have public education whatever the cost.',
    reading: 'A known service with an absolute duty to serve every child; digital routes reach few villagers.',
  },
  'ambulance': {
    summary:
      'Citizens value ambulance services even if they never need one, and are willing to pay so that everyone who might need an ambulance can have one.',
    reading: 'A standard emergency service that must be available to all, used or not.',
  },
  'residential-care': {
    summary:
      'Residents, their families and staff together make the experience of a care home; two identical homes would still differ because of their residents.',
    reading: 'Residents and families shape daily life in the home; few residents are online; access must be fair.',
  },
  'free-school': {
    summary:
      'Parents come together to set up a school, create its management and oversee its teaching — new forms of service within the education system.',
    reading: 'Parents define what the school should be and hold much of the knowledge; the service must still be open to all.',
  },
};
