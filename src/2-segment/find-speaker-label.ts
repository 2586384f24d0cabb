// Is "X : text" a speaker turn? The label must look like a name, possibly with a title before it
// or a media after a comma, and not be a known non-speaker label ("Photo", "De gauche à droite").

import { foldName } from '../4-resolve/normalise.js';
import { NON_SPEAKER_LABELS } from '../lexicon/index.js';
import type { Span } from '../types.js';
import { SPEAKER_LABEL } from './line-patterns.js';

const MAX_LABEL_WORDS = 16;
const NON_SPEAKER = NON_SPEAKER_LABELS.map(foldName);

/** The label's span (absolute offsets) when the line at `lineStart` opens a speaker turn. */
export function findSpeakerLabel(line: string, lineStart: number): Span | undefined {
  const match = SPEAKER_LABEL.exec(line);
  if (!match?.[1]) return undefined;
  const label = match[1];
  const head = label.split(',')[0]?.trim() ?? '';
  const words = head.split(/\s+/u);
  if (label.split(/\s+/u).length > MAX_LABEL_WORDS) return undefined;
  if (/[.?!;«»"“”]/u.test(head.replace(/\b(?:Mr|Mme|M|Dr|[A-Z])\./gu, ''))) return undefined;
  // a name ends the head ("... Alexandre Loukachenko"); a lone word is a surname only without a comma
  const capitalised = (word: string | undefined) => /^[A-ZÀ-Ý]/u.test(word ?? '');
  const nameLike =
    words.length === 1
      ? !label.includes(',') && capitalised(words[0])
      : capitalised(words.at(-1)) && capitalised(words.at(-2));
  // "Journaliste, animatrice de Radio Astana, Aliya Serikova :": the titles, then the name
  const tail = label.split(',').at(-1)?.trim().split(/\s+/u) ?? [];
  const titledName =
    label.includes(',') &&
    capitalised(words[0]) &&
    tail.length >= 2 &&
    tail.length <= 4 &&
    tail.every(capitalised);
  if (!nameLike && !titledName) return undefined;
  const folded = foldName(head);
  if (NON_SPEAKER.some((word) => folded === word || folded.startsWith(`${word} `)))
    return undefined;
  const start = lineStart + line.indexOf(label);
  return { start, end: start + label.length };
}
