// Text + mentions found so far (places, organisations, known people) -> people the lexicon does
// not know: each run of name words becomes a Person when a rule of PERSON_RULES accepts its
// context. One pass over the runs; a person found tags its tokens, so a list after it is read too.

import { buildTokenView } from '../tokens/tag-tokens.js';
import { matchAfter, matchBefore, compileSteps } from '../tokens/match-steps.js';
import type { TokenView } from '../tokens/types.js';
import { findTitleAfter, findTitleBefore } from '../find-title.js';
import type { Mention } from '../types.js';
import { buildPersonName, isOfficialOrder } from './build-person-name.js';
import type { NameChunk } from './find-name-chunks.js';
import { findNameChunks } from './find-name-chunks.js';
import {
  countryTokenOfItem,
  isBracketedCountryItem,
  isCountryCommaItem,
  isCountryDashLine,
} from './country-list-items.js';
import { isFamilyNameAlone, isPinyinName } from './pinyin-name.js';
import { isEastAsianName } from './east-asian-name.js';
import { isCreditName } from './credit-names.js';
import { hasSurnameShape } from './surname-shape.js';
import { isSpeaker } from './speech-context.js';
import { hasCapitalisedSurname, opensWithInitials } from './written-shapes.js';
import {
  gatherNameEvidence,
  hasAttestedSurname,
  isRepeatedSpeaker,
  type NameEvidence,
} from './attested-surnames.js';
import {
  LIST_BEFORE_PERSON,
  PERSON_RULES,
  type PersonRule,
  type PersonTest,
} from './person-rules.js';

/** "Nikol Pachinian d'Arménie, | Hun Manet": a person, their country maybe, then "," or "et". */
const LIST_BEFORE = compileSteps("#Person du|d'|de|of? la|l'|the? #Country? ,|et|and|;");
const LIST_BEFORE_COMMA_AND = compileSteps("#Person du|d'|de|of? la|l'|the? #Country? , et|and");
/** "Chinedu Okafor du Nigeria | et Gedion Timothewos": the mirror, read once the persons are known. */
const LIST_AFTER = compileSteps("du|d'|de|of? la|l'|the? #Country? ,|et|and #Person");

export function findGrammarPeople(
  text: string,
  mentions: readonly Mention[],
  rules: readonly PersonRule[] = PERSON_RULES,
): Mention[] {
  const view = buildTokenView(text, mentions);
  const found: Mention[] = [];
  const chunks = findNameChunks(view);
  const evidence = gatherNameEvidence(view, chunks, mentions);
  let floor = 0;
  let scanned = 0;
  const rejected: NameChunk[] = [];
  chunks.forEach((whole, c) => {
    // the title before a name does not reach back past the previous person
    for (; scanned < whole.first; scanned++)
      if (view.tags[scanned]?.has('#Person')) floor = view.tokens[scanned]?.end ?? floor;
    const next = view.tokens[chunks[c + 1]?.first ?? -1]?.start ?? Number.POSITIVE_INFINITY;
    const match = findRule(rules, whole, view, { next, floor, evidence });
    const mention = match && toMention(view, match.chunk, match.rule, mentions);
    if (mention) found.push(mention);
    else rejected.push(whole);
  });
  // "Chinedu Okafor et Gedion Timothewos": a name listed before a person read after it
  const listRule = rules.find((r) => r.id === LIST_BEFORE_PERSON.id);
  if (listRule)
    for (const chunk of rejected.reverse()) {
      if (!applies(listRule, chunk, view, { next: 0, floor: 0, evidence })) continue;
      const mention = toMention(view, chunk, listRule, mentions);
      if (mention) found.push(mention);
    }
  return found.sort((a, b) => a.start - b.start);
}

