import { describe, expect, it } from 'vitest';
import { readerTree, type ReaderMention, type ReaderNode } from './segments';

// Sentences from data/seeds/002_09a4258c08e6388d.txt (seed-002), as written there.
const ISIS_K_SENTENCE = 'ويريد داعش خراسان إقامة ما يزعم أنها "خلافة إسلامية" في وسط وجنوب آسيا';
const MOSCOW_SENTENCE =
  'الذي يُعتقد أنه يقف خلف الهجوم الإرهابي على قاعة للحفلات الموسيقية في موسكو والذي أوقع أكثر من 130 قتيلاً.';

function at(text: string, phrase: string, entityId: string, type: ReaderMention['type']): ReaderMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the sentence`);
  return { entityId, type, start, end: start + phrase.length };
}

/** The tree written back as text, with [id …] for marks and {…} for the passage. */
function show(text: string, nodes: ReaderNode[]): string {
  return nodes
    .map((n) =>
      n.kind === 'text'
        ? text.slice(n.start, n.end)
        : n.kind === 'mark'
          ? `[${n.mention.entityId} ${show(text, n.children)}]`
          : `{${show(text, n.children)}}`,
    )
    .join('');
}

describe('readerTree', () => {
  it('wraps each mention in a mark and keeps the rest as text', () => {
    const mentions = [at(ISIS_K_SENTENCE, 'داعش خراسان', 'isis-k', 'organization')];
    const tree = readerTree(ISIS_K_SENTENCE, mentions, null);
    expect(tree.map((n) => n.kind)).toEqual(['text', 'mark', 'text']);
    expect(show(ISIS_K_SENTENCE, tree)).toBe(
      'ويريد [isis-k داعش خراسان] إقامة ما يزعم أنها "خلافة إسلامية" في وسط وجنوب آسيا',
    );
  });

  it('nests the place named inside an event phrase', () => {
    const mentions = [
      at(
        MOSCOW_SENTENCE,
        'الهجوم الإرهابي على قاعة للحفلات الموسيقية في موسكو',
        'moscow-concert-hall-attack',
        'event',
      ),
      at(MOSCOW_SENTENCE, 'موسكو', 'moscow', 'place'),
    ];
    expect(show(MOSCOW_SENTENCE, readerTree(MOSCOW_SENTENCE, mentions, null))).toBe(
      'الذي يُعتقد أنه يقف خلف [moscow-concert-hall-attack الهجوم الإرهابي على قاعة للحفلات الموسيقية في [moscow موسكو]]' +
        ' والذي أوقع أكثر من 130 قتيلاً.',
    );
  });

  it('lets the passage cut a mark in two and keeps its text verbatim', () => {
    const mentions = [at(ISIS_K_SENTENCE, 'داعش خراسان', 'isis-k', 'organization')];
    const start = ISIS_K_SENTENCE.indexOf('خراسان إقامة');
    const end = ISIS_K_SENTENCE.indexOf(' في وسط');
    const tree = readerTree(ISIS_K_SENTENCE, mentions, { start, end });
    expect(show(ISIS_K_SENTENCE, tree)).toBe(
      'ويريد [isis-k داعش ]{[isis-k خراسان] إقامة ما يزعم أنها "خلافة إسلامية"} في وسط وجنوب آسيا',
    );
    const passage = tree.find((n) => n.kind === 'passage');
    expect(passage && ISIS_K_SENTENCE.slice(passage.start, passage.end)).toBe(
      'خراسان إقامة ما يزعم أنها "خلافة إسلامية"',
    );
  });

  it('drops a passage or mention that does not fit the text', () => {
    const outside = { entityId: 'pakistan', type: 'place' as const, start: 60, end: 500 };
    const tree = readerTree(ISIS_K_SENTENCE, [outside], { start: 10, end: 5000 });
    expect(tree).toEqual([{ kind: 'text', start: 0, end: ISIS_K_SENTENCE.length }]);
  });
});
