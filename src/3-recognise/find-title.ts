// Title phrases next to a name: the phrase before it, up to punctuation or a list separator
// ("le ministre des Affaires étrangères | Sergueï Lavrov"), and the one after a comma
// ("Mikhaïl Michoustine, | Premier ministre de Russie").

import { foldName, foldText } from '../4-resolve/normalise.js';
import { TITLES } from '../lexicon/index.js';
import { memoiseString } from '../memoise.js';
import type { Span } from '../types.js';
import { matchLexicon } from './lexicon-matcher.js';
import { parseTitle, type CountryFinder, type ParsedTitle } from './parse-title.js';

const HARD_BOUNDARY = /[\n.;:()«»"“”|–—[\]]/u;
const LIST_SPLIT =
  /,\s*|\s+et\s+(?=(?:le|la|les|du|des|de la|son|sa|ses|notre|leur|l[’']|de l[’'])[\s’'])/u;
const MAX_CONTEXT = 220;
/** "le président du | Milli Medjlis": capitalised words after a preposition name a body. */
const ENDS_WITH_PREPOSITION =
  /(?:^|\s)(?:de|du|des|d['’]|of|the|la|le|les|l['’]|au|aux|en|à|for|to)$/iu;
const AFTER_COMMA = /^\s*,\s*/u;
const AFTER_BOUNDARY =
  /[\n.;:()«»"“”|[\]]|,\s|\s(?:et|and)\s(?!pl[ée]nipotentiaire|plenipotentiary)|\s(?:a|has|est|qui|who)\s/u;

export type FoundTitle = ParsedTitle & {
  readonly start: number;
  readonly end: number;
  /** Where the title words themselves end ("ministre" in "ministre de la Défense"). */
  readonly titleEnd: number;
  readonly rule: string;
};

/** Where the title form stands in the phrase: its last occurrence as whole words. */
function locateTitle(text: string, from: number, to: number, parsed: ParsedTitle): Span {
  const form = parsed.form;
  if (!form) return { start: from, end: to };
  const folded = foldText(text.slice(from, to));
  for (let at = folded.lastIndexOf(form); at >= 0; at = folded.lastIndexOf(form, at - 1)) {
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + form.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after))
      return { start: from + at, end: from + at + form.length };
    if (at === 0) break;
  }
  return { start: from, end: to };
}

/** Title phrases recur (one per name of a list): each read once. */
const parseTitlePhrase = memoiseString((phrase: string) => parseTitle(phrase, findCountries));

export const findCountries: CountryFinder = (phrase) => {
  const countries = matchLexicon(phrase, { ignoreCase: true }).filter(
    (m) => m.subtype === 'country',
  );
  // folded phrases lose hyphens: "sud coreen" is read as "sud-coreen" (same length)
  const rejoined = phrase.replace(SPLIT_COMPASS_ADJECTIVE, '$1-');
  const compound =
    rejoined === phrase
      ? []
      : matchLexicon(rejoined, { ignoreCase: true }).filter(
          (m) => m.subtype === 'country' && m.surface.includes('-'),
        );
  return [
    ...compound,
    ...countries.filter((m) => !compound.some((c) => c.start < m.end && m.start < c.end)),
  ]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ country: m.lexiconId ?? '', at: m.start }));
};

const SPLIT_COMPASS_ADJECTIVE = /(?<=^|\s)(sud|nord|south|north) (?=\p{L})/gu;

/** "(UA)", "(Sénat)": where the bracket closing at `close` opens, if it holds a word or two. */
function shortAsideStart(text: string, close: number, floor: number): number {
  const from = Math.max(floor, close - MAX_ASIDE);
  const at = text.slice(from, close).lastIndexOf('(');
  if (at < 0) return -1;
  const open = from + at;
  return SHORT_ASIDE.test(text.slice(open + 1, close)) ? open : -1;
}

const MAX_ASIDE = 24;
const SHORT_ASIDE = /^\s*\p{L}[\p{L}’'.-]*(?:\s+\p{L}[\p{L}’'.-]*)?\s*$/u;

