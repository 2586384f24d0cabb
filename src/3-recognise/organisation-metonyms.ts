// The seat of power as the body inside it: "a indiqué le Kremlin", "Le Kremlin a ajouté",
// "un communiqué du Kremlin" -> Organisation "Kremlin"; "au Kremlin" stays a place.
// Cues and seats: lexicon/organisation-metonyms.ts.

import {
  METONYM_AFTER,
  METONYM_BEFORE,
  ORGANISATION_METONYMS,
} from '../lexicon/organisation-metonyms.js';
import { alternation } from '../patterns.js';
import type { Mention } from './types.js';

const SEATS = new RegExp(
  `(?<![\\p{L}])(${alternation(ORGANISATION_METONYMS.flatMap((m) => m.forms))})(?![\\p{L}])`,
  'gu',
);
const BEFORE = new RegExp(`(?:${METONYM_BEFORE})`, 'iu');
const AFTER = new RegExp(METONYM_AFTER, 'iu');
const BY_FORM = new Map(ORGANISATION_METONYMS.flatMap((m) => m.forms.map((f) => [f, m] as const)));

export function findOrganisationMetonyms(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(SEATS)) {
    const seat = BY_FORM.get(m[1] ?? '');
    const end = m.index + m[0].length;
    if (!seat) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 40);
    if (!BEFORE.test(before) && !AFTER.test(after)) continue;
    out.push({
      start: m.index,
      end,
      surface: m[0],
      type: 'Organisation',
      subtype: seat.subtype,
      rule: 'organisation-metonym',
      canonical: seat.name,
    });
  }
  return out;
}
