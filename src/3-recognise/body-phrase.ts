// The phrase that names a body, read from the vocabulary tables: "Commission électorale centrale"
// -> head Commission, qualifiers Election, Central -> "Central Election Commission"; "Conseil des
// chefs d’État" -> "Council of Heads of State"; "Foreign Ministry" -> "Ministry of Foreign Affairs".

import {
  BODY_COMPLEMENTS,
  BODY_HEADS,
  BODY_QUALIFIERS,
  type BodyWord,
} from '../lexicon/organisation-vocabulary.js';
import { alternation } from '../patterns.js';

export interface BodyPhrase {
  readonly head?: BodyWord;
  readonly english: string;
  readonly subtype: string;
  readonly complements: readonly string[];
  /** " des Affaires étrangères" after "ministère russe": complements and nothing else. */
  readonly complementsOnly: boolean;
}

/** Forms as regex sources: apostrophes either way, "État" or "Etat", first letter in either case. */
function sources(words: readonly BodyWord[], anyCase: boolean): string {
  const forms = words.flatMap((w) => w.forms);
  const variants = anyCase
    ? forms.flatMap((f) => [f, f.charAt(0).toUpperCase() + f.slice(1), f.toLowerCase()])
    : forms;
  return alternation(new Set(variants)).replace(/[’']/g, "[’']").replace(/É/g, '[ÉE]');
}

const HEAD = sources(BODY_HEADS, false);
const QUALIFIER = sources(BODY_QUALIFIERS, true);
const COMPLEMENT = sources(BODY_COMPLEMENTS, true);
/** "de l’Industrie et du Commerce", "of Industry and Trade": a second complement joined to the first. */
const JOINED_COMPLEMENT = `(?:et\\s+(?:${COMPLEMENT})|and\\s+(?:${sources(englishBare(BODY_COMPLEMENTS), false)}))`;
const WORD_END = '(?![\\p{L}\\d-])';

export const BODY_PHRASE = `(?:(?:${QUALIFIER})\\s+){0,3}(?:${HEAD})(?:\\s+(?:${JOINED_COMPLEMENT}|${COMPLEMENT}|${QUALIFIER})${WORD_END}){0,4}`;
/** " des Affaires étrangères" after "ministère russe". */
export const TRAILING_COMPLEMENTS = `(?:\\s+(?:${JOINED_COMPLEMENT}|${COMPLEMENT}|${QUALIFIER})${WORD_END}){1,4}`;
export const PAREN = '\\s*\\([^()\\n]{1,20}\\)';
/** "de la République du", "of the Kyrgyz Republic"... : the state's formal name before the anchor. */
const REPUBLIC = `(?:(?:la\\s+)?République(?:\\s+\\p{Ll}+)?\\s+(?:du|de la|de l[’']|d[’']|de)\\s*|(?:the\\s+)?(?:\\p{Lu}\\p{L}+\\s+)?Republic\\s+of\\s+)?`;
export const PLAIN_CONNECTOR = `\\s+(?:de la\\s+|de l[’']\\s*|du\\s+|des\\s+|de\\s+|d[’']\\s*|of the\\s+|of\\s+|at the\\s+|auprès de la\\s+|auprès de l[’']\\s*|auprès du\\s+)`;
export const CONNECTOR = `${PLAIN_CONNECTOR}${REPUBLIC}`;

const TOKEN = new RegExp(
  `\\s*(?:(${JOINED_COMPLEMENT})|(${COMPLEMENT})|(${HEAD})|(${QUALIFIER}))${WORD_END}`,
  'uy',
);

/** The English complements without their "of": "of Trade" -> "Trade", as written after "and". */
function englishBare(words: readonly BodyWord[]): BodyWord[] {
  return words.map((w) => ({
    ...w,
    forms: w.forms.filter((f) => f.startsWith('of ')).map((f) => f.slice(3)),
  }));
}

const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/^e/, 'é');
const BY_FORM = (words: readonly BodyWord[]) =>
  new Map(words.flatMap((w) => w.forms.map((f) => [fold(f), w] as const)));
const HEADS = BY_FORM(BODY_HEADS);
const QUALIFIERS = BY_FORM(BODY_QUALIFIERS);
const COMPLEMENTS = BY_FORM(BODY_COMPLEMENTS);
const lookUp = (map: ReadonlyMap<string, BodyWord>, form: string) =>
  map.get(fold(form)) ?? map.get(fold(form.replace(/^E/, 'É')));

/** Parses a phrase the BODY_PHRASE pattern matched; undefined when a word is not in the tables. */
export function parseBodyPhrase(phrase: string, tail = false): BodyPhrase | undefined {
  const before: string[] = [];
  const after: string[] = [];
  // "Conseil fédéral de sécurité" -> Federal Security Council: "de" qualifiers stand nearest the head
  const afterNouns: string[] = [];
  const complements: BodyWord[] = [];
  let head: BodyWord | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(phrase); m; m = TOKEN.exec(phrase)) {
    if (m[1]) complements.push(joinedComplement(m[1]));
    else if (m[2]) complements.push(lookUp(COMPLEMENTS, m[2]) ?? { forms: [], english: '' });
    else if (m[3] && !head) head = lookUp(HEADS, m[3]);
    else if (m[4])
      (!head ? before : /^d/u.test(m[4]) ? afterNouns : after).push(
        lookUp(QUALIFIERS, m[4])?.english ?? '',
      );
    else return undefined;
    if (TOKEN.lastIndex >= phrase.trimEnd().length) break;
  }
  // "Commission centrale des affaires étrangères" -> Central Foreign Affairs Commission
  const domains = head?.domainFirst ? complements.filter((c) => c.domain) : [];
  const qualifiers = [
    ...before,
    ...after.reverse(),
    ...afterNouns.reverse(),
    ...domains.map((c) => c.domain ?? ''),
  ];
  const rest = complements.filter((c) => !domains.includes(c)).map((c) => c.english);
  if (TOKEN.lastIndex < phrase.trimEnd().length || qualifiers.includes('')) return undefined;
  const complementsOnly = !head && qualifiers.length === 0 && complements.length > 0;
  if (!head && !(tail && complementsOnly)) return undefined;
  return {
    ...(head ? { head } : {}),
    english: englishName(head?.english ?? '', qualifiers, rest),
    subtype: head?.subtype ?? 'governing_body',
    complements: complements.map((c) => c.english),
    complementsOnly,
  };
}

/** "et du Commerce" | "and Trade" -> "and Trade". */
function joinedComplement(written: string): BodyWord {
  const form = written.replace(/^(?:et|and)\s+/u, '');
  const word = lookUp(COMPLEMENTS, form) ?? lookUp(COMPLEMENTS, `of ${form}`);
  if (!word?.english.startsWith('of ')) return { forms: [], english: '' };
  return { forms: [written], english: `and ${word.english.slice(3)}` };
}

/** "Foreign" + Ministry -> "Ministry of Foreign Affairs"; Executive + Committee -> "Executive Committee". */
function englishName(head: string, qualifiers: readonly string[], complements: readonly string[]) {
  if (head === 'Ministry' && qualifiers.length === 1 && complements.length === 0) {
    const domain = qualifiers[0] === 'Foreign' ? 'Foreign Affairs' : qualifiers[0];
    return `Ministry of ${domain}`;
  }
  return [...qualifiers, head, ...complements].filter(Boolean).join(' ');
}
