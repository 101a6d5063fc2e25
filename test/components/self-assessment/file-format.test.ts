import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentItems, MODEL_VERSION, presets } from '@evaluation';
import {
  AssessmentFileError,
  FILE_FORMAT,
  fileNameFor,
  parseAssessmentFile,
  serialiseAssessmentFile,
  toAssessmentFile,
  uniqueIds,
  type AssessmentData,
  type FileErrorCode,
} from '@components/self-assessment/file-format';

const data: AssessmentData = {
  service: 'Recycling collection, North ward',
  presetId: 'recycling-collection',
  answers: { problemKnown: 5, modularity: 4, involvement: 2, sponsorship: 1 },
  notes: { sponsorship: 'Grant ends in March.' },
  currentMix: { bureaucracy: 70, innersourcing: 0, crowdsourcing: 30, opensourcing: 0 },
  respondent: 'manager',
};
const good = () => toAssessmentFile(data, new Date('2025-03-01T10:42:00Z'));
const text = (value: unknown) => JSON.stringify(value);

describe('parseAssessmentFile() round trip', () => {
  it('reads back exactly what toAssessmentFile() and serialiseAssessmentFile() wrote', () => {
    const file = good();
    expect(parseAssessmentFile(serialiseAssessmentFile(file))).toEqual(file);
    expect(file).toMatchObject({ format: FILE_FORMAT, version: 1, savedAt: '2025-03-01T10:42:00.000Z', respondent: 'manager' });
  });

  it('keeps snapshots when the file carries them', () => {
    const snap = { id: 's1', takenAt: '2024-09-01T09:00:00.000Z', answers: { problemKnown: 3 as const }, notes: {}, currentMix: null };
    const file = toAssessmentFile(data, new Date('2025-03-01T10:42:00Z'), [snap]);
    expect(parseAssessmentFile(serialiseAssessmentFile(file)).snapshots).toEqual([snap]);
  });

  it('records the model version the results were computed with', () => {
    expect(good().modelVersion).toBe(MODEL_VERSION);
    expect(JSON.parse(serialiseAssessmentFile(good()))).toMatchObject({ version: 1, modelVersion: MODEL_VERSION });
  });

  it('still imports a file written before files recorded the model version, as made with an unrecorded version', () => {
    const old = base();
    delete old.modelVersion;
    expect(parseAssessmentFile(text(old))).toEqual({ ...good(), modelVersion: null });
    expect(parseAssessmentFile(edit((f) => (f.modelVersion = '1.0.0'))).modelVersion).toBe('1.0.0');
  });

  it('treats null answers as skipped and tolerates a byte-order mark', () => {
    const file = { ...good(), answers: { problemKnown: 2, locus: null } };
    expect(parseAssessmentFile(`\uFEFF${text(file)}`).answers).toEqual({ problemKnown: 2 });
  });
});

const base = () => JSON.parse(text(good())) as Record<string, unknown>;
const edit = (f: (file: Record<string, unknown>) => void) => {
  const file = base();
  f(file);
  return text(file);
};

