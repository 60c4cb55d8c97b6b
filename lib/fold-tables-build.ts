// How the fold tables are made (the rules are listed in fold.ts). This runs in Node, at development
// time: scripts/gen-fold-tables.ts writes its output to fold-tables.generated.ts, which is what the
// extension loads. Building here costs 10–50 ms (regex scans of the whole BMP, NFKC per character);
// decoding the generated runs costs well under a millisecond, in every frame of every page.

import { BREAK, EXPAND, IGNORE, MARK, SEP, SURROGATE, type FoldTables } from './fold-tables';

const ARABIC_TWINS: Record<string, string> = {
  أإآٱٲٳٵ: 'ا',
  ىیېۍےۓیؠ: 'ي',
  ئ: 'ي',
  ؤۇۆۈۋۅۉۊ: 'و',
  ةۃہۀەھۂ: 'ه',
  کڪګگڰڱڲڳڴ: 'ك',
  پ: 'ب',
  چ: 'ج',
  ژږ: 'ز',
  ټٹ: 'ت',
  ډڈ: 'د',
  ړڑ: 'ر',
  ښ: 'ش',
  ڼںڻ: 'ن',
  ڤ: 'ف',
  ڨ: 'ق',
};

export function buildFoldTables(): FoldTables {
  const TABLE = new Uint16Array(65536);
  const WORD = new Uint8Array(65536);
  const EXPANSIONS = new Map<number, string>();
  const range = (from: number, to: number, value: number): void => {
    for (let c = from; c <= to; c++) TABLE[c] = value;
  };
  const setExpansion = (c: number, out: string): void => {
    TABLE[c] = EXPAND;
    EXPANSIONS.set(c, out);
  };
  // Classes from two regex runs over the whole BMP (much faster than a test per code point).
  const chars: string[] = [];
  for (let c = 0; c < 65536; c++) chars.push(c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c));
  const all = chars.join('');
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    for (let i = m.index; i < m.index + m[0].length; i++) WORD[i] = 1;
  }
  for (let c = 0; c < 65536; c++) TABLE[c] = c;
  for (const m of all.matchAll(/\p{M}+/gu)) range(m.index, m.index + m[0].length - 1, MARK);
  for (const m of all.matchAll(/[\s\p{Zs}\p{Pd}]+/gu)) range(m.index, m.index + m[0].length - 1, SEP);
  range(0, 0x1f, SEP);
  for (const c of [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) TABLE[c] = BREAK;
  TABLE[0x2212] = SEP; // minus sign
  TABLE[0x7e] = SEP; // "ISIS~K" in some feeds; never part of a name
  range(0xd800, 0xdfff, SURROGATE);
  // Arabic marks (some are not \p{M} in every engine's tables) and tatweel.
  range(0x064b, 0x065f, MARK);
  TABLE[0x0670] = MARK;
  range(0x06d6, 0x06ed, MARK);
  TABLE[0x06dd] = IGNORE; // end of ayah sign is a format character
  TABLE[0x0640] = MARK;
  // Invisible format characters.
  range(0x200b, 0x200f, IGNORE);
  range(0x202a, 0x202e, IGNORE);
  range(0x2060, 0x2064, IGNORE);
  range(0x2066, 0x2069, IGNORE);
  for (const c of [0x00ad, 0xfeff, 0x061c, 0x180e, 0x034f]) TABLE[c] = IGNORE;
  for (const [from, to] of Object.entries(ARABIC_TWINS)) {
    for (const ch of from) TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (let d = 0; d < 10; d++) {
    TABLE[0x0660 + d] = 0x30 + d;
    TABLE[0x06f0 + d] = 0x30 + d;
  }
  for (const c of [0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0x2032, 0x00b4, 0x0060]) TABLE[c] = 0x27;
  // Letters with case or accents: Latin, Greek, Cyrillic, Latin Extended Additional.
  const cased: [number, number][] = [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x370, 0x52f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of cased) {
    for (let c = from; c <= to; c++) {
      if (TABLE[c] !== c) continue;
      const out = String.fromCharCode(c).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (out.length === 1) TABLE[c] = out.charCodeAt(0);
      else if (out.length > 1) setExpansion(c, out);
    }
  }
  setExpansion(0xdf, 'ss');
  setExpansion(0x1e9e, 'ss');
  // Compatibility forms: NFKC per character, folded again when used.
  const compat: [number, number][] = [
    [0xfb00, 0xfb06],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
    [0xff01, 0xff5e],
  ];
  for (const [from, to] of compat) {
    for (let c = from; c <= to; c++) {
      const out = String.fromCharCode(c).normalize('NFKC');
      if (out !== String.fromCharCode(c)) setExpansion(c, out);
    }
  }
  return { table: TABLE, word: WORD, expansions: EXPANSIONS };
}
