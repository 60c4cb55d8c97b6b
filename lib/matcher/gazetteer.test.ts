// Integration: the shipped gazetteer (data/entities.json) over sentences copied from the five seed
// articles. These pin what the product must find with the real data; the engine's own behaviour is
// tested with a fixed gazetteer in matcher.test.ts.

import { describe, expect, it } from 'vitest';
import type { Entity } from '../types';
import entities from '../../data/entities.json';
import { matcherFor } from './index';

const matcher = matcherFor(entities as Entity[]);
const ids = (text: string): [string, string][] =>
  matcher.match(text).map((m) => [m.entityId, text.slice(m.start, m.end)]);
const has = (text: string, id: string, surface: string): boolean =>
  ids(text).some(([e, s]) => e === id && s === surface);

describe('data/entities.json compiles cleanly', () => {
  it('refers only to entity ids it defines', () => {
    expect(matcher.compiled.warnings.filter((w) => w.includes('unknown entity id'))).toEqual([]);
  });
});

describe('seed sentences with the shipped gazetteer', () => {
  it.each<[string, string, string]>([
    ['باكستان؛ ملاذٌ آمنٌ لداعش، ومركز تدريبٍ وصناعةِ المؤامرات!', 'islamic-state', 'لداعش'],
    ['قد فرّ من أفغانستان، وحوّل الأراضي الباكستانية إلى ملاذٍ آمن', 'pakistan', 'الباكستانية'],
    ['القبض على عدد من عناصر داعش الباكستانيين أحياء', 'pakistan', 'الباكستانيين'],
    ['تقرير أمريكي يكشف عن تعاون “سرّي” بين طالبان وباكستان في مجالٍ هام', 'pakistan', 'وباكستان'],
    ['انضمت إلى التحالف الأمريكي ضد القاعدة والطالبان في أفغانستان', 'taliban', 'والطالبان'],
    ['قبول مزاعمها بدعم الهند لحركة طالبان باكستان وانفصاليي البلوش', 'ttp', 'لحركة طالبان باكستان'],
    [
      'في حين تحارب جماعات مثل تحريك طالبان باكستان (TTP) التي تهدد أمنها الداخلي',
      'ttp',
      'تحريك طالبان باكستان',
    ],
    ['تقرير: داعش خراسان يذكّر بالقاعدة قبل 11 سبتمبر', 'isis-k', 'داعش خراسان'],
    ['خاصة فرعه في خوراسان (ISIS-K). تساعد باكستان الغرب', 'isis-k', 'ISIS-K'],
    ['مثل قتل حفيظ سعيد خان في 2016', 'killing-of-hafiz-saeed-khan', 'قتل حفيظ سعيد خان'],
    ['يقول الفريق أحمد شريف شودري، المتحدث العسكري الباكستاني', 'ahmed-sharif-chaudhry', 'أحمد شريف شودري'],
    ['الذي استغل سقوط كابول لتعزيز وجوده', 'us-withdrawal-from-afghanistan', 'سقوط كابول'],
    ['نقلت صحيفة “واشنطن بوست” الأمريكية', 'washington-post', 'واشنطن بوست'],
    ['لا سيما ان المشير منير عاصم، قائد الجيش الباكستاني', 'asim-munir', 'منير عاصم'],
    ['في منطقة قصور بإقليم البنجاب الباكستاني', 'kasur', 'قصور'],
    ['إلا أنّ وكالة المرصاد نشرت صورة مشتركة', 'al-mirsad', 'وكالة المرصاد'],
    ['قُتل في 20 أكتوبر 2024 في مديرية ماڼوګي بولاية كونار', 'manogai', 'ماڼوګي'],
  ])('%s → %s', (text, id, surface) => expect(ids(text)).toContainEqual([id, surface]));

  it.each([
    'وإثبات هذا لا يحتاج إلى برهان',
    'وإلى جانب ما يراه البعض قصورا في القانون الانتخابي',
    'وأن القاعدة هي بقاء المنبر في مكانه الأصلي',
    'فازت رشيدة التي وقفت بالمرصاد للرئيس',
    'توفي الفنان المصري جميل راتب عن عمر يناهز 92 عاما',
    'إذ يزيد احتمال ارتباط نتائج البحث بمواقع خبيثة',
    'المدرب الأرجنتيني خوسيه بيكرمان',
    'ومدنية مشهد هي عاصمة مقاطعة خراسان رضوي',
    'ارتفع عدد الإصابات بفيروس كورونا في موسكو إلى ألف',
  ])('no trap word highlighted: %s', (text) => {
    const found = ids(text).filter(([id]) => id !== 'moscow');
    expect(found).toEqual([]);
  });

  it('a COVID sentence naming Moscow is not the concert-hall attack', () => {
    expect(
      has('ارتفع عدد الإصابات بفيروس كورونا في موسكو إلى ألف', 'moscow-concert-hall-attack', 'موسكو'),
    ).toBe(false);
  });
});
