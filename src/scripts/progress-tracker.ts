/**
 * Keeps the reader's progress in the browser and shows it where it helps. On a chapter page it
 * records the chapter opened, the headings reached and the end read, quick-check answers (the
 * `pvc:quick-check` event of QuickCheck), guided sequences' predictions (the `pvc:exercise` event of
 * the `<guided-sequence>` element), hints and model answers opened, the reader's written answers
 * (autosaved from the answer boxes) and widget set-ups opened from a link and then changed (the
 * `pvc:widget-change` event of AddressState); a quick check or guided step answered before says
 * what the last answer was. On any page it fills the progress marks (`[data-progress-chapter]`) and
 * the "continue where you left off" box (`[data-progress-continue]`).
 */
import { browserStorage, createProgressStore, isAttempted, NOT_KEPT_MESSAGE, PROGRESS_KEY, setupKey, type ExerciseProgress, type MergeCopies, type ProgressData } from '@components/progress/progress-store';
import type { ExerciseEventDetail } from '@components/guided/guided-sequence';
import { withLock } from '~/lib/tab-lock';

/** The `detail` of the `pvc:quick-check` event a quick check sends when the reader checks an answer. */
export interface QuickCheckDetail {
  name: string;
  choice: number;
  right: boolean;
}

/** The `detail` of the `pvc:widget-change` event a widget's address state sends when the reader changes it. */
export interface WidgetChangeDetail {
  param: string;
  state: string;
  /** The state the address opened the widget in (a set-up from a link), or null. */
  opened: string | null;
}

const SAVE_DELAY_MS = 500;
const SAID_KEY = 'pvc-progress-said';

// A quick check's answers or a guided step's predictions after one more: the first kept, the latest and the tries counted.
const tally = <T>(before: { first: T; firstRight: boolean; tries: number } | undefined, answer: T, right: boolean) =>
  before ? { ...before, last: answer, right, tries: before.tries + 1 } : { first: answer, firstRight: right, last: answer, right, tries: 1 };

