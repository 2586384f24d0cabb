// The lexicon's people beyond Russia's and Belarus's leaders, region by region: whoever held an
// office that Eurasian news names by title (heads of state and government, foreign ministers,
// speakers, heads of organisations and state companies), with the dates of their terms.

import { AFRICAN_LEADERS } from './african-leaders.js';
import { AMERICAN_LEADERS } from './american-leaders.js';
import { CENTRAL_ASIAN_LEADERS } from './central-asian-leaders.js';
import { EAST_ASIAN_LEADERS } from './east-asian-leaders.js';
import { EUROPEAN_LEADERS } from './european-leaders.js';
import { MIDDLE_EAST_LEADERS } from './middle-east-leaders.js';
import { ORGANISATION_HEADS } from './organisation-heads.js';
import { RUSSIA_BELARUS_CAUCASUS } from './russia-belarus-caucasus.js';
import { SOUTH_ASIAN_LEADERS } from './south-asian-leaders.js';
import type { LexiconEntry } from '../types.js';

export const WORLD_PEOPLE: readonly LexiconEntry[] = [
  ...RUSSIA_BELARUS_CAUCASUS,
  ...CENTRAL_ASIAN_LEADERS,
  ...EAST_ASIAN_LEADERS,
  ...SOUTH_ASIAN_LEADERS,
  ...MIDDLE_EAST_LEADERS,
  ...AFRICAN_LEADERS,
  ...EUROPEAN_LEADERS,
  ...AMERICAN_LEADERS,
  ...ORGANISATION_HEADS,
];
