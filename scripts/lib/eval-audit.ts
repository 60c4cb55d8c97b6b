// The common-words audit of scripts/eval-engine.ts: every match that came from a ruled alias is
// re-checked with a separate, simple implementation of its rule (words re-tokenized from the original
// text; a qualifier with proclitics, an unambiguous match of a `nearby` entity within the window, or the
// same entity earlier in the text). Any match this cannot confirm is a common word highlighted without
// its rule. It also counts surface forms per entity, so absurd ones show up.

import type { Entity } from '../../lib/types';
import { foldString } from '../../lib/fold';
import type { DetailedMatch, SanadMatcher } from '../../lib/matcher/index';
import { CONTEXT_RULES } from '../../lib/matcher/context-rules';
import { context } from './eval-score';

const CLITIC = /^(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)$/;

interface RuleCheck {
  q: string[];
  nearby: Set<string>;
  window: number;
  /** Entities whose unambiguous match anywhere in the text confirms (the rule's `page`). */
  page: Set<string>;
}

export interface Audit {
  files: number;
  total: number;
  ruled: number;
  unconfirmed: string[];
  perEntity: Map<string, Map<string, number>>;
}

export function audit(
  docs: Iterable<{ name: string; text: string }>,
  matcher: SanadMatcher,
  entities: readonly Entity[],
): Audit {
  const rules = new Map<string, RuleCheck[]>();
  for (const e of entities) {
    for (const a of e.aliases) {
      if (!a.rule) continue;
      const list = rules.get(e.id) ?? [];
      list.push({
        q: (a.rule.qualifiers ?? []).map((q) => foldString(q)),
        nearby: new Set(a.rule.nearby ?? []),
        window: a.rule.window ?? 6,
        page: new Set(CONTEXT_RULES[e.id]?.page ?? []),
      });
      rules.set(e.id, list);
    }
  }
  const out: Audit = { files: 0, total: 0, ruled: 0, unconfirmed: [], perEntity: new Map() };
  for (const { name, text } of docs) {
    out.files++;
    const ms: DetailedMatch[] = matcher.matchDetailed(text, { seen: new Set() });
    out.total += ms.length;
    const words = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
      start: m.index,
      f: foldString(m[0]),
    }));
    const wordAt = (pos: number): number => {
      let lo = 0;
      let hi = words.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((words[mid]?.start ?? 0) <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (const m of ms) {
      const key = foldString(text.slice(m.start, m.end));
      const counts = out.perEntity.get(m.entityId) ?? new Map<string, number>();
      const label = key + (m.via === 'alias' ? '' : ` (${m.via})`);
      counts.set(label, (counts.get(label) ?? 0) + 1);
      out.perEntity.set(m.entityId, counts);
      if (m.via !== 'rule') continue;
      out.ruled++;
      const first = wordAt(m.start);
      const last = wordAt(m.end - 1);
      const ok = (rules.get(m.entityId) ?? []).some((r) => {
        if (ms.some((o) => o.via === 'alias' && o.entityId === m.entityId && o.start < m.start)) return true;
        if (ms.some((o) => o.via === 'alias' && r.page.has(o.entityId))) return true;
        for (let w = Math.max(0, first - r.window); w <= Math.min(words.length - 1, last + r.window); w++) {
          if (w >= first && w <= last) continue;
          for (const q of r.q) {
            const qw = q.split(' ');
            const seq = words.slice(w, w + qw.length).map((x) => x.f);
            if (seq.length !== qw.length) continue;
            const head = seq[0] ?? '';
            const headOk =
              head.endsWith(qw[0] ?? '') && CLITIC.test(head.slice(0, head.length - (qw[0] ?? '').length));
            if (headOk && seq.slice(1).every((s, i) => s === qw[i + 1])) return true;
          }
        }
        return ms.some((o) => {
          if (o.via !== 'alias' || !r.nearby.has(o.entityId)) return false;
          const d =
            o.end <= m.start ? first - wordAt(o.end - 1) : o.start >= m.end ? wordAt(o.start) - last : 0;
          return d > 0 && d <= r.window;
        });
      });
      if (!ok) out.unconfirmed.push(`${name}:${m.start} \`${m.entityId}\` ${context(text, m.start, m.end)}`);
    }
  }
  return out;
}
