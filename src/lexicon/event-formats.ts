// Event formats with their French and English keywords, most specific first:
// "négociations restreintes" is RESTRICTED_TALKS before "négociations" is NEGOTIATIONS.

import type { EventFormat } from '../types.js';
import type { EventFormatEntry } from './types.js';

/** Words before an event noun that point to another occurrence than the one being reported. */
export const OTHER_OCCURRENCE_WORDS: readonly string[] = [
  'précédent',
  'précédente',
  'dernier',
  'dernière',
  'prochain',
  'prochaine',
  'previous',
  'next',
  'last',
  'earlier',
];

/** Formats nobody attends: "pendant la guerre" dates a fact, it is no presence. */
export const UNATTENDED_FORMATS: readonly EventFormat[] = [
  'WAR',
  'MILITARY_OPERATION',
  'INCIDENT',
  'ELECTION',
  'TREATY',
];

export const EVENT_FORMATS: readonly EventFormatEntry[] = [
  {
    format: 'RESTRICTED_TALKS',
    label: 'restricted talks',
    keywords: [
      'négociations restreintes',
      'pourparlers restreints',
      'réunion restreinte',
      'format restreint',
      'entretiens restreints',
      'tête-à-tête',
      'restricted format',
      'restricted talks',
      'restricted-format',
    ],
  },
  {
    format: 'EXPANDED_TALKS',
    label: 'expanded talks',
    keywords: [
      'format élargi',
      'réunion élargie',
      'négociations élargies',
      'pourparlers élargis',
      'expanded format',
      'expanded talks',
      'expanded-format',
    ],
  },
  {
    format: 'PRESS_CONFERENCE',
    label: 'press conference',
    keywords: [
      'conférence de presse',
      'point de presse',
      'déclarations à la presse',
      'press conference',
      'press statements',
      'news conference',
    ],
  },
  {
    format: 'CEREMONY',
    label: 'ceremony',
    keywords: [
      'cérémonie',
      'dépôt de couronnes',
      'dépôt de gerbes',
      'ceremony',
      'wreath-laying',
      'wreath laying',
    ],
  },
  {
    format: 'ARRIVAL',
    label: 'arrival',
    keywords: [
      'arrive à',
      'arrive en',
      'est arrivé',
      'arrivée à',
      'arrivée en',
      'arrives in',
      'arrived in',
      'arrival in',
    ],
  },
  { format: 'SUMMIT', label: 'summit', keywords: ['sommet', 'summit'] },
  { format: 'FORUM', label: 'forum', keywords: ['forum'] },
  {
    format: 'VISIT',
    label: 'visit',
    keywords: [
      'visite officielle',
      'visite d’état',
      "visite d'état",
      'visite de travail',
      'visite',
      'tournée',
      'state visit',
      'official visit',
      'visit',
    ],
  },
  {
    format: 'EXERCISE',
    label: 'exercise',
    keywords: ['exercices', 'exercice', 'manœuvres', 'exercises', 'exercise', 'drills'],
  },
  { format: 'ANNIVERSARY', label: 'anniversary', keywords: ['anniversaire', 'anniversary'] },
  {
    format: 'COMMEMORATION',
    label: 'commemoration',
    keywords: [
      'jour de l’indépendance',
      "jour de l'indépendance",
      'jour de la libération',
      'jour de la victoire',
      'commémoration',
      'independence day',
      'victory day',
    ],
  },
  { format: 'TALKS', label: 'talks', keywords: ['pourparlers', 'entretiens', 'talks'] },
  { format: 'NEGOTIATIONS', label: 'negotiations', keywords: ['négociations', 'negotiations'] },
  {
    format: 'MEETING',
    label: 'meeting',
    keywords: [
      'réunion',
      'rencontre',
      'entrevue',
      'rencontré',
      'félicité',
      'meeting',
      'met with',
      'meets',
    ],
  },
  { format: 'CONFERENCE', label: 'conference', keywords: ['conférence', 'conference'] },
  {
    format: 'ELECTION',
    label: 'election',
    keywords: ['élection présidentielle', 'élections présidentielles', 'presidential election'],
  },
  { format: 'WAR', label: 'war', keywords: ['grande guerre patriotique', 'great patriotic war'] },
  {
    format: 'MILITARY_OPERATION',
    label: 'military operation',
    keywords: ['opération militaire spéciale', 'special military operation'],
  },
  {
    format: 'TREATY',
    label: 'treaty',
    keywords: ['traité sur la création', 'treaty on the creation'],
  },
];
