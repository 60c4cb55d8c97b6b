// The background writes computed summaries with the same words the views use for a claim.
import type { ClaimWords } from '../../lib/characterize/summary';
import { claimValueText } from '../../components/comparison/format';

export const claimWords: ClaimWords = (claim, lang) => claimValueText(claim, lang);
