// Names an organisation takes later in its document: the acronym given in brackets
// ("Organisation du traité de sécurité collective (OTSC)" -> "OTSC") and the head of a body's
// name once the full name was written ("Comité central du Parti ..." -> "Comité central").

import { BODY_PHRASE, CONNECTOR, PAREN } from './body-phrase.js';
import type { Mention } from './types.js';

/** "Parliamentary Assembly of the Union State" -> "Parliamentary Assembly". */
const HEAD_OF_NAME = new RegExp(`^(${BODY_PHRASE})(?:${PAREN})?${CONNECTOR}\\S`, 'u');
const BRACKETED = /^\s*\(([A-Z][A-Z0-9+]{1,9})\)/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** At least two words, the first capitalised: "Conseil d’État", "Comité central". */
const SHORT_FORM = /^\p{Lu}[\p{L}’'-]*\s+\S/u;

export function findOrganisationAliases(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const shortForms = new Map<string, Mention | undefined>();
  for (const m of mentions) {
    if (m.type !== 'Organisation') continue;
    const acronym = m.acronym ?? BRACKETED.exec(text.slice(m.end, m.end + 14))?.[1];
    if (acronym && acronym !== m.surface) out.push(...occurrences(text, acronym, m));
    const short = shortFormOf(m);
    // two bodies with one head in a document ("Conseil de sécurité" of two states): neither
    if (short)
      shortForms.set(
        short,
        shortForms.has(short) && !same(shortForms.get(short), m) ? undefined : m,
      );
  }
  for (const [short, m] of shortForms) if (m) out.push(...occurrences(text, short, m));
  return out;
}

function same(a: Mention | undefined, b: Mention): boolean {
  return a !== undefined && (a.lexiconId ?? a.canonical) === (b.lexiconId ?? b.canonical);
}

/** "Comité central (CC) du Parti communiste du Vietnam" -> "Comité central". */
function shortFormOf(m: Mention): string | undefined {
  if (m.rule !== 'organisation-shape' && m.rule !== 'lexicon-alias') return undefined;
  const within = m.within;
  // "ministère chinois des Affaires étrangères" -> "ministère des Affaires étrangères"
  if (within?.adjective) {
    const rest =
      `${m.surface.slice(0, within.start - m.start)}${m.surface.slice(within.end - m.start)}`
        .replace(/\s+/gu, ' ')
        .trim();
    return rest.split(' ').length >= 3 || SHORT_FORM.test(rest) ? rest : undefined;
  }
  const head = HEAD_OF_NAME.exec(m.surface)?.[1]?.trimEnd();
  return head && SHORT_FORM.test(head) ? head : undefined;
}

/** Whole-word occurrences of `form`, as mentions of the organisation `of` names. */
function occurrences(text: string, form: string, of: Mention): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
    const end = at + form.length;
    if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
    if (at >= of.start && end <= of.end) continue;
    found.push({
      start: at,
      end,
      surface: form,
      type: 'Organisation',
      rule: 'organisation-alias',
      ...(of.lexiconId ? { lexiconId: of.lexiconId } : {}),
      ...(of.subtype ? { subtype: of.subtype } : {}),
      ...(of.country ? { country: of.country } : {}),
      canonical: of.canonical ?? of.surface,
    });
  }
  return found;
}
