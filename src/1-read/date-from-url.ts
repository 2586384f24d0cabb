// A document's address -> its publication date, when the address carries one:
// ".../2024/09/04/slug" -> "2024-09-04", ".../2022/07/slug" -> "2022-07", "/20230321/slug" -> "2023-03-21",
// ".../slug-07-10-2020" -> "2020-10-07"; the Chinese sites' "/2023-05/19/", "/2024/0214/",
// "/t20240516_", "/202407/".

const URL_DATE_PATTERNS: readonly {
  readonly id: string;
  readonly pattern: RegExp;
  /** Group numbers of year, month and day. */
  readonly order?: readonly [number, number, number];
}[] = [
  // "/2024/09/04/", "/2025/01/17/18/43": year, month, day as folders
  { id: 'url-ymd-folders', pattern: /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/u },
  // "/20230321/", "/20231026.D1E.html": eight digits as one folder or file name
  { id: 'url-ymd-compact', pattern: /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/.-]|$)/u },
  // "/2024-09-04-slug": an ISO day opening a slug
  { id: 'url-ymd-slug', pattern: /\/((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/._-]|$)/u },
  // "/slug-07-10-2020": a day, month and year closing a slug, the European order
  {
    id: 'url-dmy-slug',
    pattern: /[-_](\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?=[/.]|$)/u,
    order: [3, 2, 1],
  },
  // "/2023-05/19/content_123.htm", "/2019-06/05/c_138.htm": year-month, then the day's folder
  { id: 'url-ym-dash-d', pattern: /\/((?:19|20)\d\d)-(\d\d)\/(\d\d)(?=\/)/u },
  // "/n3/2024/0214/c31356-2014.html": the year, then month and day as one folder
  { id: 'url-y-md', pattern: /\/((?:19|20)\d\d)\/(\d\d)(\d\d)(?=\/)/u },
  // "/202405/t20240516_11305811.shtml": the day in a file name after a letter
  { id: 'url-ymd-file', pattern: /\/[a-z]((?:19|20)\d\d)(\d\d)(\d\d)(?=[_.])/u },
  // "/page/202407/1310.shtml": year and month as one six-digit folder
  { id: 'url-ym-compact', pattern: /\/((?:19|20)\d\d)(\d\d)(?=\/)/u },
  // "/2022/07/": year and month only
  { id: 'url-ym-folders', pattern: /\/((?:19|20)\d\d)\/(\d{1,2})(?=\/)/u },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date at the precision the address gives, or undefined. */
export function dateFromUrl(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '');
  for (const { pattern, order = [1, 2, 3] } of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const year = Number(m[order[0]]);
    const month = Number(m[order[1]]);
    const day = m[order[2]] === undefined ? undefined : Number(m[order[2]]);
    if (month < 1 || month > 12) continue;
    if (day === undefined) return `${year}-${pad(month)}`;
    if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}
