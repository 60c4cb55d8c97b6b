// Independent check of the engine on ANERcorp (Benajiba 2007: ~150k tokens of Arabic newswire, BIO tags
// LOC/ORG/PERS/MISC labelled by its authors, not by us). Reads $SANAD_SHARED (else ../shared)
// /pages/anercorp/ANERCorp.conll; the corpus is research-use only: only counts and short excerpts leave it.
//
//   npx tsx scripts/eval-anercorp.ts [--write tests/eval/anercorp-report.md]
//
// The file has no document or sentence lines: sentences end at the tokens . ! ? ؟ and each is matched
// on its own with a fresh `seen` (rules that need the full name earlier in the article are undercounted;
// the shared-`seen` figure bounds that). Method and caveats: docs/decisions/engine-evaluation.md.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, EntityType } from '../lib/types';
import { matcherFor, type DetailedMatch } from '../lib/matcher/index';
import { foldString } from '../lib/fold';

const REPO = resolve(import.meta.dirname, '..');
const SHARED = resolve(REPO, process.env.SANAD_SHARED ?? '../shared');
const FILE = join(SHARED, 'pages/anercorp/ANERCorp.conll');
const writeIdx = process.argv.indexOf('--write');
if (!existsSync(FILE)) {
  process.stderr.write(`eval-anercorp: ${FILE} not found (set SANAD_SHARED)\n`);
  process.exit(2);
}

type Gold = 'LOC' | 'ORG' | 'PERS' | 'MISC';
interface Token {
  text: string;
  tag: 'O' | `${'B' | 'I'}-${Gold}`;
}
interface Span {
  type: Gold;
  from: number; // token indices in the sentence, [from, to)
  to: number;
}
interface Sentence {
  tokens: Token[];
  text: string;
  starts: number[]; // char offset of each token in `text`
  spans: Span[];
}

// ---- Reading: one "token TAG" a line; 191 lines have an empty token (skipped), one line holds two
// tokens glued (". Oالإصابة O"), one a token with a space (taken as two tokens with the same tag).
const lines = readFileSync(FILE, 'utf8')
  .replace(/^(\S+) (O|[BI]-[A-Z]+)(?=[^\sA-Z])/gm, '$1 $2\n')
  .split('\n');
const sentences: Sentence[] = [];
let current: Token[] = [];
let bioRepairs = 0;
const flush = (): void => {
  if (current.length === 0) return;
  const starts: number[] = [];
  let text = '';
  for (const t of current) {
    starts.push(text.length + (text ? 1 : 0));
    text += (text ? ' ' : '') + t.text;
  }
  const spans: Span[] = [];
  current.forEach((t, i) => {
    if (t.tag === 'O') return;
    const type = t.tag.slice(2) as Gold;
    const last = spans[spans.length - 1];
    if (t.tag.startsWith('I-') && last && last.to === i && last.type === type) last.to = i + 1;
    else {
      if (t.tag.startsWith('I-')) bioRepairs++;
      spans.push({ type, from: i, to: i + 1 });
    }
  });
  sentences.push({ tokens: current, text, starts, spans });
  current = [];
};
for (const line of lines) {
  const fields = line.trim().split(/\s+/);
  const tag = fields.pop();
  if (!tag || fields.length === 0 || !/^(O|[BI]-(LOC|ORG|PERS|MISC))$/.test(tag)) continue;
  for (const text of fields) current.push({ text, tag: tag as Token['tag'] });
  if (/^[.!?؟]$/.test(fields[fields.length - 1] ?? '')) flush();
}
flush();

const EXPECTED: Record<Exclude<EntityType, 'event'>, Gold> = {
  place: 'LOC',
  organization: 'ORG',
  person: 'PERS',
};

