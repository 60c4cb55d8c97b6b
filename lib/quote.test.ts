import { describe, expect, it } from 'vitest';
import { quoteAround } from './quote';

const seed002 =
  'وفي مارس (آذار) 2023، أخبر قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا، لجنة القوات المسلحة في مجلس الشيوخ أن داعش خراسان سيكون قادراً على القيام بعمليات خارجية  "من دون سابق إنذار" في أقل من 6 أشهر.';

describe('quoteAround', () => {
  it('returns the whole sentence when it is short', () => {
    const start = seed002.indexOf('مايكل كوريلا');
    const q = quoteAround(seed002, { start: 0, end: seed002.length }, { start, end: start + 12 }, 500);
    expect(q.text).toBe(seed002);
    expect(q.clippedStart || q.clippedEnd).toBe(false);
  });

  it('clips a long sentence around the mention without cutting words, keeping source offsets', () => {
    const start = seed002.indexOf('مايكل كوريلا');
    const mention = { start, end: start + 'مايكل كوريلا'.length };
    const q = quoteAround(seed002, { start: 0, end: seed002.length }, mention, 80);
    expect(q.text).toContain('مايكل كوريلا');
    expect(seed002.slice(q.start, q.end)).toBe(q.text);
    expect(q.text.length).toBeLessThanOrEqual(100);
    // Cuts fall on spaces: the characters just outside the quote are spaces (or the sentence edge).
    expect(q.start === 0 || /\s/.test(seed002[q.start - 1]!)).toBe(true);
    expect(q.end === seed002.length || /\s/.test(seed002[q.end]!)).toBe(true);
    expect(q.clippedStart && q.clippedEnd).toBe(true);
  });
});
