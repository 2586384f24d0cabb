// A document's address -> its publication date, when the address carries one:
// ".../2024/09/04/slug" -> "2024-09-04", ".../2022/07/slug" -> "2022-07", "/20230321/slug" -> "2023-03-21".

const URL_DATE_PATTERNS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  // "/2024/09/04/", "/2025/01/17/18/43": year, month, day as folders
  { id: 'url-ymd-folders', pattern: /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/u },
  // "/20230321/", "/20231026.D1E.html": eight digits as one folder or file name
  { id: 'url-ymd-compact', pattern: /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/.-]|$)/u },
  // "/2022/07/": year and month only
  { id: 'url-ym-folders', pattern: /\/((?:19|20)\d\d)\/(\d{1,2})(?=\/)/u },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date at the precision the address gives, or undefined. */
export function dateFromUrl(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '');
  for (const { pattern } of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (month < 1 || month > 12) continue;
    if (day === undefined) return `${year}-${pad(month)}`;
    if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}
