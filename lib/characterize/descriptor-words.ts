// The head-word lexicons of descriptors.ts: ranks, offices, apposition heads, epithets and the words a
// descriptor never crosses, in Arabic and English, matched on folded words (lib/fold.ts).
import { foldString } from '../fold';

const set = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .trim()
      .split(/\s+/u)
      .map((w) => foldString(w)),
  );

// Arabic heads, written without the article; matched on folded stems (with ال, clitics, tanween ا, ة).
/** Ranks and honorifics: always definite before a name («الجنرال مايكل كوريلا»), a title of their own. */
export const AR_RANK = set(
  'مشير فريق جنرال لواء عميد عقيد رائد نقيب أدميرال شيخ ملا مولوي مولانا حاج دكتور سيد سيدة مهندس أستاذ بروفيسور قس',
);
/** Offices and roles: head a title phrase («قائد القيادة المركزية الأمريكية», «المتحدث باسم طالبان»). */
export const AR_OFFICE = set(
  'رئيس رئيسة نائب وزير وزيرة متحدث متحدثة ناطق قائد زعيم أمير قيادي مسؤول مسؤولة مدير مديرة منسق مستشار سفير مبعوث ' +
    'أمين مفوض عضو زميل باحث خبير محلل كاتب صحفي صحافي مراسل محرر ملك ولي والي حاكم محافظ قاضي سيناتور سناتور ' +
    'مفتي إمام مرشد مؤسس مرشح عالم داعية',
);
/** Nouns that can head an apposition of any entity: a group, a place, one of … */
export const AR_APPOSITION = set(
  'أحد إحدى شخص رجل امرأة عنصر مقاتل مسلح حركة جماعة تنظيم منظمة شبكة فرع جناح حزب وكالة صحيفة مجلة معهد مركز هيئة ' +
    'عاصمة مدينة إقليم ولاية منطقة بلدة قرية دولة بلد جارة أكبر أبرز أقدم',
);
/** Evaluative adjectives after a name («تنظيم داعش الإرهابي»). Nisba of places (الباكستاني) are not epithets. */
export const AR_EPITHET = set(
  'إرهابي إرهابية متطرف متطرفة متشدد متشددة تكفيري تكفيرية دموي دموية وحشي وحشية إجرامي إجرامية جهادي جهادية محظور محظورة',
);
/** «يُدعى برهان», «المدعو»: what comes before names the person. */
export const AR_NAMED = set('يدعى تدعى المدعو المدعوة المسمى يسمى اسمه');
/** Words a title or apposition never crosses: conjunctions that open a clause, «أنّ», relatives, reporting verbs. */
export const AR_STOP = set(
  'إن أن لأن فإن وإن وأن بأن إنه أنه إنها أنها الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي أو ثم لكن لكنه بل ' +
    'قال قالت وقال وقالت أكد وأكد مع ضد حيث عندما بعد قبل خلال منذ حتى كما و ف إلا إلى على عن هو هي',
);
/** Time words that follow a name between commas («قال بايدن، الأربعاء، إن»): not appositions. */
export const AR_TIME = set('اليوم أمس الآن الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت');

export const EN_RANK = set(
  'gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain cmdr cmdr. adm adm. admiral sgt sgt. brig brig. mr mr. mrs mrs. ms ms. dr dr. prof prof. sheikh mullah maulana mufti sir',
);
export const EN_OFFICE = set(
  'president minister secretary spokesman spokeswoman spokesperson chief head commander leader director envoy ambassador official ' +
    'adviser advisor chairman chairwoman founder governor senator mayor king queen prince emir ruler fellow analyst researcher ' +
    'expert writer journalist correspondent editor officer deputy representative member cleric judge prosecutor coordinator',
);
export const EN_MODIFIER = set(
  'former current then new acting deputy vice chief top senior military army foreign interior defence defense national security ' +
    'intelligence prime police party opposition regional provincial federal state group',
);
export const EN_LINK = set('of for at the');
export const EN_EPITHET = set(
  'terrorist extremist militant jihadist hardline radical banned outlawed islamist',
);
export const EN_NAMED = set('named called');
export const EN_STOP = set(
  'who which that whose where when while said says told added also and but or in on at of for to with by from as after before ' +
    'will would has had is was are were he she it they we i you there this these those',
);
export const EN_DETERMINER = set('the a an');

/** Offices that form one title with the office after them («نائب الرئيس», «ولي العهد»). */
export const AR_COMPOUND = set('نائب ولي');
/** Verbs and prepositions before a name: the name is not their possessor. */
export const AR_NOT_POSSESSOR = set(
  'في من إلى على عن مع ضد بين حول عبر نحو لدى تحت داخل خارج قرب مثل قال قالت أعلن أعلنت أكد أكدت أضاف أضافت ' +
    'ذكر ذكرت دعا دعت وصف وصفت اتهم اتهمت نفى نفت حذر حذرت أشار أشارت التقى زار رفض رفضت طالب طالبت هدد هددت ' +
    'كتب قرر يقول تقول يرى ترى نفذ نفذت تبنى تبنت اعتبر اعتبرت',
);
