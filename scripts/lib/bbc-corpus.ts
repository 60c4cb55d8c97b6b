// The BBC Arabic archive (../shared/corpora/ant-bbc, or $SANAD_CORPUS) for the benches: its files, and
// its articles as the Source rows the options page would store for them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../../lib/types';
import { antDocSource } from './source-files';

export const BBC_CORPUS = path.resolve(
  import.meta.dirname,
  '../..',
  process.env.SANAD_CORPUS ?? '../shared/corpora/ant-bbc',
);

/** Every `.txt` file under `dir`, in name order. */
export function corpusFiles(dir = BBC_CORPUS): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? corpusFiles(p) : p.endsWith('.txt') ? [p] : [];
    });
}

export function bbcSources(dir = BBC_CORPUS): Source[] {
  const now = Date.now();
  return corpusFiles(dir).map((file) => {
    const raw = readFileSync(file, 'utf8');
    const doc = antDocSource(file, raw);
    const docno = /<DOCNO>([^<]+)<\/DOCNO>/.exec(raw)?.[1]?.trim() ?? path.basename(file, '.txt');
    return {
      id: `ant-bbc/${docno}`,
      title: doc.title,
      outlet: 'BBC Arabic',
      author: doc.author,
      date: doc.date,
      lang: 'ar',
      kind: 'news',
      text: doc.text,
      url: doc.url,
      origin: 'user',
      addedAt: now,
      updatedAt: now,
    };
  });
}