// ---- Our aliases, folded, as word lists (events left out: they have no gold type).
const entities = JSON.parse(readFileSync(join(REPO, 'data/entities.json'), 'utf8')) as Entity[];
const typeOf = new Map<string, EntityType>(entities.map((e) => [e.id, e.type]));
const words = (s: string): string[] =>
  foldString(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const byFirstWord = new Map<string, { id: string; words: string[]; ruled: boolean }[]>();
for (const e of entities) {
  if (e.type === 'event') continue;
  for (const a of e.aliases) {
    const w = words(a.text);
    if (w.length === 0) continue;
    const list = byFirstWord.get(w[0] as string) ?? [];
    list.push({ id: e.id, words: w, ruled: !!a.rule });
    byFirstWord.set(w[0] as string, list);
  }
}

/** A folded word as written and with its proclitics (و ف, then ب ك ل) and then ال taken off; لل → ال. */
function variants(w: string): string[] {
  const out = new Set([w]);
  const ll = /^[وف]?لل(.{2,})$/.exec(w);
  if (ll) out.add('ال' + ll[1]);
  for (const v of [...out]) {
    const bare = /^[وف]?[بكل]?(.{2,})$/.exec(v)?.[1];
    if (bare) out.add(bare);
  }
  for (const v of [...out]) if (v.startsWith('ال') && v.length > 4) out.add(v.slice(2));
  return [...out];
}

/** Entities one of whose aliases is the span's folded text or a run of its whole words (rule in the doc). */
/**
 * Entities of the gold span's type one of whose aliases is the span's folded text or a run of its whole
 * words (first word with clitics off; a ruled alias only as the whole span); `other`: entities of another
 * type found the same way.
 */
function shouldKnow(
  spanWords: string[],
  type: Gold,
): { ids: Set<string>; ruledOnly: boolean; other: boolean } {
  const ids = new Set<string>();
  let ruledOnly = true;
  let other = false;
  spanWords.forEach((w, i) => {
    for (const v of variants(w))
      for (const a of byFirstWord.get(v) ?? []) {
        if (!a.words.every((aw, j) => j === 0 || spanWords[i + j] === aw)) continue;
        // A ruled alias (a common word, a bare first name) counts only as the whole span.
        if (a.ruled && a.words.length !== spanWords.length) continue;
        if (EXPECTED[typeOf.get(a.id) as 'place'] !== type) other = true;
        else {
          ids.add(a.id);
          if (!a.ruled) ruledOnly = false;
        }
      }
  });
  return { ids, ruledOnly, other };
}

/**
 * A nisba adjective or demonym (الباكستانية، أميركي، الروس), decided from the text alone: one word whose
 * clitic-less forms all end in a nisba ending (ي يه يون يين يان يات يا) or are a broken-plural demonym, and
 * none of which is a word of the entity's own names (روسيا). Whether it came from an alias or the
 * engine's derivation does not matter.
 */
const NISBA = /(ي|يه|يون|يين|يان|يات|يتين|يتان|يا)$/;
const PLURAL_DEMONYMS = new Set(['روس', 'الروس', 'افغان', 'الافغان', 'الامريكان', 'الاميركان', 'امريكان']);
const nameWords = new Map(
  entities.map((e) => [e.id, new Set([...words(e.names.ar ?? ''), ...words(e.names.en ?? '')])]),
);
function isDemonym(id: string, surface: string): boolean {
  const sw = words(surface);
  if (sw.length !== 1) return false;
  const vs = variants(sw[0] ?? '');
  if (vs.some((v) => nameWords.get(id)?.has(v))) return false;
  return vs.some((v) => PLURAL_DEMONYMS.has(v)) || NISBA.test(sw[0] ?? '');
}

// ---- Matching.
const matcher = matcherFor(entities);
let matches = 0;
let sharedMatches = 0;
const shared = { seen: new Set<string>() };
const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
const excerpt = (s: Sentence, from: number, to: number): string =>
  [
    ...s.tokens.slice(Math.max(0, from - 4), from).map((t) => t.text),
    '[' +
      s.tokens
        .slice(from, to)
        .map((t) => t.text)
        .join(' ') +
      ']',
    ...s.tokens.slice(to, to + 4).map((t) => t.text),
  ].join(' ');

// Recall
let known = 0;
let found = 0;
let foundOther = 0;
const missed = new Map<string, number>();
const missedRuled = new Map<string, number>();
const knownTypeMismatch = new Map<string, number>();
// Precision
const cls = new Map<string, number>(); // "names|agrees" …
const goldO = new Map<string, { n: number; ex: string }>();
const otherType = new Map<string, { n: number; ex: string }>();
const events = new Map<string, number>();
const exactSpan = { yes: 0, no: 0 };

for (const s of sentences) {
  const ms: DetailedMatch[] = matcher.matchDetailed(s.text, { seen: new Set() });
  matches += ms.length;
  sharedMatches += matcher.match(s.text, shared).length;
  const tokOf = (m: { start: number; end: number }): [number, number] => {
    let from = s.starts.findIndex((st, i) => st + (s.tokens[i]?.text.length ?? 0) > m.start);
    if (from < 0) from = s.tokens.length;
    let to = from;
    while (to < s.tokens.length && (s.starts[to] ?? Infinity) < m.end) to++;
    return [from, to];
  };
  const spanOfMatch = ms.map(tokOf);

  for (const g of s.spans) {
    if (g.type === 'MISC') continue;
    const gText = s.tokens
      .slice(g.from, g.to)
      .map((t) => t.text)
      .join(' ');
    const { ids, ruledOnly, other } = shouldKnow(words(gText), g.type);
    const label = `${foldString(gText)} (${g.type})`;
    if (ids.size === 0) {
      if (other) count(knownTypeMismatch, label);
      continue;
    }
    known++;
    const over = ms.filter((_, k) => {
      const [f, t] = spanOfMatch[k] as [number, number];
      return f < g.to && t > g.from;
    });
    if (over.some((m) => ids.has(m.entityId))) found++;
    else {
      if (over.length > 0) foundOther++;
      count(
        ruledOnly ? missedRuled : missed,
        label + (over.length ? ' → ' + over.map((m) => m.entityId) : ''),
      );
    }
  }

  ms.forEach((m, k) => {
    const [from, to] = spanOfMatch[k] as [number, number];
    const surface = foldString(s.text.slice(m.start, m.end));
    const type = typeOf.get(m.entityId) ?? 'event';
    if (type === 'event') return count(events, `${m.entityId}: ${surface}`);
    const kind = isDemonym(m.entityId, surface) ? 'derived' : 'names';
    const golds = new Set(
      s.tokens.slice(from, to).flatMap((t) => (t.tag === 'O' ? [] : [t.tag.slice(2) as Gold])),
    );
    const want = EXPECTED[type];
    let c: string;
    if (golds.size === 0) {
      c = 'gold O';
      const key = `${kind}: ${surface} → ${m.entityId}`;
      const prev = goldO.get(key);
      goldO.set(key, { n: (prev?.n ?? 0) + 1, ex: prev?.ex ?? excerpt(s, from, to) });
    } else if (golds.has(want)) c = golds.size === 1 ? 'agrees' : 'mixed';
    else {
      c = 'other type';
      const key = `${kind}: ${surface} → ${m.entityId} (gold ${[...golds].join('+')})`;
      const prev = otherType.get(key);
      otherType.set(key, { n: (prev?.n ?? 0) + 1, ex: prev?.ex ?? excerpt(s, from, to) });
    }
    count(cls, `${kind}|${c}`);
    if (c === 'agrees') {
      const g = s.spans.find((sp) => sp.from < to && sp.to > from);
      if (g && g.from === from && g.to === to) exactSpan.yes++;
      else exactSpan.no++;
    }
  });
}

// ---- Report.
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
const spans = sentences.flatMap((s) => s.spans);
const sorted = <V>(m: Map<string, V>, n: (v: V) => number): [string, V][] =>
  [...m].sort((a, b) => n(b[1]) - n(a[1]) || a[0].localeCompare(b[0]));
const id = (v: number): number => v;
const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '—');
const out: string[] = [
  `## ANERcorp check (gazetteer data/entities.json, ${entities.length} entities)`,
  '',
  `${tokens} tokens, ${sentences.length} sentences, gold spans: ` +
    (['LOC', 'ORG', 'PERS', 'MISC'] as const)
      .map((t) => `${t} ${spans.filter((g) => g.type === t).length}`)
      .join(', ') +
    ` (${bioRepairs} I- tags without a B- opened a span).`,
  `Matches: ${matches} (sentence by sentence, fresh seen); with one seen shared over the whole file: ${sharedMatches}.`,
  '',
  '### 1. Recall on gold LOC/ORG/PERS spans naming one of our entities',
  '',
  `Should know: ${known}; found: ${found} (**${pct(found, known)}**); missed: ${known - found}` +
    ` (${foldSum(missedRuled)} of them only through a ruled alias; ${foundOther} overlapped by another entity's match).`,
  '',
  '| missed (folded gold text, type) | n |',
  '|---|---|',
  ...sorted(missed, id).map(([k, n]) => `| ${k} | ${n} |`),
  ...sorted(missedRuled, id).map(([k, n]) => `| ${k} *(ruled alias only)* | ${n} |`),
  '',
  `Not counted: gold spans holding an alias of an entity of another type (a place in a club's name, the` +
    ` Middle East region holding a newspaper's alias…): ` +
    (sorted(knownTypeMismatch, id)
      .map(([k, n]) => `${k} ×${n}`)
      .join('; ') || 'none'),
  '',
  '### 2. Our matches against the gold tags under them',
  '',
  '| | agrees | mixed | other type | gold O | total | agrees / total |',
  '|---|---|---|---|---|---|---|',
  ...['names', 'derived'].map((kind) => {
    const v = ['agrees', 'mixed', 'other type', 'gold O'].map((c) => cls.get(`${kind}|${c}`) ?? 0);
    const total = v.reduce((a, b) => a + b, 0);
    return `| ${kind === 'names' ? 'names' : 'nisba / demonyms'} | ${v.join(' | ')} | ${total} | ${pct((v[0] ?? 0) + (v[1] ?? 0), total)} |`;
  }),
  '',
  `Agreeing matches with exactly the gold span's tokens: ${exactSpan.yes}, other boundaries: ${exactSpan.no}.`,
  '',
  '**Gold says a different type** (folded text → entity):',
  '',
  ...sorted(otherType, (v) => v.n).map(([k, v]) => `- ${k} ×${v.n}: ${v.ex}`),
  '',
  '**Gold says O** (candidate false positives; first occurrence in brackets):',
  '',
  ...sorted(goldO, (v) => v.n).map(([k, v]) => `- ${k} ×${v.n}: ${v.ex}`),
  '',
  `**Events** (no gold type): ${[...events.values()].reduce((a, b) => a + b, 0)}`,
  '',
  ...sorted(events, id).map(([k, n]) => `- ${k} ×${n}`),
  '',
];
function foldSum(m: Map<string, number>): number {
  return [...m.values()].reduce((a, b) => a + b, 0);
}
const report = out.join('\n');
process.stdout.write(report);
if (writeIdx >= 0)
  writeFileSync(resolve(REPO, process.argv[writeIdx + 1] ?? 'tests/eval/anercorp-report.md'), report);
