import { describe, expect, it } from 'vitest';
import { isOutOfView, placeCard } from './place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 200 };
const overlaps = (mark: { top: number; height: number }, top: number, height: number) =>
  top < mark.top + mark.height && mark.top < top + height;

describe('placeCard', () => {
  it('goes below the mark when there is room, aligned with its start', () => {
    const mark = { top: 100, left: 300, width: 80, height: 20 };
    const place = placeCard(mark, card, viewport);
    expect(place.side).toBe('below');
    expect(place.top).toBeGreaterThanOrEqual(120);
    expect(place.left).toBe(300);
  });

  it('flips above near the bottom and never covers the mark', () => {
    const mark = { top: 700, left: 300, width: 80, height: 20 };
    const place = placeCard(mark, card, viewport);
    expect(place.side).toBe('above');
    expect(overlaps(mark, place.top, Math.min(card.height, place.maxHeight))).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(0);
  });

  it('stays inside the viewport horizontally, in LTR and RTL', () => {
    const nearRight = { top: 100, left: 950, width: 40, height: 20 };
    expect(placeCard(nearRight, card, viewport).left).toBe(1000 - 360 - 8);
    const nearLeft = { top: 100, left: 5, width: 40, height: 20 };
    expect(placeCard(nearLeft, card, viewport, 'rtl').left).toBe(8);
    const rtl = { top: 100, left: 600, width: 100, height: 20 };
    expect(placeCard(rtl, card, viewport, 'rtl').left).toBe(700 - 360);
  });

  it('shrinks to the larger side when the card fits on neither', () => {
    const mark = { top: 380, left: 100, width: 50, height: 20 };
    const place = placeCard(mark, { width: 360, height: 900 }, viewport);
    expect(place.maxHeight).toBeLessThan(400);
    expect(overlaps(mark, place.top, place.maxHeight)).toBe(false);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(800);
  });
});

describe('isOutOfView', () => {
  it('is out only once the mark has wholly left the viewport, above or below', () => {
    const height = 800;
    expect(isOutOfView({ top: -21, left: 0, width: 50, height: 20 }, height)).toBe(true);
    expect(isOutOfView({ top: -19, left: 0, width: 50, height: 20 }, height)).toBe(false); // 1 px shows
    expect(isOutOfView({ top: 790, left: 0, width: 50, height: 20 }, height)).toBe(false);
    expect(isOutOfView({ top: 801, left: 0, width: 50, height: 20 }, height)).toBe(true);
  });
});
