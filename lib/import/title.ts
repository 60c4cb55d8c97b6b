// Where a title comes from when the file gives none. Decision: the text's first line is its headline
// when it looks like one — at most 200 characters, not ending like a sentence (. ! ? ؟ … : ،), and
// followed by more text (a one-line text is the text, not a headline). The line stays in the text
// (offsets into the text are the file's own). Otherwise the file's name stands in, and says so.

const SENTENCE_END = /[.!?؟…:،,;؛]$/;

/** The first line of `text` when it reads as a headline, else null. */
export function headlineOf(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim().length > 0);
  if (first < 0) return null;
  const line = (lines[first] as string).replace(/^#+\s*/, '').trim();
  if (!line || line.length > 200 || SENTENCE_END.test(line)) return null;
  const rest = lines.slice(first + 1).some((l) => l.trim().length > 0);
  return rest ? line : null;
}

/** The file's name without its folders and its last extension. */
export function fileTitle(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
