/**
 * The lecturer's review of a class's hand-ins, as pure functions: files are read and sorted into
 * accepted and set aside (damaged, for another assignment, duplicates) without ever losing what was
 * accepted before; the accepted ones are summed up per item (completion, quick-check answer
 * distributions, guided steps' predictions and how many the model bore out, written answers, widget
 * states reached) and written out as CSV for a gradebook.
 */
import { findExercise, findSequence, type Catalogue, type CatalogueSequence } from '../progress/catalogue';
import { decodeAssignment, type Assignment } from './assignment-codec';
import { itemRef, viewItem, type ItemView } from './assignment-items';
import { parseSubmission, type Submission, type SubmittedItem } from './submission-file';

/** A file as the lecturer picked it. */
export interface IncomingFile {
  name: string;
  text: string;
}

/** An accepted hand-in, with what had to be left out of it (guided steps' predictions it could not read), if anything. */
export interface ReviewedFile {
  file: string;
  submission: Submission;
  skipped: string[];
}

/** A file set aside, and why. */
export interface SetAsideFile {
  file: string;
  reason: string;
}

/** The assignment being reviewed. */
export interface ReviewedAssignment {
  id: string;
  link: string;
  assignment: Assignment;
}

/** Everything the review holds. */
export interface Review {
  assignment: ReviewedAssignment | null;
  accepted: ReviewedFile[];
  setAside: SetAsideFile[];
}

/** An empty review, for the assignment in `link` when given (else the first file's assignment). */
export function startReview(link: string | null): Review {
  if (link === null) return { assignment: null, accepted: [], setAside: [] };
  const decoded = decodeAssignment(link);
  return { assignment: decoded.unreadable ? null : { id: decoded.id, link, assignment: decoded.assignment }, accepted: [], setAside: [] };
}

/** The name a student goes by in the review: the name they gave, else their file's name. */
export const studentName = (r: ReviewedFile): string => r.submission.student.name || r.file.replace(/\.json$/i, '');

/** Adds files to a review (a new review is returned; what was accepted before stays accepted unless a later hand-in by the same student replaces it). */
export function addFiles(review: Review, files: readonly IncomingFile[]): Review {
  let assignment = review.assignment;
  const accepted = [...review.accepted];
  const setAside = [...review.setAside];
  for (const { name, text } of files) {
    const read = parseSubmission(text);
    if (!read.ok) {
      setAside.push({ file: name, reason: `Not read: ${read.reason}.` });
      continue;
    }
    const { submission, skipped } = read;
    if (assignment === null) {
      const decoded = decodeAssignment(submission.assignment.link);
      if (decoded.unreadable) {
        setAside.push({ file: name, reason: 'Not read: the assignment it was made for cannot be read from it.' });
        continue;
      }
      assignment = { id: submission.assignment.id, link: submission.assignment.link, assignment: decoded.assignment };
    }
    if (submission.assignment.id !== assignment.id) {
      setAside.push({ file: name, reason: `For another assignment: “${submission.assignment.title || 'untitled'}” (${submission.assignment.id}), not this one (${assignment.id}).` });
      continue;
    }
    const same = accepted.findIndex((r) => r.submission.student.reader === submission.student.reader);
    if (same === -1) {
      accepted.push({ file: name, submission, skipped });
      continue;
    }
    const earlier = accepted[same]!;
    const isNewer = Date.parse(submission.handedInAt) > Date.parse(earlier.submission.handedInAt);
    if (isNewer) {
      accepted[same] = { file: name, submission, skipped };
      setAside.push({ file: earlier.file, reason: `Duplicate: an earlier hand-in by the same student (${studentName(earlier)}); “${name}” is the later one and replaces it.` });
    } else {
      setAside.push({ file: name, reason: `Duplicate: the same student (${studentName(earlier)}) also handed in “${earlier.file}”, which is as recent or more recent and is kept.` });
    }
  }
  return { assignment, accepted, setAside };
}

/** How many chose each answer of a quick check, first try and in the end. */
export interface CheckSummary {
  name: string;
  question: string;
  choices: { text: string; correct: boolean | null; first: number; final: number }[];
  answered: number;
}

/** How the class predicted one guided step: each answer's counts, first and final, and how many first predictions the model bore out. */
export interface StepSummary extends CheckSummary {
  step: number;
  title: string;
  firstRight: number;
}

/** One item summed up over the class. */
export interface ItemSummary {
  position: number;
  ref: string;
  view: ItemView;
  /** Students whose progress ticks it, of those who handed in. */
  done: number;
  of: number;
  checks: CheckSummary[];
  /** A guided sequence's steps, in order. */
  steps: StepSummary[];
  answers: { student: string; text: string }[];
  /** Widget states reached (codec strings), with who reached them and the state in words. */
  reached: { student: string; state: string; text: string }[];
}

function itemOf(r: ReviewedFile, ref: string): SubmittedItem | undefined {
  return r.submission.items.find((i) => i.ref === ref);
}

// Counts one student's first and final answer; an answer the book does not list is added, marked right or not from
// the student's file only when the book cannot say (`trustFile`).
function countAnswer(summary: CheckSummary, answer: { first: string; firstRight: boolean; final: string; right: boolean }, trustFile: boolean) {
  const choice = (text: string, right: boolean) => {
    let found = summary.choices.find((c) => c.text === text);
    if (!found) summary.choices.push((found = { text, correct: trustFile ? right : null, first: 0, final: 0 }));
    return found;
  };
  choice(answer.first, answer.firstRight).first++;
  choice(answer.final, answer.right).final++;
  summary.answered++;
}

