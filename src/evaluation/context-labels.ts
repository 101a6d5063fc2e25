// The service context in plain words: display words of the mode balancer's context fields, in their
// own module so that pages without the balancer do not carry them.
import type { ServiceContext } from './types.ts';

/** Each context field in plain words: the question a reader answers, and what its two ends mean. */
export const CONTEXT_LABELS: Record<keyof ServiceContext, { label: string; low: string; high: string }> = {
  problemKnown: { label: 'How well the problem and its solution are known', low: 'new, ill-defined', high: 'standard, well known' },
  knowledgeDispersed: { label: 'Where the knowledge needed sits', low: 'inside the administration', high: 'spread among citizens' },
  crossUnitExpertise: { label: 'How far the expertise needed is spread across units of the administration', low: 'in one unit', high: 'across many units' },
  modularity: { label: 'How far the task breaks into small, separate pieces many people can do', low: 'one indivisible task', high: 'many simple pieces' },
  dependsOnCitizenBehaviour: { label: 'How much the outcome depends on what citizens themselves do', low: 'not at all', high: 'entirely' },
  stateAuthority: { label: 'How much it involves powers only the state may use (force, legal status)', low: 'none', high: 'at its core' },
  equalAccessObligation: { label: 'How strong the duty of equal access is, whatever the cost', low: 'weak', high: 'absolute' },
  digitalInclusion: { label: 'How far the people concerned can take part online', low: 'few can', high: 'nearly all can' },
  expectationChange: { label: 'How fast citizens’ expectations of the service change', low: 'slowly', high: 'fast' },
};
