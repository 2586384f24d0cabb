// Bodies named by head and qualifiers alone, without the country or organisation they belong to:
// "la Commission électorale centrale", "le Gouvernement fédéral", "Commission intergouvernementale".
// The head must be capitalised and qualified: "le Conseil" or "la commission" alone is no name.

import { WORD_START } from '../patterns.js';
import { BODY_PHRASE, parseBodyPhrase } from './body-phrase.js';
import type { Mention } from './types.js';

const CAPITALISED_PHRASE = new RegExp(`${WORD_START}(?=\\p{Lu})(${BODY_PHRASE})`, 'gu');
/** A capitalised word or ")" just before: the phrase is the end of a longer name. */
const LONGER_NAME_BEFORE =
  /(?:\)|(?<![\p{L}])(?!(?:Le|La|Les|L|The|Du|Des|De|Au|Aux|Of|In|At|By|For|And|Et|En|À)(?![\p{L}]))\p{Lu}[\p{L}’'-]*)\s*$/u;

/** The name goes on: "Comité exécutif de la ...", "Comité intergouvernemental Vietnam-Russie". */
const NAME_GOES_ON =
  /^\s*(?:\(|[–—-]|\p{Lu}|(?:de|du|des|d[’']|of|pour|for|sur|on|at|auprès)(?![\p{L}]))/u;

export function findStandaloneBodies(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CAPITALISED_PHRASE)) {
    const surface = (m[1] ?? '').trimEnd();
    const phrase = parseBodyPhrase(surface);
    if (!phrase?.head || !/\s/u.test(surface)) continue;
    if (NAME_GOES_ON.test(text.slice(m.index + surface.length, m.index + surface.length + 12)))
      continue;
    if (LONGER_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({
      start: m.index,
      end: m.index + surface.length,
      surface,
      type: 'Organisation',
      subtype: phrase.subtype,
      rule: 'body-shape',
      canonical: phrase.english,
    });
  }
  return out;
}
