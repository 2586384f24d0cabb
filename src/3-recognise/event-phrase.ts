// The noun phrase around an event keyword: modifiers before ("XIe", "prochain"), complements
// after ("sommet de l’OCS à Astana"), the determiner before.

import { MODIFIERS_BEFORE_EVENT, MONTHS, PHRASE_END_WORDS, WEEKDAYS } from '../lexicon/index.js';

// "lors d’une conférence de presse": an article after an elided preposition is a determiner too
const DETERMINER =
  /(?:^|\s|(?<=(?:^|\s)[dDqQ])[’'])((?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|notre|nos|votre|vos|leur|leurs|ma|mon|mes|the|a|an|this|its|his|her|their)\s+|l[’']|d[’'])$/i;
const MODIFIER_BEFORE = new RegExp(
  String.raw`(?:^|\s)((?:[A-ZÀ-Ý][\p{L}-]*|\p{N}+(?:e|er|ème|eme)|[IVXL]+e|premi[eè]re?|premier|deuxième|second[e]?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\p{N}+(?:st|nd|rd|th)|first|third|dernière?|précédente?|prochaine?|récente?|grande?|nouvelle|nouveau|brève|simple|même|${MODIFIERS_BEFORE_EVENT.join('|')})\s+)$`,
  'u',
);
const WEEKDAY_WORDS = new Set(WEEKDAYS);
/** "agreement on", "signing of", "arrivée à": a keyword that ends in a preposition. */
const KEYWORD_LAST_PREPOSITION = /^(?:on|of|in|at|à|au|aux|en|de|du|des|sur)$/i;
const STOP_WORDS = new Set([
  ...PHRASE_END_WORDS,
  'qui',
  'que',
  "qu'",
  'dont',
  'où',
  'a',
  'ont',
  'est',
  'sont',
  'sera',
  'seront',
  'était',
  'étaient',
  'se',
  "s'",
  "s'est",
  's’est',
  "s'était",
  's’était',
  'ne',
  "n'",
  'y',
  'il',
  'elle',
  'ils',
  'elles',
  'nous',
  'vous',
  'on',
  'et',
  'ou',
  'mais',
  'pour',
  'par',
  'avec',
  'sans',
  'sur',
  'sous',
  'dans',
  'lors',
  'comme',
  'après',
  'avant',
  'depuis',
  'pendant',
  'le',
  'la',
  'les',
  'ce',
  'cette',
  'ces',
  'annoncera',
  'contribuera',
  'aura',
  'fêtera',
  'the',
  // "a concert and an informal dinner": two events
  'and',
  'or',
  'which',
  'that',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'will',
  // "the restricted talks took place", "the summit held in Astana"
  'took',
  'held',
]);
/** "an informal dinner for the leaders of the group", "a visit to Tatarstan", "a news conference
 * by the President": "for", "to" and "by" open a complement as "of" does. */
const PREPOSITIONS =
  /^(?:de la|de l[’']|du|des|de|d[’']|à la|à l[’']|au|aux|à|en|entre|in|of|at|for|to|by)$/i;
/** "a reception hosted on behalf of the President": a compound preposition read as one. */
const COMPOUND_PREPOSITION = /\s*on behalf of(?![\p{L}])/iuy;
const ARTICLE_AFTER_PREPOSITION = /^(?:la|les|le|cette|ce|cet|ces|l[’']|the|a|an)$/i;
/** French past participles ending a phrase: "organisée", "consacrée", "tenue", "prévue". */
const PARTICIPLE = /(?:é|ée|és|ées)$|^(?:tenue?s?|prévue?s?|attendue?s?|intervenue?s?)$/u;
const MONTH_WORD = new RegExp(`^(?:${Object.keys(MONTHS).join('|')})$`, 'i');
const MAX_PHRASE_WORDS = 10;
const NEXT_WORD = /^\s*[\p{L}\p{N}’'-]+/u;
/** "et du Belarus", "et de la Chine": "et" then the preposition of a second complement. */
const COORDINATED_COMPLEMENT = /^\s*et\s+(?:du|des|de\s+la|de\s+l[’']|de|d[’'])\s*\p{Lu}/u;
const SIDELINES = /^\s*(?:en\s+marge|in\s+the\s+margins?)(?![\p{L}])/iu;
/** « Z5+1 », "Eurasie 2030": a name of a few words in quotes, capitalised or in figures. */
const QUOTED_NAME = /^\s*[«“"]\s*[\p{Lu}\p{N}][^«»“”"\n.;:!?]{0,30}?\s*[»”"]/u;

export interface PhraseEnd {
  readonly end: number;
  /** Ends of the shorter readings: "visite officielle" and "visite officielle en Mongolie" in
   * "visite officielle en Mongolie à l’invitation du président". */
  readonly cuts: readonly number[];
}

/** Adds complements: "sommet" -> "sommet de cette organisation internationale influente à Astana". */
export function extendRight(
  text: string,
  from: number,
  limit: number,
  afterVerb = false,
  /** Is this offset inside a recognised name ("République populaire de Chine")? */
  insideName: (offset: number) => boolean = () => false,
): PhraseEnd {
  let end = from;
  let words = 0;
  const cuts: number[] = [];
  const tokens = /\s*([\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}])/uy;
  tokens.lastIndex = from;
  // "a rencontré le président", "est arrivé à Minsk", "Agreement on the establishment": a verb's
  // object, or what follows a keyword ending in a preposition, reads as a complement
  const endsInPreposition = KEYWORD_LAST_PREPOSITION.test(
    /\S+$/u.exec(text.slice(Math.max(0, from - 6), from))?.[0] ?? '',
  );
  let pendingPreposition = afterVerb || endsInPreposition ? 1 : 0;
  let inName = false;
  let afterTo = false;
  let inComplement = pendingPreposition > 0;
  for (
    let m = tokens.exec(text);
    m && m.index < limit && words < MAX_PHRASE_WORDS;
    m = tokens.exec(text)
  ) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    // "une réunion bilatérale | en marge du sommet": the summit is another event
    if (SIDELINES.test(text.slice(m.index, m.index + 24))) break;
    COMPOUND_PREPOSITION.lastIndex = m.index;
    if (lower === 'on' && COMPOUND_PREPOSITION.test(text)) {
      if (pendingPreposition === 0 && end > from) cuts.push(end);
      pendingPreposition = 1;
      words += 3;
      tokens.lastIndex = COMPOUND_PREPOSITION.lastIndex;
      inName = false;
      continue;
    }
    // "le sommet « Z5+1 » à Astana", "le forum dit « Eurasie 2030 »": a short quoted name goes on
    const quoted = pendingPreposition === 0 ? QUOTED_NAME.exec(text.slice(m.index, limit)) : null;
    if (quoted) {
      end = m.index + quoted[0].length;
      tokens.lastIndex = end;
      inName = true;
      words += 1;
      continue;
    }
    if (!/\p{L}/u.test(word) || MONTH_WORD.test(word) || /^\d/u.test(word)) break;
    // "Forum des régions de Russie | et du Belarus": a second name joined to the complement
    if (inName && inComplement && COORDINATED_COMPLEMENT.test(text.slice(m.index, m.index + 16))) {
      pendingPreposition = 0;
      inName = false;
      words += 1;
      continue;
    }
    const elided = /^(?:d|l)[’']/i.test(word);
    // "his trip to Russia", "visit to the UAE": "to" opens a complement that is a name, never
    // a verb ("the summit to discuss")
    if (afterTo && !/^[A-ZÀ-Ý]/u.test(word) && !ARTICLE_AFTER_PREPOSITION.test(lower)) break;
    afterTo = lower === 'to';
    if (
      PREPOSITIONS.test(lower) ||
      afterTo ||
      (elided && pendingPreposition === 0 && /^d[’']/i.test(word) && word.length === 2)
    ) {
      if (pendingPreposition === 0 && end > from) cuts.push(end);
      pendingPreposition += 1;
      inComplement = true;
      if (pendingPreposition > 2) break;
      words += 1;
      inName = false;
      continue;
    }
    // "de la CEI": the article after a preposition waits for its noun
    if (pendingPreposition > 0 && ARTICLE_AFTER_PREPOSITION.test(lower)) {
      words += 1;
      continue;
    }
    // "est arrivé lundi au Zimbabwe": a weekday stays in the phrase only before a complement
    if (WEEKDAY_WORDS.has(lower)) {
      words += 1;
      continue;
    }
    // "des chefs de gouvernement chinois | et russe": two country adjectives are one complement
    if (
      lower === 'et' &&
      pendingPreposition === 0 &&
      end > from &&
      !inName &&
      insideName(end - 1) &&
      insideName(m.index + m[0].length + 2)
    ) {
      words += 1;
      continue;
    }
    if (STOP_WORDS.has(lower)) break;
    const capitalised = /^[A-ZÀ-Ý]/u.test(word) && !elided;
    // "de Vladimir Poutine", "en Corée du Nord": a name goes on; elsewhere a capital starts a new phrase
    // "sommet de la mer Caspienne": unless the capital goes on a name its lowercase word began (a
    // verb's object, "rencontré le guide suprême iranien Ali ...", ends before the person's name)
    const continuesName =
      !afterVerb && end > from && insideName(end - 1) && insideName(m.index + m[0].length - 1);
    if (pendingPreposition === 0 && capitalised && !inName && !continuesName) break;
    // "visite d’État en Chine démontre": after a name, a lowercase word starts the clause
    if (
      pendingPreposition === 0 &&
      !capitalised &&
      inName &&
      !insideName(m.index + m[0].length - 1)
    )
      break;
    // "cérémonie officielle d’accueil organisée par": a participle after the phrase ends it
    if (pendingPreposition === 0 && !capitalised && words > 0 && PARTICIPLE.test(lower)) break;
    // "cérémonie officielle | d’accueil": an elided "d’" opens a complement as "de" does
    if (pendingPreposition === 0 && /^d[’']/iu.test(word) && end > from) cuts.push(end);
    end = tokens.lastIndex;
    inName = capitalised;
    pendingPreposition = 0;
    words += 1;
  }
  // "of the Council of Heads of State of the Shanghai | Cooperation Organization": a phrase cut
  // by its length runs to the end of the name it stopped in
  for (let word = NEXT_WORD.exec(text.slice(end, limit)); word;) {
    if (!insideName(end - 1) || !insideName(end)) break;
    end += word[0].length;
    word = NEXT_WORD.exec(text.slice(end, limit));
  }
  const last = Math.max(end, from);
  return { end: last, cuts: [...new Set([from, ...cuts])].filter((c) => c < last) };
}

export function extendLeft(text: string, from: number, limit: number): number {
  let start = from;
  for (let i = 0; i < 3; i++) {
    const modifier = MODIFIER_BEFORE.exec(text.slice(Math.max(limit, start - 40), start));
    if (!modifier?.[1] || DETERMINER.test(modifier[1].trim() + ' ')) break;
    start -= modifier[1].length;
  }
  return start;
}
/** The determiner right before a phrase ("la", "cette", "l’"), for the surface form with it. */
export function determinerBefore(text: string, start: number): string | undefined {
  return DETERMINER.exec(text.slice(Math.max(0, start - 8), start))?.[1];
}
