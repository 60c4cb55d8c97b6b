import { describe, expect, it } from 'vitest';
import { CURATED_NOTES, curatedNote } from './curated-notes';
import { SHIPPED_SOURCES } from './shipped-sources';
import { SHIPPED_ENTITIES } from './shipped-entities';
import { STANCE_LABELS } from '../lib/characterize/types';
import { matcherFor } from '../lib/matcher/index';
import { findMentions } from '../lib/mentions';
import seed000 from './notes/seed-000.json';
import seed001 from './notes/seed-001.json';
import seed002 from './notes/seed-002.json';
import seed003 from './notes/seed-003.json';
import seed004 from './notes/seed-004.json';

// The entities the issue asks a note for wherever a seed mentions them.
const MAIN = [
  'pakistan',
  'afghanistan',
  'taliban',
  'islamic-emirate',
  'islamic-state',
  'isis-k',
  'ttp',
  'united-states',
];

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The numbers a text states in digits. Arabic-Indic and Persian digits count as digits; a comma or
 * «٬» between groups of three is a thousands separator ("2,500" = 2500), «٫» or "." a decimal point.
 * With `multipliers`, "70 ألف" / "70 thousand" also yields 70000, so a summary may write the figure out.
 */
function numbersIn(text: string, multipliers = false): number[] {
  const western = text
    .replace(ARABIC_DIGITS, (d) => {
      const c = d.codePointAt(0)!;
      return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
    })
    .replace(/\u066c/g, ',')
    .replace(/\u066b/g, '.');
  const out: number[] = [];
  for (const m of western.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const token = m[0];
    const parts = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token) ? [token.replace(/,/g, '')] : token.split(',');
    for (const p of parts) {
      const n = Number(p);
      out.push(n);
      if (multipliers) {
        const after = western.slice(m.index + token.length, m.index + token.length + 12);
        if (/^\)?\s*(?:ألف|آلاف|الف|thousand)/i.test(after)) out.push(n * 1000);
        if (/^\)?\s*(?:مليار|billion)/i.test(after)) out.push(n * 1e9);
        if (/^\)?\s*(?:مليون|million)/i.test(after)) out.push(n * 1e6);
      }
    }
  }
  return out;
}

describe('numbersIn', () => {
  it.each([
    ['more than 2,500 fighters', [2500]],
    ['أكثر من 2500 مقاتل', [2500]],
    ['أكثر من ٢٥٠٠ مقاتل', [2500]],
    ['۲۰۲۴', [2024]],
    ['٢٬٥٠٠', [2500]],
    ['من (3.5) مليار دولار', [3.5]],
    ['بزيادة قدرها 45٪ عن عام 2023', [45, 2023]],
    ['في 2024- 2025', [2024, 2025]],
    ['between 2002 and 2018, then 2021', [2002, 2018, 2021]],
    ['no digits here', []],
  ])('%s', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });

  it('reads a multiplier word after a figure only when asked (quotes)', () => {
    // Seed 004: «بينما يزيد عدد عناصر حركة طالبان عن 70 ألف مقاتل»
    expect(numbersIn('عن 70 ألف مقاتل', true)).toEqual([70, 70000]);
    expect(numbersIn('عن 70 ألف مقاتل')).toEqual([70]);
    expect(numbersIn('(33) مليار دولار', true)).toEqual([33, 33e9]);
  });
});

const FILES: readonly (readonly { entityId: string; sourceId: string; stance: string }[])[] = [
  seed000,
  seed001,
  seed002,
  seed003,
  seed004,
];
const textOf = new Map(SHIPPED_SOURCES.map((s) => [s.id, s.text]));
const matcher = matcherFor(SHIPPED_ENTITIES);
const mentioned = new Map(
  SHIPPED_SOURCES.map((s) => [s.id, new Set(findMentions(matcher, s).map((m) => m.entityId))]),
);
const entityIds = new Set(SHIPPED_ENTITIES.map((e) => e.id));
const label = (n: { entityId: string; sourceId: string }): string => `${n.entityId} in ${n.sourceId}`;

