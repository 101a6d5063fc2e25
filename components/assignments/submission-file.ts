/**
 * The file a student hands in for an assignment (versioned JSON): the assignment's identity, the
 * student's name, and per item whether it is done, their written answer, their quick-check answers
 * (first try and final), their guided sequence's predictions per step (first and final) and the
 * widget state they reached. Built from the progress kept in the browser; read back by the
 * lecturer's review, whose reader never throws and names what is wrong: a file it cannot read is
 * refused, and predictions it cannot read are left out (and named) while the rest of the file is kept.
 */
import { MAX_ANSWER, setupKey, type ProgressData } from '../progress/progress-store';
import { findExercise, findSequence, kindTitle, type Catalogue } from '../progress/catalogue';
import type { UrlWidgetKind } from '../widget/widget-meta';
import { decodeAssignment, type Assignment } from './assignment-codec';
import { isItemDone, itemRef, viewItem } from './assignment-items';
import { describeSetup } from './setups';

/** The `format` marker of every hand-in file. */
export const SUBMISSION_FORMAT = 'pvc-submission';
/** The file version this book writes and reads. */
export const SUBMISSION_VERSION = 1;
/** The largest file the review reads (a hand-in with long essays is a few tens of kilobytes). */
export const MAX_SUBMISSION_CHARS = 2_000_000;

/** A quick check as handed in: the answers' texts, so the file reads on its own. */
export interface SubmittedCheck {
  name: string;
  question: string;
  first: string;
  firstRight: boolean;
  final: string;
  right: boolean;
  tries: number;
}

/** A guided step as handed in: the predictions as the reader saw them (a guess with its unit), so the file reads on its own. */
export interface SubmittedPrediction {
  /** The step, counted from 1. */
  step: number;
  title: string;
  question: string;
  first: string;
  /** Whether the model bore the first prediction out. */
  firstRight: boolean;
  final: string;
  right: boolean;
  tries: number;
}

/** One item of the assignment as handed in. */
export interface SubmittedItem {
  /** The item's reference (see itemRef), matched against the assignment's items. */
  ref: string;
  label: string;
  done: boolean;
  answer?: string;
  checks?: SubmittedCheck[];
  /** A guided sequence's steps the student predicted. */
  predictions?: SubmittedPrediction[];
  hints?: number;
  modelAnswer?: boolean;
  /** The widget state reached (codec string) and in words, for widget items and widget tasks. */
  reached?: string;
  reachedText?: string;
}

/** The hand-in file, version 1. */
export interface Submission {
  format: typeof SUBMISSION_FORMAT;
  version: typeof SUBMISSION_VERSION;
  assignment: { id: string; title: string; link: string };
  student: { name: string; reader: string };
  /** ISO date and time of the hand-in. */
  handedInAt: string;
  items: SubmittedItem[];
}

/** The outcome of reading a file: the submission with what had to be left out of it (each "what: why"), or why it was refused. */
export type ReadSubmission = { ok: true; submission: Submission; skipped: string[] } | { ok: false; reason: string };

/** Builds the hand-in for an assignment (given as its link value) from the reader's progress. */
export function buildSubmission(link: string, progress: ProgressData, catalogue: Catalogue, at: Date): Submission {
  const { assignment, id } = decodeAssignment(link);
  return {
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    assignment: { id, title: assignment.title, link },
    student: { name: progress.name.trim(), reader: progress.reader },
    handedInAt: at.toISOString(),
    items: submittedItems(assignment, progress, catalogue),
  };
}

