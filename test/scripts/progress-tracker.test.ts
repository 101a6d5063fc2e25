// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY, setupKey, type ProgressData } from '@components/progress/progress-store';
import { trackProgress } from '~/scripts/progress-tracker';

const stored = (): ProgressData => JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
const observed: Element[] = [];
let fire: (target: Element) => void = () => {};

// jsdom has no IntersectionObserver: this one remembers what is observed and lets a test bring an element into view.
class FakeObserver {
  constructor(private callback: IntersectionObserverCallback) {
    fire = (target) => this.callback([{ target, isIntersecting: true } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  observe(el: Element) {
    observed.push(el);
  }
  disconnect() {}
}

const chapterPage = `
  <nav class="sidebar"><a href="/chapters/07/">7. Modes <span class="progress-mark" data-progress-chapter="07-modes" data-total="3" aria-hidden="true"></span><span class="sr-only"></span></a></nav>
  <article class="chapter" data-chapter="07-modes">
    <h1>Modes of production</h1>
    <div class="chapter-body">
      <h2 id="four-ways">Four ways<a class="heading-link" href="#four-ways">#</a></h2>
      <section class="widget" id="modes"></section>
      <section class="exercise" id="ch7-check" data-kind="quick-check">
        <quick-check><fieldset><input type="radio" name="qc-abc" value="0" /><input type="radio" name="qc-abc" value="1" /></fieldset></quick-check>
        <details class="hint" data-hint="1"><summary>Hint 1</summary>…</details>
        <details class="hint" data-hint="2"><summary>Hint 2</summary>…</details>
        <details class="model-answer"><summary>Model answer</summary>…</details>
      </section>
      <section class="exercise" id="ch7-task" data-kind="widget-task"><a class="setup-link" href="?modes=v1.m.car-pooling.30-0-30-40#modes">Open this set-up</a></section>
      <section class="exercise" id="ch7-essay" data-kind="essay">
        <div class="answer-box" data-answer-box hidden><textarea></textarea><p class="answer-status"></p></div>
      </section>
      <guided-sequence id="ch7-guided-balance" data-target="modes">
        <ol class="gs-steps">
          <li class="gs-step" id="ch7-guided-balance-1"><div class="gs-predict"><fieldset><label class="gs-choice"><input type="radio" /> Bureaucracy</label></fieldset><p class="gs-try"></p></div></li>
          <li class="gs-step" id="ch7-guided-balance-2"><div class="gs-predict gs-guess" data-unit=" %"><label>Predict</label><div class="gs-guess-input"><input type="range" /></div></div></li>
          <li class="gs-step" id="ch7-guided-balance-3"><div class="gs-predict"><fieldset></fieldset></div></li>
        </ol>
      </guided-sequence>
    </div>
    <section class="box summary"><h2 id="summary">Summary</h2></section>
  </article>`;

// Each test starts a tracker; the listeners it adds to the window and document are taken away after the test.
const added: [EventTarget, string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];
for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    if (listener) added.push([target, type, listener, options]);
    add(type, listener, options);
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  sessionStorage.clear();
  observed.length = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  window.history.replaceState(null, '', '/chapters/07/');
  document.body.innerHTML = chapterPage;
});

afterEach(() => {
  for (const [target, type, listener, options] of added.splice(0)) target.removeEventListener(type, listener, options);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const quickCheck = (choice: number, right: boolean) =>
  document.querySelector('quick-check')!.dispatchEvent(new CustomEvent('pvc:quick-check', { bubbles: true, detail: { name: 'qc-abc', choice, right } }));
const reveal = (step: number, answer: string | number, correct: boolean, kind = 'guided-sequence') =>
  document.getElementById(`ch7-guided-balance-${step}`)!.dispatchEvent(new CustomEvent('pvc:exercise', { bubbles: true, detail: { id: 'ch7-guided-balance', kind, step, steps: 3, answer, correct } }));
const widgetChange = (state: string, opened: string | null) => dispatchEvent(new CustomEvent('pvc:widget-change', { detail: { param: 'modes', state, opened } }));

describe('the progress script on a chapter page', () => {
  it('records the chapter opened and the place to come back to', () => {
    trackProgress();
    expect(stored().chapters['07-modes']).toEqual({ opened: expect.any(String), seen: [] });
    expect(stored().last).toMatchObject({ href: '/chapters/07/', chapter: '07-modes', title: 'Modes of production', section: '' });
  });

  it('records the headings reached, the last one as the place to return to, and the end of the chapter', () => {
    trackProgress();
    fire(document.getElementById('four-ways')!);
    vi.advanceTimersByTime(600);
    expect(stored().chapters['07-modes']?.seen).toEqual(['four-ways']);
    expect(stored().last).toMatchObject({ href: '/chapters/07/#four-ways', section: 'Four ways' });
    expect(stored().chapters['07-modes']?.read).toBeUndefined();
    fire(document.querySelector('.summary')!);
    vi.advanceTimersByTime(600);
    expect(stored().chapters['07-modes']?.read).toEqual(expect.any(String));
    expect(observed).toHaveLength(2);
  });

  it('keeps a quick check’s first and final answers, and the number of tries', () => {
    trackProgress();
    quickCheck(0, false);
    quickCheck(1, true);
    expect(stored().exercises['ch7-check']).toMatchObject({ chapter: '07-modes', checks: { 'qc-abc': { first: 0, firstRight: false, last: 1, right: true, tries: 2 } } });
  });

  it('shows the answer kept from last time when the page is opened again', () => {
    trackProgress();
    quickCheck(1, true);
    document.body.innerHTML = chapterPage;
    trackProgress();
    expect(document.querySelectorAll<HTMLInputElement>('quick-check input')[1]!.checked).toBe(true);
    expect(document.querySelector('.qc-previous')?.textContent).toBe('Your last answer was right.');
  });

  it('keeps each guided step’s first prediction, whether the model bore it out, the latest, and the tries, under the sequence with its chapter', () => {
    trackProgress();
    reveal(1, 'Crowdsourcing', false);
    reveal(1, 'Bureaucracy', true);
    reveal(2, 40, true);
    reveal(3, 'Not a guided step', true, 'quiz');
    expect(stored().sequences).toEqual({
      'ch7-guided-balance': {
        chapter: '07-modes',
        at: expect.any(String),
        steps: {
          1: { first: 'Crowdsourcing', firstRight: false, last: 'Bureaucracy', right: true, tries: 2 },
          2: { first: 40, firstRight: true, last: 40, right: true, tries: 1 },
        },
      },
    });
  });

  it('keeps predictions in progress stored before guided sequences were kept, and loses nothing else', () => {
    const before = { version: 1, reader: 'r-1', name: 'Ana', chapters: { '07-modes': { opened: '2025-01-01T00:00:00.000Z', seen: ['four-ways'] } }, exercises: { 'ch7-essay': { chapter: '07-modes', at: '2025-01-01T00:00:00.000Z', answer: 'Mine' } }, setups: {}, last: null };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(before));
    trackProgress();
    reveal(2, 55, false);
    expect(stored()).toMatchObject({ reader: 'r-1', name: 'Ana', exercises: before.exercises, chapters: { '07-modes': { seen: ['four-ways'] } } });
    expect(stored().sequences['ch7-guided-balance']?.steps).toEqual({ 2: { first: 55, firstRight: false, last: 55, right: false, tries: 1 } });
  });

  it('shows, in each guided step predicted before, the last prediction and whether the model bore it out', () => {
    trackProgress();
    reveal(1, 'Crowdsourcing', true);
    reveal(1, 'Bureaucracy', false);
    reveal(2, 40, true);
    document.body.innerHTML = chapterPage;
    trackProgress();
    const notes = [...document.querySelectorAll('.gs-step')].map((step) => step.querySelector('.gs-previous')?.textContent ?? null);
    expect(notes).toEqual(['Your last prediction, “Bureaucracy”, was not borne out by the model.', 'Your last prediction, 40 %, was borne out by the model.', null]);
    expect(document.querySelector('#ch7-guided-balance-1 fieldset')?.nextElementSibling?.className).toBe('gs-previous');
    expect(document.querySelector('#ch7-guided-balance-2 .gs-guess-input')?.nextElementSibling?.className).toBe('gs-previous');
  });

  it('shows no note for a guided sequence whose stored steps it cannot read', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r-1', sequences: { 'ch7-guided-balance': { chapter: '07-modes', at: '2025-01-01', steps: 'abc' } } }));
    trackProgress();
    expect(document.querySelectorAll('.gs-previous')).toHaveLength(0);
  });

  it('counts hints revealed and a model answer opened', () => {
    trackProgress();
    const [one, two] = document.querySelectorAll<HTMLDetailsElement>('details.hint');
    two!.open = true;
    two!.dispatchEvent(new Event('toggle'));
    one!.open = true;
    one!.dispatchEvent(new Event('toggle'));
    const answer = document.querySelector<HTMLDetailsElement>('details.model-answer')!;
    answer.dispatchEvent(new Event('toggle'));
    expect(stored().exercises['ch7-check']?.modelAnswer).toBeUndefined();
    answer.open = true;
    answer.dispatchEvent(new Event('toggle'));
    expect(stored().exercises['ch7-check']).toMatchObject({ hints: 2, modelAnswer: true });
  });

  it('shows the answer box, fills it from the store and saves what is typed after a pause', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r-1', exercises: { 'ch7-essay': { chapter: '07-modes', at: '2025-01-01T00:00:00Z', answer: 'Before' } } }));
    trackProgress();
    const box = document.querySelector<HTMLElement>('[data-answer-box]')!;
    const area = box.querySelector('textarea')!;
    expect(box.hidden).toBe(false);
    expect(area.value).toBe('Before');
    area.value = 'A platform, with care.';
    area.dispatchEvent(new Event('input'));
    expect(stored().exercises['ch7-essay']?.answer).toBe('Before');
    vi.advanceTimersByTime(600);
    expect(stored().exercises['ch7-essay']?.answer).toBe('A platform, with care.');
    expect(box.querySelector('.answer-status')?.textContent).toBe('Saved in this browser.');
  });

  it('counts a set-up opened from a link once it is changed, continues it after a reload, and completes the widget task', () => {
    trackProgress();
    const opened = 'v1.m.car-pooling.30-0-30-40';
    widgetChange('v1.m.car-pooling.20-0-40-40', null);
    vi.advanceTimersByTime(600);
    expect(stored().setups).toEqual({});
    widgetChange('v1.m.car-pooling.20-0-40-40', opened);
    vi.advanceTimersByTime(600);
    const key = setupKey('07-modes', 'modes', opened);
    expect(stored().setups[key]).toMatchObject({ opened, reached: 'v1.m.car-pooling.20-0-40-40' });
    expect(stored().exercises['ch7-task']?.setup).toBe(key);
    // The reloaded page opens in the state reached; the next change continues the same set-up.
    document.body.innerHTML = chapterPage;
    trackProgress();
    widgetChange('v1.m.car-pooling.10-0-50-40', 'v1.m.car-pooling.20-0-40-40');
    vi.advanceTimersByTime(600);
    expect(Object.keys(stored().setups)).toEqual([key]);
    expect(stored().setups[key]?.reached).toBe('v1.m.car-pooling.10-0-50-40');
  });

  it('ticks the chapter in the sidebar with the exercises tried, in words for screen readers', () => {
    trackProgress();
    quickCheck(1, true);
    fire(document.querySelector('.summary')!);
    vi.advanceTimersByTime(600);
    const mark = document.querySelector('.progress-mark')!;
    expect(mark.textContent).toBe('✓ 1/3');
    expect(mark.nextElementSibling?.textContent).toBe(' (read, 1 of 3 exercises tried)');
  });
});

