// Which entity a claim is about. A sentence names several entities («ولدى تنظيم داعش في أفغانستان حوالي
// 2000 مسلح … بينما يزيد عدد عناصر حركة طالبان عن 70 ألف مقاتل»): each attribute has the entity types it
// can describe, and the nearest compatible mention before the figure (in its clause when it has one)
// wins. Precision first: a figure with no compatible mention in its sentence is tied to an earlier
// entity only when the sentence refers back to it (references.ts); otherwise it is dropped.
import { foldString } from '../fold';
import type { EntityType } from '../types';
import type { ClaimAttribute, RawClaim } from './types';

export interface PlacedMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  /** The matcher's folded alias key, when the mention is an alias (not a proximity event). */
  key?: string;
  /** A place named by its adjective («الشركة الأمريكية», "Russian"), not by its name. */
  adjective?: boolean;
  /** The event this mention lies inside («هجوم موسكو» names Moscow), if any. */
  insideEvent?: string;
}

const FOUNDED =
  /(?:تأسس|تاسس|تأسست|تاسست|أسس|اسس|تشكل|تشكلت|أنشئ|انشئ|أنشئت|انشئت|إنشاء|انشاء|تأسيس|تاسيس|أعلن وجوده|اعلن وجوده|أعلنت وجودها|ظهر|ظهرت|ظهور|founded|formed|established|created|emerged|set up)/iu;

function clauseText(text: string, claim: RawClaim): string {
  const [from, to] = clauseAround(text, claim);
  return text.slice(from, to);
}

const TOLLS: ReadonlySet<ClaimAttribute> = new Set(['killed', 'injured', 'displaced']);

/** Entity types an attribute can describe, in order of preference. */
const TARGETS: Record<ClaimAttribute, readonly EntityType[]> = {
  // A toll belongs to the event; without an event, to the place where it happened.
  killed: ['event', 'place'],
  injured: ['event', 'place'],
  displaced: ['event', 'place'],
  arrested: ['organization', 'place', 'event'],
  fighters: ['organization'],
  attacks: ['organization'],
  money: ['place', 'organization'],
  percent: ['place', 'organization', 'event'],
  // When a thing happened or began: an event's date, an organization's founding (FOUNDED below).
  date: ['event', 'organization'],
  // A length of time is read well («خلال 8 سنوات») but was tied to the wrong entity in 6 of 15 cases
  // of the claims evaluation (a person's prison term next to ISIS): not tied to any entity.
  duration: [],
};

export function targetTypes(attribute: ClaimAttribute): readonly EntityType[] {
  return TARGETS[attribute];
}

// A comma before a relative pronoun («فرع خوراسان، الذي أعلن وجوده في يناير 2015», ", which …") keeps the
// clause about the same antecedent.
const CLAUSE_BREAK =
  /[،,](?!\s*[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|which|who)[\s,،])|[؛;:]|\s[وف]?(?:بينما|في حين|whereas|while)\s/gu;

/** The clause of the sentence that holds the figure: between the nearest clause breaks around it. */
export function clauseAround(text: string, claim: RawClaim): [number, number] {
  const sentence = text.slice(claim.sentenceStart, claim.sentenceEnd);
  const at = claim.start - claim.sentenceStart;
  const atEnd = claim.end - claim.sentenceStart;
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= atEnd) {
      to = m.index;
      break;
    }
  }
  return [claim.sentenceStart + from, claim.sentenceStart + to];
}

/**
 * The mentions of its sentence a claim belongs to. Tolls go to every event of the sentence (an attack
 * and the place inside its name are one story: the event keeps it); other attributes to the single
 * nearest compatible mention of the figure's clause, preferring one before it.
 */
export function assignInSentence(
  text: string,
  claim: RawClaim,
  mentions: readonly PlacedMention[],
): PlacedMention[] {
  const wanted = TARGETS[claim.attribute];
  const compatible = mentions.filter(
    (m) => wanted.includes(m.type) && !m.insideEvent && !notATarget(text, claim, m),
  );
  if (!compatible.length) return [];
  const [clauseStart, clauseEnd] = clauseAround(text, claim);
  if (claim.attribute === 'killed' || claim.attribute === 'injured' || claim.attribute === 'displaced') {
    // «تفجيراً … في بيشاور سنة 2022، وهجوماً آخر في منطقة باجور … أسفر عن مقتل 60 شخصاً»: the toll is the
    // attack of its own clause; with no event in the clause, every event of the sentence shares it.
    const events = compatible.filter((m) => m.type === 'event');
    const inClause = events.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
    if (inClause.length) return dedupe(inClause);
    if (events.length) return dedupe(events);
    // Without an event, the place of the toll's clause: one the sentence locates it in ("in Quetta",
    // «في منطقة باجور», «بمدينة كويتا») first, else the nearest («القصف الروسي», «طائرة مدنية إيرانية»:
    // the perpetrator or the victims' country, which the claims evaluation counts as right).
    const places = compatible.filter(
      (m) => m.type === 'place' && m.start >= clauseStart && m.end <= clauseEnd,
    );
    const located = places.filter((m) => isLocative(text, m));
    return located.length ? [nearest(located, claim)] : places.length ? [nearest(places, claim)] : [];
  }
  // Any other figure needs its entity in its own clause: «انخفضت المساعدات من (3.5) مليار دولار …
  // لمواجهة داعش» is aid to Pakistan (a sentence earlier), not money of the Islamic State.
  const rank = (m: PlacedMention): number => {
    const typeRank = wanted.indexOf(m.type);
    const before = m.end <= claim.start;
    const distance = before ? claim.start - m.end : m.start - claim.end;
    // The preferred type, then before the figure, then distance.
    return typeRank * 1e6 + (before ? 0 : 5e5) + distance;
  };
  const inClause = compatible.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
  const best = inClause.sort((a, b) => rank(a) - rank(b))[0];
  return best ? [best] : [];
}

