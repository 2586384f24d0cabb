// Exercises named with their year, the way CSTO and Russian drills are: "Interaction-2023",
// "Fraternité de combat-2023", "Zapad-2021", in a paragraph that speaks of exercises. Each name
// is an event of its own.

import { foldText } from '../4-resolve/normalise.js';
import { EXERCISE_CONTEXT_WORDS } from '../lexicon/index.js';
import { alternation } from '../patterns.js';
import { spanAt } from '../spans.js';
import { sentenceOf } from './sentence-of.js';
import type { EventContext } from './find-events.js';
import { nearestDate } from './find-keyword-events.js';
import type { EventMention } from './types.js';

/** "Interaction-2023", "Fraternité de combat-2023", "Mission de paix 2021" (capitalised, then a year). */
const NAMED_WITH_YEAR =
  /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}’']+(?:\s(?:de|du|des|of|de la)\s\p{Ll}+)?)[-‑ ]((?:19|20)\d{2})(?![\p{L}\p{N}])/gu;
const EXERCISE_CONTEXT = new RegExp(
  `(?<![\\p{L}])(?:${alternation(EXERCISE_CONTEXT_WORDS.map(foldText))})(?![\\p{L}])`,
  'u',
);

export function findNamedExercises({ text, structure, dates }: EventContext): EventMention[] {
  return [...text.matchAll(NAMED_WITH_YEAR)].flatMap((m) => {
    const segment = spanAt(structure.segments, m.index);
    if (!segment || segment.kind === 'source-url' || segment.kind === 'title') return [];
    // "Interaction-2023" next to "cinq exercices spéciaux"; not "Vision 2030" in a speech on trade
    if (!EXERCISE_CONTEXT.test(foldText(segment.text))) return [];
    // "le 3 mai 2023" is a date, "Interaction-2023" a name: a month before the year is no name
    if (dates.some((d) => d.start <= m.index && d.end > m.index)) return [];
    const end = m.index + m[0].length;
    const sentence = sentenceOf(text, m.index);
    // the year of the name is not the exercise's date: "du 1er au 6 septembre" is
    const around = dates.filter((d) => d.end <= m.index || d.start >= end);
    const date = nearestDate(around, { start: m.index, end }, sentence);
    return [
      {
        start: m.index,
        end,
        surface: m[0],
        rule: 'named-exercise',
        format: 'EXERCISE' as const,
        ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}) } : {}),
        places: [],
        anchored: true,
        plural: false,
        properName: m[0],
      },
    ];
  });
}
