// Bodies of states written by their own name: parliaments and their chambers, councils,
// presidential offices and the main parties. Bodies named "noun + country" are built by rule.

import { organisations, type OrgRow } from './organisation-rows.js';
import type { LexiconEntry } from './types.js';

/** The state a body belongs to: its chair and members speak for that country, and so do those of
 * the bodies named within it ("Bureau politique du Comité central du PCC"). */
const BODY_COUNTRIES: Readonly<Record<string, string>> = {
  'national-peoples-congress': 'china',
  cppcc: 'china',
  'central-military-commission': 'china',
  'central-foreign-affairs-commission': 'china',
  'state-council-of-china': 'china',
  ndrc: 'china',
  'communist-party-of-china': 'china',
  'communist-party-of-vietnam': 'vietnam',
  'workers-party-of-korea': 'north-korea',
};

export const NATIONAL_BODIES = withCountries([
  [
    'kremlin-administration',
    'Presidential Executive Office of Russia',
    'government',
    [
      'Administration présidentielle russe',
      'Administration du président russe',
      'Administration du président de la Fédération de Russie',
      'Administration du président de la Russie',
      'Presidential Executive Office',
      'Presidential Executive Office of Russia',
    ],
  ],
  [
    'kremlin-press-service',
    'Kremlin Press Service',
    'government',
    ['service de presse du Kremlin', 'Kremlin press service', 'Kremlin Press Service'],
  ],
  [
    'federal-assembly-of-russia',
    'Federal Assembly of Russia',
    'governing_body',
    [
      'Assemblée fédérale de Russie',
      'Assemblée fédérale de la Fédération de Russie',
      'Assemblée fédérale russe',
      'Federal Assembly of Russia',
      'Federal Assembly of the Russian Federation',
    ],
  ],
  ['state-duma', 'State Duma', 'governing_body', ['Douma d’État', 'Douma', 'State Duma']],
  [
    'federation-council',
    'Federation Council',
    'governing_body',
    ['Conseil de la Fédération', 'Federation Council'],
  ],
  [
    'council-of-the-republic-of-belarus',
    'Council of the Republic of the National Assembly of Belarus',
    'governing_body',
    ['Conseil de la République', 'Council of the Republic'],
  ],
  [
    'mazhilis-of-kazakhstan',
    'Mazhilis of Kazakhstan',
    'governing_body',
    ['Majilis', 'Mazhilis', 'Majlis du Parlement', 'Mäjilis'],
  ],
  [
    'milli-majlis-of-azerbaijan',
    'Milli Majlis of Azerbaijan',
    'governing_body',
    ['Milli Majlis', 'Milli Medjlis', 'Milli Mejlis', 'Milli Məclis'],
  ],
  ['oliy-majlis', 'Oliy Majlis of Uzbekistan', 'governing_body', ['Oliy Majlis', 'Oliy Mazhlis']],
  [
    'jogorku-kenesh',
    'Jogorku Kenesh of Kyrgyzstan',
    'governing_body',
    ['Jogorku Kenesh', 'Jogorkou Kenech', 'Jogorkou Kenesh'],
  ],
  ['majlisi-oli', 'Majlisi Oli of Tajikistan', 'governing_body', ['Majlisi Oli', 'Madjlisi Oli']],
  [
    'halk-maslahaty',
    'Halk Maslahaty of the Milli Gengesh of Turkmenistan',
    'governing_body',
    [
      'Halk Maslahaty',
      'Khalk Maslakhaty',
      'Halk Maslahaty Milli Gengesh',
      'Khalk Maslakhaty Milli Gengesh',
      'Khalk Maslakhaty Milli Gengech',
      'Halk Maslahaty Milli Geňeşi',
    ],
  ],
  [
    'state-great-khural',
    'State Great Khural',
    'governing_body',
    [
      'Grand Khural',
      'Grand Khoural',
      'Grand Khural d’État',
      'Grand Khural de Mongolie',
      'State Great Khural',
    ],
  ],
  [
    'national-peoples-congress',
    'National People’s Congress of China',
    'governing_body',
    ['Assemblée populaire nationale', 'National People’s Congress', 'APN', 'NPC'],
  ],
  [
    'cppcc',
    'Chinese People’s Political Consultative Conference',
    'governing_body',
    [
      'Conférence consultative politique du peuple chinois',
      'Chinese People’s Political Consultative Conference',
      'CCPPC',
      'CPPCC',
    ],
  ],
  [
    'central-military-commission',
    'Central Military Commission',
    'governing_body',
    ['Commission militaire centrale', 'Central Military Commission'],
  ],
  [
    'central-foreign-affairs-commission',
    'Central Foreign Affairs Commission',
    'governing_body',
    [
      'Commission centrale des affaires étrangères',
      'Commission centrale des Affaires étrangères',
      'Central Foreign Affairs Commission',
      'Central Commission for Foreign Affairs',
    ],
  ],
  [
    'state-council-of-china',
    'State Council of China',
    'government',
    [
      'Conseil des affaires d’État',
      'Conseil d’État chinois',
      'State Council of China',
      'Chinese State Council',
      'the State Council',
    ],
  ],
  [
    'ndrc',
    'National Development and Reform Commission',
    'government',
    [
      'National Development and Reform Commission',
      'Commission nationale du développement et de la réforme',
      'Commission nationale pour le développement et la réforme',
      'NDRC',
    ],
  ],
  [
    'united-russia',
    'United Russia',
    'party',
    ['Russie unie', 'Parti Russie unie', 'United Russia', 'Edinaïa Rossia', 'Yedinaya Rossiya'],
  ],
  [
    'communist-party-of-the-russian-federation',
    'Communist Party of the Russian Federation',
    'party',
    [
      'Parti communiste de la Fédération de Russie',
      'Parti communiste de Russie',
      'KPRF',
      'CPRF',
      'Communist Party of the Russian Federation',
    ],
  ],
  [
    'a-just-russia',
    'A Just Russia – Patriots – For Truth',
    'party',
    [
      'Russie juste',
      'Une Russie juste',
      'A Just Russia',
      'Une Russie juste – Patriotes – Pour la vérité',
      'Russie juste – Pour la vérité',
    ],
  ],
  [
    'ldpr',
    'Liberal Democratic Party of Russia',
    'party',
    ['LDPR', 'Parti libéral-démocrate de Russie', 'Liberal Democratic Party of Russia'],
  ],
  [
    'communist-party-of-china',
    'Communist Party of China',
    'party',
    [
      'Parti communiste chinois',
      'Parti communiste de Chine',
      'PCC',
      'CPC',
      'Communist Party of China',
      'Chinese Communist Party',
    ],
  ],
  [
    'communist-party-of-vietnam',
    'Communist Party of Vietnam',
    'party',
    [
      'Parti communiste du Vietnam',
      'Parti communiste vietnamien',
      'PCV',
      'CPV',
      'Communist Party of Vietnam',
    ],
  ],
  [
    'workers-party-of-korea',
    'Workers’ Party of Korea',
    'party',
    [
      'Parti du travail de Corée',
      'Parti des travailleurs de Corée',
      'Workers’ Party of Korea',
      'WPK',
    ],
  ],
  ['zanu-pf', 'ZANU-PF', 'party', ['ZANU-PF', 'Zanu-PF']],
  [
    'african-national-congress',
    'African National Congress',
    'party',
    ['Congrès national africain', 'ANC', 'African National Congress'],
  ],
]);

function withCountries(rows: readonly OrgRow[]): LexiconEntry[] {
  return organisations(rows).map((entry) => {
    const country = BODY_COUNTRIES[entry.id];
    return country ? { ...entry, country } : entry;
  });
}

/** English head nouns of a country's cabinet as built by rule: "gouvernement russe" -> Government of Russia. */
export const CABINET_NOUNS: readonly string[] = [
  'Government',
  'Federal Government',
  'Cabinet',
  'Cabinet of Ministers',
  'Council of Ministers',
];

/** Cabinets known by a name of their own, by country id. */
export const NAMED_CABINETS: Readonly<Record<string, string>> = {
  china: 'state-council-of-china',
};

/** Roles that head their country's cabinet, beside the titles of subtype head_of_government. */
export const CABINET_HEAD_ROLES: readonly string[] = [
  'Chairman of the Cabinet of Ministers',
  'Chairman of the Government',
  'Premier of the State Council',
];
