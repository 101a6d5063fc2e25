/** The self-assessment's exported file (versioned JSON) and the validators shared with the browser store. */
import { assessmentItems, findPreset, isModelVersion, MODEL_VERSION, MODES, type AssessmentAnswerLevels, type ItemId, type Level, type Mix } from '@evaluation';

/** The `format` marker every exported file carries. */
export const FILE_FORMAT = 'pvc-self-assessment';
/** The file version this site writes and reads. */
export const FILE_VERSION = 1;
/** Longest evidence note kept per item (the model keeps the same). */
export const MAX_NOTE = 2000;
/** Longest service or respondent name kept. */
export const MAX_NAME = 200;
/** Largest import accepted: a full assessment with many snapshots is a few tens of kilobytes. */
export const MAX_FILE_CHARS = 1_000_000;
const MAX_SNAPSHOTS = 200;

/** Evidence notes by item id. */
export type AssessmentNotes = Partial<Record<ItemId, string>>;

/** What a reader enters for one service: the part every saved record, snapshot and file shares. */
export interface AssessmentData {
  /** The service's name as the reader gave it. */
  service: string;
  /** The preset the reader started from, or null for a context described from scratch. */
  presetId: string | null;
  /** Answers 1–5 by item id; skipped items are absent. */
  answers: AssessmentAnswerLevels;
  /** Optional evidence notes by item id. */
  notes: AssessmentNotes;
  /** The service's current mix of modes in percent (summing to 100), or null when not given. */
  currentMix: Mix | null;
  /** Who answered (e.g. "manager", "frontline staff", "service user"); optional. */
  respondent?: string;
}

/** The answers of one service at one moment, kept to see what changed over time. */
export interface Snapshot {
  id: string;
  /** ISO date and time the snapshot was taken. */
  takenAt: string;
  answers: AssessmentAnswerLevels;
  notes: AssessmentNotes;
  currentMix: Mix | null;
}

/** The exported file, version 1. */
export interface AssessmentFile extends AssessmentData {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  /**
   * The version of the model whose results the reader saw (e.g. "2.1.0"); null for a file exported
   * before files recorded it. An optional field, so files stay version 1 and older copies of the book still read them.
   */
  modelVersion: string | null;
  /** ISO date and time of export. */
  savedAt: string;
  /** Earlier snapshots of the same service (optional). */
  snapshots?: Snapshot[];
}

/** Why a file (or a stored record) was refused. */
export type FileErrorCode = 'too-large' | 'not-json' | 'not-self-assessment' | 'newer-version' | 'bad-version' | 'invalid-field';

/** The only error the file reader throws: a message a reader can act on, naming the problem. */
export class AssessmentFileError extends Error {
  readonly code: FileErrorCode;
  /** The field at fault, e.g. "answers.problemKnown", when there is one. */
  readonly field: string | null;

  constructor(code: FileErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'AssessmentFileError';
    this.code = code;
    this.field = field;
  }
}

/** Tells an AssessmentFileError apart from any other thrown value. */
export function isAssessmentFileError(error: unknown): error is AssessmentFileError {
  return error instanceof AssessmentFileError;
}

const ITEM_IDS = new Set<string>(assessmentItems.map((i) => i.id));
const itemShort = new Map<string, string>(assessmentItems.map((i) => [i.id, i.short]));

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

const invalid = (field: string, message: string) => new AssessmentFileError('invalid-field', message, field);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw invalid(field, `"${field}" must be an object with named fields; it is ${show(value)}.`);
  return value;
}

function readText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw invalid(field, `"${field}" must be text; it is ${show(value)}.`);
  if (value.length > max) throw invalid(field, `"${field}" is too long (${value.length} characters; at most ${max}).`);
  return value;
}

