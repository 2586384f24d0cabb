// What a stored extraction depends on besides its document: the rules (EXTRACTION_VERSION, bumped
// by hand) and the lexicon (fingerprinted, so that editing a data file re-extracts by itself).

import { createHash } from 'node:crypto';
import * as lexicon from '../lexicon/index.js';

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

const LEXICON_DATA = Object.fromEntries(
  Object.entries(lexicon)
    .filter(([, value]) => typeof value !== 'function')
    .sort(([a], [b]) => a.localeCompare(b)),
);

export const EXTRACTION_KEY = `${lexicon.EXTRACTION_VERSION}+${fingerprint(LEXICON_DATA)}`;

/** A document's extraction is reused only for the same text, metadata and extraction key. */
export function documentCacheKey(doc: {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly language: string;
}): string {
  return fingerprint([doc.id, doc.title, doc.url, doc.publishedAt, doc.language, EXTRACTION_KEY]);
}
