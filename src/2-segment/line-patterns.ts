// Line-level patterns, each with an id, that decide what a line of a source is.

import { MONTHS } from '../lexicon/index.js';
import { alternation, wholeWords } from '../patterns.js';

const MONTH_NAMES = alternation(Object.keys(MONTHS));
const TIME = `\\s+à\\s+\\d{1,2}\\s*h`;
// "24 mai 2024 à 17h15", "14 avril à 11h30" (the year from the document), "10.10.25 à 15h00"
const DATE_PART = `(?:\\d{1,2}(?:er)?\\s+(?:${MONTH_NAMES})\\s+\\d{4}|\\d{1,2}(?:er)?\\s+(?:${MONTH_NAMES})(?=${TIME})|\\d{1,2}\\.\\d{1,2}\\.\\d{2}(?:\\d{2})?(?=${TIME})).*`;

/** "1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk" */
export const NUMBERED_HEADING = new RegExp(
  `^\\s*(\\d{1,2})\\s*°\\s*/\\s*(.+?)\\s+[–—-]\\s+(${DATE_PART})$`,
  'i',
);
/** "A – Début des négociations restreintes ... – 24 mai 2024 à 14h50 à Minsk" */
export const LETTERED_HEADING = new RegExp(
  `^\\s*([A-Z])\\s+[–—-]\\s+(.+?)\\s+[–—-]\\s+(${DATE_PART})$`,
  'u',
);
/** "24 mai 2024 à 17h15 à Minsk": the date part of a heading, or a line of its own. */
export const DATE_LINE = new RegExp(`^\\s*(${DATE_PART})$`, 'i');
/** Splits a date part into when and where: "24 mai 2024 à 17h15" | "Minsk". */
export const WHEN_WHERE =
  /^(.*?(?:\d{4}|\p{L}{3,}|\.\d{2})(?:\s+à\s+\d{1,2}\s*h\s*\d{0,2})?)(?:\s*,?\s+(?:à|en|au)\s+(.+?))?\s*$/iu;
/** "1/8", "5/10 .Cérémonie ..." */
export const COUNTER = /^\s*\d{1,3}\s*\/\s*\d{1,3}(?:\s|$)/u;
export const SEPARATOR = /^\s*(?:(?:\*\s*){3,}|<\s*(?:…|\.\.\.)\s*>|[-–—_=]{3,})\s*$/u;
export const URL_LINE = /^\s*(?:source\s*:\s*)?https?:\/\/\S+\s*$/i;
export const RELATED_HEADLINE = /^\s*>>/u;
/** "4 De gauche à droite : ...", "12 VP Avec le président ..." */
export const NUMBERED_CAPTION = /^\s*(\d{1,2})\s+(?=[A-ZÀ-Ý])/u;
export const PHOTO_MARKER = /\[Photo|\(Photo|Photo\s*:|\|\s*$/u;
export const PHOTO_CREDIT_LINE = /^\s*(?:Photo|Photos|Crédit photo)\s*:/i;
/** "Président russe Vladimir Poutine : ..." (the label is checked further in find-speaker-label). */
export const SPEAKER_LABEL = /^\s*([A-ZÀ-Ý][^:\n]{1,140}?)\s*:\s*(?=\S)/u;
/** Opens a list of those present: "en présence du ...", "La Russie était représentée par". */
export const ATTENDEE_LIST_OPENER = new RegExp(
  wholeWords(
    'en présence|représentée?s? par|étaient présents|ont pris part|participaient|in attendance|represented by',
  ),
  'i',
);
/** A list item: "du vice-premier ministre Piotr Parkhomchik," */
export const ATTENDEE_LIST_ITEM =
  /^\s*(?:(?:du|de la|des|le|la|les|et|ainsi que|the)\s|(?:de l|l)[’'])/i;
