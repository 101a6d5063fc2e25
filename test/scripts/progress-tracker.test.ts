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

  it('follows progress made in another tab', () => {
    trackProgress();
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, reader: 'r-1', chapters: { '07-modes': { opened: '2025-01-01', read: '2025-01-01', seen: [] } } }));
    dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
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
