// Event mentions: the document's dated headings, decisions of a body "adoptée le 29 janvier à
// Saint-Pétersbourg", an organisation's age ("fêtera ses 25 ans"), a body that "met" or "s'est
// réuni" (find-body-sittings.ts), and events in running text (find-keyword-events.ts).

import type { DocumentStructure } from '../2-segment/types.js';
import type { DateMention } from './dates/find-dates.js';
import { formatOf } from './event-keywords.js';
import { sentenceOf } from './sentence-of.js';
import { findKeywordEvents, nearestDate } from './find-keyword-events.js';
import { findNamedExercises } from './find-named-exercises.js';
import { findBodySittings } from './find-body-sittings.js';
import { findPairedFormats } from './paired-formats.js';
import { withArrivalsAsMeans } from './arrival-means.js';
import type { EventMention, Mention } from './types.js';

export { formatOf } from './event-keywords.js';
export { determinerBefore } from './event-phrase.js';
export { sentenceOf } from './sentence-of.js';

const DECISION = /décision\s+(?:du|de la|de l[’'])\s*/gi;
const AGE_VERB =
  /^\s+(?:aura|fêtera|célébrera|célèbre|fête|marks?|will mark)\s+(?:ses\s+|son\s+)?\d{1,3}\s*(?:ans|e anniversaire|years)/i;

export interface EventContext {
  readonly text: string;
  readonly structure: DocumentStructure;
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
}

export function findEvents(ctx: EventContext): EventMention[] {
  const events = [
    ...findHeadingEvents(ctx),
    ...findDecisionMeetings(ctx),
    ...findAgeAnniversaries(ctx),
    ...findKeywordEvents(ctx),
    ...findBodySittings(ctx),
    ...findPairedFormats(ctx),
    ...findNamedExercises(ctx),
  ];
  return withArrivalsAsMeans(ctx.text, events, (at) => sentenceOf(ctx.text, at).end);
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
    // "Réunion du Conseil des chefs d’État de la CEI": the body whose sitting the heading names
    const organisation = mentions.findIndex(
      (m) =>
        m.type === 'Organisation' && m.start >= heading.title.start && m.end <= heading.title.end,
    );
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
        ...(organisation >= 0 ? { organisation } : {}),
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
