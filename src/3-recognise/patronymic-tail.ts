// A known name inside a longer Arabic one is not that person: "Khalid bin Salman bin Abdulaziz"
// holds "Salman bin Abdulaziz" (his father's name), "Nasser bin Hamad" holds "Hamad". A lexicon
// person right after "bin", "ben", "ibn" or "bint" is dropped, so the grammar reads the whole name.

import type { Mention } from './types.js';

const PARTICLE_BEFORE = /(?:^|[^\p{L}])(?:bin|ben|ibn|bint|Bin|Ben|Ibn)\s+$/u;
const LOOK_BACK = 6;

export function dropPatronymicTails(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (m) =>
      m.type !== 'Person' ||
      !PARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start)),
  );
}
