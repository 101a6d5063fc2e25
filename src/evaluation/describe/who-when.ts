import { whoWhenLabels, type WhoWhenResult } from '../who-when.ts';
import { list } from './text.ts';

/** Who takes part and when, in words: phases, participants, roles, level and form. */
export function describeWhoWhen(r: WhoWhenResult): string {
  return [
    r.phases.length > 0 ? `Users take part in ${list(r.phases.map((p) => whoWhenLabels.phases[p]))}.` : 'Users take no active part in any phase.',
    `Participants: ${whoWhenLabels.participants[r.participants]} — ${r.scale} co-production.`,
    r.roles.length > 0 ? `Roles: ${list(r.roles.map((x) => whoWhenLabels.roles[x]))}.` : '',
    `Level: ${whoWhenLabels.levels[r.level]}.`,
    `Interaction ${whoWhenLabels.interaction[r.interaction]}; ${r.tradition === 'traditional' ? 'a traditional form' : r.tradition === 'nonTraditional' ? 'a non-traditional form' : 'between traditional and non-traditional forms'}.`,
  ]
    .filter(Boolean)
    .join(' ');
}
