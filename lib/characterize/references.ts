// Reference resolution for claims: «وتشير بعض التقارير إلى أن عدد مقاتليه يبلغ الآن أكثر من 2500
// مقاتل» is about ISIS-K although the sentence does not name it. A cue near the claim refers back —
// a pronoun attached to a noun of a group's attributes (مقاتليه، عناصره، قدرتها، هجماتها), an anaphoric
// noun phrase (التنظيم، الجماعة، هذا الفرع, "the group") or «أنه» — and the antecedent is sought in the
// sentences before, nearest sentence first. Within a sentence the topic wins: a referent that is not
// inside a prepositional phrase before one that is, then the earliest. When the winner is itself an
// anaphor («وتتزايد قوة هذا الفرع …»), the search goes on from it. Agreement (ـه masculine, ـها
// feminine), the entity type a cue needs, and the gazetteer («الفرع» is an entity that is part of
// another) filter the candidates. Anything unsure gives null: a claim left unattributed is better than
// a claim given to the wrong entity.

import { foldString } from '../fold';
import { sentenceSpans } from '../sentences';
import type { Entity, EntityType } from '../types';
import { writtenName, type EntityMention } from './names';
import type { Span } from './types';

export interface ReferenceOptions {
  /** Every mention of the text in text order: lets a chain («هذا الفرع» … «الفرع») reach past `earlier`. */
  mentions?: readonly EntityMention[];
  /** The text's sentence spans (lib/sentences.ts); computed around the claim when absent. */
  sentences?: readonly (readonly [number, number])[];
  /** The gazetteer: «الفرع» (the branch) then refers only to an entity that is part of another. */
  entities?: readonly Entity[];
  /** Sentences back from the claim's sentence that may hold the antecedent (default 5). */
  reach?: number;
  /** Words on each side of the claim where the cue may stand (default 8). */
  window?: number;
}

export interface Reference {
  entityId: string;
  cue: Span;
  antecedent: Span;
}

type Gender = 'm' | 'f' | null;
/** What a cue can refer to: a group (fighters, attacks), a group or a person (أنه), or any actor. */
type Need = 'group' | 'agent' | 'actor' | 'branch';

interface CueWord {
  start: number;
  end: number;
  need: Need;
  gender: Gender;
  /** A noun phrase («التنظيم»): it can itself be an antecedent link of a later cue. */
  phrase: boolean;
}

