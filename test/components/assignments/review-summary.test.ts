import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '@components/assignments/assignment-codec';
import { addFiles, reviewCsv, startReview, studentName, summariseItems, type IncomingFile } from '@components/assignments/review-summary';
import { buildSubmission, serialiseSubmission } from '@components/assignments/submission-file';
import { carPooling, catalogue, studentProgress, weekFourLink, weekThree, weekThreeLink } from './fixtures';

function handIn(name: string, reader: string, at = '2025-03-14T16:30:00Z', change?: (p: ReturnType<typeof studentProgress>) => void): IncomingFile {
  const progress = studentProgress(name, reader);
  change?.(progress);
  return { name: `${reader}.json`, text: serialiseSubmission(buildSubmission(weekThreeLink, progress, catalogue, new Date(at))) };
}

const other = { name: 'other.json', text: serialiseSubmission(buildSubmission(encodeAssignment({ ...weekThree, title: 'Week 4' }), studentProgress(), catalogue, new Date())) };

describe('importing hand-ins', () => {
  it('accepts the assignment’s files and sets aside damaged, foreign and duplicate ones, each named with a reason', () => {
    let review = startReview(weekThreeLink);
    review = addFiles(review, [handIn('Ana', 'r-ana'), handIn('Ben', 'r-ben'), { name: 'essay.docx', text: 'PK\u0003\u0004…' }, other]);
    review = addFiles(review, [handIn('Ana', 'r-ana', '2025-03-14T10:00:00Z'), { name: 'cut.json', text: '{"format":"pvc-submission","version":1,"assign' }]);
    expect(review.accepted.map(studentName)).toEqual(['Ana', 'Ben']);
    expect(review.setAside).toEqual([
      { file: 'essay.docx', reason: 'Not read: it is not a hand-in file: its text is not JSON (damaged, or another kind of file).' },
      { file: 'other.json', reason: expect.stringMatching(/^For another assignment: “Week 4” \([0-9a-z]+\), not this one \([0-9a-z]+\)\.$/) },
      { file: 'r-ana.json', reason: 'Duplicate: the same student (Ana) also handed in “r-ana.json”, which is as recent or more recent and is kept.' },
      { file: 'cut.json', reason: 'Not read: it is not a hand-in file: its text is not JSON (damaged, or another kind of file).' },
    ]);
  });

  it('a later hand-in by the same student replaces the earlier, which is set aside, not lost', () => {
    let review = addFiles(startReview(weekThreeLink), [handIn('Ana', 'r-ana')]);
    review = addFiles(review, [{ ...handIn('Ana', 'r-ana', '2025-03-15T09:00:00Z'), name: 'ana-final.json' }]);
    expect(review.accepted.map((r) => r.file)).toEqual(['ana-final.json']);
    expect(review.setAside).toEqual([{ file: 'r-ana.json', reason: 'Duplicate: an earlier hand-in by the same student (Ana); “ana-final.json” is the later one and replaces it.' }]);
  });

  it('without an assignment link, reviews the assignment of the first file it can read', () => {
    const review = addFiles(startReview(null), [{ name: 'x.json', text: 'nope' }, handIn('Ana', 'r-ana'), other]);
    expect(review.assignment?.assignment.title).toBe('Week 3: modes of production');
    expect(review.accepted).toHaveLength(1);
    expect(review.setAside.map((s) => s.file)).toEqual(['x.json', 'other.json']);
    expect(startReview('garbage').assignment).toBeNull();
  });

  it('uses the file name for a student who gave no name', () => {
    const review = addFiles(startReview(weekThreeLink), [handIn('', 'r-anon')]);
    expect(studentName(review.accepted[0]!)).toBe('r-anon');
  });
});

