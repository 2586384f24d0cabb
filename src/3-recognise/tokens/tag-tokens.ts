// Tokens + mentions found so far -> the token view: each token tagged with the type of the mention
// covering it ("#Country", "#CountryAdj", "#Place", "#Org", "#Person") and with lexicon word tags
// ("#FirstName", "#Particle", "#NotName", "#FamilyFirst", "#Month"). One pass over both lists.

import {
  FAMILY_NAME_FIRST,
  FIRST_NAMES,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  PORTFOLIOS,
  TITLES,
  WEEKDAYS,
} from '../../lexicon/index.js';
import { CHINESE_FAMILY_NAMES } from '../../lexicon/chinese-names.js';
import { foldText } from '../../4-resolve/normalise.js';
import type { Mention } from '../types.js';
import { tokenise } from './tokenise.js';
import type { Token, TokenView } from './types.js';

const FOLDED_FIRST_NAMES = new Set(Object.keys(FIRST_NAMES).map((n) => n.toLowerCase()));
/** Words of titles and portfolios ("Secretary-General", "Finances", "Commerce"): never a name. */
const TITLE_WORDS = [...TITLES.flatMap((t) => t.forms), ...Object.keys(PORTFOLIOS)]
  .flatMap((form) => foldText(form).replace(/['’]/gu, ' ').split(/\s+/u))
  .filter((word) => word.length >= 4);
const WORD_TAGS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['#NotName', new Set([...NOT_NAME_WORDS, ...TITLE_WORDS])],
  ['#Particle', new Set(NAME_PARTICLES)],
  ['#FamilyFirst', new Set([...FAMILY_NAME_FIRST, ...CHINESE_FAMILY_NAMES])],
  ['#Month', new Set([...Object.keys(MONTHS), ...WEEKDAYS].map(foldText))],
];

/** `mentions` sorted by start and free of overlaps (as selectMentions returns them). */
export function buildTokenView(text: string, mentions: readonly Mention[]): TokenView {
  const tokens = tokenise(text);
  const mentionOf: (number | undefined)[] = [];
  const tags = tokens.map((token) => new Set(wordTags(token)));
  let m = 0;
  tokens.forEach((token, i) => {
    while (m < mentions.length && (mentions[m] as Mention).end <= token.start) m++;
    const mention = mentions[m];
    if (!mention || mention.start >= token.end) return;
    mentionOf[i] = m;
    for (const tag of mentionTags(mention)) tags[i]?.add(tag);
  });
  return { text, tokens, tags, mentionOf };
}

function wordTags(token: Token): string[] {
  if (token.kind !== 'word') return [];
  const out: string[] = [];
  for (const [tag, words] of WORD_TAGS) if (words.has(token.folded)) out.push(tag);
  // "Sergueï", "SERGUEÏ": a given name in title case or capitals
  if (
    token.case !== 'lower' &&
    (FIRST_NAMES[token.text] ??
      (token.case === 'upper'
        ? FIRST_NAMES[token.text[0] + token.text.slice(1).toLowerCase()]
        : undefined) ??
      composedFirstName(token.text))
  )
    out.push('#FirstName');
  else if (token.case === 'lower' && FOLDED_FIRST_NAMES.has(token.text))
    out.push('#LowerFirstName');
  return out;
}

/** "Jean-Yves", "Marie-Claire", "Abdel-Fattah": a known given name, a hyphen, a capitalised one. */
function composedFirstName(word: string): string | undefined {
  const dash = word.indexOf('-');
  if (dash < 2) return undefined;
  const second = word.slice(dash + 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(second)) return undefined;
  return FIRST_NAMES[word.slice(0, dash)];
}

function mentionTags(mention: Mention): string[] {
  switch (mention.type) {
    case 'Place':
      if (mention.subtype === 'country') return mention.adjective ? ['#CountryAdj'] : ['#Country'];
      return ['#Place'];
    case 'Organisation':
      return ['#Org'];
    case 'Person':
      return ['#Person'];
    case 'Event':
      return ['#Event'];
  }
}