// Nouns of a group's size, acts and parts, folded, before the pronoun: «مقاتليه» = مقاتلي + ه.
const GROUP_NOUNS = new Set(
  (
    'مقاتلي مقاتل عناصر اعضاي اعضا هجمات هجوم عمليات خلايا قادت مسلحي اتباع صفوف مراكز معاقل مجندي ' +
    'زعيم امير طموحات نجاحات دعايت قيادت'
  ).split(' '),
);
// Nouns of power and reach that a country or a person has as well as a group.
const ACTOR_NOUNS = new Set('قوت قدرت نفوذ نشاط انشطت اراضي حدود امن تعاون'.split(' '));
/** Anaphoric nouns (folded, with the article) and their gender. */
const PHRASES = new Map<string, { need: Need; gender: Gender }>([
  ['التنظيم', { need: 'group', gender: 'm' }],
  ['الفرع', { need: 'branch', gender: 'm' }],
  ['الجماعه', { need: 'group', gender: null }],
  ['المجموعه', { need: 'group', gender: null }],
  ['الحركه', { need: 'group', gender: 'f' }],
  ['الشبكه', { need: 'group', gender: 'f' }],
  ['المنظمه', { need: 'group', gender: 'f' }],
]);
const EN_PHRASES = new Set([
  'the group',
  'the organization',
  'the organisation',
  'the movement',
  'the militant group',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Classifiers at the start of an organization's name, and the gender they give it. */
const FEMININE_HEAD = /^(?:[وفبلك]?(?:ال)?)(?:حركه|جماعه|منظمه|شبكه|ولايه|هييه|وكاله)(?:\s|$)/u;
const MASCULINE_HEAD = /^(?:[وفبلك]?(?:ال)?)(?:تنظيم|فرع|حزب|جيش)(?:\s|$)/u;
const PREPOSITIONS = new Set(
  'في من الي علي عن مع ضد بين حول عبر نحو لدي تحت داخل خارج قرب منذ بعد قبل خلال عند'.split(' '),
);

/** The cue words of [from, to): pronoun-suffixed nouns, anaphoric phrases, «أنه». */
const folds = new Map<string, string>();
/** Folded word, memoized (the same look-back sentences are read for every claim near them). */
function fw(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    if (folds.size > 50_000) folds.clear();
    folds.set(word, (f = foldString(word)));
  }
  return f;
}

function cuesIn(text: string, from: number, to: number): CueWord[] {
  const out: CueWord[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let prev = '';
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const w = m[0];
    const start = from + m.index;
    const end = start + w.length;
    const f = fw(w);
    const lower = w.toLowerCase();
    const phrase = PHRASES.get(f.replace(/^(?:[وف]?[بلك]?)(?=ال)/u, '').replace(/^لل/u, 'ال'));
    if (phrase) {
      // «هذا الفرع»: the demonstrative is part of the cue.
      const demo = /(?:هذا|هذه|ذلك|تلك)\s+$/u.exec(text.slice(Math.max(from, start - 6), start));
      out.push({ start: demo ? start - demo[0].length : start, end, ...phrase, phrase: true });
    } else if (/^[وف]?[اإأ]ن(?:ه|ها)$/u.test(w)) {
      out.push({ start, end, need: 'agent', gender: w.endsWith('ها') ? 'f' : 'm', phrase: false });
    } else if (/[^ة](?:ه|ها)$/u.test(w) && w.length > 3) {
      // The pronoun is written ه (never ة): «قوته» is "its strength", «قوة» is "strength".
      const gender: Gender = w.endsWith('ها') ? 'f' : 'm';
      const stem = f.replace(/^(?:[وف]?[بلك]?)/u, '').slice(0, gender === 'f' ? -2 : -1);
      const bare = f.slice(0, gender === 'f' ? -2 : -1);
      if (GROUP_NOUNS.has(bare) || GROUP_NOUNS.has(stem))
        out.push({ start, end, need: 'group', gender, phrase: false });
      else if (ACTOR_NOUNS.has(bare) || ACTOR_NOUNS.has(stem))
        out.push({ start, end, need: 'actor', gender, phrase: false });
    } else if (lower === 'its') {
      out.push({ start, end, need: 'actor', gender: null, phrase: false });
    } else if (EN_PHRASES.has(`${prev} ${lower}`) || EN_PHRASES.has(`the ${prev} ${lower}`)) {
      const article = /the\s+(?:\p{L}+\s+)?$/iu.exec(text.slice(Math.max(from, start - 20), start));
      const back = article ? start - article[0].length : start;
      out.push({ start: back >= from ? back : start, end, need: 'group', gender: null, phrase: true });
    }
    prev = lower;
  }
  return out;
}

interface Referent {
  start: number;
  end: number;
  /** A mention, or an anaphoric phrase to be resolved in turn. */
  mention: EntityMention | null;
  cue: CueWord | null;
  oblique: boolean;
}

function genderOf(text: string, m: EntityMention): Gender {
  if (m.type === 'place') return 'f';
  if (m.type === 'person') return 'm';
  // A classifier may stand outside the mark: «تنظيم "الدولة الاسلامية"».
  const before = /(\p{L}+)\s*[«"“]?\s*$/u.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1] ?? '';
  for (const f of [foldString(text.slice(m.start, m.end)), foldString(before)]) {
    if (FEMININE_HEAD.test(f)) return 'f';
    if (MASCULINE_HEAD.test(f)) return 'm';
  }
  return null;
}

function typeFits(need: Need, type: EntityType): boolean {
  if (need === 'group' || need === 'branch') return type === 'organization';
  if (need === 'agent') return type === 'organization' || type === 'person';
  return type !== 'event';
}

/** Whether the referent sits in a prepositional phrase: «في أفغانستان», «لتنظيم داعش», «بهذا الفرع». */
function isOblique(text: string, start: number, mention: EntityMention | null): boolean {
  const before = /([\p{L}\p{M}]+)\s*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (before && PREPOSITIONS.has(foldString(before))) return true;
  const surface = foldString(text.slice(start, start + 12));
  // "The Islamic State's regional affiliate, Islamic State Khorasan Province": a possessor is not the
  // topic; the phrase it qualifies is.
  if (mention && /^['’]s\b/u.test(text.slice(mention.end, mention.end + 3))) return true;
  if (mention) {
    const name = writtenName(text, mention);
    return !!name && !text.slice(mention.start, mention.end).startsWith(name) && /^[وف]?[بلك]/u.test(surface);
  }
  return /^[وف]?[بلك](?:ال|هذ|ذلك|تلك)/u.test(surface);
}

export function findReference(
  text: string,
  sentence: readonly [number, number],
  at: number,
  earlier: readonly EntityMention[],
  options: ReferenceOptions = {},
): Reference | null {
  const window = options.window ?? 8;
  const reach = options.reach ?? 5;
  const branches = options.entities
    ? new Set(options.entities.filter((e) => e.related?.some((r) => r.kind === 'part-of')).map((e) => e.id))
    : null;
  const [s0, s1] = sentence;
  // The cue nearest the claim, within `window` words on either side.
  const cues = cuesIn(text, s0, s1).filter((c) => {
    const gap = c.end <= at ? text.slice(c.end, at) : text.slice(at, c.start);
    return (gap.match(WORD)?.length ?? 0) <= window;
  });
  cues.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  const cue = cues[0];
  if (!cue) return null;

  const sentences = options.sentences ?? sentencesBefore(text, s0);
  const mentions = options.mentions ?? earlier;
  const fits = (c: CueWord, r: Referent): boolean => {
    if (r.cue) {
      // An anaphoric phrase stands for a group: it can carry a group cue on, if the genders agree.
      return r.cue.phrase && c.need !== 'actor' ? agrees(c.gender, r.cue.gender) : r.cue.phrase;
    }
    const m = r.mention as EntityMention;
    if (!typeFits(c.need, m.type)) return false;
    // Without the gazetteer nothing says which organization is a branch: «الفرع» stays unresolved.
    if (c.need === 'branch' && !branches?.has(m.entityId)) return false;
    return agrees(c.gender, genderOf(text, m));
  };

  let link = cue;
  let until = cue.start;
  let first = indexOf(sentences, s0);
  for (let hops = 0; hops < 4; hops++) {
    let found: Referent | null = null;
    // The link's own sentence before it (for a chain), then the earlier sentences, nearest first.
    for (let si = first; si >= 0 && si >= indexOf(sentences, s0) - reach; si--) {
      const span = sentences[si];
      if (!span) continue;
      const to = Math.min(span[1], until);
      if (to <= span[0]) continue;
      const referents: Referent[] = [];
      for (const m of mentions) {
        if (m.start < span[0] || m.end > to || m.type === 'event' || writtenName(text, m) === null) continue;
        referents.push({
          start: m.start,
          end: m.end,
          mention: m,
          cue: null,
          oblique: isOblique(text, m.start, m),
        });
      }
      for (const c of cuesIn(text, span[0], to)) {
        if (c.phrase)
          referents.push({
            start: c.start,
            end: c.end,
            mention: null,
            cue: c,
            oblique: isOblique(text, c.start, null),
          });
      }
      const fitting = referents.filter((r) => fits(link, r));
      if (!fitting.length) continue;
      fitting.sort((a, b) => Number(a.oblique) - Number(b.oblique) || a.start - b.start);
      found = fitting[0] as Referent;
      break;
    }
    if (!found) return null;
    if (found.mention) {
      return {
        entityId: found.mention.entityId,
        cue: { text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end },
        antecedent: { text: text.slice(found.start, found.end), start: found.start, end: found.end },
      };
    }
    link = found.cue as CueWord;
    until = found.start;
    first = indexOf(sentences, found.start);
  }
  return null;
}

function agrees(a: Gender, b: Gender): boolean {
  return a === null || b === null || a === b;
}

/** Index of the sentence that holds `offset`, or of the last one before it. */
function indexOf(sentences: readonly (readonly [number, number])[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.[0] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sentence spans of the text up to and including the one at `start` (a bounded look-back). */
function sentencesBefore(text: string, start: number): [number, number][] {
  const from = Math.max(0, start - 4000);
  const spans = sentenceSpans(text.slice(from, start)).map(([a, b]): [number, number] => [
    a + from,
    b + from,
  ]);
  if (from > 0) spans.shift();
  spans.push([start, start + 1]);
  return spans;
}