describe('curated notes', () => {
  it('has one file per shipped source, each holding only that source', () => {
    expect(FILES).toHaveLength(SHIPPED_SOURCES.length);
    FILES.forEach((notes, i) => {
      const id = SHIPPED_SOURCES[i]!.id;
      expect(notes.length, `${id} has notes`).toBeGreaterThan(0);
      for (const n of notes) expect(n.sourceId, `a note in ${id}'s file`).toBe(id);
    });
    expect(CURATED_NOTES.length).toBe(FILES.reduce((sum, f) => sum + f.length, 0));
  });

  it('quotes every passage verbatim from its source, a clause or a sentence long', () => {
    for (const note of CURATED_NOTES) {
      const text = textOf.get(note.sourceId);
      expect(text, label(note)).toBeDefined();
      for (const q of note.points.flatMap((p) => p.quotes)) {
        expect(text!.slice(q.start, q.end), `${label(note)}: «${q.text}»`).toBe(q.text);
        expect(q.text.trim().length, label(note)).toBeGreaterThan(0);
        expect(q.text.length, `${label(note)}: «${q.text.slice(0, 30)}…»`).toBeLessThanOrEqual(300);
      }
    }
  });

  it('gives every note 1–4 points, each with 1–3 quotes and non-empty English and Arabic', () => {
    for (const note of CURATED_NOTES) {
      expect(note.points.length, label(note)).toBeGreaterThanOrEqual(1);
      expect(note.points.length, label(note)).toBeLessThanOrEqual(4);
      for (const p of note.points) {
        expect(p.quotes.length, `${label(note)}: ${p.en}`).toBeGreaterThanOrEqual(1);
        expect(p.quotes.length, `${label(note)}: ${p.en}`).toBeLessThanOrEqual(3);
        expect(p.en.trim(), label(note)).toMatch(/[A-Za-z]{3}/);
        expect(p.ar.trim(), `${label(note)}: the Arabic point is in Arabic script`).toMatch(
          /\p{Script=Arabic}{3}/u,
        );
      }
    }
  });

  it('uses only the documented stance vocabulary', () => {
    // The loader already refuses an unknown stance (the import fails); this reads the files themselves.
    for (const note of FILES.flat())
      expect(STANCE_LABELS as readonly string[], label(note)).toContain(note.stance);
  });

  it('speaks only of known entities that the source actually mentions', () => {
    for (const note of CURATED_NOTES) {
      expect(entityIds.has(note.entityId), `${label(note)}: a gazetteer id`).toBe(true);
      expect(mentioned.get(note.sourceId)?.has(note.entityId), `${label(note)}: mentioned`).toBe(true);
    }
  });

  it('states no number or date that its quotes do not contain', () => {
    for (const note of CURATED_NOTES) {
      for (const p of note.points) {
        const quoted = new Set(p.quotes.flatMap((q) => numbersIn(q.text, true)));
        for (const n of [...numbersIn(p.en), ...numbersIn(p.ar)]) {
          expect(quoted.has(n), `${label(note)}: ${n} in "${p.en}"`).toBe(true);
        }
      }
    }
  });

  it('has at most one note per (entity, source)', () => {
    const pairs = CURATED_NOTES.map(label);
    expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).toEqual([]);
  });

  it('covers every main entity each source mentions', () => {
    const missing = SHIPPED_SOURCES.flatMap((s) =>
      MAIN.filter((id) => mentioned.get(s.id)!.has(id) && !curatedNote(id, s.id)).map(
        (id) => `${id} in ${s.id}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('looks a note up by entity and source', () => {
    expect(curatedNote('pakistan', 'seed-000')?.stance).toBe('hostile');
    expect(curatedNote('pakistan', 'no-such-source')).toBeUndefined();
  });
});
