// The language of a text that does not state one, from its script: the import and `npm run compare`
// guess alike. Only ar/en: any other guess would be a claim we cannot back (Urdu and Persian are
// written in Arabic script too; the user corrects the tag in the preview).

/** `ar` when the text has more Arabic-script letters than Latin ones, else `en`. */
export function scriptLang(text: string): 'ar' | 'en' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
