// Eurasian organisations and their main bodies, with FR/EN names and acronyms; world bodies
// (world-organisations.ts), national bodies and parties (national-bodies.ts), media (media.ts).

import { COMPANIES } from './companies.js';
import { MEDIA } from './media.js';
import { WORLD_ORGANISATIONS } from './world-organisations.js';
import { NATIONAL_BODIES } from './national-bodies.js';
import { organisations } from './organisation-rows.js';
import type { LexiconEntry } from './types.js';

const EURASIAN: readonly LexiconEntry[] = organisations([
  [
    'sco',
    'Shanghai Cooperation Organisation',
    'international_org',
    [
      'Organisation de coopération de Shanghai',
      'Organisation de Shanghai pour la coopération',
      'OCS',
      'SCO',
      'Shanghai Cooperation Organisation',
      'Shanghai Cooperation Organization',
    ],
    'Q485207',
  ],
  [
    'sco-rats',
    'SCO Regional Anti-Terrorist Structure',
    'international_org',
    [
      'structure régionale antiterroriste',
      'structure antiterroriste régionale',
      'SCO Regional Anti-Terrorist Structure',
      'Regional Anti-Terrorist Structure',
      'Regional Anti-Terrorism Structure',
      'RATS',
      'SRAT',
    ],
  ],
  [
    'csto',
    'Collective Security Treaty Organization',
    'international_org',
    [
      'Organisation du Traité de sécurité collective',
      'OTSC',
      'CSTO',
      'Collective Security Treaty Organization',
      'Collective Security Treaty Organisation',
    ],
    'Q1151461',
  ],
  // the CSTO's summit of heads of state; "Conseil de sécurité" alone is a country's or the UN's
  [
    'csto-collective-security-council',
    'CSTO Collective Security Council',
    'governing_body',
    [
      'Conseil de sécurité collective',
      'Conseil de la sécurité collective',
      'Collective Security Council',
      'CSTO Collective Security Council',
    ],
  ],
  [
    'union-state',
    'Union State',
    'international_org',
    [
      'État de l’Union',
      'Etat de l’Union',
      'État fédéré de la Russie et de la Biélorussie',
      'État fédéré',
      'État uni',
      'État d’union',
      'Union d’État',
      'Union d’État entre le Bélarus et la Russie',
      'Union d’État entre la Biélorussie et la Russie',
      'Union d’État entre la Russie et la Biélorussie',
      'Union de la Russie et de la Bélarus',
      'Union de la Russie et de la Biélorussie',
      'Union State',
      'Union State of Russia and Belarus',
      'Belarus-Russia Union State',
      'Russia-Belarus Union State',
    ],
  ],
  [
    'supreme-state-council',
    'Supreme State Council of the Union State',
    'governing_body',
    [
      'Conseil d’État suprême',
      'Conseil suprême d’État',
      'Supreme State Council',
      'Supreme State Council of the Union State',
      'Supreme Council of the Union State',
    ],
  ],
  [
    'union-state-parliamentary-assembly',
    'Parliamentary Assembly of the Union State of Belarus and Russia',
    'governing_body',
    [
      'Assemblée parlementaire de l’État de l’Union',
      'Assemblée parlementaire de l’Union de la Biélorussie et de la Russie',
      'Assemblée parlementaire de l’Union de la Russie et de la Biélorussie',
      'Parliamentary Assembly of the Union State',
      'Parliamentary Assembly of the Belarus-Russia Union State',
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
      'EAEU',
      'Eurasian Economic Union',
    ],
    'Q17093',
  ],
  [
    'supreme-eurasian-economic-council',
    'Supreme Eurasian Economic Council',
    'governing_body',
    [
      'Conseil économique suprême eurasien',
      'Conseil économique suprême eurasiatique',
      'Conseil économique eurasiatique suprême',
      'Conseil économique eurasien suprême',
      'Conseil suprême économique eurasiatique',
      'Conseil Economique Euroasiatique Suprême',
      'Supreme Eurasian Economic Council',
      'EAEU Supreme Council',
      'SEEC',
    ],
  ],
  [
    'eurasian-intergovernmental-council',
    'Eurasian Intergovernmental Council',
    'governing_body',
    [
      'Conseil intergouvernemental eurasiatique',
      'Conseil intergouvernemental eurasien',
      'Eurasian Intergovernmental Council',
    ],
  ],
  [
    'eurasian-economic-commission',
    'Eurasian Economic Commission',
    'governing_body',
    [
      'Commission économique eurasiatique',
      'Commission économique eurasienne',
      'Eurasian Economic Commission',
      'EEC',
    ],
  ],
  [
    'cis',
    'Commonwealth of Independent States',
    'international_org',
    ['Communauté des États indépendants', 'CEI', 'CIS', 'Commonwealth of Independent States'],
    'Q7779',
  ],
  [
    'cis-ipa',
    'CIS Inter-Parliamentary Assembly',
    'international_org',
    [
      'Assemblée interparlementaire de la CEI',
      'Assemblée parlementaire de la CEI',
      'Assemblée interparlementaire des États membres de la CEI',
      'Assemblée interparlementaire des États membres de la Communauté des États indépendants',
      'AIP CEI',
      'AIP de la CEI',
      'IPA CIS',
      'CIS Inter-Parliamentary Assembly',
      'Inter-Parliamentary Assembly of the CIS',
    ],
  ],
  [
    'international-organization-for-the-russian-language',
    'International Organization for the Russian Language',
    'international_org',
    [
      'Organisation internationale pour la langue russe',
      'International Organization for the Russian Language',
    ],
  ],
  [
    'organization-of-turkic-states',
    'Organization of Turkic States',
    'international_org',
    [
      'Organisation des États turciques',
      'Organisation des États turcs',
      'Organisation des États turcophones',
      'Conseil turcique',
      'Conseil de coopération des États turcophones',
      'OET',
      'OTS',
      'Organization of Turkic States',
      'Organisation of Turkic States',
      'Turkic Council',
    ],
  ],
  [
    'turksoy',
    'International Organization of Turkic Culture',
    'international_org',
    [
      'Organisation internationale de la culture turcique',
      'Organisation internationale de la culture turque',
      'International Organization of Turkic Culture',
      'TURKSOY',
    ],
  ],
  [
    'turkpa',
    'Parliamentary Assembly of Turkic States',
    'international_org',
    [
      'Assemblée parlementaire des États turciques',
      'Assemblée parlementaire des pays turcophones',
      'Parliamentary Assembly of Turkic States',
      'TURKPA',
    ],
  ],
  [
    'international-turkic-academy',
    'International Turkic Academy',
    'international_org',
    [
      'Académie internationale turcique',
      'Académie turque internationale',
      'International Turkic Academy',
    ],
  ],
  [
    'turkic-culture-and-heritage-foundation',
    'Turkic Culture and Heritage Foundation',
    'international_org',
    [
      'Fonds de la culture et du patrimoine turciques',
      'Fondation de la culture et du patrimoine turcs',
      'Turkic Culture and Heritage Foundation',
    ],
  ],
]);

export const ORGANISATIONS: readonly LexiconEntry[] = [
  ...EURASIAN,
  ...WORLD_ORGANISATIONS,
  ...NATIONAL_BODIES,
  ...MEDIA,
  ...COMPANIES,
];
