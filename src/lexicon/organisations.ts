// International organisations, governing bodies, churches and media, with FR/EN names and acronyms.
// Acronyms are written in capitals so they only match capitalised text ("OCS", not "ocs").

import type { LexiconEntry } from './types.js';

type OrgRow = readonly [
  id: string,
  name: string,
  subtype: string,
  aliases: readonly string[],
  wikidata?: string,
];

function organisations(rows: readonly OrgRow[]): LexiconEntry[] {
  return rows.map(([id, name, subtype, aliases, wikidata]) => ({
    id,
    type: 'Organisation',
    name,
    subtype,
    aliases,
    ...(wikidata ? { wikidata } : {}),
  }));
}

export const ORGANISATIONS: readonly LexiconEntry[] = organisations([
  [
    'sco',
    'Shanghai Cooperation Organisation',
    'international_org',
    [
      'Organisation de coopération de Shanghai',
      'OCS',
      'SCO',
      'Shanghai Cooperation Organisation',
      'Shanghai Cooperation Organization',
    ],
  ],
  [
    'csto',
    'Collective Security Treaty Organisation',
    'international_org',
    [
      'Organisation du Traité de sécurité collective',
      'OTSC',
      'CSTO',
      'Collective Security Treaty Organization',
      'Collective Security Treaty Organisation',
    ],
  ],
  [
    'union-state',
    'Union State',
    'international_org',
    [
      'État de l’Union',
      "État de l'Union",
      'Etat de l’Union',
      'État fédéré de la Russie et de la Biélorussie',
      'État fédéré',
      'Union de la Russie et de la Bélarus',
      'Union de la Russie et de la Biélorussie',
      'Union State',
      'Union State of Russia and Belarus',
      'État uni',
    ],
  ],
  [
    'supreme-state-council',
    'Supreme State Council',
    'governing_body',
    [
      'Conseil d’État suprême',
      "Conseil d'État suprême",
      'Conseil suprême d’État',
      "Conseil suprême d'État",
      'Supreme State Council',
    ],
  ],
  [
    'eaeu',
    'Eurasian Economic Union',
    'international_org',
    [
      'Union économique eurasiatique',
      'Union économique eurasienne',
      'UEEA',
      'UEE',
      'EAEU',
      'Eurasian Economic Union',
    ],
  ],
  [
    'cis',
    'Commonwealth of Independent States',
    'international_org',
    ['Communauté des États indépendants', 'CEI', 'CIS', 'Commonwealth of Independent States'],
  ],
  ['brics', 'BRICS', 'international_org', ['BRICS']],
  [
    'nato',
    'NATO',
    'international_org',
    ['OTAN', 'NATO', 'Organisation du traité de l’Atlantique nord', 'Alliance atlantique'],
    'Q7184',
  ],
  [
    'european-union',
    'European Union',
    'international_org',
    ['Union européenne', 'UE', 'EU', 'European Union'],
    'Q458',
  ],
  [
    'european-commission',
    'European Commission',
    'international_org',
    [
      'Commission européenne',
      'European Commission',
      'commissaires européens',
      'commissaire européen',
    ],
  ],
  [
    'un',
    'United Nations',
    'international_org',
    ['Organisation des Nations unies', 'Nations unies', 'ONU', 'UN', 'United Nations'],
    'Q1065',
  ],
  [
    'un-security-council',
    'United Nations Security Council',
    'governing_body',
    [
      'Conseil de sécurité de l’ONU',
      'Conseil de sécurité des Nations unies',
      'UN Security Council',
    ],
  ],
  [
    'osce',
    'OSCE',
    'international_org',
    ['OSCE', 'Organisation pour la sécurité et la coopération en Europe'],
  ],
  [
    'russian-orthodox-church',
    'Russian Orthodox Church',
    'church',
    ['Église orthodoxe russe', 'Eglise orthodoxe russe', 'Russian Orthodox Church'],
    'Q60995',
  ],
  [
    'belarusian-orthodox-church',
    'Belarusian Orthodox Church',
    'church',
    ['Église orthodoxe biélorusse', 'Belarusian Orthodox Church'],
  ],
  [
    'kremlin-administration',
    'Presidential Executive Office of Russia',
    'government',
    ['Administration présidentielle russe', 'Presidential Executive Office'],
  ],
  ['state-duma', 'State Duma', 'governing_body', ['Douma d’État', 'Douma', 'State Duma']],
  [
    'federation-council',
    'Federation Council',
    'governing_body',
    ['Conseil de la Fédération', 'Federation Council'],
  ],
  ['tass', 'TASS', 'media', ['TASS', 'Tass']],
  ['ria-novosti', 'RIA Novosti', 'media', ['RIA Novosti', 'Ria Novosti']],
  [
    'izvestia',
    'Izvestia',
    'media',
    ['Izvestia', 'Izvestiya', 'centre d’information multimédia Izvestia'],
  ],
  ['belarus-1', 'Belarus-1', 'media', ['Belarus-1', 'Biélorussie-1', 'Belarus 1']],
  ['belta', 'BelTA', 'media', ['BelTA', 'BELTA']],
  [
    'russia-today',
    'Russia Today',
    'media',
    ['Russia Today', 'RT', 'La Russie aujourd’hui', "La Russie aujourd'hui"],
  ],
  ['sputnik', 'Sputnik', 'media', ['Sputnik']],
  ['interfax', 'Interfax', 'media', ['Interfax']],
  ['kommersant', 'Kommersant', 'media', ['Kommersant']],
  ['afp', 'Agence France-Presse', 'media', ['Agence France-Presse', 'AFP']],
  ['reuters', 'Reuters', 'media', ['Reuters']],
  ['associated-press', 'Associated Press', 'media', ['Associated Press']],
  ['xinhua', 'Xinhua News Agency', 'media', ['Xinhua', 'agence Chine nouvelle']],
  ['vna', 'Vietnam News Agency', 'media', ['VNA', 'Agence vietnamienne d’information']],
  ['cvn', 'Le Courrier du Vietnam', 'media', ['CVN', 'Le Courrier du Vietnam']],
  ['anadolu', 'Anadolu Agency', 'media', ['Anadolu']],
]);
