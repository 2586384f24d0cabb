// Events known by a proper name, with their English name and the French and English ways of
// writing it: two of them are two events, never one ("la Grande Guerre patriotique et la
// Seconde Guerre mondiale"). Also what marks a named military exercise ("Interaction-2023").

import type { EventFormat } from '../types.js';

export interface NamedEvent {
  readonly name: string;
  readonly format: EventFormat;
  /** Lower-case surface forms, matched on folded text like the format keywords. */
  readonly aliases: readonly string[];
}

export const NAMED_EVENTS: readonly NamedEvent[] = [
  {
    name: 'Great Patriotic War',
    format: 'WAR',
    aliases: ['grande guerre patriotique', 'great patriotic war'],
  },
  {
    name: 'Second World War',
    format: 'WAR',
    aliases: [
      'seconde guerre mondiale',
      'deuxième guerre mondiale',
      'second world war',
      'world war ii',
      'world war two',
    ],
  },
  {
    name: 'First World War',
    format: 'WAR',
    aliases: ['première guerre mondiale', 'first world war', 'world war i'],
  },
  { name: 'Cold War', format: 'WAR', aliases: ['guerre froide', 'cold war'] },
  {
    name: 'Velvet Revolution',
    format: 'INCIDENT',
    aliases: ['révolution de velours', 'velvet revolution'],
  },
  {
    name: 'October Revolution',
    format: 'INCIDENT',
    aliases: ['révolution d’octobre', "révolution d'octobre", 'october revolution'],
  },
];

/** Words of a paragraph that make "Nom-2023" the name of an exercise ("cinq exercices spéciaux"). */
export const EXERCISE_CONTEXT_WORDS: readonly string[] = [
  'exercice',
  'exercices',
  'manœuvres',
  'manoeuvres',
  'entraînement',
  'exercise',
  'exercises',
  'drills',
  'war games',
];