describe('the progress script elsewhere', () => {
  it('fills “continue where you left off” on the home page', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r-1', last: { href: '/chapters/07/#four-ways', chapter: '07-modes', title: 'Modes', section: 'Four ways', at: '2025-01-01' } }));
    document.body.innerHTML = '<p data-progress-continue hidden>Continue: <a href="/chapters/">contents</a></p>';
    trackProgress();
    const resume = document.querySelector<HTMLElement>('[data-progress-continue]')!;
    expect(resume.hidden).toBe(false);
    expect(resume.querySelector('a')?.getAttribute('href')).toBe('/chapters/07/#four-ways');
    expect(resume.querySelector('a')?.textContent).toBe('Modes: Four ways');
  });

  it('follows progress made in another tab', async () => {
    trackProgress();
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r-1', chapters: { '07-modes': { opened: '2025-01-01', read: '2025-01-01', seen: [] } } }));
    dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    await vi.dynamicImportSettled();
    expect(document.querySelector('.progress-mark')?.textContent).toBe('✓');
  });

  it('with damaged data, changes nothing stored and says once, for the session, that progress is not kept', () => {
    localStorage.setItem(PROGRESS_KEY, '{damaged');
    trackProgress();
    quickCheck(0, false);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe('{damaged');
    const notices = document.querySelectorAll('.progress-notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textContent).toMatch(/^Your progress is not being kept: your saved progress could not be read\. Nothing was changed/);
    document.body.innerHTML = chapterPage;
    trackProgress();
    expect(document.querySelectorAll('.progress-notice')).toHaveLength(0);
  });

  it('without storage, works as usual and says once that progress is not kept; the notice can be dismissed', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key) => {
      if (key !== 'pvc-progress-said') throw new DOMException('full', 'QuotaExceededError');
    });
    trackProgress();
    quickCheck(0, false);
    const notice = document.querySelector('.progress-notice')!;
    expect(notice.textContent).toMatch(/^Your progress is not being kept: this browser does not let the book store data/);
    notice.querySelector('button')!.click();
    expect(document.querySelector('.progress-notice')).toBeNull();
    vi.restoreAllMocks();
  });
});

