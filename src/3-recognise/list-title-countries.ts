// One plural title over a list, with one country per name in the same order: "les ministres des
// Affaires étrangères russe et chinois, Sergueï Lavrov et Wang Yi", "Russian and Chinese Foreign
// Ministers X and Y" -> X of Russia, Y of China. Only when the countries and the names count alike.

import { firstStartingFrom } from '../spans.js';
import { findLeftContext } from './find-title.js';
import type { Mention, RoleMention } from './types.js';

/** Between two countries of one title: "russe et chinois", "Russian, Chinese and Indian". */
const COUNTRY_JOIN = /^\s*(?:,\s*(?:et\s+|and\s+)?|et\s+|and\s+)$/i;

/**
 * Roles read over a list share the title's start (the title word, then "list-shared" copies):
 * each group whose title phrase joins as many countries as it has names gets them in order.
 */
export function distributeListCountries(
  text: string,
  mentions: readonly Mention[],
  roles: readonly RoleMention[],
  withCountry: (role: RoleMention, country: string) => RoleMention,
): RoleMention[] {
  const out = [...roles];
  for (let i = 0; i < out.length; i++) {
    const head = out[i] as RoleMention;
    if (head.rule !== 'title-before-name' || head.person === undefined) continue;
    let last = i;
    while (out[last + 1]?.rule === 'list-shared' && out[last + 1]?.start === head.start) last++;
    if (last === i) continue;
    const countries = joinedCountries(text, mentions, mentions[head.person] as Mention, head.start);
    if (countries.length !== last - i + 1) continue;
    countries.forEach((country, k) => {
      out[i + k] = withCountry(out[i + k] as RoleMention, country);
    });
    i = last;
  }
  return out;
}

/** The countries of the title phrase before the first name, when they stand joined together. */
function joinedCountries(
  text: string,
  mentions: readonly Mention[],
  person: Mention,
  titleStart: number,
): string[] {
  const from = Math.min(titleStart, findLeftContext(text, person.start).start);
  const found: Mention[] = [];
  for (let k = firstStartingFrom(mentions, from); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (m.start >= person.start) break;
    if (m.type === 'Place' && m.subtype === 'country' && m.lexiconId) found.push(m);
  }
  const joined = found.every(
    (m, k) => k === 0 || COUNTRY_JOIN.test(text.slice((found[k - 1] as Mention).end, m.start)),
  );
  return joined && found.length >= 2 ? found.map((m) => m.lexiconId as string) : [];
}