/** The title phrase written just before `start`, bounded by punctuation and list separators. */
export function findLeftContext(
  text: string,
  start: number,
  floor = 0,
): { readonly start: number; readonly phrase: string; readonly wider?: Span & { text: string } } {
  let from = start;
  while (from > floor && start - from < MAX_CONTEXT) {
    const char = text[from - 1] ?? '';
    // "président de la Commission de l’Union africaine (UA), | X": a short aside is skipped
    const open = char === ')' ? shortAsideStart(text, from - 1, floor) : -1;
    if (open >= 0) from = open;
    else if (HARD_BOUNDARY.test(char)) break;
    else from--;
  }
  const chunk = text.slice(from, start);
  const pieces = chunk.split(LIST_SPLIT);
  let phrase = pieces.at(-1) ?? '';
  // "Le chef de cabinet ... et secrétaire de presse du président, Dmitri Peskov": title before a comma
  if (phrase.trim() === '' && pieces.length > 1) phrase = pieces.at(-2) ?? '';
  const at = from + chunk.lastIndexOf(phrase);
  const context = {
    start: at + (phrase.length - phrase.trimStart().length),
    phrase: phrase.trim(),
  };
  // "ministre du Plan et de l’Investissement": the "et" of a portfolio is no list separator
  const previous = pieces.length > 1 ? pieces.at(-2) : undefined;
  const widerAt = previous !== undefined ? chunk.lastIndexOf(previous, at - from) : -1;
  if (widerAt < 0 || !/^\s+et\s+$/u.test(chunk.slice(widerAt + (previous?.length ?? 0), at - from)))
    return context;
  const widerText = chunk.slice(widerAt);
  const widerStart = from + widerAt + (widerText.length - widerText.trimStart().length);
  return { ...context, wider: { start: widerStart, end: start, text: widerText.trim() } };
}

/**
 * The title written before `start` (a name), not reaching back past `floor` (the previous
 * person: "Le président russe Vladimir Poutine rencontre | le président turc | Erdogan").
 */
export function findTitleBefore(
  text: string,
  start: number,
  options: { readonly allowPreposition?: boolean; readonly floor?: number } = {},
): (ParsedTitle & { readonly start: number; readonly titleEnd: number }) | undefined {
  const context = afterLastClause(findLeftContext(text, start, options.floor));
  if (context.phrase === '') return undefined;
  if (!options.allowPreposition && ENDS_WITH_PREPOSITION.test(context.phrase)) return undefined;
  const parsed = parseTitlePhrase(context.phrase) ?? parseLastTitle(text, context.start, start);
  if (parsed) {
    const at = locateTitle(text, context.start, start, parsed);
    return { ...parsed, start: at.start, titleEnd: at.end };
  }
  const wider = context.wider ? parseTitlePhrase(context.wider.text) : undefined;
  if (!wider?.takesPortfolio || !context.wider) return undefined;
  const at = locateTitle(text, context.wider.start, start, wider);
  return { ...wider, start: at.start, titleEnd: at.end };
}

