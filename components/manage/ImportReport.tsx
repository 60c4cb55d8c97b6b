// The dry run's report: how many sources are new, duplicate or invalid, every problem in the UI
// language (naming the file, the line or record and the field), and the duplicates — at most 200 of
// each in the page, so a whole archive never lands in the DOM at once.
import { PASTE_FILE } from '../../lib/import/formats';
import { problemText } from '../../lib/import/problem-text';
import type { DraftAt, ImportPlan } from '../../lib/import/types';
import type { UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { langAttrs, scriptLang } from '../t';

export const LIST_CAP = 200;

export function ImportReport({ plan, lang }: { plan: ImportPlan; lang: UiLang }) {
  const m = MANAGE_STRINGS[lang];
  const at = (a: DraftAt) => m.at(a.file === PASTE_FILE ? m.pastedText : a.file, a.line, a.record);
  const counts = [
    ['new', plan.fresh.length],
    ['duplicate', plan.duplicates.length],
    ['invalid', plan.invalid.length],
  ] as const;
  return (
    <section data-testid="import-report" aria-labelledby="import-report-heading" class="import-report">
      <h3 id="import-report-heading">{m.reportHeading}</h3>
      <ul class="counts">
        {counts.map(([name, count]) => (
          <li key={name}>
            <strong data-count={name} dir="ltr">
              {String(count)}
            </strong>{' '}
            {m.countLabel[name]}
          </li>
        ))}
      </ul>
      {plan.invalid.length > 0 && (
        <>
          <h4>{m.problemsHeading}</h4>
          <ul class="problems">
            {plan.invalid.slice(0, LIST_CAP).map((p, i) => (
              <li key={i} data-testid="import-problem" class="error" {...langAttrs(lang)}>
                {problemText(p, lang)}
              </li>
            ))}
          </ul>
          <More lang={lang} total={plan.invalid.length} />
        </>
      )}
      {plan.duplicates.length > 0 && (
        <>
          <h4>{m.duplicatesHeading}</h4>
          <ul class="duplicates">
            {plan.duplicates.slice(0, LIST_CAP).map((d, i) => (
              <li key={i} data-testid="import-duplicate">
                <span {...langAttrs(scriptLang(d.title))}>{d.title}</span>
                <span class="muted">
                  {' — '}
                  {at(d.at)} · {d.firstAt ? m.repeats(at(d.firstAt)) : m.alreadyStored} ({m.dupBy[d.by]})
                </span>
              </li>
            ))}
          </ul>
          <More lang={lang} total={plan.duplicates.length} />
        </>
      )}
    </section>
  );
}

function More({ lang, total }: { lang: UiLang; total: number }) {
  if (total <= LIST_CAP) return null;
  return <p class="muted">{MANAGE_STRINGS[lang].andMore(total - LIST_CAP)}</p>;
}
