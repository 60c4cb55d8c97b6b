// Capture evaluation: Sanad's capture (lib/capture: metadata pass + Readability's text) against
// Readability alone, on every HTML page in ../shared/pages that carries a label we can trust.
//
//   npx tsx scripts/eval-capture.ts [--aeb-truth <ground-truth.json>] [--verbose]
//
// Labels, most independent first (each row prints where its label came from):
// - `htmldate`: the publication dates htmldate's authors labelled by hand for their test set
//   (adbar/htmldate tests/eval_mediacloud_2020.json @ 3c39954), for the 7 htmldate pages here;
// - `hand`: what we read in the page itself (the visible headline, byline and dateline; the first
//   and last paragraph of the article), the same reading as lib/capture/*.test.ts;
// - `json-ld`: the page's own JSON-LD (headline, Person authors, datePublished). Our metadata
//   pass reads JSON-LD first, so these labels favour us by construction: they are counted apart.
// Readability's expected-metadata.json files are not labels: they record what Readability outputs
// (guardian-1's title keeps "| Eleanor Ainge Roy", telegraph's byline is null).
// Text: containment of the hand-read first and last paragraph, and token F1 against the
// article-extraction-benchmark's articleBody when its ground-truth.json (scrapinghub/
// article-extraction-benchmark @ 11b407d) is given with --aeb-truth.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/capture/extract';
import { readJsonLd } from '../lib/capture/json-ld';
import { foldName, splitNames } from '../lib/capture/names';
import { normalizeDate } from '../lib/capture/text-dates';

