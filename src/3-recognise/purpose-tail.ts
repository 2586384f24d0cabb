// The purpose that ends the name of a joint body: "commission intergouvernementale russo-kazakhe
// de coopération | économique", "Comité intergouvernemental Vietnam-Russie | pour la coopération
// économique et commerciale", "Kazakh-Chinese Intergovernmental Commission | on Trade and
// Economic Cooperation". Text after a body's name -> the tail and its English, or nothing.

import {
  ENGLISH_PURPOSE_ENDS,
  PURPOSE_ADJECTIVES,
  PURPOSE_NOUNS,
} from '../lexicon/organisation-vocabulary.js';
import { alternation } from '../patterns.js';

export interface PurposeTail {
  /** Characters of the text after the name that the tail covers. */
  readonly length: number;
  /** "for Economic and Trade Cooperation", to add to the English name. */
  readonly english: string;
}

const PURPOSE_NOUN = alternation(Object.keys(PURPOSE_NOUNS));
const FRENCH_PURPOSE = new RegExp(
  `^\\s+(?:pour|sur|chargée?\\s+de)\\s+(?:la\\s+|le\\s+|l[’']\\s*)(${PURPOSE_NOUN})(?![\\p{L}-])`,
  'u',
);
const NAME_ENDS_ON_PURPOSE = new RegExp(`(?:${PURPOSE_NOUN})$`, 'u');
/** One more adjective of a list: " économique", ", commerciale", " et technique". */
const NEXT_ADJECTIVE = /^(\s*,\s*|\s+et\s+|\s+)(\p{Ll}[\p{Ll}-]*)(?![\p{L}-])/u;
const CAPITALISED = `\\p{Lu}[\\p{L}-]*`;
const ENGLISH_PURPOSE = new RegExp(
  `^\\s+(on|for)\\s+((?:${CAPITALISED}(?:\\s*,\\s*|\\s+and\\s+|\\s+)){0,7}(?:${alternation(ENGLISH_PURPOSE_ENDS)}))(?![\\p{L}-])`,
  'u',
);

/** The purpose written after a body's name ("de coopération" names may take adjectives only). */
export function purposeTail(name: string, after: string): PurposeTail | undefined {
  const english = ENGLISH_PURPOSE.exec(after);
  if (english) return { length: english[0].length, english: `${english[1]} ${english[2]}` };
  const french = FRENCH_PURPOSE.exec(after);
  if (french) {
    const noun = PURPOSE_NOUNS[french[1] ?? ''] ?? '';
    const run = adjectiveRun(after.slice(french[0].length));
    return { length: french[0].length + run.length, english: forPurpose(run.english, noun) };
  }
  const noun = NAME_ENDS_ON_PURPOSE.exec(name)?.[0];
  if (!noun) return undefined;
  const run = adjectiveRun(after);
  return run.length > 0 ? { length: run.length, english: '' } : undefined;
}

/** The adjectives of the lexicon that follow, as far as they go: "économique et commerciale". */
function adjectiveRun(after: string): { length: number; english: string[] } {
  const english: string[] = [];
  let length = 0;
  for (;;) {
    const m = NEXT_ADJECTIVE.exec(after.slice(length));
    const word = m ? PURPOSE_ADJECTIVES[m[2] ?? ''] : undefined;
    // the first adjective follows a space, the others a comma or "et"
    if (!m || !word || (english.length === 0 && /\S/u.test(m[1] ?? ''))) break;
    english.push(word);
    length += m[0].length;
  }
  return { length, english };
}

/** ["Economic", "Trade"] + Cooperation -> "for Economic and Trade Cooperation". */
function forPurpose(adjectives: readonly string[], noun: string): string {
  const list =
    adjectives.length < 2
      ? adjectives.join('')
      : `${adjectives.slice(0, -1).join(', ')} and ${adjectives.at(-1) ?? ''}`;
  return `for ${list ? `${list} ` : ''}${noun}`;
}
