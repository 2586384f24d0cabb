// Text -> dated spans. chrono-node reads day-month(-year)(-time) forms; three patterns of our own
// add what it does not: ranges ("les 27 et 28 juin"), month only ("en juillet"), year only ("en 2021"),
// ISO dates of web pages ("19:07 / 2022-09-16").

import { keepNonOverlapping } from '../../spans.js';
// the two locales alone: the package's index loads all fifteen, some 250 modules at start-up
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { CURRENT_MONTH, MONTHS } from '../../lexicon/index.js';
import { memoiseString } from '../../memoise.js';
import { alternation } from '../../patterns.js';
import type { Language, PartialDate } from '../../types.js';
import { readCommonFrenchDate } from './common-dates.js';
import { withSameMonthYears } from './document-year.js';
import { withContextYear } from './partial-date.js';
import { findRelativeDays, findWeekdayDates } from './weekday-dates.js';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly date: PartialDate;
  readonly endDate?: PartialDate;
  readonly rule: string;
}

const MONTH_NAMES = alternation(Object.keys(MONTHS));
/** "10th December 2019" and "December 10th": English ordinals as well as "1er juin". */
const DAY_MONTH = new RegExp(
  `\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b|\\b(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
  'gi',
);
/** Ranges of days in one month, each with an id: "les 11 et 12 juillet", "July 11-12, 2024". */
/** A range pattern and its order: day before month ("3 au 5 juin") or month first ("June 3-5"). */
interface RangePattern {
  readonly id: string;
  readonly pattern: RegExp;
  readonly order: 'dm' | 'md';
}

const DAY_RANGES: readonly RangePattern[] = [
  // "les 27 et 28 juin", "du 3 au 5 juin", "ces 11 et 12 juillet", "from 3 to 5 June"
  {
    id: 'date-range',
    order: 'dm',
    pattern: new RegExp(
      `\\b(?:les|du|ces|from)\\s+(\\d{1,2})(?:er)?\\s+(?:et|au|à|to|and)\\s+(\\d{1,2})\\s+(${MONTH_NAMES})(?:\\s+(\\d{4}))?`,
      'gi',
    ),
  },
  // "16-18 juillet", "22–24 October 2024"
  {
    id: 'date-range-dash',
    order: 'dm',
    pattern: new RegExp(
      `\\b(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})\\s+(${MONTH_NAMES})(?:\\s+(\\d{4}))?`,
      'gi',
    ),
  },
  // "October 22-24", "July 11-12, 2024"
  {
    id: 'date-range-month-first',
    order: 'md',
    pattern: new RegExp(
      `\\b(${MONTH_NAMES})\\s+(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})(?![\\d.:/])(?:,?\\s+(\\d{4}))?`,
      'gi',
    ),
  },
];
/** Ranges across two months: "du 31 août au 1er septembre 2025", "from August 31 to September 1,
 * 2025", "31 August – 1 September 2025". Groups: first day, first month, last day, last month, year. */
const CROSS_MONTH_RANGES: readonly RangePattern[] = [
  {
    id: 'date-range-months',
    order: 'dm',
    pattern: new RegExp(
      `\\b(?:(?:du|from)\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_NAMES})\\s*(?:[-–]|au|à|to|until|till)\\s*(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_NAMES})(?:\\s+(\\d{4}))?`,
      'gi',
    ),
  },
  {
    id: 'date-range-months-month-first',
    order: 'md',
    pattern: new RegExp(
      `\\b(?:from\\s+)?(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–]|to|until|till)\\s*(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`,
      'gi',
    ),
  },
];
const MONTH_ONLY = new RegExp(
  `\\b(?:en|in|début|fin|mi-|courant|d[’']ici)\\s+(${MONTH_NAMES})(?:\\s+(\\d{4}))?\\b`,
  'gi',
);
// "depuis 1997", "since 2011" start a series: no year of the event the sentence names
const YEAR_ONLY = /\b(?:en|in|de|signé en)\s+((?:1[89]|20)\d\d)\b(?![.,]\d)/gi;
/** "2022-09-16", "2024-09-03T14:10": a page's own stamp, never a range ("2021-2022" has no day). */
const ISO_DATE = /(?<![\d./-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?(?![\d/-])/g;
const CHRONO_WINDOW = 40;

export function findDates(
  text: string,
  language: Language,
  contextYear?: number,
  /** The document's own day, for weekday words ("ce mardi") and relative days ("hier"). */
  reference?: PartialDate,
): DateMention[] {
  const found: DateMention[] = [
    ...findWeekdayDates(text, reference),
    ...findRelativeDays(text, reference),
    ...findRanges(text),
    ...findCrossMonthRanges(text),
    ...findWithChrono(text, language),
    ...findMonthsOnly(text),
    ...findCurrentMonth(text, reference),
    ...findYearsOnly(text),
    ...findIsoDates(text),
  ].map((m) => ({
    ...m,
    date: withContextYear(m.date, contextYear),
    ...(m.endDate ? { endDate: withContextYear(m.endDate, contextYear) } : {}),
  }));
  const kept = keepLongestSpans(found);
  return contextYear === undefined ? withSameMonthYears(kept) : kept;
}

function findWithChrono(text: string, language: Language): DateMention[] {
  const out: DateMention[] = [];
  for (const candidate of text.matchAll(DAY_MONTH)) {
    const from = candidate.index;
    const window = dateWindow(text, from, candidate[0].length);
    const parsed = parseWindow(language, window);
    if (parsed)
      out.push({ start: from, end: from + parsed.length, date: parsed.date, rule: 'date-chrono' });
  }
  return out;
}

/**
 * The text chrono reads after a candidate: a little more than the candidate, never past the end of
 * its line (across a line break chrono would read "15.05.22 –\n15 mai 2022" as a range and drop
 * both dates; no date is written over two lines).
 */
export function dateWindow(text: string, from: number, candidateLength: number): string {
  // the line end is looked for inside the window only: a long single line is not scanned each time
  const window = text.slice(from, from + candidateLength + CHRONO_WINDOW);
  const lineEnd = window.indexOf('\n', candidateLength);
  return lineEnd === -1 ? window : window.slice(0, lineEnd);
}

interface ParsedWindow {
  readonly length: number;
  readonly date: PartialDate;
}

/**
 * chrono's English "3 days ago" and "2 weeks later" parsers cost some 75 ms each when V8 compiles
 * their long patterns to machine code (on first use under engine-flags.ts), yet match only before
 * one of these words, as their own patterns end: without one, chrono without them reads the same.
 */
export const RELATIVE_UNIT_WORD =
  /(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\W|$)/i;
export const RELATIVE_UNIT_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
]);
const englishWithoutRelativeUnits = new chronoEn.Chrono({
  parsers: chronoEn.casual.parsers.filter((p) => !RELATIVE_UNIT_PARSERS.has(p.constructor.name)),
  refiners: chronoEn.casual.refiners,
});

export function readEnglishWithChrono(window: string): ParsedWindow | null {
  const parser = RELATIVE_UNIT_WORD.test(window) ? chronoEn : englishWithoutRelativeUnits;
  return parseWithChrono(parser, window);
}

/** The same windows recur ("24 mai 2024 à 14h50 à Minsk" in every heading): chrono runs once each. */
const CHRONO_WINDOW_CACHE = 20_000;
const readWithChrono: Record<Language, (window: string) => ParsedWindow | null> = {
  fr: memoiseString((window) => parseWithChrono(chronoFr, window), CHRONO_WINDOW_CACHE),
  en: memoiseString(readEnglishWithChrono, CHRONO_WINDOW_CACHE),
};

type ChronoParser = { parse: (text: string, ref: Date) => ReturnType<typeof chronoFr.parse> };

function parseWindow(language: Language, window: string): ParsedWindow | null {
  const quick = language === 'fr' ? readCommonFrenchDate(window) : undefined;
  return quick ?? readWithChrono[language](window);
}

/** chrono-node's reading of the date at the start of the window, if it is certain of day and month. */
export function parseWithChrono(parser: ChronoParser, window: string): ParsedWindow | null {
  const [result] = parser.parse(window, new Date(Date.UTC(2000, 0, 1)));
  const c = result?.start;
  const parsed =
    result && c && result.index === 0 && c.isCertain('day') && c.isCertain('month')
      ? {
          length: trimTrailing(result.text).length,
          date: {
            ...(c.isCertain('year') ? { year: c.get('year') ?? undefined } : {}),
            month: c.get('month') ?? undefined,
            day: c.get('day') ?? undefined,
            ...(c.isCertain('hour')
              ? { hour: c.get('hour') ?? undefined, minute: c.get('minute') ?? 0 }
              : {}),
          },
        }
      : null;
  return parsed;
}

function trimTrailing(s: string): string {
  return s.replace(/[\s,.;:–-]+$/u, '');
}

function findRanges(text: string): DateMention[] {
  return DAY_RANGES.flatMap(({ id, pattern, order }) =>
    [...text.matchAll(pattern)].flatMap((m) => {
      const [monthWord, from, to] = order === 'dm' ? [m[3], m[1], m[2]] : [m[1], m[2], m[3]];
      const month = MONTHS[(monthWord ?? '').toLowerCase()];
      const [first, last] = [Number(from), Number(to)];
      // "12-3 mai" is no range; "2023-24 June" is no day
      if (!month || first < 1 || last > 31 || first >= last) return [];
      const year = m[4] ? Number(m[4]) : undefined;
      return [
        {
          start: m.index,
          end: m.index + m[0].length,
          date: { year, month, day: first },
          endDate: { year, month, day: last },
          rule: id,
        },
      ];
    }),
  );
}

function findCrossMonthRanges(text: string): DateMention[] {
  return CROSS_MONTH_RANGES.flatMap(({ id, pattern, order }) =>
    [...text.matchAll(pattern)].flatMap((m) => {
      const [fromDay, fromMonth, toDay, toMonth] =
        order === 'dm' ? [m[1], m[2], m[3], m[4]] : [m[2], m[1], m[4], m[3]];
      const [firstMonth, lastMonth] = [fromMonth, toMonth].map(
        (w) => MONTHS[(w ?? '').toLowerCase()],
      );
      const [first, last] = [Number(fromDay), Number(toDay)];
      if (!firstMonth || !lastMonth || firstMonth === lastMonth) return [];
      if (first < 1 || first > 31 || last < 1 || last > 31) return [];
      const year = m[5] ? Number(m[5]) : undefined;
      // "du 30 décembre au 2 janvier 2025": the range starts the year before
      const firstYear = year !== undefined && firstMonth > lastMonth ? year - 1 : year;
      return [
        {
          start: m.index,
          end: m.index + m[0].length,
          date: { year: firstYear, month: firstMonth, day: first },
          endDate: { year, month: lastMonth, day: last },
          rule: id,
        },
      ];
    }),
  );
}

const CURRENT_MONTH_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${[...CURRENT_MONTH].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'giu',
);

/** "durant le mois courant", "later this month": the month of the document's own day. */
function findCurrentMonth(text: string, reference: PartialDate | undefined): DateMention[] {
  const { year, month } = reference ?? {};
  if (year === undefined || month === undefined) return [];
  return [...text.matchAll(CURRENT_MONTH_WORDS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: { year, month },
    rule: 'date-current-month',
  }));
}

function findMonthsOnly(text: string): DateMention[] {
  return [...text.matchAll(MONTH_ONLY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: { month: MONTHS[(m[1] ?? '').toLowerCase()], ...(m[2] ? { year: Number(m[2]) } : {}) },
    rule: 'date-month',
  }));
}

function findYearsOnly(text: string): DateMention[] {
  return [...text.matchAll(YEAR_ONLY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: { year: Number(m[1]) },
    rule: 'date-year',
  }));
}

function findIsoDates(text: string): DateMention[] {
  return [...text.matchAll(ISO_DATE)].flatMap((m) => {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return [];
    const time = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]) } : {};
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        date: { year, month, day, ...time },
        rule: 'date-iso',
      },
    ];
  });
}

/** Overlapping finds: keep the longest (a range beats the single day chrono saw inside it). */
function keepLongestSpans(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  return keepNonOverlapping(sorted);
}