function checkSummaries(ref: string, accepted: readonly ReviewedFile[], exercise: ReturnType<typeof findExercise>): CheckSummary[] {
  const byName = new Map<string, CheckSummary>();
  for (const check of exercise?.checks ?? []) {
    byName.set(check.name, { name: check.name, question: check.question, choices: check.choices.map((c) => ({ text: c.text, correct: c.correct, first: 0, final: 0 })), answered: 0 });
  }
  for (const r of accepted) {
    for (const check of itemOf(r, ref)?.checks ?? []) {
      let summary = byName.get(check.name);
      if (!summary) byName.set(check.name, (summary = { name: check.name, question: check.question, choices: [], answered: 0 }));
      countAnswer(summary, check, !exercise);
    }
  }
  return [...byName.values()];
}

function stepSummaries(ref: string, accepted: readonly ReviewedFile[], sequence: CatalogueSequence | undefined): StepSummary[] {
  const byStep = new Map<number, StepSummary>();
  const empty = (step: number, title: string, question: string): StepSummary => ({ step, name: `step-${step}`, title, question, choices: [], answered: 0, firstRight: 0 });
  sequence?.steps.forEach((s, index) => {
    byStep.set(index + 1, { ...empty(index + 1, s.title, s.question), choices: s.choices.map((c) => ({ text: c.text, correct: c.correct, first: 0, final: 0 })) });
  });
  for (const r of accepted) {
    for (const p of itemOf(r, ref)?.predictions ?? []) {
      let summary = byStep.get(p.step);
      if (!summary) byStep.set(p.step, (summary = empty(p.step, p.title, p.question)));
      // A guess is borne out or not by its number alone, so the student's file can say.
      countAnswer(summary, p, sequence?.steps[p.step - 1]?.kind !== 'predict');
      if (p.firstRight) summary.firstRight++;
    }
  }
  const guesses = new Set(sequence?.steps.flatMap((s, index) => (s.kind === 'guess' ? [index + 1] : [])));
  for (const summary of byStep.values()) if (guesses.has(summary.step)) summary.choices.sort((a, b) => parseFloat(a.text) - parseFloat(b.text));
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

/** Each item of the assignment summed up over the accepted hand-ins. */
export function summariseItems(review: Review, catalogue: Catalogue): ItemSummary[] {
  if (!review.assignment) return [];
  const { accepted } = review;
  return review.assignment.assignment.items.map((item, index) => {
    const ref = itemRef(item);
    const named = accepted.map((r) => ({ student: studentName(r), item: itemOf(r, ref) }));
    return {
      position: index + 1,
      ref,
      view: viewItem(item, catalogue),
      done: named.filter((n) => n.item?.done).length,
      of: accepted.length,
      checks: item.type === 'exercise' ? checkSummaries(ref, accepted, findExercise(catalogue, item.exercise)) : [],
      steps: item.type === 'sequence' ? stepSummaries(ref, accepted, findSequence(catalogue, item.sequence)) : [],
      answers: named.flatMap((n) => (n.item?.answer?.trim() ? [{ student: n.student, text: n.item.answer }] : [])),
      reached: named.flatMap((n) => (n.item?.reached ? [{ student: n.student, state: n.item.reached, text: n.item.reachedText ?? n.item.reached }] : [])),
    };
  });
}

// A cell that a spreadsheet would run as a formula is written as text.
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per student for a gradebook: totals (with guided steps predicted and borne out first time when the
 * assignment has a guided sequence), then each item's completion, written answer, quick-check answers and first
 * predictions.
 */
export function reviewCsv(review: Review, catalogue: Catalogue): string {
  const items = summariseItems(review, catalogue);
  const guided = review.assignment?.assignment.items.some((item) => item.type === 'sequence') ?? false;
  const header = ['Student', 'File', 'Handed in', 'Items done', 'Items', 'Quick checks right first time', 'Quick checks right in the end', 'Quick checks answered'];
  if (guided) header.push('Guided steps borne out first time', 'Guided steps predicted');
  for (const s of items) {
    header.push(`${s.position}. ${s.view.label} — done`);
    if (s.answers.length > 0) header.push(`${s.position}. ${s.view.label} — written answer`);
    for (const c of s.checks) header.push(`${s.position}. ${c.question} — final answer`);
    for (const step of s.steps) header.push(`${s.position}. ${s.view.label} — step ${step.step} first prediction`);
    if (s.reached.length > 0) header.push(`${s.position}. ${s.view.label} — state reached`);
  }
  const rows = review.accepted.map((r) => {
    const mine = items.map((s) => ({ s, item: itemOf(r, s.ref) }));
    const checks = mine.flatMap(({ item }) => item?.checks ?? []);
    const predictions = mine.flatMap(({ item }) => item?.predictions ?? []);
    const row: (string | number)[] = [
      studentName(r),
      r.file,
      r.submission.handedInAt,
      mine.filter(({ item }) => item?.done).length,
      items.length,
      checks.filter((c) => c.firstRight).length,
      checks.filter((c) => c.right).length,
      checks.length,
    ];
    if (guided) row.push(predictions.filter((p) => p.firstRight).length, predictions.length);
    for (const { s, item } of mine) {
      row.push(item?.done ? 1 : 0);
      if (s.answers.length > 0) row.push(item?.answer ?? '');
      for (const c of s.checks) row.push(item?.checks?.find((k) => k.name === c.name)?.final ?? '');
      for (const step of s.steps) row.push(item?.predictions?.find((p) => p.step === step.step)?.first ?? '');
      if (s.reached.length > 0) row.push(item?.reachedText ?? '');
    }
    return row;
  });
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