/** A finite verb or a relative between two titles: "le dirigeant chinois a eu une rencontre avec". */
const CLAUSE_WORD =
  /\s(?:a|ont|est|sont|avait|avaient|s[’'](?:est|était|étaient)|se sont|qui|has|have|had|was|were|who|met|held|received|hosted)\s/giu;

/** "le dirigeant chinois a rencontré le chef du gouvernement, | X": X's title follows the verb. */
function afterLastClause(
  context: ReturnType<typeof findLeftContext>,
): ReturnType<typeof findLeftContext> {
  const last = [...context.phrase.matchAll(CLAUSE_WORD)].at(-1);
  if (!last) return context;
  const cut = last.index + last[0].length;
  return { start: context.start + cut, phrase: context.phrase.slice(cut) };
}

/** "attended by SCO Secretary-General | Li Wei": the phrase from its last title on. */
function parseLastTitle(text: string, from: number, to: number): ParsedTitle | undefined {
  const folded = foldText(text.slice(from, to));
  const found: { at: number; end: number }[] = [];
  for (const form of RAW_TITLE_FORMS) {
    const at = folded.lastIndexOf(form);
    if (at >= 0 && isWordAt(folded, at, form.length)) found.push({ at, end: at + form.length });
  }
  const latest = found.reduce((a, b) => (b.at > a.at ? b : a), { at: -1, end: -1 });
  // "Secretary-General", "Special Envoy": the whole title, not its last word ("General")
  const last = found
    .filter((f) => f.at <= latest.at && f.end >= latest.end)
    .reduce((a, b) => (b.at < a.at ? b : a), latest).at;
  return last > 0 ? parseTitlePhrase(text.slice(from + last, to)) : undefined;
}

function isWordAt(folded: string, at: number, length: number): boolean {
  return !/\p{L}/u.test(folded[at - 1] ?? ' ') && !/\p{L}/u.test(folded[at + length] ?? ' ');
}

const RAW_TITLE_FORMS = [...new Set(TITLES.flatMap((t) => t.forms.map((f) => foldText(f))))];

/**
 * "X, vice-ministre des Affaires étrangères de Russie": a title right after the comma. Not when
 * the next name follows it ("Jean Dupont, Prime Minister of India Narendra Modi": Modi's title).
 */
/** A second title told as such after the comma: "également", "qui est aussi", "who is also a". */
const ALSO_BEFORE_TITLE =
  /^(?:qui est |who is )?(?:également|aussi|also)\s+(?:(?:an?|the)\s+(?=\p{Ll}))?/u;

export function findTitleAfter(
  text: string,
  end: number,
  nextName = Number.POSITIVE_INFINITY,
): FoundTitle | undefined {
  const comma = AFTER_COMMA.exec(text.slice(end, end + 4));
  if (!comma) return undefined;
  // "Wang Yi, également membre du Bureau politique", "Ding Xuexiang, who is also a member of"
  const also = ALSO_BEFORE_TITLE.exec(
    text.slice(end + comma[0].length, end + comma[0].length + 30),
  );
  const from = end + comma[0].length + (also?.[0].length ?? 0);
  const window = text.slice(from, from + MAX_CONTEXT);
  const phrase = titlePhraseAfter(window);
  if (phrase === '') return undefined;
  if (
    nextName < from + phrase.length &&
    !ENDS_WITH_PREPOSITION.test(text.slice(from, nextName).trimEnd())
  )
    return undefined;
  const relative = relativeTitle(phrase);
  const written = relative?.written ?? phrase;
  const parsed = parseTitlePhrase(written);
  if (!parsed || !startsWithTitle(written)) return undefined;
  const at = relative
    ? { end: from + relative.verbEnd }
    : locateTitle(text, from, from + phrase.length, parsed);
  return {
    ...parsed,
    start: from,
    end: from + phrase.length,
    titleEnd: at.end,
    rule: relative ? 'name-comma-relative-title' : 'name-comma-title',
  };
}

/** "qui dirige le ministère …" -> "chef du ministère …", "who heads the agency" -> "head of the". */
const RELATIVE_TITLE =
  /^(?:qui|who)\s+(dirige|préside|preside|heads|leads|chairs)\s+(le |la |l['’]|les |the )?/iu;
const RELATIVE_TITLES: Readonly<Record<string, string>> = {
  dirige: 'chef',
  preside: 'président',
  heads: 'head',
  leads: 'head',
  chairs: 'chairman',
};
const ARTICLE_AS_PREPOSITION: Readonly<Record<string, string>> = {
  'le ': 'du ',
  'la ': 'de la ',
  "l'": "de l'",
  'les ': 'des ',
  'the ': 'of the ',
};

function relativeTitle(phrase: string): { written: string; verbEnd: number } | undefined {
  const m = RELATIVE_TITLE.exec(phrase);
  // "qui dirige la délégation kazakhe": leading a delegation is no office
  if (!m || /^d[ée]l[ée]gation/iu.test(phrase.slice(m[0].length))) return undefined;
  const title = RELATIVE_TITLES[foldText(m[1] ?? '')] ?? '';
  const article = m[2] ? (ARTICLE_AS_PREPOSITION[foldText(m[2])] ?? m[2]) : '';
  const verbEnd = m[0].length - (m[2]?.length ?? 0) - 1;
  return { written: `${title} ${article}${phrase.slice(m[0].length)}`, verbEnd };
}

/**
 * The phrase up to its boundary; "vice-Premier ministre et | ministre des Affaires étrangères du
 * Kazakhstan": an "et" followed by another title joins the two titles into one phrase.
 */
function titlePhraseAfter(written: string): string {
  // "du Parti communiste chinois (PCC) et directeur du ...": an acronym in brackets is no boundary
  const window = written.replace(BRACKETED_ACRONYM, (aside) => ' '.repeat(aside.length));
  const phrase = (end: number) => written.slice(0, end).trimEnd();
  let end = 0;
  for (let k = 0; k < 3; k++) {
    const stop = AFTER_BOUNDARY.exec(window.slice(end));
    if (!stop) return phrase(written.length);
    const at = end + stop.index;
    const joined =
      /^\s(?:et|and)\s$/u.test(stop[0]) && startsWithTitle(window.slice(at + stop[0].length));
    if (!joined) return phrase(at);
    end = at + stop[0].length;
  }
  return phrase(end);
}

const BRACKETED_ACRONYM = /(?<=\p{L})\s*\(\p{Lu}[\p{Lu}\d]{1,9}\)(?=\s+(?:et|and)\s)/gu;

/** The title opens the phrase ("l’attaché de presse de l’OTSC"), not a clause ("qui a dit"). */
function startsWithTitle(phrase: string): boolean {
  const words = foldName(phrase).replace(/'/gu, "' ").split(' ');
  const first = OPENING_ARTICLES.has(words[0] ?? '') ? words[1] : words[0];
  return TITLE_FIRST_WORDS.has(first ?? '') || findCountries(first ?? '').some((c) => c.at === 0);
}

const OPENING_ARTICLES = new Set([
  "l'",
  'le',
  'la',
  'the',
  'a',
  'an',
  'son',
  'sa',
  'notre',
  'leur',
  'un',
  'une',
]);
const TITLE_FIRST_WORDS = new Set(
  TITLES.flatMap((t) => t.forms.map((form) => foldName(form).split(' ')[0] ?? '')),
);
