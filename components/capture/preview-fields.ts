// What the capture preview shows and sends: the draft's fields as editable strings, where each value
// came from on the page (so the user can judge it), their validation, and the draft made from what the
// user finally wrote. Pure: no DOM, no browser API.
import type { CapturedArticle, MetaOrigin } from '../../lib/capture/types';
import { canonicalLang } from '../../lib/front-matter';
import { CAPTURE_FILE } from '../../lib/import/pseudo-files';
import { validateDraft } from '../../lib/import/schema';
import type { SourceDraft } from '../../lib/import/types';
import type { SourceKind } from '../../lib/types';
import type { PreviewField } from '../i18n-capture';

export type { PreviewField };

export type PreviewValues = Record<PreviewField, string>;

/** Where a field's value came from; `none`: the page does not give it. */
export type FieldOrigin =
  | { kind: 'page'; from: MetaOrigin }
  | { kind: 'none' }
  /** The page states no kind: the draft's is extract.ts's default, `news`. */
  | { kind: 'default-kind' }
  | { kind: 'url' }
  | { kind: 'lang' }
  | { kind: 'text'; readable: boolean };

export type FieldProblem = 'missing-title' | 'missing-text' | 'invalid-date' | 'invalid-lang' | 'invalid-url';

export const KINDS: readonly SourceKind[] = ['news', 'opinion', 'analysis', 'report'];

export interface Preview {
  values: PreviewValues;
  origins: Record<PreviewField, FieldOrigin>;
}

const fromPage = (sourced: { from: MetaOrigin } | null): FieldOrigin =>
  sourced ? { kind: 'page', from: sourced.from } : { kind: 'none' };

export function previewOf(article: CapturedArticle, draft: SourceDraft): Preview {
  return {
    values: {
      title: draft.title,
      outlet: draft.outlet ?? '',
      author: draft.author ?? '',
      date: draft.date ?? '',
      lang: draft.lang,
      kind: draft.kind,
      url: draft.url ?? '',
      text: draft.text,
    },
    origins: {
      // A draft always has a title; when the page gave none it is not the page's (file name, URL…).
      title: fromPage(article.title),
      outlet: fromPage(article.outlet),
      author: fromPage(article.authors && article.authors.value.length > 0 ? article.authors : null),
      date: fromPage(article.date),
      lang: { kind: 'lang' },
      kind: article.kind ? fromPage(article.kind) : { kind: 'default-kind' },
      url: { kind: 'url' },
      text: { kind: 'text', readable: article.readable },
    },
  };
}

/** The message each form field shows when the schema refuses its value. */
const PROBLEM_OF: Partial<Record<string, FieldProblem>> = {
  title: 'missing-title',
  text: 'missing-text',
  date: 'invalid-date',
  lang: 'invalid-lang',
  url: 'invalid-url',
};

/**
 * What is wrong with the values, per field (empty when they can be saved): the draft they make, checked
 * by the schema the background checks it with again (lib/import validateDraft), so the preview never
 * accepts what the save would refuse. Each problem's field is the form field of the same name.
 */
export function problemsOf(
  values: PreviewValues,
  captured: SourceDraft,
): Partial<Record<PreviewField, FieldProblem>> {
  const problems: Partial<Record<PreviewField, FieldProblem>> = {};
  const checked = validateDraft(draftOf(values, captured), { file: CAPTURE_FILE, line: null, record: null });
  if ('draft' in checked) return problems;
  for (const p of checked.problems) {
    const problem = p.field === null ? undefined : PROBLEM_OF[p.field];
    if (problem && p.field) problems[p.field as PreviewField] = problem;
  }
  return problems;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The draft to store: the captured one with what the user wrote (a changed title is the user's). */
export function draftOf(values: PreviewValues, captured: SourceDraft): SourceDraft {
  const title = values.title.trim();
  return {
    ...captured,
    title,
    titleOrigin: title === captured.title.trim() ? captured.titleOrigin : 'user',
    outlet: orNull(values.outlet),
    author: orNull(values.author),
    date: orNull(values.date),
    url: orNull(values.url),
    lang: canonicalLang(values.lang.trim()) ?? values.lang.trim(),
    kind: KINDS.includes(values.kind as SourceKind) ? (values.kind as SourceKind) : captured.kind,
    text: values.text,
    format: 'capture',
  };
}