describe('the class overview', () => {
  const review = addFiles(startReview(weekThreeLink), [
    handIn('Ana', 'r-ana'),
    handIn('Ben', 'r-ben', undefined, (p) => {
      p.exercises['ch7-table1-example']!.checks!['qc-abc123'] = { first: 1, firstRight: true, last: 1, right: true, tries: 1 };
      delete p.exercises['ch7-platform-essay'];
      p.setups = {};
      p.chapters = {};
    }),
  ]);
  const [section, check, essay, widget] = summariseItems(review, catalogue);

  it('counts completion per item', () => {
    expect([section, check, essay, widget].map((s) => `${s!.done}/${s!.of}`)).toEqual(['1/2', '2/2', '1/2', '1/2']);
  });

  it('gives each quick check’s answer distribution, first try and final, with the right answer marked', () => {
    expect(check!.checks).toEqual([
      {
        name: 'qc-abc123',
        question: 'Which mode fits car-pooling?',
        answered: 2,
        choices: [
          { text: 'Bureaucracy', correct: false, first: 1, final: 0 },
          { text: 'Opensourcing', correct: true, first: 1, final: 2 },
          { text: 'Innersourcing', correct: false, first: 0, final: 0 },
        ],
      },
    ]);
  });

  it('puts the written answers and the widget states reached side by side, by student', () => {
    expect(essay!.answers).toEqual([{ student: 'Ana', text: 'A platform, with care for equal access.' }]);
    expect(widget!.reached).toEqual([{ student: 'Ana', state: expect.stringMatching(/^v2\.m\./), text: expect.stringMatching(/^Mode balancer: /) }]);
    expect(widget!.view.href).toBe(`/chapters/07-modes-of-production/?modes=${encodeURIComponent(carPooling)}#modes`);
  });

  it('writes a CSV a gradebook can take: one row per student, formulas defused, quotes doubled', () => {
    const named = addFiles(startReview(weekThreeLink), [handIn('=HYPERLINK("x")', 'r-evil')]);
    const csv = reviewCsv(named, catalogue);
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'Student,File,Handed in,Items done,Items,Quick checks right first time,Quick checks right in the end,Quick checks answered,1. Four ways — done,2. Which mode is car-pooling? — done,2. Which mode fits car-pooling? — final answer,3. Should the administration become a platform? — done,3. Should the administration become a platform? — written answer,"4. Car-pooling to cut carbon emissions: 40 % opensourcing, 30 % bureaucracy and 30 % crowdsourcing — done","4. Car-pooling to cut carbon emissions: 40 % opensourcing, 30 % bureaucracy and 30 % crowdsourcing — state reached"',
    );
    expect(row).toMatch(/^"'=HYPERLINK\(""x""\)",r-evil\.json,2025-03-14T16:30:00\.000Z,4,4,0,1,1,1,1,Opensourcing,1,"A platform, with care for equal access\.",1,"Mode balancer: /);
    expect(reviewCsv(startReview(null), catalogue)).toBe('Student,File,Handed in,Items done,Items,Quick checks right first time,Quick checks right in the end,Quick checks answered\r\n');
  });
});