function submittedItems(assignment: Assignment, progress: ProgressData, catalogue: Catalogue): SubmittedItem[] {
  return assignment.items.map((item) => {
    const out: SubmittedItem = { ref: itemRef(item), label: viewItem(item, catalogue).label, done: isItemDone(item, progress, catalogue) };
    let reached: { kind: UrlWidgetKind; state: string } | undefined;
    if (item.type === 'widget') {
      const setup = progress.setups[setupKey(item.chapter, item.param, item.state)];
      if (setup) reached = { kind: item.kind, state: setup.reached };
    }
    if (item.type === 'sequence') {
      const predictions = submittedPredictions(item.sequence, progress, catalogue);
      if (predictions.length > 0) out.predictions = predictions;
    }
    if (item.type === 'exercise') {
      const record = progress.exercises[item.exercise];
      const exercise = findExercise(catalogue, item.exercise);
      if (record?.answer?.trim()) out.answer = record.answer;
      if (record?.hints) out.hints = record.hints;
      if (record?.modelAnswer) out.modelAnswer = true;
      const checks = (exercise?.checks ?? []).flatMap((check): SubmittedCheck[] => {
        const kept = record?.checks?.[check.name];
        if (!kept) return [];
        const choice = (i: number) => check.choices[i]?.text ?? `choice ${i + 1}`;
        return [{ name: check.name, question: check.question, first: choice(kept.first), firstRight: kept.firstRight, final: choice(kept.last), right: kept.right, tries: kept.tries }];
      });
      if (checks.length > 0) out.checks = checks;
      const setup = record?.setup ? progress.setups[record.setup] : undefined;
      const kind = setup ? catalogue.chapters.find((c) => c.id === setup.chapter)?.widgets.find((w) => w.param === setup.param)?.kind : undefined;
      if (setup && kind) reached = { kind, state: setup.reached };
    }
    if (reached) {
      out.reached = reached.state;
      out.reachedText = `${kindTitle(catalogue, reached.kind)}: ${describeSetup(reached.kind, reached.state) ?? 'a state this version of the book cannot read'}`;
    }
    return out;
  });
}

function submittedPredictions(id: string, progress: ProgressData, catalogue: Catalogue): SubmittedPrediction[] {
  const kept = progress.sequences[id]?.steps ?? {};
  return (findSequence(catalogue, id)?.steps ?? []).flatMap((step, index): SubmittedPrediction[] => {
    const p = kept[index + 1];
    if (!p) return [];
    const text = (answer: string | number) => (typeof answer === 'number' ? `${answer}${step.unit}` : answer);
    return [{ step: index + 1, title: step.title, question: step.question, first: text(p.first), firstRight: p.firstRight, final: text(p.last), right: p.right, tries: p.tries }];
  });
}

/** The file's text: indented JSON a person can read. */
export function serialiseSubmission(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

/** A download name, e.g. "hand-in-week-3-reading-ana-garcia-2025-03-14.json". */
export function submissionFileName(submission: Submission): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  return `${['hand-in', slug(submission.assignment.title) || 'assignment', slug(submission.student.name), submission.handedInAt.slice(0, 10)].filter(Boolean).join('-')}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Refusal extends Error {}

function need<T>(ok: boolean, value: T, reason: string): T {
  if (!ok) throw new Refusal(reason);
  return value;
}

const text = (v: unknown, max: number, field: string): string => need(typeof v === 'string' && v.length <= max, v as string, `"${field}" is not text of at most ${max} characters`);
const bool = (v: unknown, field: string): boolean => need(typeof v === 'boolean', v as boolean, `"${field}" is not true or false`);
const whole = (v: unknown, field: string): number => need(Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e6, v as number, `"${field}" is not a whole number`);

function readCheck(v: unknown, field: string): SubmittedCheck {
  const c = need(isObject(v), v as Record<string, unknown>, `"${field}" is not an object`);
  return {
    name: text(c['name'], 40, `${field}.name`),
    question: text(c['question'], 1000, `${field}.question`),
    first: text(c['first'], 1000, `${field}.first`),
    firstRight: bool(c['firstRight'], `${field}.firstRight`),
    final: text(c['final'], 1000, `${field}.final`),
    right: bool(c['right'], `${field}.right`),
    tries: whole(c['tries'], `${field}.tries`),
  };
}

function readPrediction(v: unknown, field: string): SubmittedPrediction {
  const p = need(isObject(v), v as Record<string, unknown>, `"${field}" is not an object`);
  const step = whole(p['step'], `${field}.step`);
  need(step >= 1 && step <= 99, 0, `"${field}.step" is not a step number`);
  return {
    step,
    title: text(p['title'], 1000, `${field}.title`),
    question: text(p['question'], 1000, `${field}.question`),
    first: text(p['first'], 1000, `${field}.first`),
    firstRight: bool(p['firstRight'], `${field}.firstRight`),
    final: text(p['final'], 1000, `${field}.final`),
    right: bool(p['right'], `${field}.right`),
    tries: whole(p['tries'], `${field}.tries`),
  };
}

// A guided sequence's predictions are read one by one: one that cannot be read is left out and named, and the rest
// of the hand-in (other steps, other items) is kept.
function readPredictions(v: unknown, field: string, skipped: string[]): SubmittedPrediction[] {
  if (!Array.isArray(v) || v.length > 99) {
    skipped.push(`"${field}" is not a list of guided steps; the sequence's predictions were left out`);
    return [];
  }
  return v.flatMap((p, n) => {
    try {
      return [readPrediction(p, `${field}[${n}]`)];
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      skipped.push(`${error.message}; that step's predictions were left out`);
      return [];
    }
  });
}

