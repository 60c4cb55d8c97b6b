// The fold tables as the extension loads them: decoded from runs generated at development time
// (fold-tables.generated.ts, made by scripts/gen-fold-tables.ts from fold-tables-build.ts). Building
// them from Unicode properties costs 10–50 ms, which every frame of every page would pay on load;
// decoding costs well under a millisecond, and every browser gets the same tables whatever its ICU.
import { EXPANSIONS, TABLE_DELTA_RUNS, WORD_RUNS } from './fold-tables.generated';

/** Table values below 0x20 are instructions, not characters (real control characters fold to a space or "\n"). */
export const MARK = 0; // drop, attach to the previous character
export const IGNORE = 1; // drop
export const EXPAND = 2; // look up the expansions
export const SURROGATE = 3; // copy the pair through
export const SEP = 0x20;
export const BREAK = 0x0a;

export interface FoldTables {
  /** Folded code unit (or instruction) per BMP code unit. */
  table: Uint16Array;
  /** 1 where a folded code unit is a word character (\p{L}\p{M}\p{N}). Surrogates count as non-word. */
  word: Uint8Array;
  expansions: Map<number, string>;
}

export interface EncodedFoldTables {
  /** Pairs (table[c] - c, run length): identity stretches are runs of 0. */
  tableDeltaRuns: number[];
  /** Lengths of alternating runs of 0 and 1, starting with 0. */
  wordRuns: number[];
  expansions: [number, string][];
}

export function encodeFoldTables({ table, word, expansions }: FoldTables): EncodedFoldTables {
  const tableDeltaRuns: number[] = [];
  for (let c = 0; c < 65536;) {
    const delta = (table[c] as number) - c;
    let end = c + 1;
    while (end < 65536 && (table[end] as number) - end === delta) end++;
    tableDeltaRuns.push(delta, end - c);
    c = end;
  }
  const wordRuns: number[] = [];
  for (let c = 0, value = 0; c < 65536; value ^= 1) {
    let end = c;
    while (end < 65536 && word[end] === value) end++;
    wordRuns.push(end - c);
    c = end;
  }
  return { tableDeltaRuns, wordRuns, expansions: [...expansions].sort((a, b) => a[0] - b[0]) };
}

export function decodeFoldTables(
  encoded: EncodedFoldTables = {
    tableDeltaRuns: TABLE_DELTA_RUNS,
    wordRuns: WORD_RUNS,
    expansions: EXPANSIONS,
  },
): FoldTables {
  const table = new Uint16Array(65536);
  const runs = encoded.tableDeltaRuns;
  for (let i = 0, c = 0; i < runs.length; i += 2) {
    const delta = runs[i] as number;
    for (const end = c + (runs[i + 1] as number); c < end; c++) table[c] = c + delta;
  }
  const word = new Uint8Array(65536);
  for (let i = 0, c = 0, value = 0; i < encoded.wordRuns.length; i++, value ^= 1) {
    const end = c + (encoded.wordRuns[i] as number);
    if (value === 1) word.fill(1, c, end);
    c = end;
  }
  return { table, word, expansions: new Map(encoded.expansions) };
}
