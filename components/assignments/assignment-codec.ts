/**
 * An assignment carried whole in one link: a title, instructions, a due date in words and an
 * ordered list of items (chapters or sections to read, exercises to do, guided sequences to work
 * through, widget set-ups to explore).
 * The link's value is versioned and compact: `1.<checksum>.<head>.<item>.<item>…`, each part the
 * base64url of its fields, so a link an LMS cut short or someone edited still yields every part
 * that can be read. The decoder never throws; it names each part it had to leave out.
 */
import { decodeWith, KIND_CODES, stateCodecs } from '@evaluation';
import { hashText } from '../mdx/quick-check-order';
import type { UrlWidgetKind } from '../widget/widget-meta';

/** The address parameter an assignment travels in. */
export const ASSIGNMENT_PARAM = 'a';
/** The format version this book writes and reads. */
export const ASSIGNMENT_VERSION = '1';
/** The longest texts and the most items an assignment keeps. */
export const ASSIGNMENT_LIMITS = { title: 120, instructions: 2000, due: 80, note: 300, items: 40, link: 12_000 } as const;

/** A chapter (anchor '') or one of its sections to read. */
export interface SectionItem {
  type: 'section';
  chapter: string;
  anchor: string;
  /** The lecturer's words on this item ('' for none). */
  note: string;
}

/** An exercise to do. */
export interface ExerciseItem {
  type: 'exercise';
  exercise: string;
  note: string;
}

/** A guided sequence to work through (predict, try, explain). */
export interface SequenceItem {
  type: 'sequence';
  sequence: string;
  note: string;
}

/** A widget to open in a set-up (on a chapter page, as the widget with id `param`) and explore. */
export interface WidgetItem {
  type: 'widget';
  kind: UrlWidgetKind;
  /** The set-up: the widget's state as its codec writes it (e.g. "v1.m.car-pooling.30-0-30-40"). */
  state: string;
  chapter: string;
  param: string;
  note: string;
}

/** One item of an assignment. */
export type AssignmentItem = SectionItem | ExerciseItem | SequenceItem | WidgetItem;

/** A whole assignment. */
export interface Assignment {
  title: string;
  instructions: string;
  /** The due date as the lecturer writes it ("Friday 14 March, before the seminar"). */
  due: string;
  items: AssignmentItem[];
}

/** What a link yields: always an assignment to show (possibly partial), its identity, and what went wrong. */
export interface DecodedAssignment {
  assignment: Assignment;
  /** The assignment's identity (the checksum it was made with): the same link always gives the same id. */
  id: string;
  /** One sentence per problem, naming the part (empty when the link is whole). */
  problems: string[];
  /** True when nothing in the link could be read as an assignment. */
  unreadable: boolean;
}

/** Thrown by `encodeAssignment` for an assignment that cannot be written (a bug in the builder, not a reader's mistake). */
export class AssignmentError extends Error {
  override name = 'AssignmentError';
}

const SEPARATOR = '\u001f';
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ANCHOR = /^[a-z0-9_][a-z0-9_-]{0,119}$/;
// An item names its widget by the letter its states carry, so the two cannot drift apart.
const WIDGET_KINDS = Object.keys(stateCodecs).filter((k): k is UrlWidgetKind => k !== 'assessment');

/** Keeps text within `max` characters, without control characters (line breaks kept where `lines`). */
export function cleanText(text: string, max: number, lines = false): string {
  const cleaned = text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\r\n?/g, '\n')
    // Control characters (the separator among them) cannot be typed in a form; a line break is kept where allowed.
    .replace(/\p{Cc}/gu, (c) => (c === '\n' && lines ? c : lines ? '' : ' '));
  return [...cleaned].slice(0, max).join('').trim();
}

/** Whether a widget state string is a valid state of that kind (by the model's codec). */
export function isWidgetState(kind: UrlWidgetKind, state: string): boolean {
  return decodeWith(stateCodecs[kind], state).ok;
}

function checkItem(item: AssignmentItem): string | null {
  switch (item.type) {
    case 'section':
      if (!ID.test(item.chapter)) return `"${item.chapter.slice(0, 40)}" is not a chapter id`;
      return item.anchor === '' || ANCHOR.test(item.anchor) ? null : `"${item.anchor.slice(0, 40)}" is not a section anchor`;
    case 'exercise':
      return ID.test(item.exercise) ? null : `"${item.exercise.slice(0, 40)}" is not an exercise id`;
    case 'sequence':
      return ID.test(item.sequence) ? null : `"${item.sequence.slice(0, 40)}" is not a guided sequence id`;
    case 'widget':
      if (!WIDGET_KINDS.includes(item.kind)) return `"${String(item.kind).slice(0, 20)}" is not a widget`;
      if (!ID.test(item.chapter) || !ID.test(item.param)) return 'the widget’s chapter or id is not valid';
      return isWidgetState(item.kind, item.state) ? null : `its ${item.kind} set-up is not a valid state`;
    default:
      return 'it is of an unknown type';
  }
}

