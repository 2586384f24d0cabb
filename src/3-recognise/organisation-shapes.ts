// Bodies named by their shape around an anchor the lexicon knows: "Conseil des chefs d’État de
// l’OCS", "Assemblée nationale de la République du Bélarus", "gouvernement kazakh", "ministère
// russe des Affaires étrangères", "SCO Secretariat", "Kazakh Foreign Ministry". In -> candidates.

import { MONTHS, WEEKDAYS, findLexiconEntry } from '../lexicon/index.js';
import { ORGANISATION_PARENTS } from '../lexicon/organisation-parents.js';
import {
  ATTRIBUTIVE_NOUNS,
  ORGANISATION_SHORT_NAMES,
  PARTY_SHORT_NAMES,
} from '../lexicon/organisation-vocabulary.js';
import { WORD_END, WORD_START, alternation } from '../patterns.js';
import {
  BODY_PHRASE,
  CONNECTOR,
  PAREN,
  PLAIN_CONNECTOR,
  TRAILING_COMPLEMENTS,
  parseBodyPhrase,
  type BodyPhrase,
} from './body-phrase.js';
import { purposeTail } from './purpose-tail.js';
import type { Mention } from './types.js';

const LOOK_BACK = 140;
/** "Conseil des chefs d’État de l’" right before the anchor. */
const PHRASE_BEFORE_CONNECTOR = new RegExp(
  `${WORD_START}(${BODY_PHRASE})(${PAREN})?${CONNECTOR}$`,
  'u',
);
/** "gouvernement " | "Conseil de sécurité " right before a country adjective. */
const PHRASE_BEFORE_ADJECTIVE = new RegExp(`${WORD_START}(${BODY_PHRASE})\\s+$`, 'u');
/** After an adjective or an organisation: " des Affaires étrangères", " Foreign Ministry". */
const PHRASE_AFTER = new RegExp(`^\\s+(${BODY_PHRASE})${WORD_END}`, 'u');
const COMPLEMENTS_AFTER = new RegExp(`^(${TRAILING_COMPLEMENTS})`, 'u');
/** "Council of CIS Heads of State": the complement after the organisation. */
const ENGLISH_COMPLEMENT_AFTER =
  /^\s+(Heads of State|Heads of Government|Foreign Ministers|Defence Ministers)(?![\p{L}])/u;