describe('the class overview of a guided sequence', () => {
  const handInFour = (name: string, reader: string, change?: (p: ReturnType<typeof studentProgress>) => void): IncomingFile => {
    const progress = studentProgress(name, reader);
    change?.(progress);
    return { name: `${reader}.json`, text: serialiseSubmission(buildSubmission(weekFourLink, progress, catalogue, new Date('2025-03-14T16:30:00Z'))) };
  };
  const steps = (p: ReturnType<typeof studentProgress>) => p.sequences['ch4-guided-triangle-failures']!.steps;
  const review = addFiles(startReview(weekFourLink), [
    handInFour('Ana', 'r-ana'),
    handInFour('Ben', 'r-ben', (p) => {
      steps(p)[1] = { first: 'Winning over the council', firstRight: true, last: 'Winning over the council', right: true, tries: 1 };
      steps(p)[2] = { first: 55, firstRight: false, last: 75, right: true, tries: 2 };
      delete steps(p)[3];
    }),
    handInFour('Cy', 'r-cy', (p) => (p.sequences = {})),
  ]);
  const [sequence, check] = summariseItems(review, catalogue);

  it('counts per step how many predicted it and whose first prediction the model bore out, with each answer first and final', () => {
    expect(`${sequence!.done}/${sequence!.of}`).toBe('1/3');
    expect(check!.steps).toEqual([]);
    expect(sequence!.steps).toEqual([
      {
        step: 1,
        name: 'step-1',
        title: 'Capacity without a mandate',
        question: 'Where does the same extra effort add most?',
        answered: 2,
        firstRight: 1,
        choices: [
          { text: 'More engineers, cameras and money', correct: false, first: 1, final: 0 },
          { text: 'Winning over the council', correct: true, first: 1, final: 2 },
        ],
      },
      {
        step: 2,
        name: 'step-2',
        title: 'A mandate without capacity',
        question: 'What realisable value would the model give?',
        answered: 2,
        firstRight: 1,
        choices: [
          { text: '55 %', correct: false, first: 1, final: 0 },
          { text: '75 %', correct: true, first: 0, final: 1 },
          { text: '80 %', correct: true, first: 1, final: 1 },
        ],
      },
      {
        step: 3,
        name: 'step-3',
        title: 'Efficient delivery of something nobody values',
        question: 'What does a faster system do?',
        answered: 1,
        firstRight: 1,
        choices: [
          { text: 'Very little', correct: true, first: 1, final: 1 },
          { text: 'A great deal', correct: false, first: 0, final: 0 },
        ],
      },
    ]);
  });

  it('marks an answer the book does not list as of unknown rightness, and keeps a step the book no longer has', () => {
    const odd = handInFour('Di', 'r-di');
    const file = JSON.parse(odd.text);
    file.items[0].predictions[0].first = 'An answer since reworded';
    file.items[0].predictions.push({ ...file.items[0].predictions[2], step: 4, title: 'Gone', question: 'Asked once?' });
    const [summary] = summariseItems(addFiles(startReview(weekFourLink), [{ name: 'di.json', text: JSON.stringify(file) }]), catalogue);
    expect(summary!.steps[0]!.choices.find((c) => c.text === 'An answer since reworded')).toEqual({ text: 'An answer since reworded', correct: null, first: 1, final: 0 });
    expect(summary!.steps[3]).toMatchObject({ step: 4, title: 'Gone', question: 'Asked once?', answered: 1, firstRight: 1, choices: [{ text: 'Very little', correct: true, first: 1, final: 1 }] });
  });

  it('accepts a hand-in with unreadable predictions, keeps what it can, and names what it left out', () => {
    const file = JSON.parse(handInFour('Ed', 'r-ed').text);
    file.items[0].predictions[0].firstRight = 'yes';
    const read = addFiles(startReview(weekFourLink), [{ name: 'ed.json', text: JSON.stringify(file) }]);
    expect(read.accepted).toHaveLength(1);
    expect(read.accepted[0]!.skipped).toEqual(['"items[0].predictions[0].firstRight" is not true or false; that step\'s predictions were left out']);
    expect(summariseItems(read, catalogue)[0]!.steps.map((s) => s.answered)).toEqual([0, 1, 1]);
    expect(addFiles(startReview(weekFourLink), [handInFour('Ed', 'r-ed')]).accepted[0]!.skipped).toEqual([]);
  });

  it('puts guided steps in the CSV: predicted and borne out first time, and each step’s first prediction', () => {
    const [header, ana, ben, cy] = reviewCsv(review, catalogue).trimEnd().split('\r\n');
    expect(header).toBe(
      'Student,File,Handed in,Items done,Items,Quick checks right first time,Quick checks right in the end,Quick checks answered,Guided steps borne out first time,Guided steps predicted,1. Three ways a triangle fails — done,1. Three ways a triangle fails — step 1 first prediction,1. Three ways a triangle fails — step 2 first prediction,1. Three ways a triangle fails — step 3 first prediction,2. Which mode is car-pooling? — done,2. Which mode fits car-pooling? — final answer',
    );
    expect(ana).toBe('Ana,r-ana.json,2025-03-14T16:30:00.000Z,2,2,0,1,1,2,3,1,"More engineers, cameras and money",80 %,Very little,1,Opensourcing');
    expect(ben).toBe('Ben,r-ben.json,2025-03-14T16:30:00.000Z,1,2,0,1,1,1,2,0,Winning over the council,55 %,,1,Opensourcing');
    expect(cy).toBe('Cy,r-cy.json,2025-03-14T16:30:00.000Z,1,2,0,1,1,0,0,0,,,,1,Opensourcing');
  });
});