describe.each<[string, string, FileErrorCode, RegExp]>([
  ['plain text', 'hello, world', 'not-json', /not JSON/],
  ['an empty file', '', 'not-json', /not JSON/],
  ['a JSON list', '[1,2,3]', 'not-self-assessment', /not a self-assessment file/],
  ['another JSON document', text({ name: 'x', answers: {} }), 'not-self-assessment', /not a self-assessment file/],
  ['a newer version', edit((f) => (f.version = 2)), 'newer-version', /version 2 is newer than this site understands|version 2, which is newer than this site understands/],
  ['a missing version', edit((f) => delete f.version), 'bad-version', /"version" must be a whole number/],
  ['a fractional version', edit((f) => (f.version = 1.5)), 'bad-version', /"version"/],
  ['an answer of 7', edit((f) => ((f.answers as Record<string, unknown>).problemKnown = 7)), 'invalid-field', /answer for "problemKnown" .* must be a whole number 1–5; it is 7/],
  ['an answer of 2.5', edit((f) => ((f.answers as Record<string, unknown>).locus = 2.5)), 'invalid-field', /answer for "locus"/],
  ['a text answer', edit((f) => ((f.answers as Record<string, unknown>).locus = 'high')), 'invalid-field', /answer for "locus"/],
  ['an unknown item', edit((f) => ((f.answers as Record<string, unknown>).happiness = 3)), 'invalid-field', /unknown item "happiness"/],
  ['no answers', edit((f) => delete f.answers), 'invalid-field', /no "answers"/],
  ['answers as a list', edit((f) => (f.answers = [1, 2])), 'invalid-field', /"answers" must be an object/],
  ['a mix that does not add up', edit((f) => (f.currentMix = { bureaucracy: 50, innersourcing: 0, crowdsourcing: 30, opensourcing: 0 })), 'invalid-field', /add up to 100; they add up to 80/],
  ['a negative share', edit((f) => (f.currentMix = { bureaucracy: 100, innersourcing: -20, crowdsourcing: 20, opensourcing: 0 })), 'invalid-field', /innersourcing share/],
  ['an unknown mode', edit((f) => (f.currentMix = { bureaucracy: 100, outsourcing: 0 })), 'invalid-field', /unknown mode "outsourcing"/],
  ['an unknown preset', edit((f) => (f.presetId = 'moon-base')), 'invalid-field', /"presetId"/],
  ['a note that is not text', edit((f) => (f.notes = { sponsorship: 42 })), 'invalid-field', /"notes.sponsorship" must be text/],
  ['a service name that is not text', edit((f) => (f.service = { name: 'x' })), 'invalid-field', /"service" must be text/],
  ['a bad date', edit((f) => (f.savedAt = 'last Tuesday')), 'invalid-field', /"savedAt" must be a date/],
  ['a model version that is not one', edit((f) => (f.modelVersion = 'two')), 'invalid-field', /"modelVersion" must be a model version such as "\d+\.\d+\.\d+"; it is "two"/],
  ['a broken snapshot', edit((f) => (f.snapshots = [{ takenAt: '2024-01-01T00:00:00Z', answers: { locus: 9 } }])), 'invalid-field', /answer for "locus"/],
  ['a huge file', ' '.repeat(1_000_001), 'too-large', /^The file is too large to be a self-assessment \(1,001 kB; at most 1,000 kB\)\.$/],
])('parseAssessmentFile() refuses %s', (_name, input, code, message) => {
  it(`with a ${code} error whose message names the problem`, () => {
    let caught: unknown;
    try {
      parseAssessmentFile(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssessmentFileError);
    expect((caught as AssessmentFileError).code).toBe(code);
    expect((caught as AssessmentFileError).message).toMatch(message);
  });
});

describe('parseAssessmentFile() under fuzzing', () => {
  const outcome = (input: string): 'ok' | 'typed-error' => {
    try {
      const file = parseAssessmentFile(input);
      // A file that parses is valid: it survives another round trip unchanged.
      expect(parseAssessmentFile(serialiseAssessmentFile(file))).toEqual(file);
      return 'ok';
    } catch (error) {
      if (error instanceof AssessmentFileError) return 'typed-error';
      throw error;
    }
  };

  it('turns any string into either a valid assessment or an AssessmentFileError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void outcome(s)), { numRuns: 500 });
  });

  it('turns any JSON value into either a valid assessment or an AssessmentFileError', () => {
    fc.assert(fc.property(fc.json(), (s) => void outcome(s)), { numRuns: 500 });
  });

  const ids = assessmentItems.map((i) => i.id);
  const field = fc.constantFrom('service', 'presetId', 'answers', 'notes', 'currentMix', 'savedAt', 'respondent', 'version', 'snapshots', 'format');
  it('turns any one-field mutation of a good file into either a valid assessment or an AssessmentFileError', () => {
    fc.assert(
      fc.property(field, fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...ids, 'x'), fc.jsonValue())), (key, value) => {
        const file = base();
        file[key] = value;
        void outcome(text(file));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every well-formed file it could have written', () => {
    const level = fc.integer({ min: 1, max: 5 });
    const answers = fc.record(Object.fromEntries(ids.map((id) => [id, level])), { requiredKeys: [] });
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 200 }), fc.constantFrom(null, ...presets.map((p) => p.id)), (a, service, presetId) => {
        const file = toAssessmentFile({ service, presetId, answers: a, notes: {}, currentMix: null }, new Date(0));
        expect(outcome(serialiseAssessmentFile(file))).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });
});

describe('fileNameFor()', () => {
  it.each([
    ['Recycling, North ward', undefined, 'self-assessment-recycling-north-ward-2025-03-01.json'],
    ['Café municipal', 'Service user', 'self-assessment-cafe-municipal-service-user-2025-03-01.json'],
    ['', undefined, 'self-assessment-service-2025-03-01.json'],
  ])('names %j (respondent %j) %s', (service, respondent, expected) => {
    expect(fileNameFor(service, new Date('2025-03-01T10:00:00Z'), respondent)).toBe(expected);
  });
});

describe('snapshot ids in a file', () => {
  it('are made unique when repeated or missing, keeping every snapshot in its order', () => {
    const snap = (id: string | undefined, takenAt: string) => ({ ...(id === undefined ? {} : { id }), takenAt, answers: {}, notes: {} });
    const file = { ...toAssessmentFile({ service: 'S', presetId: null, answers: {}, notes: {}, currentMix: null }, new Date('2025-03-01T10:42:00Z')) } as Record<string, unknown>;
    file['snapshots'] = [snap('a', '2025-01-01T00:00:00Z'), snap('a', '2025-01-02T00:00:00Z'), snap(undefined, '2025-01-03T00:00:00Z'), snap(undefined, '2025-01-03T00:00:00Z'), snap('a-2', '2025-01-04T00:00:00Z')];
    const parsed = parseAssessmentFile(JSON.stringify(file));
    expect(parsed.snapshots!.map((s) => s.id)).toEqual(['a', 'a-2', 'snapshot-2025-01-03T00:00:00Z', 'snapshot-2025-01-03T00:00:00Z-2', 'a-2-2']);
    expect(parsed.snapshots!.map((s) => s.takenAt)).toEqual(['2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', '2025-01-03T00:00:00Z', '2025-01-03T00:00:00Z', '2025-01-04T00:00:00Z']);
  });

  it('stay unique and valid when a repeated id is as long as an id may be', () => {
    const long = { id: 'y'.repeat(80) };
    const ids = uniqueIds([long, long, long]).map((x) => x.id);
    expect(new Set(ids).size).toBe(3);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(80);
  });
});
