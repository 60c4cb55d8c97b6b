// The reader's text as a tree of plain text, marks and the emphasized passage, cut at every mention
// and passage boundary. The passage is the outermost layer because it may start or end inside a mark
// (a quote need not follow word boundaries); a mark it cuts becomes two marks, one on each side.
// Marks nest when mentions do: an event found by a proximity rule contains the place it names
// («… قاعة للحفلات الموسيقية في موسكو» holds Moscow), and both must stay visible.
import type { EntityType } from '../../lib/types';

export interface ReaderMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
}

export type ReaderNode =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'mark'; mention: ReaderMention; start: number; end: number; children: ReaderNode[] }
  | { kind: 'passage'; start: number; end: number; children: ReaderNode[] };

interface Piece {
  start: number;
  end: number;
  /** Mentions covering the piece, outermost (longest) first. */
  covering: ReaderMention[];
  inPassage: boolean;
}

/** Mentions that fit the text and are not empty, outermost first where they start together. */
function usable(mentions: readonly ReaderMention[], length: number): ReaderMention[] {
  return mentions
    .filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function piecesOf(
  length: number,
  mentions: ReaderMention[],
  passage: { start: number; end: number } | null,
): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (passage) cuts.add(passage.start).add(passage.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covering = mentions
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const inPassage = passage !== null && passage.start <= start && passage.end >= end;
    pieces.push({ start, end, covering, inPassage });
  }
  return pieces;
}

/** Consecutive pieces sharing their outermost remaining mention become one mark. */
function nest(pieces: Piece[], depth: number): ReaderNode[] {
  const nodes: ReaderNode[] = [];
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i] as Piece;
    const outer = piece.covering[depth];
    if (!outer) {
      const last = nodes[nodes.length - 1];
      if (last?.kind === 'text' && last.end === piece.start) last.end = piece.end;
      else nodes.push({ kind: 'text', start: piece.start, end: piece.end });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < pieces.length && (pieces[j] as Piece).covering[depth] === outer) j++;
    const group = pieces.slice(i, j);
    nodes.push({
      kind: 'mark',
      mention: outer,
      start: piece.start,
      end: (group[group.length - 1] as Piece).end,
      children: nest(group, depth + 1),
    });
    i = j;
  }
  return nodes;
}

export function readerTree(
  text: string,
  mentions: readonly ReaderMention[],
  passage: { start: number; end: number } | null,
): ReaderNode[] {
  const valid = passage && passage.end <= text.length && passage.end > passage.start ? passage : null;
  const pieces = piecesOf(text.length, usable(mentions, text.length), valid);
  const before = pieces.filter((p) => !p.inPassage && (!valid || p.end <= valid.start));
  const inside = pieces.filter((p) => p.inPassage);
  const after = pieces.filter((p) => !p.inPassage && valid !== null && p.start >= valid.end);
  if (!valid) return nest(pieces, 0);
  return [
    ...nest(before, 0),
    { kind: 'passage', start: valid.start, end: valid.end, children: nest(inside, 0) },
    ...nest(after, 0),
  ];
}
