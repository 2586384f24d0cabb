// The year a document's undated days belong to: its publication date, else a year its address
// spells out (".../entretenus-par-07-10-2020" -> 2020), else one in its file name;
// "le 7 octobre" then reads 2020-10-07.
// Days still without a year take it from a dated mention of the same month ("en septembre 2023").

import type { PartialDate } from '../../types.js';

/** "-07-10-2020", "/2019/", "_2023.html": a plausible year standing alone in the address path. */
const ADDRESS_YEAR = /(?<![\d])((?:199|20[0-3])\d)(?![\d])/gu;
const NUMBERED_PATH = /^[a-z]+:\/\/[^/]+/iu;

export function documentYear(
  publishedAt: string | undefined,
  url: string | undefined,
  file?: string,
): number | undefined {
  if (publishedAt) return Number(publishedAt.slice(0, 4));
  const fromAddress = url
    ? standingYear(url.replace(NUMBERED_PATH, '').replace(/[?#].*$/u, ''))
    : undefined;
  // an analyst's own file name ("2023-05-18-xian.txt", "h2-2023-sommet.txt") comes last
  return fromAddress ?? (file ? standingYear(file.replace(/\.[a-z0-9]+$/iu, '')) : undefined);
}

/** The last plausible year between separators: an article number ("/1674153") is no year. */
function standingYear(path: string): number | undefined {
  const years = [...path.matchAll(ADDRESS_YEAR)]
    .filter((m) => /^$|[-/_.\s]/u.test(path.charAt(m.index - 1)))
    .filter((m) => /^$|[-/_.\s]/u.test(path.charAt(m.index + m[0].length)))
    .map((m) => Number(m[1]));
  return years.at(-1);
}

interface Dated {
  readonly start: number;
  readonly date: PartialDate;
  readonly endDate?: PartialDate;
}

/**
 * "en septembre 2023 ... le 13 septembre": a day without a year takes the year of the nearest
 * month-and-year mention of its month. Used only where the document gives no year of its own.
 */
export function withSameMonthYears<T extends Dated>(dates: readonly T[]): T[] {
  // "le 15 mai 1992" in a report of 16 May 2022 is history: only a month with its year
  // ("en septembre 2023") names the period the report is about
  const withYear = dates.filter(
    (d) => d.date.year !== undefined && d.date.month !== undefined && d.date.day === undefined,
  );
  if (withYear.length === 0) return [...dates];
  return dates.map((d) => {
    if (d.date.year !== undefined || d.date.month === undefined) return d;
    const sameMonth = withYear
      .filter((y) => y.date.month === d.date.month)
      .sort((a, b) => Math.abs(a.start - d.start) - Math.abs(b.start - d.start))[0];
    const year = sameMonth?.date.year;
    if (year === undefined) return d;
    return {
      ...d,
      date: { ...d.date, year },
      ...(d.endDate ? { endDate: { ...d.endDate, year } } : {}),
    };
  });
}
