import { describe, expect, it } from 'vitest';
import entities from '../../data/entities.json';
import { matcherFor } from '../matcher/index';
import { sentenceSpans } from '../sentences';
import type { Entity } from '../types';
import { FRAME_LEXICON } from './frame-lexicon';
import { findFrames } from './frames';
import type { EntityMention } from './names';

const matcher = matcherFor(entities as Entity[]);
const TYPES = new Map((entities as Entity[]).map((e) => [e.id, e.type]));

/** The frame cues of `entityId` in `text`, as [category, text] pairs; each cue's sentence checked. */
function cues(text: string, entityId: string, window?: number): [string, string][] {
  const mentions: EntityMention[] = matcher
    .matchDetailed(text, { seen: new Set() })
    .filter((m) => m.entityId === entityId)
    .map((m) => ({
      entityId,
      type: TYPES.get(entityId) ?? 'organization',
      start: m.start,
      end: m.end,
      key: m.key,
    }));
  const sentences = sentenceSpans(text);
  const found = findFrames(text, mentions, sentences, window);
  for (const c of found) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
    expect(c.sentence.start <= c.start && c.end <= c.sentence.end).toBe(true);
  }
  return found.map((c) => [c.category, c.text]);
}

/** Cues around a hand-placed mention (a person the gazetteer does not know). */
function cuesAt(text: string, surface: string): [string, string][] {
  const start = text.indexOf(surface);
  const m: EntityMention = { entityId: 'x', type: 'person', start, end: start + surface.length };
  return findFrames(text, [m], sentenceSpans(text)).map((c) => [c.category, c.text]);
}

describe('findFrames: the seeds', () => {
  it('000 headline: Pakistan is «ملاذٌ آمنٌ» (harakat kept in the cue)', () => {
    expect(cues('باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!', 'pakistan')).toEqual([
      ['safe-haven', 'ملاذٌ آمنٌ'],
    ]);
  });

  const s000 =
    'إنّ هذا التعاون الواضح أو الخفي من جانب الأجهزة الأمنية الباكستانية مع داعش، يُثبت بما لا يدع مجالاً للشك سياسة باكستان المزدوجة.';
  it('000: «سياسة باكستان المزدوجة» frames Pakistan (its mention inside the cue); «التعاون» is 7 words from «الباكستانية»', () => {
    expect(cues(s000, 'pakistan')).toEqual([
      ['cooperation', 'التعاون'],
      ['double-game', 'سياسة باكستان المزدوجة'],
    ]);
  });
  it('000: for ISIS the same sentence has «التعاون» 9 words away (out of the window of 8)', () => {
    expect(cues(s000, 'islamic-state')).toEqual([['double-game', 'سياسة باكستان المزدوجة']]);
    expect(cues(s000, 'islamic-state', 9)).toEqual([
      ['cooperation', 'التعاون'],
      ['double-game', 'سياسة باكستان المزدوجة'],
    ]);
  });

  it('000: «يُدعى برهان» names him; it is no claim', () => {
    const s =
      'تشير تقارير المرصد، المستندة إلى مصادر أمنية موثوقة، إلى أنّ مسؤولاً رفيعاً في داعش يُدعى برهان، والمعروف في صفوف الخوارج باسم زيد، قد قُتل برصاص مسلحين مجهولين في منطقة قصور بإقليم البنجاب الباكستاني.';
    expect(cues(s, 'burhan-zaid')).toEqual([]);
  });

  const s001 =
    'وفي تصريح لـ«الشرق الأوسط»، أشار المنسق العام لـ«الهيئة الوطنية لمكافحة الإرهاب» إلى أن تنامي تهديدات تنظيم داعش في المنطقة يعنى أن التنظيم بات أكثر قدرة على تنفيذ عملياته في المنطقة، ورغم ذلك دأبت السلطات في أوقات سابقة على نفي وجود «داعش» في باكستان.';
  it('001: the denial is near Pakistan; «الإرهاب» (terrorism, in the NACTA name) is no cue', () => {
    expect(cues(s001, 'pakistan')).toEqual([['denial', 'نفي']]);
    expect(cues(s001, 'islamic-state')).toEqual([
      ['threat', 'تهديدات'],
      ['denial', 'نفي'],
    ]);
  });

  it('001: «مزاعم عدم وجود خلايا لـ«داعش»»', () => {
    const s =
      'وبعد ذلك بوقت قصير، اختطف زوجان صينيان بمدينة كويتا وقُتلا، وهو ما أثار الشكوك في دقة مزاعم عدم وجود خلايا لـ«داعش» في المنطقة.';
    expect(cues(s, 'islamic-state')).toEqual([['claimed', 'مزاعم']]);
  });

  it('003: Pakistan accused of a double game, of backing the Afghan Taliban', () => {
    const s =
      'ومع ذلك، سرعان ما برزت انتقادات بشأن “اللعبة المزدوجة”، حيث اتهمت باكستان بدعم الطالبان الأفغانية وشبكة حقاني (HQN) لمواجهة نفوذ الهند في أفغانستان، في حين تحارب جماعات مثل تحريك طالبان باكستان (TTP) التي تهدد أمنها الداخلي.';
    expect(cues(s, 'pakistan')).toEqual([
      ['double-game', 'اللعبة المزدوجة'],
      ['accusation', 'اتهمت'],
      ['support', 'بدعم'],
    ]);
  });

  it('004: «وأكدا» (the two Taliban leaders confirmed) stands near the Taliban', () => {
    const s =
      'وأكدا أن “السلطات الباكستانية تمرر لحركة طالبان معلومات أولية عن المجموعة، بالإضافة إلى مساعدتها في مراقبة الاتصالات الهاتفية والإنترنت لتحديد أعضاء ولاية خراسان الموالي لتنظيم داعش والمراكز العملياتية التابعة له”.';
    expect(cues(s, 'taliban')).toEqual([['confirmed', 'وأكدا']]);
  });

  it('a cue in another sentence does not count, however near', () => {
    const s =
      'ففي باكستان، لا يتم فقط تمويل عناصر داعش. وهذه الممارسات تُعدّ خطراً كبيراً على استقرار المنطقة كلها.';
    expect(cues(s, 'islamic-state')).toEqual([['support', 'تمويل']]);
  });
});