/** Whether an entity of this type can be what a figure of this attribute is about. */
export function fitsAttribute(attribute: RawClaim['attribute'], type: EntityType): boolean {
  return TARGETS[attribute].includes(type);
}

const LOCATIVE_BEFORE =
  /(?:\b(?:in|at|near|outside|across|inside)\s+(?:the\s+)?(?:(?:city|town|village|province|district|region|capital)\s+of\s+)?|(?:^|[\s(«"“])(?:[وف]?(?:في|ب))\s*(?:(?:مدينة|منطقة|إقليم|اقليم|ولاية|محافظة|العاصمة|مديرية|بلدة|قرية|ضواحي)\s+)?)$/iu;

/** Whether a place mention stands where a sentence locates something: after "in", «في», or with «ب» glued to it. */
export function isLocative(text: string, m: PlacedMention): boolean {
  if (m.key) {
    // The letters before the alias are its proclitics («وبكابل» → و ب); «باكستان» begins with its own ب.
    const folded = foldString(text.slice(m.start, m.end));
    const at = folded.indexOf(m.key);
    if (at > 0 && folded.slice(0, at).includes('ب')) return true;
  }
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

// «دولار أمريكي», «جنيه مصري», "US dollars": the country names the currency, not what the figure is about.
const CURRENCY_BEFORE =
  /(?:^|\s)(?:دولار|دولارا|دولارات|جنيه|جنيها|ريال|ريالا|دينار|دينارا|يورو|روبية|ليرة|درهم|درهما)\s*$/u;
const CURRENCY_AFTER = /^\s*(?:dollars?|\$)/iu;
// «حملة ضد تنظيم الدولة», "the coalition against IS", «الموالية لتنظيم القاعدة», «على دول من بينها إيران»: the
// figure counts the other side.
const OTHER_PARTY_BEFORE =
  /(?:(?:^|\s)(?:ضد|الموالية|الموالي|الموالين|المواليه|من بينها|من بينهم|بينها|against|allied to|loyal to)\s*(?:ل|لـ)?\s*)$/iu;

/**
 * Mentions a figure is never about: the source it is attributed to («وتقول الأمم المتحدة إن …»: the UN
 * says it), a country naming a currency, and the other party after «ضد»/"against".
 */
function notATarget(text: string, claim: RawClaim, m: PlacedMention): boolean {
  // «الشركة الأمريكية», «المساعدات الأمريكية», "a Chinese firm": the adjective qualifies another noun, and
  // the money, share or date is that noun's (the fresh sample's largest class of wrong ties). A toll
  // keeps it: «طائرة مدنية إيرانية», «القصف الروسي» name the victims' or the attackers' country.
  if (m.adjective && !TOLLS.has(claim.attribute)) return true;
  // A year beside an organization is rarely its own («عمل في الأمم المتحدة حتى عام 2015» is a person's
  // career): an organization takes a date only when the clause says it was founded or formed.
  if (claim.attribute === 'date' && m.type === 'organization' && !FOUNDED.test(clauseText(text, claim)))
    return true;
  const by = claim.attributedTo;
  if (by && m.start >= by.start && m.end <= by.end) return true;
  // "ISIS-K, which the U.N. says has 4,000 fighters", «وتقول الأمم المتحدة إن …»: the speaker.
  if (
    SPEECH_AFTER.test(text.slice(m.end, m.end + 24)) ||
    SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))
  )
    return true;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (
    m.type === 'place' &&
    (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(text.slice(m.end, m.end + 10)))
  )
    return true;
  return OTHER_PARTY_BEFORE.test(before);
}

const SPEECH_AFTER =
  /^['’]?s?\s+(?:says|said|say|reports|reported|estimates|estimated|believes|claims|claimed|told)\b/iu;
const SPEECH_BEFORE =
  /(?:^|\s)[وف]?(?:قال|قالت|تقول|يقول|أعلن|أعلنت|اعلن|اعلنت|ذكر|ذكرت|أفاد|أفادت|افادت|أكد|أكدت|اكد|اكدت|قدر|قدرت|قدّرت|تقدر|يقدر|أشار|أشارت|كشف|كشفت|نقلت|صرح|صرحت|أوضح|أوضحت)\s+$/u;

function nearest(mentions: readonly PlacedMention[], claim: RawClaim): PlacedMention {
  const distance = (m: PlacedMention) => (m.end <= claim.start ? claim.start - m.end : m.start - claim.end);
  return [...mentions].sort((a, b) => distance(a) - distance(b))[0]!;
}

function dedupe(mentions: PlacedMention[]): PlacedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entityId) && (seen.add(m.entityId), true));
}

/** Places named in the claim's clause (its scope: "in Pakistan"), other than the entity itself. */
export function scopePlaces(
  text: string,
  claim: RawClaim,
  mentions: readonly PlacedMention[],
  entityId: string,
): string[] {
  const [from, to] = clauseAround(text, claim);
  const ids = mentions
    .filter((m) => m.type === 'place' && m.entityId !== entityId && m.start >= from && m.end <= to)
    .map((m) => m.entityId);
  return [...new Set(ids)];
}
