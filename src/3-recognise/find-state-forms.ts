// Official country names the package of countries does not list, read by their shape: a state's
// head word and its qualifiers, then the country ("République fédérale démocratique du Népal",
// "Federal Democratic Republic of Nepal") or its adjective first ("République algérienne
// démocratique et populaire"). The whole phrase is a mention of that country.

import {
  ADJECTIVE_STATE_HEADS,
  STATE_FORM_FRENCH_QUALIFIERS,
  STATE_FORM_HEADS,
  STATE_FORM_QUALIFIERS,
} from '../lexicon/state-forms.js';
import { alternation } from '../patterns.js';
import type { Mention } from './types.js';

const APOS = "[’']";
const HEAD = `(?:${alternation(STATE_FORM_QUALIFIERS)} ){0,3}(?:${alternation(STATE_FORM_HEADS)})`;
const QUALIFIER = `(?:${alternation(STATE_FORM_FRENCH_QUALIFIERS)})`;
const CONNECTOR = `(?:de la|de l${APOS}|du|des|de|d${APOS}|of the|of)`;
/** "République fédérale démocratique du | Népal", "République de l’Union du | Myanmar". */
const NAME_LAST = new RegExp(
  `(?<![\\p{L}])${HEAD}(?: ${QUALIFIER}(?: et ${QUALIFIER})?)* ?${CONNECTOR}(?: ?Union ${CONNECTOR})? ?$`,
  'u',
);
/** "République | algérienne": the head right before a country adjective. */
const HEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(ADJECTIVE_STATE_HEADS)}) $`, 'u');
/** "algérienne | démocratique et populaire". */
const QUALIFIERS_AFTER = new RegExp(`^(?: ${QUALIFIER}(?: et ${QUALIFIER})?)+(?![\\p{L}])`, 'u');
const REACH = 80;

export function findStateForms(text: string, candidates: readonly Mention[]): Mention[] {
  return candidates.flatMap((c): Mention[] => {
    if (c.type !== 'Place' || c.subtype !== 'country' || !c.lexiconId) return [];
    const before = text.slice(Math.max(0, c.start - REACH), c.start);
    if (!c.adjective) {
      const m = NAME_LAST.exec(before);
      return m ? [stateForm(text, c.start - m[0].length, c.end, c)] : [];
    }
    const head = HEAD_BEFORE.exec(before);
    if (!head) return [];
    const tail = QUALIFIERS_AFTER.exec(text.slice(c.end))?.[0] ?? '';
    return [stateForm(text, c.start - head[0].length, c.end + tail.length, c)];
  });
}

function stateForm(text: string, start: number, end: number, country: Mention): Mention {
  return {
    start,
    end,
    surface: text.slice(start, end),
    type: 'Place',
    subtype: 'country',
    rule: 'state-form',
    lexiconId: country.lexiconId as string,
  };
}