/** The mention of a run a rule accepted; a full name tags its tokens #Person. */
function toMention(
  view: TokenView,
  chunk: NameChunk,
  rule: PersonRule,
  mentions: readonly Mention[],
): Mention | undefined {
  const first = view.tokens[chunk.first];
  const last = view.tokens[chunk.last];
  if (!first || !last) return undefined;
  const name = buildPersonName(view, chunk);
  if (chunk.words.length < rule.minWords && !name.partial) return undefined;
  // a lone surname is resolved later; only full names bound the next title and open lists
  if (!name.partial) for (let i = chunk.first; i <= chunk.last; i++) view.tags[i]?.add('#Person');
  return {
    start: first.start,
    end: last.end,
    surface: view.text.slice(first.start, last.end),
    type: 'Person',
    rule: rule.id,
    givenName: name.givenName,
    surname: name.surname,
    ...(name.partial ? { partial: name.partial } : { canonical: name.canonical }),
    ...countryOfListItem(view, chunk, mentions),
  };
}

/** "Chinedu Okafor (du Nigeria) | et Wang Yi": two or three capitalised words, then a person. */
function isListedBeforePerson(view: TokenView, chunk: NameChunk): boolean {
  if (chunk.words.length < 2 || chunk.words.length > 3) return false;
  if (chunk.words.some((i) => view.tokens[i]?.case !== 'title' || view.tokens[i]?.initial))
    return false;
  return matchAfter(view, chunk.last + 1, LIST_AFTER) >= 0;
}

/** "Olga Tammsaar (Estonie)": the country the list gives the person, kept on the mention. */
function countryOfListItem(
  view: TokenView,
  chunk: NameChunk,
  mentions: readonly Mention[],
): { readonly country?: string } {
  const token = countryTokenOfItem(view, chunk);
  const mention = token === undefined ? undefined : mentions[view.mentionOf[token] ?? -1];
  return mention?.lexiconId ? { country: mention.lexiconId } : {};
}

/**
 * The first rule that accepts the run or a tail of it: in "le ministre des Finances Dinh Tiên
 * Dung" the run "Finances Dinh Tiên Dung" starts with the title's own capitalised portfolio.
 */
function findRule(
  rules: readonly PersonRule[],
  whole: NameChunk,
  view: TokenView,
  around: Around,
): { readonly rule: PersonRule; readonly chunk: NameChunk } | undefined {
  // "Takahashi Kenji (Japon) ;", "OKAFOR Chinedu": a list item or a surname in capitals is read
  // whole, the words a given name cut off too
  const widened = widen(whole);
  if (widened)
    for (const rule of rules)
      if (WHOLE_RUN_TESTS.has(rule.test) && applies(rule, widened, view, around))
        return { rule, chunk: widened };
  for (const rule of rules) {
    // "Palestine Mahmoud Abbas": an unknown capitalised word before a given name is dropped
    const tails = rule.test === 'first-name' ? whole.words.length - 1 : 1;
    for (let k = 0; k < Math.max(1, tails); k++) {
      const words = whole.words.slice(k);
      const chunk = k === 0 ? whole : { first: words[0] as number, last: whole.last, words };
      if (applies(rule, chunk, view, around)) return { rule, chunk };
    }
  }
  return undefined;
}

const WHOLE_RUN_TESTS: ReadonlySet<PersonTest | undefined> = new Set<PersonTest>([
  'bracketed-country-item',
  'country-dash-line',
  'country-comma-item',
  'capitalised-surname',
]);

/** The run with the name words a given name cut off before it, if any, within MAX words. */
function widen(chunk: NameChunk): NameChunk | undefined {
  const lead = chunk.lead;
  if (!lead || lead.length === 0 || lead.length + chunk.words.length > MAX_WIDENED)
    return undefined;
  return { first: lead[0] as number, last: chunk.last, words: [...lead, ...chunk.words] };
}

const MAX_WIDENED = 6;

/**
 * "the Russian Direct Investment | Fund", "Kim Industries | Group": the run is the start of an
 * institution's name when a capitalised head noun ("Fund", "Bank", "Council") follows it.
 */
