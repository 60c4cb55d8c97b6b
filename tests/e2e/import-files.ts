// Import files for the corpus-management browser tests, written to a temporary folder from real BBC
// Arabic articles (../shared/corpora/ant-bbc): a JSONL file, an ANT file holding two <DOC> records, a
// Markdown file with front matter, and a malformed JSONL file whose every line is wrong in a known way.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './harness';

const BBC = process.env.SANAD_BBC ?? path.resolve(REPO_ROOT, '../shared/corpora/ant-bbc');

function field(doc: string, tag: string): string {
  return new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(doc)?.[1]?.trim() ?? '';
}

export interface ImportFixture {
  dir: string;
  good: string[];
  bad: string;
  /** One JSONL record: the URL of the first record of `good` with other tracking parameters, another text. */
  sameUrl: string;
  /** The titles of the six records of `good`, as the files give them. */
  titles: string[];
}

const ARTICLES = [
  'internationalNews/BB-internationalNews-1010-20180901.txt',
  'internationalNews/BB-internationalNews-1057-20180904.txt',
  'internationalNews/BB-internationalNews-1117-20180927.txt',
  'internationalNews/BB-internationalNews-1196-20181014.txt',
  'internationalNews/BB-internationalNews-243-20180329.txt',
  'internationalNews/BB-internationalNews-1-20180218.txt',
];

export function writeImportFixture(): ImportFixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'sanad-import-'));
  const docs = ARTICLES.map((file) => readFileSync(path.join(BBC, file), 'utf8'));
  const iso = (doc: string) => new Date(Date.parse(field(doc, 'TIME'))).toISOString().slice(0, 10);
  const jsonl = docs
    .slice(0, 3)
    .map((doc) =>
      JSON.stringify({
        title: field(doc, 'TITLE'),
        outlet: 'BBC عربي',
        date: iso(doc),
        url: `${field(doc, 'URL')}?utm_source=twitter&utm_medium=social`,
        lang: 'ar',
        kind: 'news',
        text: field(doc, 'TEXT'),
      }),
    )
    .join('\n');
  const ant = `${docs[3]!.trim()}\n${docs[4]!.trim()}\n`;
  const md = `---\ntitle: ${field(docs[5]!, 'TITLE')}\noutlet: BBC\ndate: ${iso(docs[5]!)}\nurl: ${field(docs[5]!, 'URL')}\nlang: ar\n---\n${field(docs[5]!, 'TEXT')}\n`;
  const good = [path.join(dir, 'three.jsonl'), path.join(dir, 'two-docs.txt'), path.join(dir, 'one.md')];
  writeFileSync(good[0]!, `${jsonl}\n`);
  writeFileSync(good[1]!, ant);
  writeFileSync(good[2]!, md);
  const text = field(docs[0]!, 'TEXT').slice(0, 400);
  const bad = path.join(dir, 'broken.jsonl');
  writeFileSync(
    bad,
    [
      JSON.stringify({ title: 'تاريخ مستحيل', date: '2018-02-30', text }),
      '{"title": "not closed", "text": ',
      JSON.stringify({ title: 'بلا نص' }),
      JSON.stringify({ titel: 'خطأ في اسم الحقل', text }),
    ].join('\n') + '\n',
  );
  const sameUrl = path.join(dir, 'same-url.jsonl');
  writeFileSync(
    sameUrl,
    JSON.stringify({
      title: 'نسخة أخرى من المقال',
      url: `${field(docs[0]!, 'URL').replace('http://www.', 'https://')}?fbclid=abc#top`,
      text: field(docs[1]!, 'TEXT').slice(0, 300),
    }) + '\n',
  );
  return { dir, good, bad, sameUrl, titles: docs.map((d) => field(d, 'TITLE')) };
}
