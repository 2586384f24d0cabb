// The names an event mention gives its event: the phrase and its shorter readings, each with the
// determiner before it ("la visite officielle", "la visite officielle en Mongolie") and, for a
// verb, with its auxiliary ("a rencontré son homologue"); the bare keyword when it keeps the format.

import { formatOf, headOf } from '../3-recognise/event-keywords.js';
import { determinerBefore } from '../3-recognise/event-phrase.js';
import type { EventMention } from '../3-recognise/types.js';

/** "a rencontré", "se sont entretenus", "has met": the auxiliary before a verb phrase. */
const AUXILIARY_BEFORE =
  /(?:^|\s)((?:a|ont|avait|avaient|aura|auront|s[’']est|se sont|s[’']était|has|have|had)\s+)$/iu;

/** A name closing a phrase after a lower-case word that is no preposition: " Ali Khamenei". */
const TRAILING_NAME =
  /(?<=\p{Ll})(?<!(?:^|\s)(?:à|au|aux|en|de|du|des|in|at|of|to))(?:\s+\p{Lu}[\p{L}’'-]*)+$/u;

export function eventAliases(text: string, e: EventMention): string[] {
  const det = determinerBefore(text, e.start);
  const auxiliary = AUXILIARY_BEFORE.exec(text.slice(Math.max(0, e.start - 10), e.start))?.[1];
  const aliases: string[] = [];
  for (const end of [...(e.shorter ?? []), e.end]) {
    aliases.push(text.slice(e.start, end));
    if (det) aliases.push(text.slice(e.start - det.length, end));
    if (auxiliary && e.rule === 'event-keyword')
      aliases.push(text.slice(e.start - auxiliary.length, end));
  }
  // "rencontré le guide suprême iranien Ali Khamenei": also the verb and its object's title
  const untitled = e.verb ? TRAILING_NAME.exec(e.surface) : null;
  if (untitled) {
    const end = e.start + untitled.index;
    aliases.push(text.slice(e.start, end));
    if (auxiliary) aliases.push(text.slice(e.start - auxiliary.length, end));
  }
  // "Pourparlers russo-mongols" -> "Pourparlers"; never "Les" or "Visite" of "Visite de l’école"
  const first = /^\S+(?:\s+(?:de|d[’'])\s*presse|\s+restreinte?s?|\s+élargie?s?)?/u.exec(
    e.surface,
  )?.[0];
  if (first && formatOf(first) === e.format && headOf(first) !== undefined) aliases.push(first);
  return aliases;
}
