// Document metadata from a sidecar NAME.meta.json, else from the text itself:
// a first line "Source: <url>", the first heading as title, the first URL, the first full date,
// else the date in the address ("/2024/09/04/").

import { findDates } from '../3-recognise/dates/find-dates.js';
import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { dateFromUrl } from './date-from-url.js';
import type { Diagnostic, Language, WithDiagnostics } from '../types.js';

export interface DocumentMetadata {
  readonly title: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly language: Language;
}

export type SidecarMetadata = Partial<DocumentMetadata>;

const URL_PATTERN = /https?:\/\/[^\s<>"|)]+/u;
const SOURCE_LINE = /^\s*(?:source|url)\s*:\s*(https?:\/\/\S+)/i;
const HEADING_MARKS = /^[\s#>*=_-]+|[\s#*=_-]+$/gu;
const DATE_SEARCH_CHARS = 400;

export function readMetadata(text: string, sidecar: SidecarMetadata = {}): DocumentMetadata {
  const lines = text.split('\n');
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const sourceUrl = SOURCE_LINE.exec(firstLine)?.[1];
  const title =
    sidecar.title ??
    lines
      .filter(
        (line) => line.trim() !== '' && !SOURCE_LINE.test(line) && !line.trim().startsWith('>>'),
      )
      .map((line) => line.replace(HEADING_MARKS, '').trim())[0] ??
    '';
  const language = sidecar.language ?? detectLanguage(text);
  const url = sidecar.url ?? sourceUrl ?? URL_PATTERN.exec(text)?.[0];
  const publishedAt =
    sidecar.publishedAt ??
    findPublicationDate(text, language) ??
    (url ? dateFromUrl(url) : undefined);
  return {
    title: title.slice(0, 300),
    language,
    ...(url ? { url } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

/** The first date with a year near the top of the text ("– 24.05.24 –" in a heading). */
function findPublicationDate(text: string, language: Language): string | undefined {
  const head = text.slice(0, DATE_SEARCH_CHARS);
  const dated = findDates(head, language).find(
    (m) => m.date.year !== undefined && m.date.day !== undefined,
  );
  if (!dated) return undefined;
  const { year, month, day } = dated.date;
  return formatPartialDate({ year, month, day });
}

const FRENCH_WORDS = /\b(?:le|la|les|des|du|et|est|une|dans|pour|avec|sur|qui|que|nous)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|is|to|in|for|with|on|that|we|was)\b/gi;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const fr = sample.match(FRENCH_WORDS)?.length ?? 0;
  const en = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return en > fr * 1.2 ? 'en' : 'fr';
}

export function parseSidecar(json: string, file: string): WithDiagnostics<SidecarMetadata> {
  const bad = (message: string): WithDiagnostics<SidecarMetadata> => ({
    value: {},
    diagnostics: [
      {
        file,
        code: 'BAD_METADATA',
        severity: 'warning',
        message: `${file}: ${message}`,
      } satisfies Diagnostic,
    ],
  });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return bad(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return bad('expected a JSON object');
  const record = raw as Record<string, unknown>;
  const value: { -readonly [K in keyof SidecarMetadata]: SidecarMetadata[K] } = {};
  for (const key of ['title', 'url', 'publishedAt'] as const) {
    if (record[key] === undefined) continue;
    if (typeof record[key] !== 'string') return bad(`"${key}" must be a string`);
    value[key] = record[key];
  }
  if (record.language !== undefined) {
    if (record.language !== 'fr' && record.language !== 'en')
      return bad('"language" must be "fr" or "en"');
    value.language = record.language;
  }
  if (value.publishedAt !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(value.publishedAt)) {
    return bad('"publishedAt" must be an ISO 8601 date');
  }
  return { value, diagnostics: [] };
}