/** The assignment with its texts cleaned and clipped to the limits (what a link can carry). */
export function normaliseAssignment(assignment: Assignment): Assignment {
  const note = (text: string) => cleanText(text, ASSIGNMENT_LIMITS.note, true);
  return {
    title: cleanText(assignment.title, ASSIGNMENT_LIMITS.title),
    instructions: cleanText(assignment.instructions, ASSIGNMENT_LIMITS.instructions, true),
    due: cleanText(assignment.due, ASSIGNMENT_LIMITS.due),
    items: assignment.items.slice(0, ASSIGNMENT_LIMITS.items).map((item) => ({ ...item, note: note(item.note) })),
  };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(part: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(part) || part.length % 4 === 1) throw new Error('it is not in the link’s alphabet');
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function itemFields(item: AssignmentItem): string[] {
  switch (item.type) {
    case 'section':
      return ['s', item.chapter, item.anchor, item.note];
    case 'exercise':
      return ['e', item.exercise, item.note];
    case 'sequence':
      return ['g', item.sequence, item.note];
    case 'widget':
      return ['w', KIND_CODES[item.kind], item.state, item.chapter, item.param, item.note];
  }
}

function readItem(fields: string[]): AssignmentItem {
  const [type, ...rest] = fields;
  const expect = (n: number) => {
    if (rest.length !== n) throw new Error(`it has ${rest.length} fields, not ${n}`);
  };
  let item: AssignmentItem;
  if (type === 's') {
    expect(3);
    item = { type: 'section', chapter: rest[0]!, anchor: rest[1]!, note: rest[2]! };
  } else if (type === 'e') {
    expect(2);
    item = { type: 'exercise', exercise: rest[0]!, note: rest[1]! };
  } else if (type === 'g') {
    expect(2);
    item = { type: 'sequence', sequence: rest[0]!, note: rest[1]! };
  } else if (type === 'w') {
    expect(5);
    const kind = WIDGET_KINDS.find((k) => KIND_CODES[k] === rest[0]);
    if (!kind) throw new Error('it names an unknown widget');
    item = { type: 'widget', kind, state: rest[1]!, chapter: rest[2]!, param: rest[3]!, note: rest[4]! };
  } else throw new Error('it is of an unknown type');
  const wrong = checkItem(item);
  if (wrong) throw new Error(wrong);
  return { ...item, note: cleanText(item.note, ASSIGNMENT_LIMITS.note, true) };
}

const checksum = (body: string): string => hashText(body).toString(36);

/** The link value of an assignment (normalised first). Throws AssignmentError for an item that is not valid, or with no items. */
export function encodeAssignment(assignment: Assignment): string {
  const a = normaliseAssignment(assignment);
  if (a.items.length === 0) throw new AssignmentError('An assignment needs at least one item.');
  a.items.forEach((item, i) => {
    const wrong = checkItem(item);
    if (wrong) throw new AssignmentError(`Item ${i + 1} cannot be written: ${wrong}.`);
  });
  const parts = [[a.title, a.instructions, a.due], ...a.items.map(itemFields)].map((fields) => toBase64Url(fields.join(SEPARATOR)));
  const body = parts.join('.');
  return `${ASSIGNMENT_VERSION}.${checksum(body)}.${body}`;
}

/** The identity of an assignment: the checksum its link carries. */
export function assignmentId(assignment: Assignment): string {
  return encodeAssignment(assignment).split('.')[1]!;
}

const EMPTY: Assignment = { title: '', instructions: '', due: '', items: [] };

/** Reads a link value; never throws. Returns every part it could read and a sentence for each it could not. */
export function decodeAssignment(value: unknown): DecodedAssignment {
  const nothing = (problem: string): DecodedAssignment => ({ assignment: { ...EMPTY, items: [] }, id: '', problems: [problem], unreadable: true });
  if (typeof value !== 'string' || value.trim() === '') return nothing('The link holds no assignment.');
  const text = value.trim();
  if (text.length > ASSIGNMENT_LIMITS.link) return nothing(`The assignment in the link is too long to be one this book made (${text.length} characters).`);
  const [version, claimed = '', ...parts] = text.split('.');
  if (version !== ASSIGNMENT_VERSION) {
    return nothing(/^\d+$/.test(version ?? '') ? `The assignment was made with format ${version}, which this version of the book cannot read.` : 'The link’s assignment is not in a format this book understands.');
  }
  const problems: string[] = [];
  const body = parts.join('.');
  const sum = checksum(body);
  const id = /^[0-9a-z]{1,8}$/.test(claimed) ? claimed : sum;
  if (claimed !== sum) problems.push('The link has been changed or cut short since it was made: check it with your lecturer. Everything that could still be read is below.');

  const assignment: Assignment = { ...EMPTY, items: [] };
  const [head, ...itemParts] = parts;
  try {
    const [title, instructions, due, ...extra] = fromBase64Url(head ?? '').split(SEPARATOR);
    if (extra.length > 0 || due === undefined) throw new Error('it has the wrong number of fields');
    assignment.title = cleanText(title!, ASSIGNMENT_LIMITS.title);
    assignment.instructions = cleanText(instructions!, ASSIGNMENT_LIMITS.instructions, true);
    assignment.due = cleanText(due, ASSIGNMENT_LIMITS.due);
  } catch (error) {
    problems.push(`The assignment’s title, instructions and due date could not be read (${(error as Error).message}).`);
  }
  itemParts.slice(0, ASSIGNMENT_LIMITS.items).forEach((part, i) => {
    try {
      assignment.items.push(readItem(fromBase64Url(part).split(SEPARATOR)));
    } catch (error) {
      problems.push(`Item ${i + 1} could not be read and is left out: ${(error as Error).message}.`);
    }
  });
  if (itemParts.length > ASSIGNMENT_LIMITS.items) problems.push(`The link has ${itemParts.length} items; only the first ${ASSIGNMENT_LIMITS.items} are shown.`);
  if (itemParts.length === 0) problems.push('The link’s assignment has no items.');
  const unreadable = assignment.items.length === 0 && assignment.title === '' && assignment.instructions === '';
  return { assignment, id, problems, unreadable };
}

/** The widget kind a codec state string is of ("v1.m.…" → modes), or null. */
export function stateKind(state: string): UrlWidgetKind | null {
  const code = /^v\d+\.([a-z])\./.exec(state)?.[1];
  return WIDGET_KINDS.find((k) => KIND_CODES[k] === code) ?? null;
}