/** The word before the head belongs to a longer name: "(Prime Ministers) Council", "Chief of Staff". */
const LONGER_NAME_BEFORE =
  /(?:\)|(?<![\p{L}])(?!(?:Le|La|Les|L|The|Du|Des|De|Au|Aux|Of|In|At|By|For|And|Et|En|À)(?![\p{L}]))\p{Lu}[\p{L}’'-]*|(?<![\p{L}])of)\s*$/u;

function cutShort(before: string, start: number): boolean {
  return LONGER_NAME_BEFORE.test(before.slice(Math.max(0, start - 30), start));
}

const BODY_CONNECTOR_BEFORE_PLACE = new RegExp(`(?:${PAREN})?${CONNECTOR}$`, 'u');
const BODY_CONNECTOR = new RegExp(`(?:${PAREN})?${PLAIN_CONNECTOR}$`, 'u');
/** A mentioned body of the lexicon stands for the head: "Conseil de la Fédération" + "de Russie". */
const LEXICON_BODY_SUBTYPES = new Set(['governing_body', 'ministry', 'government']);

type Anchor = Mention & { readonly subtype?: string };

export function findOrganisationShapes(text: string, candidates: readonly Mention[]): Mention[] {
  const anchors = joinCompounds(
    text,
    candidates.filter(isAnchor).sort((a, b) => a.start - b.start),
  );
  const byEnd = new Map<number, Mention[]>();
  for (const m of candidates)
    if (m.type === 'Organisation') byEnd.set(m.end, [...(byEnd.get(m.end) ?? []), m]);
  // "Conseil de la Fédération de Russie": "Fédération de Russie" is cut from a lexicon name
  const insideName = new Uint8Array(text.length + 1);
  for (const m of candidates) if (m.type === 'Organisation') insideName.fill(1, m.start + 1, m.end);
  const out: Mention[] = [];
  const visit = (anchor: Anchor, depth: number) => {
    if (depth === 0 && insideName[anchor.start]) return;
    for (const found of shapesAround(text, anchor, byEnd)) {
      const shape = withPurpose(text, found);
      // "Comité intergouvernemental Vietnam-Russie pour ...": better none than a name cut short
      if (
        anchor.rule === COMPOUND_RULE &&
        PURPOSE_AFTER.test(text.slice(shape.end, shape.end + 20))
      )
        continue;
      out.push(shape);
      if (depth < 3) visit(shape, depth + 1);
    }
  };
  for (const anchor of anchors) visit(anchor, 0);
  return out;
}

/**
 * "commission mixte biélorusso-zimbabwéenne", "Uzbek-Russian Intergovernmental Commission": country
 * adjectives joined by hyphens are one anchor, the pair of countries the body stands between.
 */
function joinCompounds(text: string, anchors: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = [];
  for (const anchor of anchors) {
    const last = out[out.length - 1];
    if (last && isHyphenated(text, last, anchor)) out[out.length - 1] = joined(text, last, anchor);
    else out.push(anchor);
  }
  return out;
}

/** Two adjectives ("russo-ouzbèke") or two names ("China-Kazakhstan Cooperation Committee"). */
function isHyphenated(text: string, first: Anchor, next: Anchor): boolean {
  return (
    (first.adjective ?? false) === (next.adjective ?? false) &&
    first.type === 'Place' &&
    next.type === 'Place' &&
    next.start === first.end + 1 &&
    text[first.end] === '-' &&
    first.lexiconId !== next.lexiconId
  );
}

const countryName = (m: Anchor) =>
  m.canonical ?? (m.lexiconId ? findLexiconEntry(m.lexiconId)?.name : undefined) ?? m.surface;

/** English keeps its adjectives ("Uzbek-Russian"); French ones and names give the countries' names. */
function joined(text: string, first: Anchor, next: Anchor): Anchor {
  const surface = text.slice(first.start, next.end);
  const englishAdjectives = first.adjective === true && /^\p{Lu}/u.test(surface);
  return {
    start: first.start,
    end: next.end,
    surface,
    type: 'Place',
    rule: COMPOUND_RULE,
    adjective: true,
    canonical: englishAdjectives ? surface : `${countryName(first)}-${countryName(next)}`,
  };
}

/** A joint body's name goes on with its purpose: "... pour la coopération économique". */
function withPurpose(text: string, shape: Mention): Mention {
  if (!JOINT_HEAD.test(shape.surface)) return shape;
  const tail = purposeTail(shape.surface, text.slice(shape.end, shape.end + PURPOSE_REACH));
  if (!tail) return shape;
  const end = shape.end + tail.length;
  // "the Intergovernmental Kazakh-Chinese Commission on Trade": English qualifiers may go first
  const lead = LEADING_QUALIFIER.exec(text.slice(Math.max(0, shape.start - 40), shape.start));
  if (lead && /^\p{Lu}/u.test(shape.surface)) {
    const start = shape.start - lead[0].length;
    const surface = text.slice(start, end);
    return { ...shape, start, end, surface, canonical: surface };
  }
  const canonical =
    tail.english && shape.canonical ? `${shape.canonical} ${tail.english}` : shape.canonical;
  return {
    ...shape,
    end,
    surface: text.slice(shape.start, end),
    ...(canonical ? { canonical } : {}),
  };
}

const JOINT_HEAD =
  /(?<![\p{L}])(?:[Cc]ommission|[Cc]omité|[Cc]onseil|Committee|Council)(?![\p{L}])/u;
const PURPOSE_REACH = 160;
const LEADING_QUALIFIER =
  /(?<![\p{L}])(?:Intergovernmental|Inter-Governmental|Joint|Inter-Parliamentary)\s+$/u;
const COMPOUND_RULE = 'compound-adjective';
/** "Comité intergouvernemental Vietnam-Russie pour la coopération ...": the name goes on; none is cut. */
const CALENDAR_WORDS = [...WEEKDAYS, ...Object.keys(MONTHS)].map(
  (w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`,
);
const PURPOSE_AFTER = new RegExp(
  `^\\s+(?:(?:pour|sur)\\s|(?:for|on)\\s+(?!(?:${alternation(CALENDAR_WORDS)})(?![\\p{L}]))\\p{Lu})`,
  'u',
);

/** "the Russian government said", not "the Uzbek government delegation". */
function isLowerCaseBody(tail: BodyPhrase, rest: string, after: RegExpExecArray): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(rest.slice(after[0].length))?.[1];
  return tail.english === 'Government' && !(next && ATTRIBUTIVE_NOUNS.has(next));
}

/** "ministère vietnamien de la Planification": a domain the vocabulary lacks; no name beats a cut one. */
const DOMAIN_AFTER = /^\s+(?:de la |de l['’]|du |des |d['’]|of (?:the )?)\s*\p{Lu}/u;

function hasUnknownDomain(phrase: BodyPhrase | undefined, rest: string): boolean {
  return phrase?.head?.english === 'Ministry' && DOMAIN_AFTER.test(rest);
}

function isAnchor(m: Mention): boolean {
  return m.type === 'Organisation' || (m.type === 'Place' && m.subtype === 'country');
}

function shapesAround(
  text: string,
  anchor: Anchor,
  byEnd: ReadonlyMap<number, readonly Mention[]>,
): Mention[] {
  const before = text.slice(Math.max(0, anchor.start - LOOK_BACK), anchor.start);
  const offset = anchor.start - before.length;
  const out: Mention[] = [];
  if (anchor.adjective) {
    const rest = text.slice(anchor.end, anchor.end + LOOK_BACK);
    const m = PHRASE_BEFORE_ADJECTIVE.exec(before);
    const head = m ? parseBodyPhrase(m[1] ?? '') : undefined;
    // "ministère russe des Affaires étrangères" | "gouvernement kazakh"
    if (m && head && !(head.english === 'Presidency' && isChairmanship(text, anchor.end))) {
      const more = COMPLEMENTS_AFTER.exec(rest);
      if (!more && hasUnknownDomain(head, rest)) return out;
      const whole = more ? parseBodyPhrase(`${m[1] ?? ''}${more[1] ?? ''}`) : undefined;
      const end = whole ? anchor.end + (more?.[0].length ?? 0) : anchor.end;
      out.push(shape(text, offset + m.index, end, whole ?? head, anchor));
      return out;
    }
    // "the Kazakh Foreign Ministry", "the Russian government"
    const after = PHRASE_AFTER.exec(rest);
    const tail = after ? parseBodyPhrase(after[1] ?? '') : undefined;
    if (hasUnknownDomain(tail, rest.slice(after?.[0].length ?? 0))) return out;
    if (after && tail && (/^\p{Lu}/u.test(after[1] ?? '') || isLowerCaseBody(tail, rest, after)))
      out.push(shape(text, anchor.start, anchor.end + after[0].length, tail, anchor));
    return out;
  }
  const m = PHRASE_BEFORE_CONNECTOR.exec(before);
  const phrase = m ? parseBodyPhrase(m[1] ?? '') : undefined;
  // "la présidence de l’OCS" is a chairmanship; "Heads of Government (...) Council of" is cut short
  // "de la République du" stands before a country only: "Conseil de la République de l’Assemblée"
  const republicOfOrg =
    anchor.type !== 'Place' && /R[ée]publi/u.test(m?.[0].slice(m[1]?.length ?? 0) ?? '');
  if (
    m &&
    phrase?.head &&
    phrase.head.english !== 'Presidency' &&
    !republicOfOrg &&
    !cutShort(before, m.index) &&
    !namesOwnBody(text, anchor)
  ) {
    const extra = ENGLISH_COMPLEMENT_AFTER.exec(text.slice(anchor.end, anchor.end + 40));
    const whole = extra ? { ...phrase, english: `${phrase.english} of ${extra[1]}` } : phrase;
    const end = anchor.end + (extra?.[0].length ?? 0);
    out.push(shape(text, offset + m.index, end, whole, anchor, m[2]));
  }
  // "Conseil de la Fédération (Sénat) de Russie": a lexicon body written with its anchor
  const connector = (anchor.type === 'Place' ? BODY_CONNECTOR_BEFORE_PLACE : BODY_CONNECTOR).exec(
    before,
  );
  const body = connector
    ? (byEnd.get(anchor.start - connector[0].length) ?? []).find(
        (b) => b.lexiconId && LEXICON_BODY_SUBTYPES.has(b.subtype ?? ''),
      )
    : undefined;
  if (body && (ORGANISATION_PARENTS[body.lexiconId ?? ''] ?? anchor.type === 'Place'))
    out.push({
      ...body,
      end: anchor.end,
      surface: text.slice(body.start, anchor.end),
      rule: 'organisation-shape',
      within: anchor,
    });
  // "the Saudi Foreign Ministry", "the Vietnam National Assembly": a country's name as an adjective
  if (anchor.type === 'Place') {
    const rest = text.slice(anchor.end, anchor.end + LOOK_BACK);
    const after = PHRASE_AFTER.exec(rest);
    const tail = after ? parseBodyPhrase(after[1] ?? '') : undefined;
    const unknownDomain = hasUnknownDomain(tail, rest.slice(after?.[0].length ?? 0));
    if (after && tail?.head && /^\p{Lu}/u.test(after[1] ?? '') && !unknownDomain)
      out.push(shape(text, anchor.start, anchor.end + after[0].length, tail, anchor));
  }
  // "SCO Secretariat", "CIS Executive Committee": an organisation's own body, English order
  // not after a title-case body: "SCO Interbank Association Council" is one name
  // not after a body written with its own anchor: "Political Bureau of the CPC | Central Committee"
  const endsOnAnchor = anchor.within !== undefined && anchor.within.end === anchor.end;
  if (anchor.type === 'Organisation' && anchor.subtype !== 'other' && !endsOnAnchor) {
    const after = PHRASE_AFTER.exec(text.slice(anchor.end, anchor.end + LOOK_BACK));
    const tail = after ? parseBodyPhrase(after[1] ?? '') : undefined;
    const named =
      after && tail ? undefined : TITLE_CASE_BODY.exec(text.slice(anchor.end, anchor.end + 60));
    if (after && tail && /^\p{Lu}/u.test(after[1] ?? ''))
      out.push(shape(text, anchor.start, anchor.end + (after?.[0].length ?? 0), tail, anchor));
    // "SCO Business Council", "SCO Interbank Association": title-case words ending in a head
    else if (named?.[1]) {
      const words = named[1].replace(/\s+/gu, ' ');
      const phrase = { english: words, subtype: 'other', complements: [], complementsOnly: false };
      out.push(shape(text, anchor.start, anchor.end + named[0].length, phrase, anchor));
    }
  }
  return out;
}

/** "Political Bureau of the | CPC Central Committee": the organisation begins a body's English name. */
function namesOwnBody(text: string, anchor: Anchor): boolean {
  if (anchor.type !== 'Organisation') return false;
  const after = PHRASE_AFTER.exec(text.slice(anchor.end, anchor.end + LOOK_BACK));
  return (
    after !== null &&
    /^\p{Lu}/u.test(after[1] ?? '') &&
    parseBodyPhrase(after[1] ?? '') !== undefined
  );
}

/** English body names after an acronym: up to three title-case words, then a head noun. */
const TITLE_CASE_BODY =
  /^\s+((?:\p{Lu}[\p{Ll}-]+\s+){0,3}?(?:Council|Committee|Commission|Secretariat|Association|Bank|Fund|Centre|Center|Assembly|Chamber|Academy|Court))(?![\p{L}])/u;

/** "la présidence russe de l’OCS" is a chairmanship, not a body. */
function isChairmanship(text: string, at: number): boolean {
  return /^\s+(?:de la\s|de l[’']|du\s|des\s|au sein\s|of the\s)/u.test(text.slice(at, at + 12));
}

function shape(
  text: string,
  start: number,
  end: number,
  phrase: BodyPhrase,
  anchor: Anchor,
  paren?: string,
): Mention {
  const acronym = /\(([A-Z][A-Z0-9]{1,7})\)/u.exec(paren ?? '')?.[1];
  return {
    start,
    end,
    surface: text.slice(start, end),
    type: 'Organisation',
    subtype: phrase.subtype,
    rule: 'organisation-shape',
    canonical: canonicalName(phrase, anchor),
    within: anchor,
    ...(countryOf(anchor) ? { country: countryOf(anchor) } : {}),
    ...(acronym ? { acronym } : {}),
  };
}

/** A body belongs to the country it is named with, or to that of its organisation (the CPC's). */
function countryOf(anchor: Anchor): string | undefined {
  if (anchor.type === 'Place') return anchor.lexiconId;
  return (
    anchor.country ?? (anchor.lexiconId ? findLexiconEntry(anchor.lexiconId)?.country : undefined)
  );
}

/** "Council of Heads of State" + SCO -> "SCO Council of Heads of State"; + Russia -> "... of Russia". */
export function canonicalName(phrase: BodyPhrase, anchor: Anchor): string {
  const body = phrase.english;
  const entry = anchor.lexiconId ? findLexiconEntry(anchor.lexiconId) : undefined;
  const anchorName = nestedName(anchor) ?? entry?.name ?? anchor.canonical ?? anchor.surface;
  if (anchor.rule === COMPOUND_RULE) return `${anchorName} ${body}`;
  if (anchor.type === 'Place') return `${body} of ${anchorName}`;
  const short = anchor.lexiconId ? ORGANISATION_SHORT_NAMES[anchor.lexiconId] : undefined;
  return short ? `${short} ${body}` : `${body} of the ${anchorName}`;
}

/** "Central Committee of the Communist Party of China" as another body names it: "CPC Central Committee". */
function nestedName(anchor: Anchor): string | undefined {
  const party = anchor.within;
  const short = party?.lexiconId ? PARTY_SHORT_NAMES[party.lexiconId] : undefined;
  const partyName = party?.lexiconId ? findLexiconEntry(party.lexiconId)?.name : undefined;
  const suffix = ` of the ${partyName ?? ''}`;
  if (!short || !partyName || !anchor.canonical?.endsWith(suffix)) return undefined;
  return `${short} ${anchor.canonical.slice(0, -suffix.length)}`;
}
