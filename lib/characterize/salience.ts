// How prominent an entity is in one source: how often it is named, whether the title names it, whether
// the lead does, and in what share of the body's paragraphs. Counts only; no weighting, no score.
//
// Paragraphs are the text's lines (blocks between line breaks). Headlines, by-lines, datelines and
// section heads are lines too, but not body paragraphs: a body paragraph has at least 15 words, or at
// least 8 and ends with a period (headlines end with «!» or «؟» as often); a line that repeats the
// title is never one. The lead is the
// first body paragraph, or the first two sentences when the body is a single paragraph.

import { foldString } from '../fold';
import { sentenceSpans } from '../sentences';
import type { EntityMention } from './names';
import type { Salience } from './types';

interface Layout {
  text: string;
  title: string;
  /** Body paragraphs, [start, end) in text order. */
  body: [number, number][];
  lead: [number, number] | null;
}

/** Runs of non-space characters: words, for counting (a loop, not a Unicode regular expression). */
function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const ENDS_SENTENCE = /[.…]["'”’»)\]]*\s*$/u;

let last: Layout | null = null;

function layout(text: string, title: string): Layout {
  if (last && last.text === text && last.title === title) return last;
  const foldedTitle = title ? foldString(title).trim() : '';
  const blocks: [number, number][] = [];
  const body: [number, number][] = [];
  const re = /[^\n\r\u2029]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    if (!line.trim()) continue;
    const span: [number, number] = [m.index, m.index + line.length];
    blocks.push(span);
    const words = wordCount(line);
    // Folding every line to compare it with the title cost more than the rest: only lines of about
    // the title's length can repeat it (harakat and spacing may differ).
    if (foldedTitle && Math.abs(line.length - title.length) <= 20 && foldString(line).trim() === foldedTitle)
      continue;
    if (words >= 15 || (words >= 8 && ENDS_SENTENCE.test(line))) body.push(span);
  }
  // A short text of headline-like lines: every line is body.
  const paragraphs = body.length ? body : blocks;
  let lead: [number, number] | null = paragraphs[0] ?? null;
  if (lead && paragraphs.length === 1) {
    const sentences = sentenceSpans(text.slice(lead[0], lead[1]));
    const second = sentences[1] ?? sentences[0];
    if (second) lead = [lead[0], lead[0] + second[1]];
  }
  last = { text, title, body: paragraphs, lead };
  return last;
}

export function salience(
  text: string,
  title: string,
  mentions: readonly EntityMention[],
  titleMentioned: boolean,
): Salience {
  const { body, lead } = layout(text, title);
  const inLead = !!lead && mentions.some((m) => m.start < lead[1] && m.end > lead[0]);
  // Mentions and paragraphs are both in text order: one merge.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let named = 0;
  let k = 0;
  for (const [s, e] of body) {
    while (k < sorted.length && (sorted[k] as EntityMention).end <= s) k++;
    if (k < sorted.length && (sorted[k] as EntityMention).start < e) named++;
  }
  return {
    mentions: mentions.length,
    inTitle: titleMentioned,
    inLead,
    paragraphShare: body.length ? named / body.length : 0,
  };
}
