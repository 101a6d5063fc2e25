// The self-assessment's item ids on their own, so that the URL codec (used by every widget) does not
// pull the items' full texts into the widgets' JavaScript.

/** The self-assessment items' ids in order; the order is part of the URL format (v1). */
export const ASSESSMENT_ITEM_IDS = [
  'problemKnown',
  'knowledgeDispersed',
  'crossUnitExpertise',
  'modularity',
  'dependsOnCitizenBehaviour',
  'stateAuthority',
  'equalAccessObligation',
  'digitalInclusion',
  'expectationChange',
  'involvement',
  'locus',
  'purpose',
  'participants',
  'interaction',
  'coCommissioning',
  'coDesign',
  'coDelivery',
  'coAssessment',
  'valueProposition',
  'authorisation',
  'sponsorship',
  'leadership',
  'organisation',
  'evidence',
  'aimsAligned',
  'effectsOnOthers',
  'accountability',
  'professionals',
] as const;

/** The id of a self-assessment item. */
export type ItemId = (typeof ASSESSMENT_ITEM_IDS)[number];
