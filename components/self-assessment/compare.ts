/** Several respondents on one service: item by item, where their answers agree and where they diverge. */
import { assessmentItems, assessmentSections, type AssessmentAnswerLevels, type AssessmentSection, type ItemId, type Level } from '@evaluation';

/** One person's answers, labelled (e.g. "manager", "frontline staff", "service user"). */
export interface Respondent {
  label: string;
  service: string;
  answers: AssessmentAnswerLevels;
}

/** How respondents relate on one item: agree (spread ≤ 1), diverge (spread ≥ 2), or skipped by all. */
export type Agreement = 'agree' | 'diverge' | 'skipped';

/** The spread at or above which respondents diverge on an item. */
export const DIVERGE_SPREAD = 2;

/** One item across respondents. */
export interface ItemComparison {
  itemId: ItemId;
  section: AssessmentSection;
  short: string;
  prompt: string;
  /** Each respondent's level, in respondent order; null when that person skipped the item. */
  levels: (Level | null)[];
  /** How many respondents answered. */
  answered: number;
  min: Level | null;
  max: Level | null;
  /** max − min among those who answered; null when nobody did. */
  spread: number | null;
  status: Agreement;
}

/** The whole comparison. */
export interface RespondentComparison {
  /** Respondent labels, made unique ("manager", "manager (2)"). */
  respondents: string[];
  items: ItemComparison[];
  counts: Record<Agreement, number>;
  /** The distinct service names the files give (trimmed, case kept from the first seen). */
  services: string[];
  /** False when the files name different services: the comparison may be meaningless. */
  sameService: boolean;
}

/**
 * Unique labels: blank ones become "Respondent n", repeats get "(2)", "(3)"; a number is never
 * one another label already has ("Manager (2)", "Manager", "Manager" → "Manager (2)", "Manager",
 * "Manager (3)"). Compared without regard to case.
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const named = labels.map((raw, i) => raw.trim() || `Respondent ${i + 1}`);
  // Each label as given is kept by its first holder, so later repeats must not take it.
  const given = new Set(named.map((l) => l.toLowerCase()));
  const used = new Set<string>();
  return named.map((label) => {
    let out = label;
    for (let n = 2; used.has(out.toLowerCase()) || (out !== label && given.has(out.toLowerCase())); n++) out = `${label} (${n})`;
    used.add(out.toLowerCase());
    return out;
  });
}

/** Compares respondents item by item: levels, min, max, spread, and agree / diverge / skipped. */
export function compareRespondents(respondents: readonly Respondent[]): RespondentComparison {
  const counts: Record<Agreement, number> = { agree: 0, diverge: 0, skipped: 0 };
  const items: ItemComparison[] = assessmentItems.map((item) => {
    const id = item.id as ItemId;
    const levels = respondents.map((r) => r.answers[id] ?? null);
    const given = levels.filter((l): l is Level => l !== null);
    const min = given.length > 0 ? (Math.min(...given) as Level) : null;
    const max = given.length > 0 ? (Math.max(...given) as Level) : null;
    const spread = min === null || max === null ? null : max - min;
    const status: Agreement = spread === null ? 'skipped' : spread >= DIVERGE_SPREAD ? 'diverge' : 'agree';
    counts[status]++;
    return { itemId: id, section: item.section, short: item.short, prompt: item.prompt, levels, answered: given.length, min, max, spread, status };
  });
  const services: string[] = [];
  for (const r of respondents) {
    const name = r.service.trim();
    if (name !== '' && !services.some((s) => s.toLowerCase() === name.toLowerCase())) services.push(name);
  }
  return { respondents: uniqueLabels(respondents.map((r) => r.label)), items, counts, services, sameService: services.length <= 1 };
}

/** The section title of an item, for grouping the comparison table. */
export function sectionTitle(section: AssessmentSection): string {
  return assessmentSections[section];
}