function readItem(v: unknown, field: string, skipped: string[]): SubmittedItem {
  const i = need(isObject(v), v as Record<string, unknown>, `"${field}" is not an object`);
  const item: SubmittedItem = { ref: text(i['ref'], 1300, `${field}.ref`), label: text(i['label'], 1000, `${field}.label`), done: bool(i['done'], `${field}.done`) };
  if (i['answer'] !== undefined) item.answer = text(i['answer'], MAX_ANSWER, `${field}.answer`);
  if (i['checks'] !== undefined) {
    const checks = need(Array.isArray(i['checks']) && i['checks'].length <= 20, i['checks'] as unknown[], `"${field}.checks" is not a list`);
    item.checks = checks.map((c, n) => readCheck(c, `${field}.checks[${n}]`));
  }
  if (i['predictions'] !== undefined) {
    const predictions = readPredictions(i['predictions'], `${field}.predictions`, skipped);
    if (predictions.length > 0) item.predictions = predictions;
  }
  if (i['hints'] !== undefined) item.hints = whole(i['hints'], `${field}.hints`);
  if (i['modelAnswer'] !== undefined) item.modelAnswer = bool(i['modelAnswer'], `${field}.modelAnswer`);
  if (i['reached'] !== undefined) item.reached = text(i['reached'], 1000, `${field}.reached`);
  if (i['reachedText'] !== undefined) item.reachedText = text(i['reachedText'], 1000, `${field}.reachedText`);
  return item;
}

/** Reads a hand-in file's text; never throws. A file it cannot read is refused with a reason a lecturer can act on. */
export function parseSubmission(input: unknown): ReadSubmission {
  try {
    if (typeof input !== 'string') throw new Refusal('it could not be read as text');
    if (input.length > MAX_SUBMISSION_CHARS) throw new Refusal(`it is too large to be a hand-in (${Math.round(input.length / 1000)} kB)`);
    let json: unknown;
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      throw new Refusal('it is not a hand-in file: its text is not JSON (damaged, or another kind of file)');
    }
    if (!isObject(json) || json['format'] !== SUBMISSION_FORMAT) throw new Refusal(`it is not a hand-in file from this book (no "format": "${SUBMISSION_FORMAT}")`);
    const version = json['version'];
    if (version !== SUBMISSION_VERSION) {
      throw new Refusal(typeof version === 'number' && version > SUBMISSION_VERSION ? `it was made by a newer version of the book (file version ${version})` : 'its version is missing or unknown');
    }
    const a = need(isObject(json['assignment']), json['assignment'] as Record<string, unknown>, 'it names no assignment');
    const s = need(isObject(json['student']), json['student'] as Record<string, unknown>, 'it names no student');
    const handedInAt = text(json['handedInAt'], 40, 'handedInAt');
    need(!Number.isNaN(Date.parse(handedInAt)), 0, '"handedInAt" is not a date');
    const items = need(Array.isArray(json['items']) && json['items'].length <= 40, json['items'] as unknown[], '"items" is not a list of at most 40');
    const skipped: string[] = [];
    const submission: Submission = {
      format: SUBMISSION_FORMAT,
      version: SUBMISSION_VERSION,
      assignment: { id: text(a['id'], 20, 'assignment.id'), title: text(a['title'], 200, 'assignment.title'), link: text(a['link'], 12_000, 'assignment.link') },
      student: { name: text(s['name'], 200, 'student.name'), reader: text(s['reader'], 60, 'student.reader') },
      handedInAt,
      items: items.map((item, n) => readItem(item, `items[${n}]`, skipped)),
    };
    need(submission.assignment.id !== '', 0, 'it names no assignment ("assignment.id" is empty)');
    return { ok: true, submission, skipped };
  } catch (error) {
    return { ok: false, reason: error instanceof Refusal ? error.message : 'it could not be read' };
  }
}
