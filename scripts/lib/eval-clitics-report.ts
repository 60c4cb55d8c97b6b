// The clitic audit's section of `npm run eval`: the audit run twice, BEFORE (no stop list, and none of
// the exclusions the audit's phrases call for) and AFTER (the gazetteer and engine as committed), with
// the recall and precision of the labelled samples on both sides, so a rule that costs recall shows.

import { readFileSync } from 'node:fs';
import type { Entity } from '../../lib/types';
import { foldString } from '../../lib/fold';
import { compileGazetteer, createMatcher, type SanadMatcher } from '../../lib/matcher/index';
import { DERIVED_STOP_WORDS } from '../../lib/matcher/common-words';
import { readAntDoc } from '../../lib/import/ant-doc';
import { cliticAudit, vocabulary, type CliticAudit, type Doc, type Expansion } from './eval-clitics';
import type { Score } from './eval-score';

export interface SampleCheck {
  name: string;
  score: (m: SanadMatcher) => Score;
}

const f3 = (x: number): string => x.toFixed(3);
const pr = (s: Score): string =>
  `P ${f3(s.tp / Math.max(1, s.tp + s.fp))} R ${f3(s.tp / Math.max(1, s.tp + s.fn))} (TP ${s.tp} FP ${s.fp} FN ${s.fn})`;

/** The archive's articles as the audit reads them: title and body of each ANT <DOC>. */
export function archiveDocs(files: readonly string[]): Doc[] {
  return files.map((file) => {
    const d = readAntDoc(readFileSync(file, 'utf8'));
    return { name: file, text: `${d?.title ?? ''}\n${d?.text ?? ''}` };
  });
}

/** Forms of one kind found in the archive, and their occurrences. */
const attested = (x: CliticAudit, kind: Expansion['kind']): string => {
  const rows = x.rows.filter((r) => r.kind === kind && r.count > 0);
  return `${rows.length} / ${rows.reduce((n, r) => n + r.count, 0)}`;
};

const row = (e: Expansion): string =>
  `| ${e.word} | \`${e.entity}\` | ${e.key} | ${e.count} | ${e.docs} / ${e.alone} | ${e.withArticle} | ${e.matched} | ${
    e.phrase ? `${e.phrase.next} ×${e.phrase.count}` : ''
  } |`;

/** The audit's lines, and the forms of a flagged word the stop list leaves out (`npm run eval` fails on any). */
export interface CliticReport {
  lines: string[];
  uncovered: string[];
}

