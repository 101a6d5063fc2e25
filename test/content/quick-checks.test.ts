// Quick checks (issue 13): the right answer's position gives nothing away, and the order is stable.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { orderChoices, quickCheckName } from '@components/mdx/quick-check-order';

interface Choice {
  text: string;
  correct?: boolean;
  feedback: string;
}

const chaptersDir = join(import.meta.dirname, '..', '..', 'content', 'chapters');

/** Every `<QuickCheck question="…" choices={[…]} />` in the chapters, with its choices evaluated. */
const quickChecks = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .flatMap((file) =>
    [...readFileSync(join(chaptersDir, file), 'utf8').matchAll(/<QuickCheck\s+question="([^"]*)"\s+choices=\{([\s\S]*?)\}\s*\/>/g)].map((m) => ({
      file,
      question: m[1]!,
      choices: new Function(`return (${m[2]});`)() as Choice[],
    })),
  );

const correctPosition = (question: string, choices: Choice[]) => orderChoices(question, choices).findIndex((c) => c.correct);

describe('quick checks', () => {
  it('are found in every chapter', () => {
    expect(new Set(quickChecks.map((q) => q.file)).size).toBe(11);
  });

  it('put the right answer first in no more than half of them', () => {
    const first = quickChecks.filter((q) => correctPosition(q.question, q.choices) === 0).length;
    expect(first, `${first} of ${quickChecks.length} have the right answer first`).toBeLessThanOrEqual(quickChecks.length / 2);
  });

  it('do not always put the right answer in the same position', () => {
    expect(new Set(quickChecks.map((q) => correctPosition(q.question, q.choices))).size).toBeGreaterThan(1);
  });

  it('order the choices the same way every time, whatever order the author wrote them in', () => {
    for (const { question, choices } of quickChecks) {
      const once = orderChoices(question, choices).map((c) => c.text);
      expect(orderChoices(question, choices).map((c) => c.text)).toEqual(once);
      expect(orderChoices(question, [...choices].reverse()).map((c) => c.text)).toEqual(once);
    }
  });

  it('give every question a stable radio-group name, unique in the book', () => {
    const names = quickChecks.map((q) => quickCheckName(q.question));
    expect(quickChecks.map((q) => quickCheckName(q.question))).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });
});