function headsAnInstitution(view: TokenView, chunk: NameChunk): boolean {
  const next = view.tokens[chunk.last + 1];
  const gap = next ? view.text.slice(view.tokens[chunk.last]?.end ?? 0, next.start) : '';
  return (
    next !== undefined &&
    /^[ \t]+$/u.test(gap) &&
    next.case === 'title' &&
    !next.sentenceStart &&
    view.tags[chunk.last + 1]?.has('#NotName') === true &&
    INSTITUTION_HEADS.has(next.folded)
  );
}

const INSTITUTION_HEADS = new Set([
  ...['fund', 'fonds', 'bank', 'banque', 'council', 'conseil', 'committee', 'comite', 'group'],
  ...['groupe', 'company', 'compagnie', 'corporation', 'institute', 'institut', 'university'],
  ...['universite', 'foundation', 'fondation', 'agency', 'agence', 'center', 'centre', 'forum'],
  ...['association', 'club', 'museum', 'musee', 'school', 'ecole', 'airport', 'aeroport', 'hall'],
  ...['palace', 'palais', 'street', 'avenue', 'square', 'park', 'parc', 'stadium', 'stade'],
]);

/** Where the next run starts and the previous person ends. */
interface Around {
  readonly next: number;
  readonly floor: number;
  readonly evidence: NameEvidence;
}

function applies(rule: PersonRule, chunk: NameChunk, view: TokenView, around: Around): boolean {
  if (headsAnInstitution(view, chunk)) return false;
  if (rule.before && matchBefore(view, chunk.first - 1, rule.before) < 0) return false;
  if (rule.after && matchAfter(view, chunk.last + 1, rule.after) < 0) return false;
  if (rule.notBefore && matchBefore(view, chunk.first - 1, rule.notBefore) >= 0) return false;
  return rule.test ? passes(rule.test, chunk, view, around) : true;
}

function passes(test: PersonTest, chunk: NameChunk, view: TokenView, around: Around): boolean {
  const start = view.tokens[chunk.first]?.start ?? 0;
  const end = view.tokens[chunk.last]?.end ?? 0;
  switch (test) {
    case 'first-name':
      return (
        (view.tags[chunk.words[0] as number]?.has('#FirstName') ?? false) ||
        isOfficialOrder(view, chunk)
      );
    case 'title-before':
      return findTitleBefore(view.text, start, { floor: around.floor }) !== undefined;
    case 'title-after':
      return findTitleAfter(view.text, end, around.next) !== undefined;
    case 'list-after-person':
      return (
        matchBefore(view, chunk.first - 1, LIST_BEFORE) >= 0 ||
        matchBefore(view, chunk.first - 1, LIST_BEFORE_COMMA_AND) >= 0
      );
    case 'list-before-person':
      return isListedBeforePerson(view, chunk);
    case 'bracketed-country-item':
      return isBracketedCountryItem(view, chunk);
    case 'country-dash-line':
      return isCountryDashLine(view, chunk);
    case 'country-comma-item':
      return isCountryCommaItem(view, chunk);
    case 'pinyin-name':
      return isPinyinName(view, chunk);
    case 'family-name-alone':
      return isFamilyNameAlone(view, chunk);
    case 'east-asian-name':
      return isEastAsianName(view, chunk);
    case 'credit-name':
      return isCreditName(view, chunk);
    case 'attested-surname':
      return hasAttestedSurname(view, chunk, around.evidence);
    case 'repeated-speaker':
      return isRepeatedSpeaker(view, chunk, around.evidence);
    case 'speaker':
      return isSpeaker(view, chunk);
    case 'capitalised-surname':
      return around.evidence.capitalSurnames && hasCapitalisedSurname(view, chunk);
    case 'initials-name':
      return opensWithInitials(view, chunk);
    case 'surname-shape':
      return hasSurnameShape(view, chunk);
  }
}
