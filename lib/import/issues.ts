// Valibot's issues as our problems: the field as a path a person can read (`aliases[2].text`), a code
// the UI can translate, and an English detail saying what was received and what was expected. Valibot's
// own message is kept only where it is ours (the `check` actions in schema-fields.ts write their reason).
import type { BaseIssue } from 'valibot';
import type { DraftAt, ImportProblem, ProblemCode } from './types';
import { hasText } from './schema-fields';

type Issue = BaseIssue<unknown>;

/** `sources[12].date`, `names.ar`; null for the record itself. */
export function issuePath(issue: Issue): string | null {
  if (!issue.path?.length) return null;
  let out = '';
  for (const item of issue.path) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function lastKey(issue: Issue): string {
  const key: unknown = issue.path?.[issue.path.length - 1]?.key;
  return String(key);
}

/** Valibot's `expected` in words: `string` → a string, `("a" | "b")` → one of "a" | "b". */
function expectedText(issue: Issue): string {
  const e = issue.expected ?? '';
  const words: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
    Object: 'an object',
    Array: 'a list',
    '(string | null)': 'a string or null',
  };
  return words[e] ?? e.replace(/^\((.*)\)$/, 'one of $1');
}

function codeOf(issue: Issue): ProblemCode {
  const objectKey = issue.type === 'object' || issue.type === 'strict_object';
  if (objectKey && issue.received === 'undefined' && issue.path?.length) return 'missing';
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown-field';
  if (issue.type === 'check' && issue.requirement === hasText) return 'empty-text';
  return 'invalid';
}

function detailOf(issue: Issue, code: ProblemCode): string {
  switch (code) {
    case 'missing':
      return `the required field "${lastKey(issue)}" is missing`;
    case 'unknown-field':
      return `"${lastKey(issue)}" is not a known field`;
    case 'empty-text':
      return 'the text is empty';
    default:
      // A schema issue (wrong type, not in a list) has Valibot's expected/received; a validation issue
      // carries our own reason as its message.
      if (issue.kind === 'schema') return `expected ${expectedText(issue)}, received ${clip(issue.received)}`;
      return saysReceived(issue) ? issue.message : `${issue.message} (received ${clip(issue.received)})`;
  }
}

/** Our reason already quotes the value (dates), or the value is a whole list or record. */
const saysReceived = (issue: Issue): boolean =>
  issue.received === 'Array' ||
  issue.received === 'Object' ||
  (issue.received.startsWith('"') && issue.message.includes(issue.received));

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 80)}…"` : s);

/** One problem per issue, at `at`; a field path under `prefix` when the record sits inside another. */
export function issuesToProblems(issues: readonly Issue[], at: DraftAt, prefix = ''): ImportProblem[] {
  return issues.map((issue) => {
    const code = codeOf(issue);
    const path = issuePath(issue);
    const joined = path?.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
    const field = path === null ? prefix || null : prefix ? joined : path;
    return { ...at, field, code, detail: detailOf(issue, code) };
  });
}

/** `field: detail` lines, for errors that are not shown per record (a backup file). */
export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const code = codeOf(issue);
    const path = issuePath(issue);
    return `${path ?? '(the file)'}: ${detailOf(issue, code)}`;
  });
}
