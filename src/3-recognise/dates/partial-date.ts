// PartialDate <-> ISO 8601 at the precision the text gives: "2024-05-24T14:50", "2024-07", "--12-19".

import type { PartialDate } from '../../types.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function formatPartialDate(date: PartialDate): string | undefined {
  const { year, month, day, hour, minute } = date;
  if (year === undefined) {
    if (month === undefined) return undefined;
    return day === undefined ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
  }
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  const base = `${year}-${pad(month)}-${pad(day)}`;
  return hour === undefined ? base : `${base}T${pad(hour)}:${pad(minute ?? 0)}`;
}

/** Fills a missing year from the document's own date: "le 3 juillet" in a 2024 text is 2024-07-03. */
export function withContextYear(date: PartialDate, year: number | undefined): PartialDate {
  return date.year === undefined && year !== undefined && date.month !== undefined
    ? { ...date, year }
    : date;
}

/** Does `iso` agree with `reference` at the reference's precision? ("2024-05-24T14:50" vs "2024-05-24"). */
export function sameDateAtPrecision(iso: string, reference: string): boolean {
  return iso.startsWith(reference);
}

/** "2024-09-03" -> { year: 2024, month: 9, day: 3 }; "2022-07" -> { year, month }. */
export function parseIsoDate(iso: string | undefined): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso ?? '');
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}