describe('findFrames: BBC Arabic (ant-bbc) and English pages', () => {
  it('internationalNews/BB-internationalNews-658-20180616: «نفت» near the Taliban', () => {
    const s = 'وكانت طالبان قد نفت في وقت سابق من الشهر الجاري إجراء أي محادثات سرية مع الحكومة الأفغانية.';
    expect(cues(s, 'taliban')).toEqual([['denial', 'نفت']]);
  });
  it('internationalNews/BB-internationalNews-102-20180305: «يزعم» near IS', () => {
    const s =
      'تنظيم الدولة الإسلامية يبث صور فيديو يزعم أنها لكمين نصبه عناصره بالنيجر وقتل فيه أربعة جنود أمريكيين في أكتوبر/ تشرين الأول الماضي.';
    expect(cues(s, 'islamic-state')).toEqual([['claimed', 'يزعم']]);
  });
  it('culture/BB-culture-279-20180829: «يدعى أن» claims, though spelt with ى', () => {
    const s =
      'أعلنت الممثلة روز ماغوين دعمها لجيمي بينيت، الممثل الذي يدعى أن الممثلة آسيا أرجنتو اعتدت جنسيا عليه وهو في صباه عام 2013.';
    expect(cuesAt(s, 'لجيمي بينيت')).toEqual([
      ['support', 'دعمها'],
      ['claimed', 'يدعى'],
    ]);
  });
  it('culture/BB-culture-191-20180606: «يدعى "مرنرع الثاني"» names a king', () => {
    const s =
      'وتشير قائمة أبيدوس الملكية إلى اسم ملك حكم بعد الملك "بيبي الثاني" يدعى "مرنرع الثاني"، لم يدم حكمه أكثر من عام واحد.';
    expect(cuesAt(s, 'مرنرع الثاني')).toEqual([]);
  });
  it('newspaper/ap_meta_refresh.html: "cooperating" near the Taliban', () => {
    const s =
      "Ghani's efforts to draw the Taliban into peace talks have failed, with the Taliban saying they have no intention of cooperating.";
    expect(cues(s, 'taliban')).toEqual([['cooperation', 'cooperating']]);
  });
  it('newspaper/businessweek.com1.html: "threatened"', () => {
    const s =
      'The Marines were part of Obama’s surge to push back a Taliban onslaught that threatened to overwhelm the towns loyal to Karzai’s government.';
    expect(cues(s, 'taliban')).toEqual([['threat', 'threatened']]);
  });
  it('readability/wapo-1: "claimed responsibility" reports an act, not a doubt', () => {
    const s =
      'Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations.';
    expect(cues(s, 'islamic-state', 20)).toEqual([]);
  });
});

describe('the frame lexicon', () => {
  it('documents every entry and covers every category in both languages', () => {
    const categories = new Set(FRAME_LEXICON.map((e) => `${e.category}:${e.lang}`));
    for (const c of [
      'safe-haven',
      'double-game',
      'terrorist',
      'cooperation',
      'support',
      'denial',
      'accusation',
      'threat',
      'claimed',
      'confirmed',
    ])
      for (const lang of ['ar', 'en']) expect(categories.has(`${c}:${lang}`)).toBe(true);
    for (const e of FRAME_LEXICON) expect(e.why.length).toBeGreaterThan(20);
  });
});

describe('the frame lexicon: every Arabic form it lists', () => {
  // Each form the lexicon documents must match its own pattern, whole, and pass the prefilter stems.
  const rows = FRAME_LEXICON.filter((e) => e.lang === 'ar').flatMap((e) =>
    e.forms.split('، ').map((form) => [e.category, form.replace(/[()]/gu, ''), e] as const),
  );
  it.each(rows)('%s: «%s»', (category, form, entry) => {
    const text = `قال إن ${form} واضح`;
    const found = findFrames(
      text,
      [{ entityId: 'x', type: 'place', start: 0, end: 3 }],
      [[0, text.length]],
      20,
    );
    expect(found.map((c) => [c.category, c.text])).toEqual([[category, form]]);
    expect(entry.stems.length).toBeGreaterThan(0);
  });
});
