// Event mentions: the document's dated headings, and events the text refers to ("le sommet
// d’Astana en juillet"), each a noun phrase around a format keyword with its date, places and
// organisation when the sentence gives them.

import type { DocumentStructure, Segment } from '../2-segment/types.js';
import { foldText } from '../4-resolve/normalise.js';
import { EVENT_FORMATS, MONTHS, OTHER_OCCURRENCE_WORDS } from '../lexicon/index.js';
import type { EventFormat, Span } from '../types.js';
import type { DateMention } from './dates/find-dates.js';
import type { EventMention, Mention } from './types.js';
import { spanAt } from '../spans.js';

const KEYWORDS = EVENT_FORMATS.flatMap((entry, rank) =>
  entry.keywords.map((keyword) => ({ keyword: foldText(keyword), format: entry.format, rank })),
).sort((a, b) => b.keyword.length - a.keyword.length);
const KEYWORD_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${KEYWORDS.map((k) => escape(k.keyword)).join('|')})(?![\\p{L}])`,
  'gu',
);
const FORMAT_BY_KEYWORD = new Map(KEYWORDS.map((k) => [k.keyword, k]));
const NATURALLY_PLURAL = new Set([
  'pourparlers',
  'negociations',
  'entretiens',
  'exercices',
  'manœuvres',
  'talks',
  'negotiations',
  'exercises',
  'drills',
]);
const SKIPPED_SEGMENTS = new Set<Segment['kind']>([
  'event-heading',
  'title',
  'related-headline',
  'date-line',
  'counter',
  'source-url',
  'boilerplate',
  'separator',
]);
const DETERMINER =
  /(?:^|\s)((?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|notre|nos|votre|vos|leur|leurs|ma|mon|mes)\s+|l[’']|d[’'])$/i;
const MODIFIER_BEFORE =
  /(?:^|\s)((?:[A-ZÀ-Ý][\p{L}-]*|\p{N}+(?:e|er|ème|eme)|[IVXL]+e|premi[eè]re?|deuxième|troisième|dernière?|précédente?|prochaine?|récente?|grande?|nouvelle|nouveau|brève|simple|même)\s+)$/u;
const STOP_WORDS = new Set([
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
  'which',
  'that',
  'was',
  'will',
]);
const PREPOSITIONS =
  /^(?:de la|de l[’']|du|des|de|d[’']|à la|à l[’']|au|aux|à|en|entre|in|of|at)$/i;
const HOLDING_VERB =
  /(?:se tiendra|se tiendront|aura lieu|auront lieu|se déroulera|a eu lieu|s[’']est tenue?|will be held|took place)\s+(?:à|en|in)\s+/i;
const DECISION = /décision\s+(?:du|de la|de l[’'])\s*/gi;
const AGE_VERB =
  /^\s+(?:aura|fêtera|célébrera|célèbre|fête|marks?|will mark)\s+(?:ses\s+|son\s+)?\d{1,3}\s*(?:ans|e anniversaire|years)/i;
const MONTH_WORD = new RegExp(`^(?:${Object.keys(MONTHS).join('|')})$`, 'i');
const OTHER_OCCURRENCE = new RegExp(
  `(?<![\\p{L}])(?:${OTHER_OCCURRENCE_WORDS.join('|')})(?![\\p{L}])`,
  'iu',
);
const MAX_PHRASE_WORDS = 10;
const DATE_DISTANCE = 70;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export interface EventContext {
  readonly text: string;
  readonly structure: DocumentStructure;
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
}

export function findEvents(ctx: EventContext): EventMention[] {
  return [
    ...findHeadingEvents(ctx),
    ...findDecisionMeetings(ctx),
    ...findAgeAnniversaries(ctx),
    ...findKeywordEvents(ctx),
  ];
}

export function formatOf(text: string): EventFormat | undefined {
  const hits = [...foldText(text).matchAll(KEYWORD_PATTERN)].map((m) =>
    FORMAT_BY_KEYWORD.get(m[0]),
  );
  return hits.sort((a, b) => (a?.rank ?? 99) - (b?.rank ?? 99))[0]?.format;
}

function findHeadingEvents({ text, structure, mentions, dates }: EventContext): EventMention[] {
  return structure.sections.flatMap((section) => {
    const heading = section.heading;
    if (!heading) return [];
    const title = text.slice(heading.title.start, heading.title.end);
    const when = heading.when;
    const date = when ? dates.find((d) => d.start >= when.start && d.start < when.end) : undefined;
    const places = mentions.flatMap((m, i) => {
      if (m.type !== 'Place' || m.adjective) return [];
      const inWhere = heading.where && m.start >= heading.where.start && m.end <= heading.where.end;
      const inTitle =
        m.start >= heading.title.start &&
        m.end <= heading.title.end &&
        /(?:à|au|aux|en|in|at)\s+(?:la\s+|l[’'])?$/i.test(text.slice(m.start - 12, m.start));
      return inWhere || inTitle ? [i] : [];
    });
    return [
      {
        start: heading.title.start,
        end: heading.title.end,
        surface: title,
        rule: 'event-heading',
        format: formatOf(title) ?? 'MEETING',
        headingOf: section.index,
        ...(date ? { date: date.date } : {}),
        places,
        anchored: true,
        plural: false,
      },
    ];
  });
}

/** "la décision du Conseil d’État suprême ... adoptée le 29 janvier à Saint-Pétersbourg": a meeting. */
function findDecisionMeetings({ text, mentions, dates }: EventContext): EventMention[] {
  return [...text.matchAll(DECISION)].flatMap((m) => {
    const orgIndex = mentions.findIndex(
      (o) => o.type === 'Organisation' && o.start === m.index + m[0].length,
    );
    const org = mentions[orgIndex];
    if (!org) return [];
    const adopted = /^[^.;:]{0,60}?\s+adoptée?s?\s+/u.exec(text.slice(org.end));
    if (!adopted) return [];
    const date = dates.find(
      (d) =>
        d.start >= org.end + adopted[0].length - 1 && d.start <= org.end + adopted[0].length + 4,
    );
    if (!date) return [];
    const placeIndex = mentions.findIndex(
      (p) =>
        p.type === 'Place' &&
        !p.adjective &&
        p.start > date.end &&
        /^\s+(?:à|en)\s+$/u.test(text.slice(date.end, p.start)),
    );
    const end = mentions[placeIndex]?.end ?? date.end;
    return [
      {
        start: m.index,
        end,
        surface: text.slice(m.index, end),
        rule: 'decision-meeting',
        format: 'MEETING' as const,
        date: date.date,
        places: placeIndex >= 0 ? [placeIndex] : [],
        organisation: orgIndex,
        anchored: true,
        plural: false,
      },
    ];
  });
}

/** "l’État fédéré ... fêtera ses 25 ans": the organisation's anniversary. */
function findAgeAnniversaries({ text, mentions, dates }: EventContext): EventMention[] {
  return mentions.flatMap((org, index) => {
    if (org.type !== 'Organisation') return [];
    const verb = AGE_VERB.exec(text.slice(org.end, org.end + 60));
    if (!verb) return [];
    const end = org.end + verb[0].length;
    const date = nearestDate(dates, { start: org.start, end }, sentenceOf(text, org.start));
    return [
      {
        start: org.start,
        end,
        surface: text.slice(org.start, end),
        rule: 'organisation-age',
        format: 'ANNIVERSARY' as const,
        ...(date ? { date: date.date } : {}),
        places: [],
        organisation: index,
        anchored: true,
        plural: false,
      },
    ];
  });
}

function findKeywordEvents(ctx: EventContext): EventMention[] {
  const { text, structure } = ctx;
  const folded = foldText(text);
  const out: EventMention[] = [];
  let coveredUntil = -1;
  for (const hit of folded.matchAll(KEYWORD_PATTERN)) {
    if (hit.index < coveredUntil) continue;
    const segment = spanAt(structure.segments, hit.index);
    if (!segment || SKIPPED_SEGMENTS.has(segment.kind)) continue;
    const mention = buildKeywordMention(ctx, hit.index, hit.index + hit[0].length, segment);
    if (!mention) continue;
    coveredUntil = mention.end;
    out.push(mention);
  }
  return out;
}

function buildKeywordMention(
  ctx: EventContext,
  start: number,
  keywordEnd: number,
  segment: Segment,
): EventMention | undefined {
  const { text, mentions, dates } = ctx;
  const phraseEnd = extendRight(
    text,
    keywordEnd,
    Math.min(segment.end, sentenceOf(text, start).end),
  );
  const phraseStart = extendLeft(text, start, segment.start);
  const phrase = text.slice(phraseStart, phraseEnd);
  const format = formatOf(phrase);
  if (!format) return undefined;
  const keyword = foldText(text.slice(start, keywordEnd));
  const plural = /s$/u.test(keyword) && !NATURALLY_PLURAL.has(keyword.split(' ')[0] ?? '');
  const sentence = sentenceOf(text, start);
  const placeIndices = mentions.flatMap((m, i) =>
    m.type === 'Place' &&
    !m.adjective &&
    m.start >= keywordEnd &&
    m.end <= phraseEnd &&
    /(?:à|au|aux|en|in|at)\s+(?:la\s+|l[’'])?$/i.test(
      text.slice(Math.max(phraseStart, m.start - 12), m.start),
    )
      ? [i]
      : [],
  );
  const held = HOLDING_VERB.exec(text.slice(sentence.start, phraseStart));
  const heldPlaces = held
    ? mentions.flatMap((m, i) =>
        m.type === 'Place' &&
        !m.adjective &&
        m.start >= sentence.start + held.index &&
        m.end <= phraseStart
          ? [i]
          : [],
      )
    : [];
  const orgIndex = mentions.findIndex(
    (m) => m.type === 'Organisation' && m.start >= keywordEnd && m.end <= phraseEnd,
  );
  const date = nearestDate(dates, { start: phraseStart, end: phraseEnd }, sentence);
  // "XIe Forum des régions", "Jour de l’Indépendance": a capitalised word that is no entity's name
  const properName = [...phrase.matchAll(/(?<![\p{L}])[A-ZÀ-Ý][\p{L}]*/gu)].some((w) => {
    const at = phraseStart + w.index;
    return (
      text.slice(sentence.start, at).trim() !== '' &&
      !mentions.some((m) => m.start <= at && at < m.end)
    );
  });
  const places = [...placeIndices, ...heldPlaces];
  return {
    start: phraseStart,
    end: phraseEnd,
    surface: phrase,
    rule: 'event-keyword',
    format,
    ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}) } : {}),
    places,
    ...(orgIndex >= 0 ? { organisation: orgIndex } : {}),
    anchored: date !== undefined || places.length > 0 || orgIndex >= 0 || properName,
    plural,
    otherOccurrence: OTHER_OCCURRENCE.test(text.slice(phraseStart, start)),
  };
}

/** Adds complements: "sommet" -> "sommet de cette organisation internationale influente à Astana". */
function extendRight(text: string, from: number, limit: number): number {
  let end = from;
  let words = 0;
  const tokens = /\s*([\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}])/uy;
  tokens.lastIndex = from;
  let pendingPreposition = 0;
  for (
    let m = tokens.exec(text);
    m && m.index < limit && words < MAX_PHRASE_WORDS;
    m = tokens.exec(text)
  ) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (!/\p{L}/u.test(word) || MONTH_WORD.test(word) || /^\d/u.test(word)) break;
    const elided = /^(?:d|l)[’']/i.test(word);
    if (
      PREPOSITIONS.test(lower) ||
      (elided && pendingPreposition === 0 && /^d[’']/i.test(word) && word.length === 2)
    ) {
      pendingPreposition += 1;
      if (pendingPreposition > 2) break;
      words += 1;
      continue;
    }
    if (
      STOP_WORDS.has(lower) &&
      !(pendingPreposition > 0 && /^(?:la|les|cette|ce|ces|l[’'])$/i.test(lower))
    )
      break;
    if (pendingPreposition === 0 && /^[A-ZÀ-Ý]/u.test(word) && !elided) break;
    end = tokens.lastIndex;
    pendingPreposition = 0;
    words += 1;
  }
  return Math.max(end, from);
}

function extendLeft(text: string, from: number, limit: number): number {
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

function nearestDate(
  dates: readonly DateMention[],
  phrase: Span,
  sentence: Span,
): DateMention | undefined {
  const distance = (d: DateMention) =>
    d.start >= phrase.end ? d.start - phrase.end : d.end <= phrase.start ? phrase.start - d.end : 0;
  return dates
    .filter(
      (d) => d.start >= sentence.start && d.end <= sentence.end && distance(d) <= DATE_DISTANCE,
    )
    .sort((a, b) => distance(a) - distance(b))[0];
}

export function sentenceOf(text: string, at: number): Span {
  const before = text.slice(0, at);
  const start =
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('\n'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf(';'),
    ) + 1;
  const rest = /[.!?;\n]/u.exec(text.slice(at));
  return { start, end: rest ? at + rest.index : text.length };
}