/** Validates answers: known item ids, each a whole number 1–5 (null or absent = skipped). */
export function readAnswers(value: unknown, field = 'answers'): AssessmentAnswerLevels {
  const record = requireObject(value, field);
  const answers: AssessmentAnswerLevels = {};
  for (const [id, level] of Object.entries(record)) {
    if (!ITEM_IDS.has(id)) throw invalid(`${field}.${id}`, `"${field}" has an unknown item "${id.slice(0, 40)}".`);
    if (level === null) continue;
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) {
      throw invalid(`${field}.${id}`, `The answer for "${id}" (${itemShort.get(id)}) must be a whole number 1–5; it is ${show(level)}.`);
    }
    answers[id as ItemId] = level as Level;
  }
  return answers;
}

/** Validates evidence notes: known item ids, each text of at most MAX_NOTE characters. */
export function readNotes(value: unknown, field = 'notes'): AssessmentNotes {
  if (value === undefined || value === null) return {};
  const record = requireObject(value, field);
  const notes: AssessmentNotes = {};
  for (const [id, note] of Object.entries(record)) {
    if (!ITEM_IDS.has(id)) throw invalid(`${field}.${id}`, `"${field}" has a note for an unknown item "${id.slice(0, 40)}".`);
    const text = readText(note, `${field}.${id}`, MAX_NOTE);
    if (text.trim() !== '') notes[id as ItemId] = text;
  }
  return notes;
}

/** Validates a mix: the four modes, each 0–100, adding up to 100 (±0.5); null when absent. */
export function readMix(value: unknown, field = 'currentMix'): Mix | null {
  if (value === undefined || value === null) return null;
  const record = requireObject(value, field);
  const mix = {} as Mix;
  for (const key of Object.keys(record)) {
    if (!(MODES as readonly string[]).includes(key)) throw invalid(`${field}.${key}`, `"${field}" has an unknown mode "${key.slice(0, 40)}"; the modes are ${MODES.join(', ')}.`);
  }
  for (const mode of MODES) {
    const share = record[mode] ?? 0;
    if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 100) {
      throw invalid(`${field}.${mode}`, `The ${mode} share in "${field}" must be a number from 0 to 100; it is ${show(share)}.`);
    }
    mix[mode] = share;
  }
  const total = MODES.reduce((sum, m) => sum + mix[m], 0);
  if (Math.abs(total - 100) > 0.5) throw invalid(field, `The shares in "${field}" must add up to 100; they add up to ${Math.round(total * 10) / 10}.`);
  return mix;
}

function readDate(value: unknown, field: string): string {
  const text = readText(value, field, 40);
  if (Number.isNaN(Date.parse(text))) throw invalid(field, `"${field}" must be a date and time (e.g. 2025-03-01T10:42:00Z); it is ${show(text)}.`);
  return text;
}

/** Validates the fields every record shares: service, presetId, answers, notes, currentMix, respondent. */
export function readAssessmentData(value: unknown, where = 'file'): AssessmentData {
  const record = requireObject(value, where);
  const service = readText(record['service'] ?? '', 'service', MAX_NAME);
  const presetRaw = record['presetId'] ?? null;
  if (presetRaw !== null && (typeof presetRaw !== 'string' || findPreset(presetRaw) === undefined)) {
    throw invalid('presetId', `"presetId" must be the id of one of the book's service presets, or null; it is ${show(presetRaw)}.`);
  }
  if (record['answers'] === undefined) throw invalid('answers', 'The file has no "answers".');
  const data: AssessmentData = {
    service,
    presetId: presetRaw,
    answers: readAnswers(record['answers']),
    notes: readNotes(record['notes']),
    currentMix: readMix(record['currentMix']),
  };
  if (record['respondent'] !== undefined && record['respondent'] !== null) {
    const respondent = readText(record['respondent'], 'respondent', MAX_NAME).trim();
    if (respondent !== '') data.respondent = respondent;
  }
  return data;
}

/** Validates one snapshot. */
export function readSnapshot(value: unknown, field: string): Snapshot {
  const record = requireObject(value, field);
  return {
    id: readText(record['id'] ?? '', `${field}.id`, 80) || `snapshot-${readDate(record['takenAt'], `${field}.takenAt`)}`,
    takenAt: readDate(record['takenAt'], `${field}.takenAt`),
    answers: readAnswers(record['answers'], `${field}.answers`),
    notes: readNotes(record['notes'], `${field}.notes`),
    currentMix: readMix(record['currentMix'], `${field}.currentMix`),
  };
}

