/** Order and naming of a quick check's choices: fixed by the text alone, so links, print and tests are stable. */

/** FNV-1a, 32 bits: a small, stable string hash (the order needs spread, not security). */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Puts a question's choices in an order that depends only on the question and the choices' text,
 * not on the order the author wrote them in, so the right answer's position gives nothing away.
 */
export function orderChoices<T extends { text: string }>(question: string, choices: readonly T[]): T[] {
  return choices
    .map((choice, index) => ({ choice, index, key: hashText(`${question}\u0000${choice.text}`) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ choice }) => choice);
}

/** The radio-group name of a question: stable across builds (unlike a random one). */
export function quickCheckName(question: string): string {
  return `qc-${hashText(question).toString(36)}`;
}

/** One answer of a quick check or a guided step's prediction, as authors write it. */
export interface Choice {
  /** The answer as the reader sees it. */
  text: string;
  /** True for the right answer (exactly one per question). */
  correct?: boolean;
  /** Why this answer is right, or what it gets wrong. */
  feedback: string;
}

/** Checks a question's choices (two to six, exactly one correct; throws naming the tag otherwise) and returns them in their fixed order. */
export function checkedChoices(tag: string, question: string, choices: readonly Choice[]): Choice[] {
  const correctCount = choices.filter((c) => c.correct).length;
  if (choices.length < 2 || choices.length > 6 || correctCount !== 1) {
    throw new Error(`<${tag} question="${question}">: give 2–6 choices with exactly one correct (found ${choices.length} choices, ${correctCount} correct)`);
  }
  return orderChoices(question, choices);
}