/** Starts tracking on the page; returns the store's data after loading (for tests). */
export function trackProgress(doc: Document = document): ProgressData {
  const store = createProgressStore(browserStorage());
  let data = store.load();
  let said = false;
  const stamp = () => new Date().toISOString();

  // Said once a session (or once a page, when even session storage is refused).
  function say(message: string) {
    try {
      if (said || sessionStorage.getItem(SAID_KEY)) return;
      sessionStorage.setItem(SAID_KEY, '1');
    } catch {
      if (said) return;
    }
    said = true;
    doc.body.insertAdjacentHTML('beforeend', '<div class="progress-notice" role="status"><p></p><button type="button" class="button">OK</button></div>');
    const box = doc.body.lastElementChild!;
    box.querySelector('p')!.textContent = message;
    box.querySelector('button')!.onclick = () => box.remove();
  }

  let pending: ((d: ProgressData) => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onSaved: ((saved: boolean) => void)[] = [];
  // Loaded once another tab writes: from then on this page's copy is merged into each fresh read.
  let merge: MergeCopies | undefined;

  // Applies the changes waiting (none: heals the store after another tab's write) one tab at a time, or at once
  // when the page is left: changes still waiting for the lock then are saved without it.
  function flush(now?: boolean) {
    clearTimeout(timer);
    timer = undefined;
    const run = () => {
      const changes = pending;
      const callbacks = onSaved;
      pending = [];
      onSaved = [];
      const result = store.update((d) => changes.forEach((change) => change(d)), merge);
      data = result.data;
      if (!result.saved) say(NOT_KEPT_MESSAGE);
      callbacks.forEach((f) => f(result.saved));
      paint();
    };
    if (now) run();
    else void withLock(PROGRESS_KEY, run);
  }

  /** Queues a change; saved after a short pause (or at once), in one write with the others. */
  function change(apply: (d: ProgressData) => void, now = false, saved?: (ok: boolean) => void) {
    pending.push(apply);
    if (saved) onSaved.push(saved);
    if (now) flush();
    else timer ??= setTimeout(flush, SAVE_DELAY_MS);
  }

  function paint() {
    for (const mark of doc.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
      const id = mark.dataset.progressChapter ?? '';
      const tried = Object.values(data.exercises).filter((e) => e.chapter === id && isAttempted(e)).length;
      const read = !!data.chapters[id]?.read;
      mark.textContent = `${read ? '✓' : ''}${tried ? ` ${tried}/${mark.dataset.total}` : ''}`;
      // The mark is hidden from screen readers; the text after it says the same in words.
      mark.nextElementSibling!.textContent = read || tried ? ` (${read ? 'read, ' : ''}${tried} of ${mark.dataset.total} exercises tried)` : '';
    }
    const resume = doc.querySelector<HTMLElement>('[data-progress-continue]');
    const link = resume?.querySelector('a');
    if (resume && link && data.last) {
      link.href = data.last.href;
      link.textContent = data.last.section ? `${data.last.title}: ${data.last.section}` : data.last.title;
      resume.hidden = false;
    }
  }

  // Damaged data stays untouched; "My progress" runs the full check and sets aside what cannot be read.
  if (!store.persistent) say(store.damaged ? 'Your progress is not being kept: your saved progress could not be read. Nothing was changed; open “My progress” to set it aside and carry on.' : NOT_KEPT_MESSAGE);
  // Another tab wrote: merged with this page's copy, and written back if it lost something of this page's.
  addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY)
      void import('@components/progress/progress-merge').then((m) => {
        merge = m.mergeCopies;
        flush();
      });
  });
  addEventListener('pagehide', () => pending.length && flush(true));
  paint();

  const article = doc.querySelector<HTMLElement>('[data-chapter]');
  if (article?.dataset.chapter) trackChapter(article, article.dataset.chapter);
  return data;

  // A short note after an element: what the reader answered last time.
  function remark(after: Element | null, className: string, text: string) {
    const note = doc.createElement('p');
    note.className = className;
    note.textContent = text;
    after?.after(note);
  }

  function exercise(d: ProgressData, el: Element | null, chapter: string): ExerciseProgress | null {
    const id = el?.closest('.exercise')?.id;
    if (!id) return null;
    const record = (d.exercises[id] ??= { chapter, at: stamp() });
    record.at = stamp();
    return record;
  }

  function trackChapter(article: HTMLElement, chapter: string) {
    const title = article.querySelector('h1')?.textContent?.trim() ?? '';
    const place = (section: string, anchor: string) => (d: ProgressData) => {
      d.last = { href: `${location.pathname}${anchor ? `#${anchor}` : ''}`, chapter, title, section, at: stamp() };
    };
    // The chapter's record, made again if another tab deleted the progress meanwhile.
    const opened = (d: ProgressData) => (d.chapters[chapter] ??= { opened: stamp(), seen: [] });
    change((d) => {
      opened(d);
      place('', '')(d);
    }, true);

    // Headings reached, the last one as the place to come back to, and the summary as the end.
    const body = article.querySelector('.chapter-body');
    const headings = body ? [...body.querySelectorAll<HTMLElement>(':scope > h2[id], :scope > h3[id]')] : [];
    const end = article.querySelector('.summary');
    const seen = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const el = entry.target as HTMLElement;
        if (el === end) change((d) => (opened(d).read ??= stamp()));
        else
          change((d) => {
            const c = opened(d);
            if (!c.seen.includes(el.id)) c.seen.push(el.id);
            // The heading's own text, without the "#" link the build adds after it.
            place(el.firstChild?.textContent ?? '', el.id)(d);
          });
      }
    });
    headings.forEach((h) => seen.observe(h));
    if (end) seen.observe(end);

    doc.addEventListener('pvc:quick-check', (event) => {
      const { name, choice, right } = (event as CustomEvent<QuickCheckDetail>).detail;
      change((d) => {
        const record = exercise(d, event.target as Element, chapter);
        if (!record) return;
        const checks = (record.checks ??= {});
        checks[name] = tally(checks[name], choice, right);
      }, true);
    });

    doc.addEventListener('pvc:exercise', (event) => {
      const { id, kind, step, answer, correct } = (event as CustomEvent<ExerciseEventDetail>).detail;
      if (kind !== 'guided-sequence') return;
      change((d) => {
        const record = (d.sequences[id] ??= { chapter, at: '', steps: {} });
        record.at = stamp();
        record.steps[step] = tally(record.steps[step], answer, correct);
      }, true);
    });

    // Hints and model answers are disclosures: their toggle events do not bubble, so they are caught on the way down.
    doc.addEventListener(
      'toggle',
      (event) => {
        const details = event.target as HTMLDetailsElement;
        if (!details.open) return;
        const hint = Number(details.dataset.hint ?? 0);
        if (!hint && !details.classList.contains('model-answer')) return;
        change((d) => {
          const record = exercise(d, details, chapter);
          if (!record) return;
          if (hint) record.hints = Math.max(record.hints ?? 0, hint);
          else record.modelAnswer = true;
        }, true);
      },
      true,
    );

    for (const box of doc.querySelectorAll<HTMLElement>('[data-answer-box]')) {
      const area = box.querySelector('textarea');
      const status = box.querySelector('.answer-status');
      const id = box.closest('.exercise')?.id;
      if (!area || !status || !id) continue;
      area.value = data.exercises[id]?.answer ?? '';
      box.hidden = false;
      area.addEventListener('input', () => {
        status.textContent = '';
        const text = area.value;
        change(
          (d) => {
            const record = exercise(d, box, chapter);
            if (!record) return;
            record.answer = text;
            record.answerAt = record.at;
          },
          false,
          (ok) => (status.textContent = ok ? 'Saved in this browser.' : 'Not saved: copy your answer somewhere safe.'),
        );
      });
    }

    // A quick check answered before shows which answer it was.
    for (const check of doc.querySelectorAll('quick-check')) {
      const radio = check.querySelector<HTMLInputElement>('input[type=radio]');
      const id = check.closest('.exercise')?.id;
      const kept = radio && id ? data.exercises[id]?.checks?.[radio.name] : undefined;
      const chosen = kept && check.querySelectorAll('input')[kept.last];
      if (!kept || !chosen) continue;
      chosen.checked = true;
      remark(check.querySelector('fieldset'), 'qc-previous', `Your last answer was ${kept.right ? 'right' : 'not right'}.`);
    }

    // So is a guided step predicted before: the reader predicts again, knowing what they said last time.
    for (const sequence of doc.querySelectorAll('guided-sequence')) {
      const kept = data.sequences[sequence.id]?.steps;
      sequence.querySelectorAll('.gs-step').forEach((step, index) => {
        const p = kept?.[index + 1];
        if (!p?.tries) return;
        const unit = step.querySelector<HTMLElement>('.gs-guess')?.dataset.unit;
        remark(step.querySelector('.gs-predict fieldset, .gs-guess-input'), 'gs-previous', `Your last prediction, ${unit === undefined ? `“${p.last}”` : p.last + unit}, was ${p.right ? '' : 'not '}borne out by the model.`);
      });
    }

    // A widget opened in a set-up from a link (its address state) counts as done once the reader changes it; a widget
    // task whose "Open this set-up" link gives that state is then done too.
    addEventListener('pvc:widget-change', (event) => {
      const { param, state, opened } = (event as CustomEvent<WidgetChangeDetail>).detail;
      if (!opened) return;
      // After a reload the address holds the state reached, which continues the set-up it came from.
      const start = Object.values(data.setups).find((s) => s.chapter === chapter && s.param === param && s.reached === opened)?.opened ?? opened;
      const key = setupKey(chapter, param, start);
      const task = [...doc.querySelectorAll<HTMLAnchorElement>('.exercise[data-kind="widget-task"] a.setup-link')].find((a) => new URL(a.href).searchParams.get(param) === start);
      change((d) => {
        d.setups[key] = { chapter, param, opened: start, reached: state, at: stamp() };
        const record = task ? exercise(d, task, chapter) : null;
        if (record) record.setup = key;
      });
    });
  }
}