/** Gives repeated ids a suffix ("-2", "-3"), within 80 characters: the same repair on every read, so tabs and files agree on it. */
export function uniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const used = new Set<string>();
  return items.map((item) => {
    let id = item.id;
    for (let n = 2; used.has(id); n++) id = `${item.id.slice(0, 72)}-${n}`;
    used.add(id);
    return id === item.id ? item : { ...item, id };
  });
}

/** Validates a list of snapshots (absent = none); repeated or missing ids are made unique. */
export function readSnapshots(value: unknown, field = 'snapshots'): Snapshot[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(field, `"${field}" must be a list; it is ${show(value)}.`);
  if (value.length > MAX_SNAPSHOTS) throw invalid(field, `"${field}" has ${value.length} snapshots; at most ${MAX_SNAPSHOTS} are kept.`);
  return uniqueIds(value.map((s, i) => readSnapshot(s, `${field}[${i}]`)));
}

/** Reads an exported file's text. Throws AssessmentFileError (never anything else) naming the problem. */
export function parseAssessmentFile(text: string): AssessmentFile {
  if (typeof text !== 'string') throw new AssessmentFileError('not-json', 'The file could not be read as text.');
  if (text.length > MAX_FILE_CHARS) {
    throw new AssessmentFileError('too-large', `The file is too large to be a self-assessment (${Math.ceil(text.length / 1000).toLocaleString('en-GB')} kB; at most ${(MAX_FILE_CHARS / 1000).toLocaleString('en-GB')} kB).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AssessmentFileError('not-json', 'The file is not JSON, so it cannot be a self-assessment exported from this site.');
  }
  if (!isRecord(json) || json['format'] !== FILE_FORMAT) {
    throw new AssessmentFileError('not-self-assessment', `The file is JSON but not a self-assessment file: it lacks "format": "${FILE_FORMAT}".`);
  }
  const version = json['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AssessmentFileError('bad-version', `The file's "version" must be a whole number (this site writes version ${FILE_VERSION}); it is ${show(version)}.`, 'version');
  }
  if (version > FILE_VERSION) {
    throw new AssessmentFileError('newer-version', `The file is version ${version}, which is newer than this site understands (version ${FILE_VERSION}). Open it with a newer copy of the book.`, 'version');
  }
  const data = readAssessmentData(json);
  const modelVersion = json['modelVersion'] ?? null;
  if (modelVersion !== null && !isModelVersion(modelVersion)) {
    throw invalid('modelVersion', `"modelVersion" must be a model version such as "${MODEL_VERSION}"; it is ${show(modelVersion)}.`);
  }
  const file: AssessmentFile = { format: FILE_FORMAT, version: FILE_VERSION, modelVersion, ...data, savedAt: readDate(json['savedAt'], 'savedAt') };
  const snapshots = readSnapshots(json['snapshots']);
  if (snapshots.length > 0) file.snapshots = snapshots;
  return file;
}

/** Builds the file for an assessment, stamped with the export time. */
export function toAssessmentFile(data: AssessmentData, savedAt: Date, snapshots: readonly Snapshot[] = []): AssessmentFile {
  const file: AssessmentFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    modelVersion: MODEL_VERSION,
    service: data.service,
    presetId: data.presetId,
    answers: { ...data.answers },
    notes: { ...data.notes },
    currentMix: data.currentMix ? { ...data.currentMix } : null,
    savedAt: savedAt.toISOString(),
  };
  if (data.respondent) file.respondent = data.respondent;
  if (snapshots.length > 0) file.snapshots = snapshots.map((s) => ({ ...s }));
  return file;
}

/** The file's text: indented JSON a person can read. */
export function serialiseAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A safe download name, e.g. "self-assessment-recycling-2025-03-01.json". */
export function fileNameFor(service: string, date: Date, respondent?: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const parts = ['self-assessment', slug(service) || 'service', respondent ? slug(respondent) : '', date.toISOString().slice(0, 10)];
  return `${parts.filter(Boolean).join('-')}.json`;
}
