import { describe, expect, it } from 'vitest';
import { MARK_BACKGROUND_ALPHA, MARK_COLOURS, markCss } from './mark-styles';

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const luminance = ([r, g, b]: Rgb) => {
  const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const blend = (top: Rgb, bottom: Rgb, alpha: number): Rgb =>
  top.map((c, i) => Math.round(c * alpha + (bottom[i] as number) * (1 - alpha))) as Rgb;
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

describe('mark colours', () => {
  for (const [type, hex] of Object.entries(MARK_COLOURS)) {
    it(`${type}: underline visible on light and dark pages (≥ 3:1)`, () => {
      expect(contrast(rgb(hex), WHITE)).toBeGreaterThanOrEqual(3);
      expect(contrast(rgb(hex), BLACK)).toBeGreaterThanOrEqual(3);
    });
    it(`${type}: page text stays readable on the tinted background (≥ 7:1 for black/white text)`, () => {
      const alpha = MARK_BACKGROUND_ALPHA / 255;
      expect(contrast(BLACK, blend(rgb(hex), WHITE, alpha))).toBeGreaterThanOrEqual(7);
      expect(contrast(WHITE, blend(rgb(hex), BLACK, alpha))).toBeGreaterThanOrEqual(7);
    });
  }

  it('gives every type its own colour and underline style', () => {
    expect(new Set(Object.values(MARK_COLOURS)).size).toBe(4);
    const css = markCss();
    for (const style of ['solid', 'double', 'dashed', 'wavy'])
      expect(css).toContain(`text-decoration-style:${style}`);
    expect(css).toContain(':focus-visible');
  });
});
