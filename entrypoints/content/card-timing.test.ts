// When hovering opens and closes the card, on a manual clock: the open delay (300 ms), the grace
// period before closing (350 ms) and what each pointer move cancels.
import { describe, expect, it } from 'vitest';
import { HoverTiming, type Timers } from './card-timing';

function clock() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set(run, ms) {
      const id = nextId++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear(id) {
      if (id !== undefined) due.delete(id);
    },
  };
  /** Moves the clock to `t` ms, running what falls due on the way, in order. */
  const at = (t: number) => {
    for (;;) {
      const next = [...due].filter(([, d]) => d.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].run();
    }
    now = t;
  };
  return { timers, at, pending: () => due.size };
}

function setup() {
  const c = clock();
  const log: string[] = [];
  let open: string | null = null;
  const timing = new HoverTiming<string>(
    c.timers,
    (mark) => {
      open = mark;
      log.push(`open ${mark}`);
    },
    () => {
      open = null;
      log.push('close');
    },
  );
  return { ...c, log, timing, isOpen: (mark: string) => open === mark, anyOpen: () => open !== null };
}

describe('HoverTiming', () => {
  it('opens 300 ms after the pointer comes over a mark, not before', () => {
    const t = setup();
    t.timing.overMark('pakistan', false);
    t.at(299);
    expect(t.log).toEqual([]);
    t.at(300);
    expect(t.log).toEqual(['open pakistan']);
  });

  it('opens nothing when the pointer only crosses the mark', () => {
    const t = setup();
    t.timing.overMark('pakistan', false);
    t.at(120);
    t.timing.outOfMark(false);
    t.at(2000);
    expect(t.log).toEqual([]);
    expect(t.pending()).toBe(0);
  });

  it('opens only the last of two marks crossed in a row, 300 ms after reaching it', () => {
    const t = setup();
    t.timing.overMark('taliban', false);
    t.at(200);
    t.timing.overMark('kabul', false);
    t.at(499);
    expect(t.log).toEqual([]);
    t.at(500);
    expect(t.log).toEqual(['open kabul']);
  });

  it('closes 350 ms after the pointer leaves the mark, unless it reaches the card first', () => {
    const t = setup();
    t.timing.overMark('pakistan', false);
    t.at(300);
    t.timing.outOfMark(t.anyOpen());
    t.at(500);
    t.timing.overCard(); // 200 ms into the grace period
    t.at(5000);
    expect(t.log).toEqual(['open pakistan']);
    t.timing.outOfCard();
    t.at(5349);
    expect(t.log).toEqual(['open pakistan']);
    t.at(5350);
    expect(t.log).toEqual(['open pakistan', 'close']);
  });

  it('keeps the card when the pointer comes back over its own mark, without opening it again', () => {
    const t = setup();
    t.timing.overMark('pakistan', false);
    t.at(300);
    t.timing.outOfMark(t.anyOpen());
    t.at(400);
    t.timing.overMark('pakistan', t.isOpen('pakistan'));
    t.at(3000);
    expect(t.log).toEqual(['open pakistan']);
  });

  it('moving from an open card’s mark to another mark replaces the card, without closing between', () => {
    const t = setup();
    t.timing.overMark('pakistan', false);
    t.at(300);
    t.timing.outOfMark(t.anyOpen());
    t.timing.overMark('kabul', t.isOpen('kabul')); // the close is dropped, the open waits its delay
    t.at(600);
    expect(t.log).toEqual(['open pakistan', 'open kabul']);
  });

  it('closeSoon drops an open still waiting; cancel drops everything', () => {
    const t = setup();
    t.timing.overMark('pakistan', false);
    t.at(100);
    t.timing.closeSoon();
    t.at(450);
    expect(t.log).toEqual(['close']);
    t.timing.overMark('kabul', false);
    t.at(800);
    t.timing.outOfMark(true);
    t.timing.cancel();
    t.at(5000);
    expect(t.log).toEqual(['close', 'open kabul']);
    expect(t.pending()).toBe(0);
  });
});