const ROOT = fileURLToPath(new URL('../../shared/pages/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const truthPath = args[args.indexOf('--aeb-truth') + 1];
const aebTruth: Record<string, { articleBody: string }> =
  args.includes('--aeb-truth') && truthPath ? JSON.parse(readFileSync(truthPath, 'utf8')) : {};

const HTMLDATE: Record<string, string> = {
  'htmldate/1545738097.html': '2020-03-11',
  'htmldate/1550981615.html': '2020-03-17',
  'htmldate/1588107198.html': '2020-04-24',
  'htmldate/1691196862.html': '2020-08-24',
  'htmldate/1764731404.html': '2020-11-09',
  'htmldate/1784190729.html': '2020-12-01',
  'htmldate/1806793639.html': '2020-12-25',
};

/** The suite's key (sha256 of the page) for each article-extraction-benchmark page (MANIFEST.tsv). */
const AEB: Record<string, string> = {
  'article-extraction-benchmark/1ee91d1fce65.html':
    '1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432',
  'article-extraction-benchmark/374ac9a59a85.html':
    '374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4',
  'article-extraction-benchmark/5f9c5ed5d64d.html':
    '5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b',
  'article-extraction-benchmark/833caf3bdba5.html':
    '833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730',
  'article-extraction-benchmark/c7e39ac49fa1.html':
    'c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23',
  'article-extraction-benchmark/ef4e67b66d63.html':
    'ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf',
};

interface Hand {
  title?: string;
  authors?: string[];
  date?: string;
  first?: string;
  last?: string;
}

// Read in each page (headline as shown, byline as shown, dateline as shown). An empty author
// list: the page names no person. A missing field: we could not tell from the page.
const HAND: Record<string, Hand> = {
  'readability/bbc-1/source.html': {
    title: "Obama admits US gun laws are his 'biggest frustration'",
    authors: [],
    date: '2015-07-24',
    first: 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws"',
    last: 'when he travels on to Ethiopia on Sunday.',
  },
  'readability/guardian-1/source.html': {
    title: "'What is the sea telling us?': Māori tribes fearful over whale strandings",
    authors: ['Eleanor Ainge Roy'],
    date: '2019-01-03',
    first: 'Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding',
    last: 'So what is the sea telling us? We need to listen.”',
  },
  'readability/nytimes-1/source.html': {
    title: 'United States to Lift Sudan Sanctions',
    authors: ['Jeffrey Gettleman'],
    date: '2017-01-13',
  },
  'readability/nytimes-2/source.html': {
    title: 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say',
    authors: ['Steven Davidoff Solomon'],
    date: '2016-07-29',
  },
  'readability/cnn/source.html': {
    title: "The 'birth lottery' and economic mobility",
    authors: ['Ahiza Garcia'],
    date: '2016-02-01',
  },
  // The dateline reads «March 18 at 3:57 PM»: no year shown (only the URL has 2015/03/18).
  'readability/wapo-1/source.html': {
    title: 'Attack stokes instability fears in North Africa',
    authors: ['Erin Cunningham'],
  },
  'readability/wapo-2/source.html': {
    title: 'Where do strained U.S.-Israeli relations go after Netanyahu’s victory?',
    authors: ['Steven Mufson'],
  },
  'readability/herald-sun-1/source.html': {
    title: 'Angry media won’t buckle over new surveillance laws',
    authors: ['Laurie Oakes'],
    date: '2015-03-13',
  },
  'readability/bug-1255978/source.html': {
    title: "Seven secrets that hotel owners don't want you to know",
    authors: ['Hazel Sheffield'],
  },
  'postlight/www.nytimes.com.html': {
    title: 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings',
    authors: ['Marc Santora', 'William K. Rashbaum', 'Al Baker', 'Adam Goldman'],
    date: '2016-09-19',
  },
  'article-extraction-benchmark/c7e39ac49fa1.html': {
    title: 'Sweden drops Assange rape investigation',
    authors: [],
    date: '2019-11-19',
  },
  'htmldate/1545738097.html': {
    title: 'Young leaders from Canada, Fiji, Pakistan, Uganda win Commonwealth Youth Awards 2020',
    authors: [],
  },
  'htmldate/1550981615.html': { title: 'مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا', authors: [] },
  'htmldate/1588107198.html': { title: 'أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا', authors: [] },
  'htmldate/1691196862.html': {
    title: 'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة',
    authors: ['أسماء نصار'],
  },
  'htmldate/1764731404.html': {
    title: 'سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار',
    authors: ['Ziad Sankary'],
  },
  'htmldate/1784190729.html': {
    title: 'طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله',
    authors: ['حسام أبو العلا'],
    first: 'وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس',
    last: 'وشدد كوهين على أن إسرائيل ستواصل منع إيران من امتلاك سلاح نووي.',
  },
  'htmldate/1806793639.html': {
    title: 'تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك',
    authors: ['ضحى عرفة'],
  },
  'trafilatura/assabah.com.tn.article.html': {
    title:
      'الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا',
    authors: ['آسيا العتروس'],
    date: '2019-02-08',
    first: 'مالذي يحدث في السودان؟ والى أين يتجه البلد',
    last: 'والدفع الى اعادة التفكير في العلاقة بين الخرطوم وتل ابيب.',
  },
  'newspaper/arabic_article.html': {
    title: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق',
    authors: [],
    date: '2013-08-28',
    first: 'أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد',
    last: 'وترك القرار للشعب السوري الحر ليختار مصيره بملء إرادته',
  },
};

type From = 'htmldate' | 'hand' | 'json-ld';
interface Guess {
  title: string | null;
  authors: string[];
  date: string | null;
  text: string;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const foldTitle = (s: string): string => squash(s).toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
const foldAuthors = (names: string[]): string => names.map(foldName).filter(Boolean).sort().join('|');
const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function f1(guess: string, truth: string): number {
  const want = new Map<string, number>();
  for (const t of tokens(truth)) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(guess);
  let hit = 0;
  for (const t of got) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      hit++;
      want.set(t, n - 1);
    }
  }
  const p = got.length ? hit / got.length : 0;
  const r = tokens(truth).length ? hit / tokens(truth).length : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? htmlFiles(p) : /\.html$/.test(n) ? [p] : [];
    });
}

const tally = new Map<string, { n: number; sanad: number; readability: number }>();
const count = (key: string, sanad: boolean, readability: boolean): void => {
  const t = tally.get(key) ?? { n: 0, sanad: 0, readability: 0 };
  t.n++;
  if (sanad) t.sanad++;
  if (readability) t.readability++;
  tally.set(key, t);
};
const mark = (ok: boolean): string => (ok ? '✓' : '✗');

const f1s: { page: string; sanad: number; readability: number }[] = [];
let pagesWithLabels = 0;

