// @vitest-environment jsdom
// The <guided-sequence> element on a page shaped like the built one: one step at a time, the step and
// the widget's set-up in the address, predict → try → reveal, and the pvc:exercise event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISE_EVENT, GuidedSequence, readPrediction, type ExerciseEventDetail } from '@components/guided/guided-sequence';
import { flushPending, onAddressChange, readParam } from '~/lib/address';

if (!customElements.get('guided-sequence')) customElements.define('guided-sequence', GuidedSequence);

const tryIt = `<p class="gs-try">Try it.</p><div class="gs-controls" hidden><button class="gs-record">Lock in my prediction</button><button class="gs-reveal" hidden>Show the model’s answer</button></div><p class="gs-verdict"></p>`;
const choiceStep = (n: number) => `
  <li class="gs-step" data-state="v1.t.${n}0-25-85"><h4 class="gs-step-title" tabindex="-1">Step ${n}</h4>
    <div class="gs-predict"><fieldset>
      <label class="gs-choice"><input type="radio" name="q${n}" value="0"><span>Support</span></label>
      <label class="gs-choice"><input type="radio" name="q${n}" value="1"><span>Capacity</span></label>
    </fieldset>${tryIt}
    <div class="gs-explained"><ul><li data-choice="0" data-verdict="correct"><span class="gs-why">Support binds.</span></li><li data-choice="1" data-verdict="incorrect"><span class="gs-why">Capacity is strong already.</span></li></ul></div></div>
    <div class="gs-explain"><p>Explanation ${n}.</p></div></li>`;
const guessStep = `
  <li class="gs-step" data-state="v1.t.80-80-30"><h4 class="gs-step-title" tabindex="-1">Guess</h4>
    <div class="gs-predict gs-guess" data-answer="80" data-tolerance="10" data-unit=" %"><input type="range" min="0" max="100" step="5" value="50"><output>50 %</output>${tryIt}<p class="gs-answer">The model’s answer: 80 %.</p></div>
    <div class="gs-explain"><p>Explanation 3.</p></div></li>`;

let sequence: GuidedSequence;
const steps = () => [...sequence.querySelectorAll<HTMLElement>('.gs-step')];
const button = (selector: string, root: ParentNode = sequence) => root.querySelector<HTMLButtonElement>(selector)!;
const shown = () => steps().findIndex((s) => !s.hidden) + 1;

beforeEach(() => {
  window.history.replaceState(null, '', '/chapters/04/');
  document.body.innerHTML = `<guided-sequence id="ch4-seq" data-target="triangle"><section>
    <h3 class="gs-title" tabindex="-1">Seq</h3><p class="gs-intro">Intro.</p>
    <ol class="gs-steps">${choiceStep(1)}${choiceStep(2)}${guessStep}</ol>
    <div class="gs-nav" hidden><button class="gs-prev">Previous step</button><p class="gs-count"></p><button class="gs-next">Start</button></div></section></guided-sequence>`;
  sequence = document.querySelector('guided-sequence')!;
});

afterEach(() => {
  flushPending();
  document.body.innerHTML = '';
});

