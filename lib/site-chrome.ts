// Strips the site chrome that scrapers pick up around an article (subscription prompts, "related
// articles" blocks, headlines repeated at the foot) while leaving the article text as published.
// Used for the shipped corpus and for pasted or captured sources.

/** Lines that are never article text: the whole line is chrome. */
const CHROME_LINES: readonly RegExp[] = [
  /^exit mobile version$/i,
  /^لم تشترك بعد$/,
  /^انشئ حساباً خاصاً بك/,
  /^مقالات ذات صلة$/,
  /^زر الذهاب إلى الأعلى$/,
  /^شاهد أيضاً\s*:/,
  /^مواضيع ذات صِ?لة\s*:/,
  /^أخبار العالمسلايد رئيسي$/,
  /^(related articles|read more|share this article|advertisement)$/i,
];

/** Quotes vary between copies of the same headline (“سرّي” vs "سرّي"): compare without them. */
function lineKey(line: string): string {
  return line
    .replace(/["“”«»'‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface StrippedArticle {
  text: string;
  /** A headline the page repeated (a strong title candidate), if any. */
  repeatedHeadline: string | null;
}

export function stripSiteChrome(raw: string): StrippedArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const kept = lines.filter((line) => !CHROME_LINES.some((re) => re.test(line.trim())));

  // Repeated headlines sit in the trailing block: drop every trailing line that occurs more than once
  // in the page. A copy above the trailing block (the real heading) stays.
  const counts = new Map<string, number>();
  for (const line of kept) counts.set(lineKey(line), (counts.get(lineKey(line)) ?? 0) + 1);
  let repeatedHeadline: string | null = null;
  let end = kept.length;
  while (end > 0) {
    const line = kept[end - 1]!;
    if (line.trim() !== '') {
      if ((counts.get(lineKey(line)) ?? 0) < 2) break;
      repeatedHeadline = line.trim();
    }
    end--;
  }
  const text = kept
    .slice(0, end)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, repeatedHeadline };
}