for (const file of htmlFiles(ROOT)) {
  const page = relative(ROOT, file);
  const html = readFileSync(file, 'utf8');
  const doc = (): Document => parseHTML(html).document as unknown as Document;
  const ld = readJsonLd(doc()).article;
  const hand = HAND[page] ?? {};
  const labels: { title?: [string, From]; authors?: [string[], From]; date?: [string, From] } = {};
  if (hand.title) labels.title = [hand.title, 'hand'];
  else if (ld?.headline) labels.title = [ld.headline, 'json-ld'];
  if (hand.authors) labels.authors = [hand.authors, 'hand'];
  else if (ld && (ld.authors.length || ld.organizationAuthors.length))
    labels.authors = [ld.authors, 'json-ld'];
  const ldDate = normalizeDate(ld?.datePublished);
  if (HTMLDATE[page]) labels.date = [HTMLDATE[page], 'htmldate'];
  else if (hand.date) labels.date = [hand.date, 'hand'];
  else if (ldDate) labels.date = [ldDate, 'json-ld'];
  const aebKey = AEB[page];
  const truth = aebKey ? aebTruth[aebKey]?.articleBody : undefined;
  if (!labels.title && !labels.authors && !labels.date && !hand.first && !truth) continue;
  pagesWithLabels++;

  const a = await extractArticle(doc(), 'https://example.org/');
  const sanad: Guess = {
    title: a.title?.value ?? null,
    authors: a.authors?.value ?? [],
    date: a.date?.value ?? null,
    text: a.text,
  };
  const r = new Readability(doc().cloneNode(true) as Document).parse();
  const alone: Guess = {
    title: r?.title ?? null,
    authors: r?.byline ? splitNames(r.byline) : [],
    date: normalizeDate(r?.publishedTime),
    text: r?.textContent ?? '',
  };

  const cells: string[] = [];
  const score = (field: string, from: string, ok: (g: Guess) => boolean): void => {
    const [s, rd] = [ok(sanad), ok(alone)];
    count(`${field} (${from})`, s, rd);
    cells.push(`${field.split(':')[0]} ${mark(s)}${mark(rd)}`);
  };
  const { title, authors, date } = labels;
  if (title) score('title', title[1], (g) => g.title !== null && foldTitle(g.title) === foldTitle(title[0]));
  if (authors) score('authors', authors[1], (g) => foldAuthors(g.authors) === foldAuthors(authors[0]));
  if (date) score('date', date[1], (g) => g.date === date[0]);
  const { first, last } = hand;
  if (first && last)
    score(
      'text: first+last paragraph',
      'hand',
      (g) => squash(g.text).includes(squash(first)) && squash(g.text).includes(squash(last)),
    );
  if (truth) {
    const row = { page, sanad: f1(sanad.text, truth), readability: f1(alone.text, truth) };
    f1s.push(row);
    cells.push(`F1 ${row.sanad.toFixed(3)}/${row.readability.toFixed(3)}`);
  }
  console.log(`${page.padEnd(52)} ${cells.join('  ')}`);
  if (verbose) {
    console.log(`    sanad:       ${JSON.stringify({ ...sanad, text: sanad.text.length })}`);
    console.log(`    readability: ${JSON.stringify({ ...alone, text: alone.text.length })}`);
    console.log(`    labels:      ${JSON.stringify(labels)}`);
  }
}

console.log(`\n${pagesWithLabels} labelled pages (✓✗ = Sanad, Readability alone)\n`);
console.log('| field (label) | pages | Sanad | Readability alone |');
console.log('|---|---:|---:|---:|');
for (const [k, t] of [...tally.entries()].sort())
  console.log(`| ${k} | ${t.n} | ${t.sanad} | ${t.readability} |`);
if (f1s.length) {
  const mean = (xs: number[]): string => (xs.reduce((x, y) => x + y, 0) / xs.length).toFixed(3);
  console.log(
    `| text token F1 vs AEB articleBody (${f1s.length} pages) | ${f1s.length} | ${mean(f1s.map((x) => x.sanad))} | ${mean(f1s.map((x) => x.readability))} |`,
  );
} else console.log('(no --aeb-truth given: text F1 against article-extraction-benchmark not computed)');