describe('<guided-sequence>', () => {
  it('starts on its introduction: the steps are hidden, the navigation shown, nothing written to the address', () => {
    expect(sequence.querySelector<HTMLElement>('.gs-nav')!.hidden).toBe(false);
    expect(steps().every((s) => s.hidden)).toBe(true);
    expect(sequence.querySelector('.gs-count')!.textContent).toBe('3 steps');
    expect(button('.gs-next').textContent).toBe('Start');
    expect(button('.gs-prev').hidden).toBe(true);
    expect(window.location.search).toBe('');
  });

  it('Start goes to step 1: one history entry with the step and the widget’s set-up, which the widget reads as on Back', () => {
    const length = window.history.length;
    const widget = vi.fn(() => readParam('triangle'));
    const stop = onAddressChange(widget);
    button('.gs-next').click();
    stop();
    expect(window.location.search).toBe('?ch4-seq=1&triangle=v1.t.10-25-85');
    expect(window.history.length).toBe(length + 1);
    expect(widget).toHaveReturnedWith('v1.t.10-25-85');
    expect(shown()).toBe(1);
    expect(sequence.querySelector<HTMLElement>('.gs-intro')!.hidden).toBe(true);
    expect(sequence.querySelector('.gs-count')!.textContent).toBe('Step 1 of 3');
    expect(document.activeElement).toBe(steps()[0]!.querySelector('.gs-step-title'));
  });

  it('follows the address on Back and Forward, and shows the introduction for a step it does not have', () => {
    window.history.replaceState(null, '', '?ch4-seq=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(shown()).toBe(2);
    expect(button('.gs-next').textContent).toBe('Next step');
    window.history.replaceState(null, '', '?ch4-seq=9');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(shown()).toBe(0);
    window.history.replaceState(null, '', '?ch4-seq=x');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(sequence.current).toBe(0);
  });

  it('asks for a prediction first, then shows what to try, then reveals the answer and tells the reader’s progress', () => {
    const events: ExerciseEventDetail[] = [];
    document.addEventListener(EXERCISE_EVENT, (e) => events.push((e as CustomEvent<ExerciseEventDetail>).detail));
    sequence.go(1);
    const step = steps()[0]!;
    expect(step.querySelector<HTMLElement>('.gs-try')!.hidden).toBe(true);
    expect(step.querySelector<HTMLElement>('.gs-explain')!.hidden).toBe(true);
    expect(step.querySelector<HTMLElement>('.gs-explained')!.hidden).toBe(true);
    button('.gs-record', step).click();
    expect(step.querySelector('.gs-verdict')!.textContent).toBe('Choose an answer first.');
    step.querySelector<HTMLInputElement>('input[value="1"]')!.checked = true;
    button('.gs-record', step).click();
    expect(step.querySelector<HTMLElement>('.gs-try')!.hidden).toBe(false);
    expect(step.querySelector<HTMLInputElement>('input[value="0"]')!.disabled).toBe(true);
    expect(button('.gs-record', step).hidden).toBe(true);
    expect(step.querySelector<HTMLElement>('.gs-explain')!.hidden).toBe(true);
    button('.gs-reveal', step).click();
    expect(step.querySelector<HTMLElement>('.gs-explain')!.hidden).toBe(false);
    expect(step.querySelector<HTMLElement>('.gs-explained')!.hidden).toBe(false);
    expect(step.querySelector('.gs-verdict')!.textContent).toBe('Not quite: Capacity is strong already.');
    expect(events).toEqual([{ id: 'ch4-seq', kind: 'guided-sequence', step: 1, steps: 3, answer: 'Capacity', correct: false }]);
  });

  it('a slider guess shows its value as it moves and counts when within the tolerance', () => {
    sequence.go(3);
    const step = steps()[2]!;
    const input = step.querySelector<HTMLInputElement>('input[type=range]')!;
    input.value = '75';
    input.dispatchEvent(new Event('input'));
    expect(step.querySelector('output')!.value).toBe('75 %');
    expect(readPrediction(step)).toEqual({ answer: 75, correct: true, verdict: 'You guessed 75 %; the model says 80 %: close enough.' });
    input.value = '60';
    expect(readPrediction(step)).toMatchObject({ answer: 60, correct: false, verdict: 'You guessed 60 %; the model says 80 %: more than 10 % away.' });
    expect(step.querySelector<HTMLElement>('.gs-answer')!.hidden).toBe(true);
  });

  it('steps back and forth, and from the last step goes back to the start, leaving the widget as it was', () => {
    sequence.go(1);
    button('.gs-next').click();
    expect(shown()).toBe(2);
    button('.gs-prev').click();
    expect(shown()).toBe(1);
    sequence.go(3);
    expect(button('.gs-next').textContent).toBe('Back to the start');
    button('.gs-next').click();
    expect(shown()).toBe(0);
    expect(readParam('ch4-seq')).toBeNull();
    expect(readParam('triangle')).toBe('v1.t.80-80-30');
    expect(document.activeElement).toBe(sequence.querySelector('.gs-title'));
  });

  it('does nothing on a page without its navigation, and stops following the address once removed', () => {
    const bare = document.createElement('guided-sequence') as GuidedSequence;
    bare.innerHTML = '<ol></ol>';
    document.body.append(bare);
    expect(bare.classList.contains('is-guided')).toBe(false);
    sequence.remove();
    window.history.replaceState(null, '', '?ch4-seq=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(steps().every((s) => s.hidden)).toBe(true);
  });
});
