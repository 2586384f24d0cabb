// "le sommet de cette organisation internationale à Astana", "the summit of this organisation":
// the organisation a demonstrative points back to is the last one the text named before it.

import { firstStartingFrom } from '../spans.js';
import type { Mention } from './types.js';

const DEMONSTRATIVE =
  /(?:^|\s)(?:de |d['’]|of )?(?:cette|this|that|the said) (?:organisation|organization)\b/iu;
/** How far back the organisation may be named: a demonstrative points to the text just before. */
const REACH = 1500;

/** Index of the organisation mention `phrase` points back to, or -1. */
export function demonstrativeOrganisation(
  phrase: string,
  phraseStart: number,
  mentions: readonly Mention[],
): number {
  if (!DEMONSTRATIVE.test(phrase)) return -1;
  for (let i = firstStartingFrom(mentions, phraseStart) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.end < phraseStart - REACH) return -1;
    if (m.type === 'Organisation' && m.end <= phraseStart) return i;
  }
  return -1;
}