describe('the progress script with the page open in two tabs', () => {
  const type = (text: string) => {
    const area = document.querySelector('textarea')!;
    area.value = text;
    area.dispatchEvent(new Event('input'));
  };
  // Another tab's write, and the merge this page loads when it hears of it.
  const otherTabWrites = async (data: ProgressData) => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, ...data }));
    dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    await vi.dynamicImportSettled();
  };

  it('puts back its own answer when another tab’s write lost it, and keeps that tab’s change', async () => {
    trackProgress();
    type('My answer');
    vi.advanceTimersByTime(600);
    const before = stored();
    await otherTabWrites({ ...before, exercises: { 'ch7-check': { chapter: '07-modes', at: new Date().toISOString(), hints: 1 } } });
    expect(stored().exercises['ch7-essay']).toMatchObject({ answer: 'My answer', answerAt: expect.any(String) });
    expect(stored().exercises['ch7-check']?.hints).toBe(1);
    expect(stored().chapters['07-modes']).toEqual(before.chapters['07-modes']);
  });

  it('after another tab deleted the progress, keeps the deletion and records the chapter again from the next heading', async () => {
    trackProgress();
    type('Written before the deletion');
    vi.advanceTimersByTime(600);
    const cleared = new Date(Date.now() + 1).toISOString();
    await otherTabWrites({ reader: 'r-new', name: '', chapters: {}, exercises: {}, setups: {}, sequences: {}, last: null, cleared });
    expect(stored()).toMatchObject({ reader: 'r-new', cleared, chapters: {}, exercises: {} });
    vi.advanceTimersByTime(10);
    fire(document.getElementById('four-ways')!);
    vi.advanceTimersByTime(600);
    expect(stored().chapters['07-modes']).toEqual({ opened: expect.any(String), seen: ['four-ways'] });
    expect(stored().exercises).toEqual({});
  });

  it('saves under the progress Web Lock, and at once when the page is left', () => {
    const granted: (() => void)[] = [];
    vi.stubGlobal('navigator', { locks: { request: (name: string, fn: () => unknown) => (expect(name).toBe(PROGRESS_KEY), new Promise((resolve) => granted.push(() => resolve(fn())))) } });
    trackProgress();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    granted.shift()!();
    expect(stored().chapters['07-modes']).toBeDefined();
    quickCheck(1, true);
    expect(stored().exercises['ch7-check']).toBeUndefined();
    granted.shift()!();
    expect(stored().exercises['ch7-check']?.checks?.['qc-abc']?.tries).toBe(1);
    type('Typed just before leaving');
    quickCheck(0, false);
    // The quick check waits for the lock when the page is left: it is saved at once, with the answer.
    expect(granted).toHaveLength(1);
    dispatchEvent(new Event('pagehide'));
    expect(stored().exercises['ch7-essay']?.answer).toBe('Typed just before leaving');
    expect(stored().exercises['ch7-check']?.checks?.['qc-abc']?.tries).toBe(2);
  });
});
