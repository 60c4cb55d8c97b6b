// The language tags a source may carry, apart from the schemas so that capture (in the page's content
// script) can check a page's declared tag without loading Valibot.
import { canonicalLang } from '../front-matter';

/**
 * A BCP 47 tag whose language is a 2- or 3-letter code. Intl also accepts 5–8 letters there (the
 * grammar reserves them), so `Arabic` would pass as the language "arabic", which does not exist.
 */
export const isLangTag = (s: string): boolean => canonicalLang(s) !== null && /^[a-z]{2,3}(-|$)/i.test(s);
