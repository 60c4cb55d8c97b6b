// For the claims tests: each claim of a sentence as one readable line, so a table row states what the
// engine must find: attribute qualifier min[–max] unit «text» [by «…»] [hedge «…»].
import { extractClaims } from './claims';

export function claimLines(sentence: string): string[] {
  return extractClaims(sentence).map((c) => {
    const value = c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`;
    const by = c.attributedTo ? ` by «${c.attributedTo.text}»` : '';
    const hedge = c.hedge ? ` hedge «${c.hedge.text}»` : '';
    return `${c.attribute} ${c.qualifier} ${value}${c.unit ? ' ' + c.unit : ''} «${c.text}»${by}${hedge}`;
  });
}
