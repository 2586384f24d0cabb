// People the lexicon does not know: a given name then a surname ("Nikolaï Snopkov"), a title then
// a name, speaker labels, photo credits, honorifics ("Mr. Raïssi"), initials ("V.Poutine", "VP").

import { FIRST_NAMES, NOT_NAME_WORDS } from '../lexicon/index.js';
import { foldText } from '../4-resolve/normalise.js';
import type { Segment } from '../2-segment/types.js';
import type { Mention } from './types.js';

const NAME_WORD = "[A-ZÀ-Ý][\\p{Ll}’'\\-]*[\\p{Ll}]";
const PHOTO_CREDIT = new RegExp(`Photo\\s*:\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s*,`, 'gu');
const HONORIFIC = new RegExp(
  `(?<![\\p{L}])(?:Mr\\.?|M\\.|Mme|Mrs\\.?|Ms\\.?|Monsieur|Madame)\\s+(${NAME_WORD})`,
  'gu',
);
/** "V. Poutine", not "U.S. President", nor "M. Poutine" (Monsieur, an honorific). */
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}.])([A-LN-Z])\\.\\s?(${NAME_WORD})`, 'gu');
const FOLDED_NOT_NAMES = new Set(NOT_NAME_WORDS);
const CAPTION_INITIALS = /(?<![\p{L}])([A-Z]{2,3})(?![\p{L}])/gu;
/** The word right after a surname on the same line: "Mao | Ning". */
const NEXT_WORD = new RegExp(`^[ \\t\\u00a0]+(${NAME_WORD})`, 'u');
const LABEL_NAME = new RegExp(`(?:${NAME_WORD}\\s+)?${NAME_WORD}\\s*$`, 'u');

/** Capitalised words that start sentences or titles, never surnames. */
const NOT_SURNAMES = new Set([
  'Le',
  'La',
  'Les',
  'De',
  'Du',
  'Des',
  'Et',
  'En',
  'Président',
  'Présidente',
  'Monsieur',
  'Madame',
  'Ministre',
  'Premier',
]);

export function findPersonNames(text: string, segments: readonly Segment[]): Mention[] {
  return [
    ...findSpeakerLabels(text, segments),
    ...findPhotoCredits(text),
    ...findHonorifics(text),
    ...findInitials(text, segments),
  ];
}

function findSpeakerLabels(text: string, segments: readonly Segment[]): Mention[] {
  return segments.flatMap((segment) => {
    if (!segment.label) return [];
    const head = text.slice(segment.label.start, segment.label.end).split(',')[0] ?? '';
    const match = LABEL_NAME.exec(head);
    if (!match) return [];
    const words = match[0].trim().split(/\s+/u);
    const start = segment.label.start + match.index;
    const surface = match[0].trim();
    if (words.length === 1)
      return [person(start, surface, 'speaker-label', { surname: surface, partial: 'surname' })];
    const [given, surname] = words as [string, string];
    return [
      person(start, surface, 'speaker-label', { givenName: FIRST_NAMES[given] ?? given, surname }),
    ];
  });
}

function findPhotoCredits(text: string): Mention[] {
  return [...text.matchAll(PHOTO_CREDIT)].map((m) => {
    const name = m[1] ?? '';
    const start = m.index + m[0].indexOf(name);
    const words = name.split(/\s+/u);
    const given = words[0] ?? '';
    return person(start, name, 'photo-credit', {
      givenName: FIRST_NAMES[given] ?? given,
      surname: words.slice(1).join(' '),
      subtype: 'photographer',
    });
  });
}

function findHonorifics(text: string): Mention[] {
  return [...text.matchAll(HONORIFIC)].flatMap((m) => {
    const surname = m[1] ?? '';
    if (NOT_SURNAMES.has(surname) || FOLDED_NOT_NAMES.has(foldText(surname))) return [];
    // "Mme Natalia Ciobanu", "Mme Mao Ning", "M. Le Hoai Trung": a name of several words is
    // the grammar's to read whole
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length))?.[1];
    if (next && !NOT_SURNAMES.has(next) && !FOLDED_NOT_NAMES.has(foldText(next))) return [];
    return [
      person(m.index + m[0].lastIndexOf(surname), surname, 'honorific', {
        surname,
        partial: 'surname',
      }),
    ];
  });
}

function findInitials(text: string, segments: readonly Segment[]): Mention[] {
  const withSurname = [...text.matchAll(INITIAL_SURNAME)]
    .filter((m) => !FOLDED_NOT_NAMES.has(foldText(m[2] ?? '')))
    .map((m) =>
      person(m.index, m[0], 'initial-surname', {
        surname: m[2] ?? '',
        givenName: m[1] ?? '',
        partial: 'surname',
      }),
    );
  const captionInitials = segments
    .filter((s) => s.kind === 'caption')
    .flatMap((s) =>
      [...s.text.matchAll(CAPTION_INITIALS)].map((m) =>
        person(s.start + m.index, m[0], 'caption-initials', { partial: 'initials' }),
      ),
    );
  return [...withSurname, ...captionInitials];
}

function person(start: number, surface: string, rule: string, extra: Partial<Mention>): Mention {
  return { start, end: start + surface.length, surface, type: 'Person', rule, ...extra };
}
