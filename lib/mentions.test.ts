import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { matcherFor } from './matcher/index';
import { TEST_ENTITIES } from './matcher/test-entities';

const matcher = matcherFor(TEST_ENTITIES);

describe('findMentions', () => {
  // Seed 004, two sentences.
  const text =
    'وقال أحد القياديين في طالبان للصحيفة: “باكستان دولة شقيقة”. ولدى تنظيم داعش في أفغانستان حوالي 2000 مسلح، وفقًا لأحدث تقديرات الأمم المتحدة.';

  it('returns each mention with its offsets and its sentence', () => {
    const mentions = findMentions(matcher, { id: 'src-4', text });
    expect(mentions.map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([
      ['taliban', 'طالبان'],
      ['pakistan', 'باكستان'],
      ['islamic-state', 'داعش'],
      ['afghanistan', 'أفغانستان'],
      ['united-nations', 'الأمم المتحدة'],
    ]);
    const first = text.slice(0, text.indexOf('”.') + 2);
    expect(text.slice(mentions[1]!.sentenceStart, mentions[1]!.sentenceEnd)).toBe(first);
    expect(text.slice(mentions[4]!.sentenceStart, mentions[4]!.sentenceEnd)).toBe(
      text.slice(first.length + 1),
    );
    expect(mentions.every((m) => m.sourceId === 'src-4' && m.id === undefined)).toBe(true);
  });

  it('starts every source with a fresh context: a surname needs its full name in the same source', () => {
    const a = findMentions(matcher, { id: 'a', text: 'المشير عاصم منير.' });
    const b = findMentions(matcher, { id: 'b', text: 'وقال منير إن الجيش مستعد.' });
    expect(a.map((m) => m.entityId)).toEqual(['asim-munir']);
    expect(b).toEqual([]);
  });

  it("stores a mention for the place named inside an event, so its card lists the event's sources", () => {
    const t = 'في عام 2024، أدى هجوم موسكو الذي نفذه داعش إلى تجديد الاهتمام.';
    const mentions = findMentions(matcher, { id: 's', text: t });
    expect(mentions.map((m) => [m.entityId, t.slice(m.start, m.end)])).toEqual([
      ['moscow-concert-hall-attack', 'هجوم موسكو'],
      ['moscow', 'موسكو'],
      ['islamic-state', 'داعش'],
    ]);
    expect(mentions.every((m) => m.sentenceStart === 0 && m.sentenceEnd === t.length)).toBe(true);
  });

  it('returns nothing for a text without entities', () => {
    expect(
      findMentions(matcher, { id: 'x', text: 'توفي الفنان المصري جميل راتب عن عمر يناهز 92 عاما.' }),
    ).toEqual([]);
  });
});
