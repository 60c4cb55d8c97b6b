// Arabic proclitics and suffixes accepted around a name, in folded form (ة is already ه).
// Which alias takes which is decided in compile.ts from the entity type; see lib/matcher/README.md.

const codes = (list: string[]): Uint16Array[] => list.map((s) => Uint16Array.from(s, (c) => c.charCodeAt(0)));

/** و ف ب ك ل and their pairs: وباكستان، لباكستان، فبكابل، وكابل. */
export const CLITICS = codes(['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك']);

/** "ال" with optional clitics, before an alias that lacks it: الباكستانية، والطالبان، بالأفغانية. */
export const AL_PREFIXES = codes(['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'وكال', 'فكال']);

/** ل + ال with the alef elided: للهند (= ل + الهند), وللطالبان, فللباكستانيين. */
export const LL_PREFIXES = codes(['لل', 'ولل', 'فلل']);

/** Nisba, its feminine, plurals, duals and accusative, after a name: الباكستاني، الأفغانية، الباكستانيين، أفغانيا. */
export const NISBA_SUFFIXES = codes(['ي', 'يه', 'يون', 'يين', 'يان', 'يات', 'يتين', 'يتان', 'يا']);

/** The same after a key that already ends in the nisba ي (روسي from روسيا): الروسية، الروسيين. */
export const YA_SUFFIXES = codes(['ه', 'ون', 'ين', 'ان', 'ات', 'تين', 'تان', 'ا']);

export const ALEF = 0x0627;
export const LAM = 0x0644;

export const CLITIC = 1;
export const AL = 2;
export const LL = 3;

export interface Prefix {
  units: Uint16Array;
  kind: typeof CLITIC | typeof AL | typeof LL;
}

/** Every prefix above, by its first letter, so a word is only compared with the prefixes it can carry. */
export const PREFIXES_BY_FIRST = new Map<number, Prefix[]>();
for (const [list, kind] of [
  [CLITICS, CLITIC],
  [AL_PREFIXES, AL],
  [LL_PREFIXES, LL],
] as const) {
  for (const units of list) {
    const first = units[0] as number;
    const group = PREFIXES_BY_FIRST.get(first) ?? [];
    group.push({ units, kind });
    PREFIXES_BY_FIRST.set(first, group);
  }
}
