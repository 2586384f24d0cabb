// Countries, cities, regions and landmarks listed with their ids and wikidata, French and English
// names; world-places.ts merges them with every country and capital of the world.
// A city's `country` lets "à Minsk" place an event in Belarus as well.

import { REGIONS } from './regions.js';
import type { LexiconEntry } from './types.js';

type PlaceRow = readonly [id: string, name: string, aliases: readonly string[], wikidata?: string];

function countries(rows: readonly PlaceRow[]): LexiconEntry[] {
  return rows.map(([id, name, aliases, wikidata]) => ({
    id,
    type: 'Place',
    name,
    subtype: 'country',
    aliases,
    ...(wikidata ? { wikidata } : {}),
  }));
}

function within(country: string, subtype: string, rows: readonly PlaceRow[]): LexiconEntry[] {
  return rows.map(([id, name, aliases, wikidata]) => ({
    id,
    type: 'Place',
    name,
    subtype,
    country,
    aliases,
    ...(wikidata ? { wikidata } : {}),
  }));
}

export const LISTED_PLACES: readonly LexiconEntry[] = [
  ...countries([
    [
      'russia',
      'Russia',
      ['Russie', 'Fédération de Russie', 'Fédération russe', 'Russia', 'Russian Federation'],
      'Q159',
    ],
    [
      'belarus',
      'Belarus',
      [
        'Biélorussie',
        'Bélarus',
        'Belarus',
        'République de Biélorussie',
        'République du Bélarus',
        'Republic of Belarus',
        'Biélorussie',
      ],
      'Q184',
    ],
    ['ukraine', 'Ukraine', ['Ukraine'], 'Q212'],
    [
      'china',
      'China',
      ['Chine', 'République populaire de Chine', 'China', "People's Republic of China"],
      'Q148',
    ],
    ['kazakhstan', 'Kazakhstan', ['Kazakhstan'], 'Q232'],
    ['uzbekistan', 'Uzbekistan', ['Ouzbékistan', 'Uzbekistan'], 'Q265'],
    ['kyrgyzstan', 'Kyrgyzstan', ['Kirghizstan', 'Kirghizistan', 'Kyrgyzstan'], 'Q813'],
    ['tajikistan', 'Tajikistan', ['Tadjikistan', 'Tajikistan'], 'Q863'],
    ['turkmenistan', 'Turkmenistan', ['Turkménistan', 'Turkmenistan'], 'Q874'],
    ['armenia', 'Armenia', ['Arménie', 'Armenia'], 'Q399'],
    ['azerbaijan', 'Azerbaijan', ['Azerbaïdjan', 'Azerbaijan'], 'Q227'],
    ['georgia', 'Georgia', ['Géorgie', 'Georgia'], 'Q230'],
    ['moldova', 'Moldova', ['Moldavie', 'Moldova'], 'Q217'],
    ['mongolia', 'Mongolia', ['Mongolie', 'Mongolia'], 'Q711'],
    ['iran', 'Iran', ['Iran'], 'Q794'],
    ['india', 'India', ['Inde', 'India'], 'Q668'],
    ['pakistan', 'Pakistan', ['Pakistan'], 'Q843'],
    ['afghanistan', 'Afghanistan', ['Afghanistan'], 'Q889'],
    ['turkey', 'Turkey', ['Turquie', 'Turkey', 'Türkiye'], 'Q43'],
    ['syria', 'Syria', ['Syrie', 'Syria'], 'Q858'],
    ['israel', 'Israel', ['Israël', 'Israel'], 'Q801'],
    ['egypt', 'Egypt', ['Égypte', 'Egypte', 'Egypt'], 'Q79'],
    ['saudi-arabia', 'Saudi Arabia', ['Arabie saoudite', 'Saudi Arabia'], 'Q851'],
    [
      'united-arab-emirates',
      'United Arab Emirates',
      ['Émirats arabes unis', 'Emirats arabes unis', 'United Arab Emirates', 'EAU'],
      'Q878',
    ],
    ['bahrain', 'Bahrain', ['Bahreïn', 'Bahrein', 'Bahrain'], 'Q398'],
    ['qatar', 'Qatar', ['Qatar'], 'Q846'],
    [
      'united-states',
      'United States',
      ['États-Unis', 'Etats-Unis', "États-Unis d'Amérique", 'United States', 'USA'],
      'Q30',
    ],
    ['canada', 'Canada', ['Canada'], 'Q16'],
    ['brazil', 'Brazil', ['Brésil', 'Brazil'], 'Q155'],
    ['south-africa', 'South Africa', ['Afrique du Sud', 'South Africa'], 'Q258'],
    ['germany', 'Germany', ['Allemagne', 'Germany'], 'Q183'],
    ['france', 'France', ['France'], 'Q142'],
    [
      'united-kingdom',
      'United Kingdom',
      ['Royaume-Uni', 'Grande-Bretagne', 'United Kingdom', 'Britain'],
      'Q145',
    ],
    ['italy', 'Italy', ['Italie', 'Italy'], 'Q38'],
    ['spain', 'Spain', ['Espagne', 'Spain'], 'Q29'],
    ['poland', 'Poland', ['Pologne', 'Poland'], 'Q36'],
    ['lithuania', 'Lithuania', ['Lituanie', 'Lithuania'], 'Q37'],
    ['latvia', 'Latvia', ['Lettonie', 'Latvia'], 'Q211'],
    ['estonia', 'Estonia', ['Estonie', 'Estonia'], 'Q191'],
    ['finland', 'Finland', ['Finlande', 'Finland'], 'Q33'],
    ['sweden', 'Sweden', ['Suède', 'Sweden'], 'Q34'],
    ['switzerland', 'Switzerland', ['Suisse', 'Switzerland'], 'Q39'],
    ['hungary', 'Hungary', ['Hongrie', 'Hungary'], 'Q28'],
    ['slovakia', 'Slovakia', ['Slovaquie', 'Slovakia'], 'Q214'],
    ['serbia', 'Serbia', ['Serbie', 'Serbia'], 'Q403'],
    ['japan', 'Japan', ['Japon', 'Japan'], 'Q17'],
    ['north-korea', 'North Korea', ['Corée du Nord', 'North Korea', 'RPDC'], 'Q423'],
    ['south-korea', 'South Korea', ['Corée du Sud', 'South Korea'], 'Q884'],
    ['vietnam', 'Vietnam', ['Vietnam', 'Viêt Nam', 'Viet Nam'], 'Q881'],
    ['soviet-union', 'Soviet Union', ['URSS', 'Union soviétique', 'USSR', 'ex-URSS']],
    ['democratic-republic-of-the-congo', 'Democratic Republic of the Congo', ['RDC', 'RD Congo']],
    ['central-african-republic', 'Central African Republic', ['RCA', 'Centrafrique']],
    ['cuba', 'Cuba', ['Cuba'], 'Q241'],
    ['venezuela', 'Venezuela', ['Venezuela'], 'Q717'],
  ]),
  ...within('russia', 'city', [
    ['moscow', 'Moscow', ['Moscou', 'Moscow'], 'Q649'],
    [
      'saint-petersburg',
      'Saint Petersburg',
      ['Saint-Pétersbourg', 'Saint Petersburg', 'St. Petersburg'],
      'Q656',
    ],
    ['kazan', 'Kazan', ['Kazan'], 'Q900'],
    ['sochi', 'Sochi', ['Sotchi', 'Sochi']],
    ['novosibirsk', 'Novosibirsk', ['Novossibirsk', 'Novosibirsk']],
    ['smolensk', 'Smolensk', ['Smolensk']],
    ['pskov', 'Pskov', ['Pskov']],
    ['kaliningrad', 'Kaliningrad', ['Kaliningrad']],
    ['vladivostok', 'Vladivostok', ['Vladivostok']],
    ['yekaterinburg', 'Yekaterinburg', ['Iekaterinbourg', 'Yekaterinburg', 'Ekaterinburg']],
    ['nizhny-novgorod', 'Nizhny Novgorod', ['Nijni Novgorod', 'Nizhny Novgorod']],
  ]),
  ...within('belarus', 'city', [
    ['minsk', 'Minsk', ['Minsk'], 'Q2280'],
    ['vitebsk', 'Vitebsk', ['Vitebsk', 'Viciebsk']],
    ['polotsk', 'Polotsk', ['Polotsk', 'Polatsk']],
    ['novopolotsk', 'Novopolotsk', ['Novopolotsk', 'Navapolatsk']],
    ['gomel', 'Gomel', ['Gomel', 'Homiel']],
    ['grodno', 'Grodno', ['Grodno', 'Hrodna']],
    ['brest', 'Brest', ['Brest']],
    ['mogilev', 'Mogilev', ['Moguilev', 'Mogilev', 'Mahilioŭ']],
    ['minsk-region', 'Minsk Region', ['région de Minsk', 'Minsk Region']],
  ]),
  ...within('ukraine', 'city', [
    ['kyiv', 'Kyiv', ['Kiev', 'Kyiv', 'Kyïv'], 'Q1899'],
    ['kharkiv', 'Kharkiv', ['Kharkiv', 'Kharkov']],
    ['odesa', 'Odesa', ['Odessa', 'Odesa']],
  ]),
  ...within('china', 'city', [
    ['beijing', 'Beijing', ['Pékin', 'Beijing'], 'Q956'],
    ['shanghai', 'Shanghai', ['Shanghai']],
  ]),
  ...within('kazakhstan', 'city', [
    ['astana', 'Astana', ['Astana', 'Nour-Soultan', 'Nur-Sultan', 'Noursoultan'], 'Q1520'],
    ['almaty', 'Almaty', ['Almaty', 'Alma-Ata']],
  ]),
  ...within('turkey', 'city', [
    ['istanbul', 'Istanbul', ['Istanbul'], 'Q406'],
    ['ankara', 'Ankara', ['Ankara'], 'Q3640'],
  ]),
  ...within('iran', 'city', [['tehran', 'Tehran', ['Téhéran', 'Tehran'], 'Q3616']]),
  ...within('uzbekistan', 'city', [
    ['tashkent', 'Tashkent', ['Tachkent', 'Tashkent']],
    ['samarkand', 'Samarkand', ['Samarcande', 'Samarkand']],
  ]),
  ...within('kyrgyzstan', 'city', [['bishkek', 'Bishkek', ['Bichkek', 'Bishkek']]]),
  ...within('tajikistan', 'city', [['dushanbe', 'Dushanbe', ['Douchanbé', 'Dushanbe']]]),
  ...within('armenia', 'city', [['yerevan', 'Yerevan', ['Erevan', 'Yerevan']]]),
  ...within('azerbaijan', 'city', [['baku', 'Baku', ['Bakou', 'Baku']]]),
  ...within('georgia', 'city', [['tbilisi', 'Tbilisi', ['Tbilissi', 'Tbilisi']]]),
  ...within('france', 'city', [['paris', 'Paris', ['Paris'], 'Q90']]),
  ...within('germany', 'city', [['berlin', 'Berlin', ['Berlin'], 'Q64']]),
  ...within('united-kingdom', 'city', [['london', 'London', ['Londres', 'London'], 'Q84']]),
  ...within('united-states', 'city', [['washington', 'Washington, D.C.', ['Washington'], 'Q61']]),
  ...within('switzerland', 'city', [['geneva', 'Geneva', ['Genève', 'Geneva'], 'Q71']]),
  ...within('poland', 'city', [['warsaw', 'Warsaw', ['Varsovie', 'Warsaw'], 'Q270']]),
  ...within('lithuania', 'city', [['vilnius', 'Vilnius', ['Vilnius'], 'Q216']]),
  ...within('russia', 'landmark', [
    ['kremlin', 'Kremlin', ['Kremlin']],
    [
      'grand-kremlin-palace',
      'Grand Kremlin Palace',
      ['Grand Palais du Kremlin', 'Grand Kremlin Palace'],
    ],
  ]),
  // the Kremlin's halls of state, where talks and ceremonies are reported
  ...within('russia', 'facility', [
    [
      'st-george-hall',
      'St George Hall',
      [
        'salle Saint-Georges',
        'St George Hall',
        'St. George Hall',
        'St George’s Hall',
        "St George's Hall",
      ],
    ],
    [
      'st-catherine-hall',
      'St Catherine Hall',
      ['salle Sainte-Catherine', 'St Catherine Hall', 'St. Catherine Hall', 'St Catherine’s Hall'],
    ],
    [
      'st-alexander-hall',
      'St Alexander Hall',
      ['salle Saint-Alexandre', 'salle Alexandre', 'St Alexander Hall', 'Alexander Hall'],
    ],
    [
      'st-andrew-hall',
      'St Andrew Hall',
      ['salle Saint-André', 'St Andrew Hall', 'Andreyevsky Hall'],
    ],
    [
      'faceted-chamber',
      'Faceted Chamber',
      ['palais à facettes', 'salle à facettes', 'Faceted Chamber', 'Palace of Facets'],
    ],
  ]),
  ...within('china', 'landmark', [
    [
      'great-hall-of-the-people',
      'Great Hall of the People',
      ['Grand Palais du Peuple', 'Palais de l’Assemblée du peuple', 'Great Hall of the People'],
    ],
    [
      'diaoyutai-state-guesthouse',
      'Diaoyutai State Guesthouse',
      [
        'résidence d’État de Diaoyutai',
        "résidence d'État de Diaoyutai",
        'Diaoyutai State Guesthouse',
        'Diaoyutai',
      ],
    ],
    ['zhongnanhai', 'Zhongnanhai', ['Zhongnanhai']],
    [
      'tiananmen-square',
      'Tiananmen Square',
      ['place Tian’anmen', 'place Tiananmen', 'Tiananmen Square'],
    ],
  ]),
  ...within('united-states', 'landmark', [
    ['white-house', 'White House', ['Maison Blanche', 'Maison-Blanche', 'White House']],
  ]),
  ...within('france', 'landmark', [
    ['elysee-palace', 'Élysée Palace', ['Élysée', 'palais de l’Élysée', "palais de l'Élysée"]],
  ]),
  ...within('russia', 'region', [['crimea', 'Crimea', ['Crimée', 'Crimea']]]),
  ...within('ukraine', 'region', [['donbas', 'Donbas', ['Donbass', 'Donbas']]]),
  ...REGIONS,
  {
    id: 'caucasus',
    type: 'Place',
    name: 'Caucasus',
    subtype: 'region',
    aliases: ['Caucase', 'Caucasus'],
  },
];

/** Landmarks that also name the body seated there ("le leader du Kremlin" is no place). */
export const SEATS_OF_POWER: ReadonlySet<string> = new Set([
  'kremlin',
  'white-house',
  'elysee-palace',
]);
