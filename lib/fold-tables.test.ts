import { describe, expect, it } from 'vitest';
import { buildFoldTables } from './fold-tables-build';
import { decodeFoldTables, encodeFoldTables } from './fold-tables';

describe('fold tables', () => {
  it('the generated tables are those the rules build (run `npm run gen:fold` after changing the rules)', () => {
    const built = buildFoldTables();
    const loaded = decodeFoldTables();
    expect(Buffer.from(loaded.table.buffer).equals(Buffer.from(built.table.buffer))).toBe(true);
    expect(Buffer.from(loaded.word.buffer).equals(Buffer.from(built.word.buffer))).toBe(true);
    expect([...loaded.expansions].sort()).toEqual([...built.expansions].sort());
  });

  it('encodes and decodes any table exactly', () => {
    const table = new Uint16Array(65536).map((_, c) => (c % 7 === 0 ? 0x20 : c));
    const word = new Uint8Array(65536).map((_, c) => (c % 3 === 0 ? 1 : 0));
    const decoded = decodeFoldTables(encodeFoldTables({ table, word, expansions: new Map([[0xdf, 'ss']]) }));
    expect(decoded.table).toEqual(table);
    expect(decoded.word).toEqual(word);
    expect(decoded.expansions.get(0xdf)).toBe('ss');
  });
});
