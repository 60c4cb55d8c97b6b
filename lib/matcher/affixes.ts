// Arabic proclitics and suffixes accepted around a name, in folded form (ة is already ه).
// Which alias takes which is decided in compile.ts from the entity type; see lib/matcher/README.md.

const codes = (list: string[]): Uint16Array[] => list.map((s) => Uint16Array.from(s, (c) => c.charCodeAt(0)));

/** و ف ب ك ل and their pairs: وباكستان، لباكستان، فبكابل، وكابل. */
export const CLITICS = codes(['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك']);

/** "ال" with optional clitics, before an alias that lacks it: الباكستانية، والطالبان، بالأفغانية. */
export const AL_PREFIXES = codes(['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'وكال', 'فكال']);

/** ل + ال with the alef elided: للهند (= ل + الهند), وللطالبان, فللباكستانيين. */
export const LL_PREFIXES = codes(['لل', 'ولل', 'فلل']);

/** Nisba, its feminine, plurals and duals, after a name: الباكستاني، الأفغانية، الباكستانيين، الداعشيات. */
export const NISBA_SUFFIXES = codes(['ي', 'يه', 'يون', 'يين', 'يان', 'يات', 'يتين', 'يتان']);

/** The same after a key that already ends in the nisba ي (روسي from روسيا): الروسية، الروسيين. */
export const YA_SUFFIXES = codes(['ه', 'ون', 'ين', 'ان', 'ات', 'تين', 'تان']);

export const ALEF = 0x0627;
export const LAM = 0x0644;

/** First letters of a word that may carry a proclitic or "ال" (و ف ب ك ل ا). */
export const CLITIC_FIRST = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627]);
