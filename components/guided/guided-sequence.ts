/**
 * The `<guided-sequence>` element: steps a widget on the same page through a guided sequence. The
 * page holds every step, server-rendered as a numbered list (what a reader without JavaScript sees);
 * this shows one step at a time, sets the widget to the step's set-up through the address (so the
 * URL records the step, and Back and Forward go through the steps), and runs predict, try, explain:
 * the reader commits to a prediction, tries it in the widget, then reveals the model's answer and
 * the chapter's explanation. Revealing an answer dispatches a `pvc:exercise` event for the reader's
 * progress (see ExerciseEventDetail).
 */
import { onAddressChange, readParam, writeParams } from '~/lib/address';

/** The event a guided sequence dispatches (bubbling, from its element) when the reader reveals a step's answer. */
export const EXERCISE_EVENT = 'pvc:exercise';

/** What the `pvc:exercise` event carries: which sequence and step, what the reader predicted, and whether the model agrees. */
export interface ExerciseEventDetail {
  /** The sequence's id, unique in the book (like an exercise's id), prefixed with its chapter. */
  id: string;
  kind: 'guided-sequence';
  /** The step, counted from 1, and how many steps the sequence has. */
  step: number;
  steps: number;
  /** The prediction: the chosen answer's text, or the number guessed. */
  answer: string | number;
  /** Whether the prediction agrees with the model (a guess within the step's tolerance). */
  correct: boolean;
}

/** What the reader predicted in a step, once committed. */
interface Prediction {
  answer: string | number;
  correct: boolean;
  /** The sentence that says how the prediction compares with the model. */
  verdict: string;
}

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

/** Reads the reader's prediction in a step, or null when there is none yet. */
export function readPrediction(step: HTMLElement): Prediction | null {
  const guess = $<HTMLInputElement>(step, '.gs-guess input');
  if (guess) {
    const box = guess.closest<HTMLElement>('.gs-guess')!;
    const value = Number(guess.value);
    const answer = Number(box.dataset.answer);
    const within = Math.abs(value - answer) <= Number(box.dataset.tolerance);
    const unit = box.dataset.unit ?? '';
    return {
      answer: value,
      correct: within,
      verdict: `You guessed ${value}${unit}; the model says ${answer}${unit}: ${within ? 'close enough' : `more than ${box.dataset.tolerance}${unit} away`}.`,
    };
  }
  const chosen = $<HTMLInputElement>(step, '.gs-choice input:checked');
  if (!chosen) return null;
  const explanation = $<HTMLElement>(step, `.gs-explained li[data-choice="${chosen.value}"]`);
  const correct = explanation?.dataset.verdict === 'correct';
  const text = chosen.closest('label')?.textContent?.trim() ?? '';
  return { answer: text, correct, verdict: `${correct ? 'Correct' : 'Not quite'}: ${explanation?.querySelector('.gs-why')?.textContent ?? ''}` };
}

/** The custom element; defined by GuidedSequence.astro's script. */
export class GuidedSequence extends HTMLElement {
  #steps: HTMLElement[] = [];
  #predictions = new Map<number, Prediction>();
  #stop: (() => void) | null = null;

  connectedCallback() {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.gs-step')];
    const nav = $<HTMLElement>(this, '.gs-nav');
    if (!nav || this.#steps.length === 0) return;
    nav.hidden = false;
    this.classList.add('is-guided');
    $(nav, '.gs-prev')!.addEventListener('click', () => this.go(this.current - 1));
    $(nav, '.gs-next')!.addEventListener('click', () => this.go(this.current < this.#steps.length ? this.current + 1 : 0));
    this.#steps.forEach((step, index) => this.#enhance(step, index + 1));
    this.#stop = onAddressChange(() => this.#show());
    this.#show();
  }

  disconnectedCallback() {
    this.#stop?.();
  }

  /** The step shown, from the address: 0 before the reader starts. */
  get current(): number {
    const step = Number(readParam(this.id));
    return Number.isInteger(step) && step >= 1 && step <= this.#steps.length ? step : 0;
  }

  /**
   * Goes to step `number` (0: back to the start): writes the step and the widget's set-up to the
   * address as one history entry, then lets everything that follows the address read it again, as
   * Back and Forward do, so the widget restores the set-up through its own address state.
   */
  go(number: number) {
    const step = this.#steps[number - 1];
    const target = this.dataset.target;
    writeParams({ [this.id]: step ? String(number) : null, ...(step && target ? { [target]: step.dataset.state ?? null } : {}) }, 'step');
    window.dispatchEvent(new PopStateEvent('popstate'));
    $<HTMLElement>(step ?? this, step ? '.gs-step-title' : '.gs-title')?.focus();
  }

  #show() {
    const current = this.current;
    const total = this.#steps.length;
    this.#steps.forEach((step, index) => (step.hidden = index + 1 !== current));
    $<HTMLElement>(this, '.gs-intro')!.hidden = current !== 0;
    $<HTMLButtonElement>(this, '.gs-prev')!.hidden = current === 0;
    $<HTMLElement>(this, '.gs-count')!.textContent = current === 0 ? `${total} steps` : `Step ${current} of ${total}`;
    const next = $<HTMLButtonElement>(this, '.gs-next')!;
    next.textContent = current === 0 ? 'Start' : current === total ? 'Back to the start' : 'Next step';
  }

  #enhance(step: HTMLElement, number: number) {
    const record = $<HTMLButtonElement>(step, '.gs-record')!;
    const reveal = $<HTMLButtonElement>(step, '.gs-reveal')!;
    const verdict = $<HTMLElement>(step, '.gs-verdict')!;
    const later = [...step.querySelectorAll<HTMLElement>('.gs-try, .gs-explain, .gs-explained, .gs-answer')];
    const guess = $<HTMLInputElement>(step, '.gs-guess input');
    const output = $<HTMLOutputElement>(step, '.gs-guess output');
    const unit = step.querySelector<HTMLElement>('.gs-guess')?.dataset.unit ?? '';
    guess?.addEventListener('input', () => output && (output.value = `${guess.value}${unit}`));
    // The reader predicts first; what to try and the answer come after.
    for (const el of later) el.hidden = true;
    $<HTMLElement>(step, '.gs-controls')!.hidden = false;
    record.addEventListener('click', () => {
      const prediction = readPrediction(step);
      if (!prediction) {
        verdict.textContent = 'Choose an answer first.';
        return;
      }
      this.#predictions.set(number, prediction);
      for (const input of step.querySelectorAll<HTMLInputElement>('.gs-predict input')) input.disabled = true;
      verdict.textContent = '';
      record.hidden = true;
      reveal.hidden = false;
      for (const el of step.querySelectorAll<HTMLElement>('.gs-try')) el.hidden = false;
    });
    reveal.addEventListener('click', () => {
      const prediction = this.#predictions.get(number)!;
      reveal.hidden = true;
      for (const el of later) el.hidden = false;
      verdict.textContent = prediction.verdict;
      const detail: ExerciseEventDetail = { id: this.id, kind: 'guided-sequence', step: number, steps: this.#steps.length, answer: prediction.answer, correct: prediction.correct };
      this.dispatchEvent(new CustomEvent(EXERCISE_EVENT, { bubbles: true, composed: true, detail }));
    });
  }
}
