// What the capture preview shows and sends: the draft's fields as editable strings, where each value
// came from on the page (so the user can judge it), their validation, and the draft made from what the
// user finally wrote. Pure: no DOM, no browser API.
import type { CapturedArticle, MetaOrigin } from '../../lib/capture/types';
import { canonicalLang } from '../../lib/front-matter';
import type { SourceDraft } from '../../lib/import/types';
import type { SourceKind } from '../../lib/types';
import type { PreviewField } from '../i18n-capture';

export type { PreviewField };

export type PreviewValues = Record<PreviewField, string>;

/** Where a field's value came from; `none`: the page does not give it. */
export type FieldOrigin =
  | { kind: 'page'; from: MetaOrigin }
  | { kind: 'none' }
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
      kind: fromPage(article.kind),
      url: { kind: 'url' },
      text: { kind: 'text', readable: article.readable },
    },
  };
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What is wrong with the values, per field (empty when they can be saved). */
export function problemsOf(values: PreviewValues): Partial<Record<PreviewField, FieldProblem>> {
  const problems: Partial<Record<PreviewField, FieldProblem>> = {};
  if (!values.title.trim()) problems.title = 'missing-title';
  if (!values.text.trim()) problems.text = 'missing-text';
  const date = values.date.trim();
  if (date && !isIsoDate(date)) problems.date = 'invalid-date';
  if (!canonicalLang(values.lang.trim())) problems.lang = 'invalid-lang';
  const url = values.url.trim();
  if (url && !isHttpUrl(url)) problems.url = 'invalid-url';
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
