// The records `npm run compare` prints (README, "npm run compare"): plain JSON, every span verbatim
// with its UTF-16 offsets into the source's text, every stance and summary with its origin.
import type { ShippedSource } from '../../data/shipped-sources';
import type {
  Characterization,
  Claim,
  Comparison,
  Descriptor,
  Span,
  Stance,
  Summary,
} from '../../lib/characterize/types';
import type { FileSource } from './source-files';

export interface SourceRecord {
  /** seed-000 … seed-004 for the shipped sources; the path as given for a file. */
  id: string;
  title: string;
  /** `source`: the text's own headline; `curated`: given by Sanad's editors; `file-name`: none was given. */
  titleFrom: 'source' | 'curated' | 'front-matter' | 'doc' | 'html' | 'file-name';
  outlet: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  lang: string;
  origin: 'shipped' | 'file';
  /** For files: how the file was read, and whether `lang` was given or guessed from the script. */
  format?: FileSource['format'];
  langFrom?: FileSource['langFrom'];
}

export type SourceInput = (ShippedSource & { origin: 'shipped' }) | (FileSource & { origin: 'file' });

export function sourceRecord(s: SourceInput): SourceRecord {
  const common = { id: s.id, title: s.title, outlet: s.outlet, author: s.author, date: s.date, url: s.url };
  if (s.origin === 'shipped')
    return {
      ...common,
      titleFrom: s.titleOrigin === 'curated' ? 'curated' : 'source',
      lang: s.lang,
      origin: 'shipped',
    };
  return {
    ...common,
    titleFrom: s.titleFrom,
    lang: s.lang,
    origin: 'file',
    format: s.format,
    langFrom: s.langFrom,
  };
}

export interface ClaimRecord {
  attribute: Claim['attribute'];
  min: number | string;
  max: number | string;
  qualifier: Claim['qualifier'];
  unit: string | null;
  text: string;
  start: number;
  end: number;
  attributedTo: Span | null;
  hedge: Span | null;
  /** How the claim was tied to the entity: named in its sentence, referred back to, or a branch's region. */
  via: Claim['via'];
  /** For `via: 'branch'`: the parent entity the sentence names («داعش في باكستان» → islamic-state). */
  branchOf?: string;
  sentenceStart: number;
  sentenceEnd: number;
  scopePlaces: string[];
}

export interface EntityRow {
  source: string;
  mentions: number;
  names: { text: string; count: number }[];
  descriptors: { text: string; start: number; end: number; kind: Descriptor['kind'] }[];
  claims: ClaimRecord[];
  stance: Stance | null;
  summary: Summary | null;
}

export function claimRecord(c: Claim): ClaimRecord {
  return {
    attribute: c.attribute,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    unit: c.unit,
    text: c.text,
    start: c.start,
    end: c.end,
    attributedTo: c.attributedTo,
    hedge: c.hedge,
    via: c.via,
    ...(c.branchOf ? { branchOf: c.branchOf } : {}),
    sentenceStart: c.sentenceStart,
    sentenceEnd: c.sentenceEnd,
    scopePlaces: c.scopePlaces,
  };
}

export function entityRow(c: Characterization, stance: Stance | null, summary: Summary | null): EntityRow {
  return {
    source: c.sourceId,
    mentions: c.salience.mentions,
    names: c.names.map((n) => ({ text: n.text, count: n.count })),
    descriptors: c.descriptors.map((d) => ({ text: d.text, start: d.start, end: d.end, kind: d.kind })),
    claims: c.claims.map(claimRecord),
    stance,
    summary,
  };
}

export interface ComparisonRecord {
  entityId: string;
  attribute: Comparison['attribute'];
  verdict: Comparison['verdict'];
  story: Comparison['story'];
  claims: {
    source: string;
    min: number | string;
    max: number | string;
    qualifier: Claim['qualifier'];
    text: string;
    start: number;
    end: number;
    date: string | null;
  }[];
}

export function comparisonRecord(c: Comparison): ComparisonRecord {
  return {
    entityId: c.entityId,
    attribute: c.attribute,
    verdict: c.verdict,
    story: c.story,
    claims: c.claims.map((x) => ({
      source: x.sourceId,
      min: x.claim.min,
      max: x.claim.max,
      qualifier: x.claim.qualifier,
      text: x.claim.text,
      start: x.claim.start,
      end: x.claim.end,
      date: x.date,
    })),
  };
}