export function cliticReport(
  docs: readonly Doc[],
  entities: readonly Entity[],
  samples: readonly SampleCheck[],
): CliticReport {
  const vocab = vocabulary(docs);
  const after = createMatcher(compileGazetteer(entities));
  const a = cliticAudit(docs, vocab, entities, after);
  // BEFORE: the exclusions that start with an audited phrase («بروسيا دورتموند») taken out, no stop list.
  const phraseKeys = a.phrases.map((p) => `${p.word} ${p.phrase?.next ?? ''}`);
  const keysOfPhrase = new Set(
    a.phrases.flatMap((p) => [p.key, p.word].map((k) => `${k} ${p.phrase?.next ?? ''}`)),
  );
  const plain = entities.map((e) => ({
    ...e,
    exclude: (e.exclude ?? []).filter((x) => {
      const k = foldString(x).trim();
      return ![...keysOfPhrase].some((p) => k === p || k.startsWith(p + ' '));
    }),
  }));
  const before = createMatcher(compileGazetteer(plain, { stopWords: [] }));
  const b = cliticAudit(docs, vocab, plain, before);
  const stop = new Set(DERIVED_STOP_WORDS.map((w) => foldString(w).trim()));
  const uncovered = b.lexemes.filter((e) => !stop.has(e.word));
  const removed = b.total - a.total;
  const ruledKeys = new Set(
    entities.flatMap((e) =>
      e.aliases.filter((x) => x.rule).map((x) => `${e.id}:${foldString(x.text).trim()}`),
    ),
  );

  const out = [
    '### Clitic and nisba audit: every derived form of every one-word Arabic alias, in the whole ant-bbc archive',
    '',
    'A derived form is a proclitic (و ف ب ك ل, ال with them, لل) and/or a nisba ending (ي ية يون يين …) on an',
    'alias, generated from lib/matcher/affixes.ts and kept when the engine reads it as the entity. **Flagged**:',
    'a proclitic reading that takes the article in the archive (a proclitic never follows ال, so the word is',
    'a word of its own: «للفروسية» → «فروسية» is not ف + روسية). **Phrase**: a proclitic reading followed ≥ 3',
    'times by a word that never follows the bare name («بروسيا دورتموند», a club). BEFORE = no stop list and',
    'none of the exclusions those phrases call for; AFTER = as committed (lib/matcher/common-words.ts,',
    'data/entities.json).',
    '',
    '| | before | after |',
    '|---|---|---|',
    `| one-word Arabic aliases | ${b.aliases} | ${a.aliases} |`,
    `| aliases read with a derived form (ruled ones with their entity in \`seen\`) | ${b.read} | ${a.read} |`,
    `| derived forms the engine accepts | ${b.generated} | ${a.generated} |`,
    `| of them in the archive (bare or with the article) | ${b.attested} | ${a.attested} |`,
    `| proclitic readings in the archive: forms / occurrences | ${attested(b, 'clitic')} | ${attested(a, 'clitic')} |`,
    `| nisba readings in the archive: forms / occurrences | ${attested(b, 'nisba')} | ${attested(a, 'nisba')} |`,
    `| proclitic readings flagged (take the article) | ${b.flagged.length} | ${a.flagged.length} |`,
    `| marks on flagged words | ${b.flaggedMarks} | ${a.flaggedMarks} |`,
    `| phrases found / marks on a phrase start before its phrase word | ${b.phrases.length} / ${b.phraseMarks} | ${a.phrases.length} / ${a.phraseMarks} |`,
    `| all marks over the ${docs.length} articles | ${b.total} | ${a.total} (${removed >= 0 ? '−' : '+'}${Math.abs(removed)}) |`,
  ];
  for (const s of samples) out.push(`| ${s.name} | ${pr(s.score(before))} | ${pr(s.score(after))} |`);
  out.push(
    '',
    `Stop list (lib/matcher/common-words.ts): ${[...stop].join('، ') || 'empty'}.`,
    `Forms of a flagged word not in the stop list: ${uncovered.length ? uncovered.map((e) => e.word).join(', ') : 'none'} (must be none).`,
    `Phrases (each needs an exclusion): ${phraseKeys.join('، ') || 'none'}.`,
    '',
    '| word (folded) | entity | key read | in archive | articles / without the entity | with article | marked (before) | phrase |',
    '|---|---|---|---|---|---|---|---|',
    ...b.rows.filter((e) => e.flagged || e.phrase).map(row),
    '',
    'Ruled aliases (read only in context: «كابل», «القاعدة», «إقبال» …), their derived forms in the archive (before):',
    '',
    '| word (folded) | entity | key read | in archive | articles / without the entity | with article | marked | phrase |',
    '|---|---|---|---|---|---|---|---|',
    ...b.rows
      .filter((e) => ruledKeys.has(`${e.entity}:${e.key}`) && (e.count > 0 || e.withArticle > 0))
      .map(row),
    '',
    'The most frequent proclitic readings (before), for review:',
    '',
    '| word (folded) | entity | key read | in archive | articles / without the entity | with article | marked | phrase |',
    '|---|---|---|---|---|---|---|---|',
    ...b.rows
      .filter((e) => e.kind === 'clitic')
      .slice(0, 12)
      .map(row),
    '',
  );
  return { lines: out, uncovered: uncovered.map((e) => e.word) };
}

export type { CliticAudit };

/**
 * The context rules (a contrary context across a border, a rule's page entities, a given name before a
 * ruled place): marks of the entities they touch, BEFORE (none of them) and AFTER, over the archive
 * and the English pages, with the labelled samples on both sides.
 */
export function contextReport(
  sets: readonly { name: string; docs: readonly Doc[] }[],
  entities: readonly Entity[],
  samples: readonly SampleCheck[],
  ids: readonly string[],
): string[] {
  const before = createMatcher(compileGazetteer(entities, { givenNames: [], contextRules: {} }));
  const after = createMatcher(compileGazetteer(entities));
  const count = (m: SanadMatcher, docs: readonly Doc[]): Map<string, number> => {
    const c = new Map<string, number>();
    for (const d of docs)
      for (const x of m.match(d.text, { seen: new Set() })) c.set(x.entityId, (c.get(x.entityId) ?? 0) + 1);
    return c;
  };
  const out = [
    '### Context rules: a contrary context across a border, page entities, a given name before a place',
    '',
    'BEFORE = no context rules (lib/matcher/context-rules.ts) and no given names (given-names.ts);',
    'AFTER = as committed. Marks per entity (match() on each whole text, fresh `seen`).',
    '',
    `| | ${sets.map((s) => `${s.name}: before | after`).join(' | ')} |`,
    `|---|${sets.map(() => '---|---').join('|')}|`,
  ];
  const counted = sets.map((s) => [count(before, s.docs), count(after, s.docs)] as const);
  for (const id of ids)
    out.push(
      `| \`${id}\` | ${counted.map(([b, a]) => `${b.get(id) ?? 0} | ${a.get(id) ?? 0}`).join(' | ')} |`,
    );
  out.push('', '| sample | before | after |', '|---|---|---|');
  for (const s of samples) out.push(`| ${s.name} | ${pr(s.score(before))} | ${pr(s.score(after))} |`);
  out.push('');
  return out;
}
