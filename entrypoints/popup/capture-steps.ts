// What the popup says when a capture does not end with a new source: which step failed (the page's
// snapshot, the extraction, the save), each refusal in the UI language (lib/import problemText), and a
// duplicate named by its title only when the stored source could be read. Pure: the steps are given.
import { problemText } from '../../lib/import/problem-text';
import { CAPTURE_FILE } from '../../lib/import/pseudo-files';
import type { ImportProblem } from '../../lib/import/types';

export type CaptureStep = 'snapshot' | 'extraction' | 'save';

/** A step's outcome: its value, or the step that failed with the technical detail (English, as thrown). */
export type StepResult<T> = { ok: true; value: T } | { ok: false; step: CaptureStep; detail: string };

const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs one step, turning what it throws into that step's failure. */
export async function step<T>(name: CaptureStep, run: () => Promise<T>): Promise<StepResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, step: name, detail: detailOf(error) };
  }
}

/** The snapshot, then the extraction of it: the first failure is the one reported. */
export async function snapshotThenExtract<S, T>(
  snapshot: () => Promise<S | null>,
  extract: (snapshot: S) => Promise<T>,
): Promise<StepResult<T>> {
  const taken = await step('snapshot', async () => {
    const s = await snapshot();
    if (s === null) throw new Error('the page gave no snapshot');
    return s;
  });
  if (!taken.ok) return taken;
  return step('extraction', () => extract(taken.value));
}

/** One part of a problem's text: technical parts (file, field, the parser's detail) are isolated in it. */
export interface TextPart {
  text: string;
  technical: boolean;
}

/** The refusal of a captured draft, each problem as the UI language says it, split into its parts. */
export function refusalLines(problems: readonly ImportProblem[], lang: 'en' | 'ar'): TextPart[][] {
  return problems.map((p) => {
    // The background numbers drafts of a source/add request; the popup sent one: "this page".
    const text = problemText({ ...p, file: CAPTURE_FILE, line: null, record: null }, lang);
    if (lang === 'en') return [{ text, technical: false }];
    // problemText isolates (U+2068 … U+2069) what it keeps as written: English, technical.
    return text
      .split(/\u2068([^\u2069]*)\u2069/)
      .map((part, i) => ({ text: part, technical: i % 2 === 1 }))
      .filter((part) => part.text !== '');
  });
}

/** How the duplicate is named: its title, or its id when the stored source could not be read. */
export type StoredName = { kind: 'title'; title: string } | { kind: 'id'; id: string };

export function storedName(source: { title: string } | null | undefined, id: string): StoredName {
  const title = source?.title.trim();
  return title ? { kind: 'title', title } : { kind: 'id', id };
}
