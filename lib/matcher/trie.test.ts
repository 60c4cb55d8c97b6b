// The trie as shipped (buildTrie in the background, new Trie in a content script, JSON in between)
// answers every lookup as a plain map of the keys would.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import entities from '../../data/entities.json';
import { compileGazetteer, createMatcher } from './index';
import { FORMAT } from './compiled';
import { Trie, buildTrie } from './trie';

/** Seeded keys with shared prefixes, Arabic and Latin, spaces, and a few units outside the dense rows. */
function sampleKeys(count: number): string[] {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const alphabet = ['ا', 'ب', 'ت', 'ل', 'م', 'ن', 'ي', 'a', 'b', 'n', 'o', ' ', "'", 'é', '\u4e2d'];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    let key = i > 0 && rand(3) === 0 ? (keys[rand(keys.length)] as string).slice(0, 1 + rand(4)) : '';
    const length = 1 + rand(7);
    for (let j = 0; j < length; j++) key += alphabet[rand(alphabet.length)];
    keys.push(key);
  }
  keys.push(keys[3] as string); // a duplicate: the first index keeps the node
  return keys;
}

/** The node reached by `text` from the root, or -1. */
function walk(trie: Trie, text: string): number {
  let node = 0;
  for (let i = 0; i < text.length && node >= 0; i++) node = trie.next(node, text.charCodeAt(i));
  return node;
}

describe('trie shipped as breadth-first edges', () => {
  const keys = sampleKeys(3000);
  const trie = new Trie(JSON.parse(JSON.stringify(buildTrie(keys))) as ReturnType<typeof buildTrie>);

  it('ends every key at a node whose term is the first index of that key, and spells it back', () => {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const node = walk(trie, key);
      expect(node).toBeGreaterThan(0);
      expect(trie.term[node]).toBe(keys.indexOf(key));
      expect(trie.keyAt(node)).toBe(key);
    }
  });

  it('reaches exactly the prefixes of the keys', () => {
    const prefixes = new Set<string>();
    for (const key of keys) for (let i = 1; i <= key.length; i++) prefixes.add(key.slice(0, i));
    expect(trie.nodeCount).toBe(prefixes.size + 1);
    for (const prefix of prefixes) {
      for (const extra of ['ا', 'z', ' ', '\u4e2d', 'é']) {
        const node = walk(trie, prefix + extra);
        expect(node >= 0).toBe(prefixes.has(prefix + extra));
        if (node >= 0 && !keys.includes(prefix + extra)) expect(trie.term[node]).toBe(-1);
      }
    }
  });

  it('handles an empty key list', () => {
    const empty = new Trie(buildTrie([]));
    expect(empty.nodeCount).toBe(1);
    expect(empty.next(0, 0x61)).toBe(-1);
  });
});

describe('compiled gazetteer with the trie', () => {
  const compiled = compileGazetteer(entities as Entity[]);

  it('matches the same after a JSON round trip (extension messaging, IndexedDB)', () => {
    const direct = createMatcher(compiled);
    const cloned = createMatcher(JSON.parse(JSON.stringify(compiled)) as typeof compiled);
    const text =
      'قبول مزاعمها بدعم الهند لحركة طالبان باكستان وانفصاليي البلوش. The Islamic State said Pakistan and the Taliban.';
    const found = direct.matchDetailed(text);
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((m) => m.key.length > 0)).toBe(true);
    expect(cloned.matchDetailed(text)).toEqual(found);
  });

  it('says which format it is in its version, and a cached older format is refused', () => {
    expect(compiled.version.startsWith(`${FORMAT}:`)).toBe(true);
    const { trie: _trie, ...older } = compiled;
    expect(() => createMatcher({ ...older, keys: [] })).toThrow(/unsupported/);
  });
});
