/** Snapshots of one service over time, and what changed between two of them: answers and the profile's headlines. */
import {
  assessmentItems,
  cellLabel,
  cornerLabels,
  MODES,
  modeProfiles,
  scoreAssessment,
  whoWhenLabels,
  type AssessmentResult,
  type ItemId,
  type Level,
  type Mix,
} from '@evaluation';
import type { AssessmentData, Snapshot } from './file-format';

/** The part of an assessment a snapshot keeps and a diff compares. */
export type SnapshotInput = Pick<AssessmentData, 'answers' | 'notes' | 'currentMix'>;

/** Takes a snapshot of the current answers (copied, so later edits do not change it). */
export function takeSnapshot(data: SnapshotInput, at: Date, id: string): Snapshot {
  return {
    id,
    takenAt: at.toISOString(),
    answers: { ...data.answers },
    notes: { ...data.notes },
    currentMix: data.currentMix ? { ...data.currentMix } : null,
  };
}

/** One answer that changed: level before → after (null = skipped). */
export interface AnswerChange {
  itemId: ItemId;
  short: string;
  before: Level | null;
  after: Level | null;
  beforeText: string;
  afterText: string;
}

/** One headline of the profile that changed. */
export interface HeadlineChange {
  key: HeadlineKey;
  label: string;
  before: string;
  after: string;
}

/** What changed between two snapshots of the same service. */
export interface AssessmentDiff {
  answers: AnswerChange[];
  /** Items whose evidence note changed. */
  notesChanged: ItemId[];
  headlines: HeadlineChange[];
  /** True when neither answers, notes, mix nor headlines changed. */
  unchanged: boolean;
}

/** The headline results of a profile, each as a short phrase. */
export type HeadlineKey = 'answered' | 'quadrant' | 'coProduction' | 'currentMix' | 'balanced' | 'binding' | 'realisable' | 'gaps' | 'risks' | 'recommendations';

const HEADLINE_LABELS: Record<HeadlineKey, string> = {
  answered: 'Items answered',
  quadrant: 'Quadrant',
  coProduction: 'Level of co-production',
  currentMix: 'Current mix',
  balanced: 'Balanced configuration',
  binding: 'Binding corner of the triangle',
  realisable: 'Realisable value (0–100)',
  gaps: 'Capacity gaps',
  risks: 'Risk flags',
  recommendations: 'Recommendations',
};

const itemById = new Map(assessmentItems.map((i) => [i.id as ItemId, i]));

/** A mix as "70 % bureaucracy, 30 % crowdsourcing" (largest first, unused modes left out). */
export function mixPhrase(mix: Mix | null): string {
  if (mix === null) return 'not given';
  return MODES.filter((m) => Math.round(mix[m]) > 0)
    .sort((a, b) => mix[b] - mix[a])
    .map((m) => `${Math.round(mix[m])} % ${modeProfiles[m].label.toLowerCase()}`)
    .join(', ');
}

const listOrNone = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join('; '));

/** The headline results of a profile as short phrases, for the report and for diffs. */
export function headlinesOf(result: AssessmentResult): Record<HeadlineKey, string> {
  const t = result.triangle;
  return {
    answered: `${result.answered} of ${result.total}`,
    quadrant: result.typology ? `${result.typology.numeral}, ${result.typology.label.toLowerCase()}${result.typology.borderline ? ' (borderline)' : ''}` : 'not assessed',
    coProduction: result.whoWhen ? whoWhenLabels.levels[result.whoWhen.level].split(':')[0]! : 'not assessed',
    currentMix: mixPhrase(result.modes.current?.mix ?? null),
    balanced: mixPhrase(result.modes.balanced.best.mix),
    binding: t === null ? 'not assessed' : t.binding === 'aligned' ? 'none: the corners are aligned' : cornerLabels[t.binding],
    realisable: t === null ? 'not assessed' : String(Math.round(t.realisableValue)),
    gaps: listOrNone(result.capacities.gaps.map((g) => `${cellLabel(g.cell)} (${g.rating}, needs ${g.target})`)),
    risks: listOrNone(result.risks.map((r) => r.label)),
    recommendations: listOrNone(result.recommendations.map((r) => r.ruleId)),
  };
}

function sameMix(a: Mix | null, b: Mix | null): boolean {
  if (a === null || b === null) return a === b;
  return MODES.every((m) => Math.round(a[m]) === Math.round(b[m]));
}

/** What changed from `before` to `after`: answers item by item (before → after) and the profile's headlines. */
export function diffAssessments(before: SnapshotInput, after: SnapshotInput): AssessmentDiff {
  const answers: AnswerChange[] = [];
  for (const item of assessmentItems) {
    const id = item.id as ItemId;
    const b = before.answers[id] ?? null;
    const a = after.answers[id] ?? null;
    if (a === b) continue;
    answers.push({
      itemId: id,
      short: itemById.get(id)?.short ?? id,
      before: b,
      after: a,
      beforeText: b === null ? 'skipped' : item.levels[b - 1]!,
      afterText: a === null ? 'skipped' : item.levels[a - 1]!,
    });
  }
  const notesChanged = assessmentItems
    .map((i) => i.id as ItemId)
    .filter((id) => (before.notes[id] ?? '').trim() !== (after.notes[id] ?? '').trim());
  const score = (s: SnapshotInput) => headlinesOf(scoreAssessment({ answers: s.answers, ...(s.currentMix ? { currentMix: s.currentMix } : {}) }));
  const hb = score(before);
  const ha = score(after);
  const headlines: HeadlineChange[] = (Object.keys(HEADLINE_LABELS) as HeadlineKey[])
    .filter((k) => hb[k] !== ha[k])
    .map((k) => ({ key: k, label: HEADLINE_LABELS[k], before: hb[k], after: ha[k] }));
  return {
    answers,
    notesChanged,
    headlines,
    unchanged: answers.length === 0 && notesChanged.length === 0 && headlines.length === 0 && sameMix(before.currentMix, after.currentMix),
  };
}
