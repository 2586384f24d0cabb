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

/**
 * "le président de l’Assemblée nationale Nguyen Van Linh", "Chairman of the Senate (Oliy Majlis)":
 * right after a chair's or head's title, a body may be followed by its holder's name, and a
 * single head noun of a chamber names it ("la présidente du Sénat").
 */
const HEAD_TITLE_BEFORE =
  /(?<![\p{L}])(?:(?:vice-|premier vice-|première vice-)?présidente?|chef(?:fe)?|secrétaire|directeur|directrice|gouverneur|(?:Vice-|Deputy |First Deputy )?(?:Chairman|Chairwoman|Chairperson|Chair|Speaker|Head|Chief of Staff|Chief|Director|Governor|Secretary|President)|(?:Vice-|Premier vice-)?Présidente?|Chef)\s+(?:de la |de l['’]|du |of the )$/u;
/** A chamber named by its head alone, after a title only. */
const SINGLE_WORD_CHAMBERS = new Set(['Sénat', 'Senate', 'Parlement', 'Parliament']);
/** A person's name or an acronym in brackets follows the body, not more of its name. */
const HOLDER_AFTER = /^\s*(?:\([A-Z]{2,6}\)\s*)?\p{Lu}\p{Ll}+\s+\p{Lu}/u;

function afterHeadTitle(text: string, at: number): boolean {
  return HEAD_TITLE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

export function findStandaloneBodies(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CAPITALISED_PHRASE)) {
    const surface = (m[1] ?? '').trimEnd();
    const phrase = parseBodyPhrase(surface);
    if (!phrase?.head) continue;
    const next = text.slice(m.index + surface.length, m.index + surface.length + 40);
    const holderNamed = HOLDER_AFTER.test(next) && afterHeadTitle(text, m.index);
    if (!/\s/u.test(surface) && !(holderNamed && SINGLE_WORD_CHAMBERS.has(surface))) continue;
    if (NAME_GOES_ON.test(next) && !holderNamed) continue;
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
