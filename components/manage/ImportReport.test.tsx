// The dry-run report and the progress block rendered into a DOM (linkedom): the counts in Latin
// digits under the selectors the browser tests use, at most 200 problems in the page with "and N
// more", every problem naming file, line and field, and the buttons of each phase of a run.
// The titles are real ant-bbc titles (culture/BB-culture-1-20180218.txt, internationalNews/BB-internationalNews-1-20180218.txt).
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPlan, ImportProblem } from '../../lib/import/types';
import { MANAGE_STRINGS } from '../i18n-manage';
import type { RunProgress } from './import-run';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';

let root: HTMLElement;
beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
});
beforeEach(() => {
  root = document.getElementById('root') as HTMLElement;
  render(null, root);
});

const TITLE_1 = 'المؤرخ السينمائي أشرف غريب " يحطم الأساطير" المحيطة بالممثلين اليهود في مصر';
const TITLE_2 = 'بعد مذبحة المدرسة الأمريكية، مسيرة في واشنطن ضد فوضى السلاح';

function problems(n: number): ImportProblem[] {
  return Array.from({ length: n }, (_, i) => ({
    file: 'broken.jsonl',
    line: i + 1,
    record: null,
    field: 'date',
    code: 'invalid' as const,
    detail: 'expected a calendar date YYYY-MM-DD, received "2018-02-30"',
  }));
}

const PLAN: ImportPlan = {
  fresh: [],
  duplicates: [
    {
      at: { file: 'two-docs.txt', line: 1, record: 1 },
      title: TITLE_1,
      existingId: 'user-1',
      firstAt: null,
      by: 'url',
    },
    {
      at: { file: 'three.jsonl', line: 2, record: null },
      title: TITLE_2,
      existingId: null,
      firstAt: { file: 'three.jsonl', line: 1, record: null },
      by: 'text',
    },
  ],
  invalid: problems(230),
};

describe('ImportReport', () => {
  it('shows the three counts and at most 200 problems, then says how many more', () => {
    render(<ImportReport plan={PLAN} lang="en" />, root);
    const count = (name: string) => root.querySelector(`[data-count="${name}"]`)?.textContent;
    expect([count('new'), count('duplicate'), count('invalid')]).toEqual(['0', '2', '230']);
    const shown = root.querySelectorAll('[data-testid="import-problem"]');
    expect(shown).toHaveLength(200);
    expect(shown[2]!.textContent).toMatch(/broken\.jsonl.*line 3.*date/);
    expect(root.textContent).toContain('and 30 more');
  });

  it('says why each duplicate is one, with the title in its own direction', () => {
    render(<ImportReport plan={PLAN} lang="en" />, root);
    const dups = [...root.querySelectorAll('[data-testid="import-duplicate"]')];
    expect(dups.map((d) => d.textContent)).toEqual([
      `${TITLE_1} — two-docs.txt, record 1, line 1 · already in your sources (same URL)`,
      `${TITLE_2} — three.jsonl, line 2 · repeats three.jsonl, line 1 (same text)`,
    ]);
    const title = dups[0]!.querySelector('span')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('writes the problems in Arabic in the Arabic UI', () => {
    render(<ImportReport plan={{ ...PLAN, invalid: problems(1) }} lang="ar" />, root);
    const text = root.querySelector('[data-testid="import-problem"]')!.textContent ?? '';
    expect(text).toContain('السطر 1');
    expect(text).toContain('قيمة غير صالحة');
    expect(root.textContent).not.toContain('أخرى');
  });
});

describe('ImportProgress', () => {
  const base: RunProgress = {
    phase: 'running',
    processed: 300,
    total: 3815,
    added: 298,
    duplicates: 2,
    invalid: 0,
    error: null,
  };
  const show = (p: RunProgress, lang: 'en' | 'ar' = 'en') =>
    render(<ImportProgress lang={lang} progress={p} onCancel={() => {}} onResume={() => {}} />, root);
  const actions = () => [...root.querySelectorAll('button')].map((b) => b.getAttribute('data-action'));

  it('runs: value and max of the bar, "N of M", a cancel button', () => {
    show(base);
    const bar = root.querySelector('progress[data-testid="import-progress"]')!;
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['300', '3815']);
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe('300 of 3815');
    expect(actions()).toEqual(['import-cancel']);
  });

  it('cancelled: says how many were written and offers resume', () => {
    show({ ...base, phase: 'cancelled' });
    expect(actions()).toEqual(['import-resume']);
    expect(root.textContent).toContain('Cancelled: 298 sources were written.');
  });

  it('failed: the message in an alert, with the count written before', () => {
    show({ ...base, phase: 'error', error: 'The disk is full.' }, 'en');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'The import stopped: The disk is full. 298 sources were written before.',
    );
    expect(actions()).toEqual(['import-resume']);
  });

  it('done: data-added holds the number added', () => {
    show({ ...base, phase: 'done', processed: 3815, added: 3813 }, 'ar');
    const done = root.querySelector('[data-testid="import-done"]')!;
    expect(done.getAttribute('data-added')).toBe('3813');
    expect(done.textContent).toBe(MANAGE_STRINGS.ar.done(3813, 2));
    expect(actions()).toEqual([]);
  });
});
