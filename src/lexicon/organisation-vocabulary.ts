// Words that build the names of bodies, with their English: head nouns ("Conseil" -> Council),
// qualifiers that go before the English head ("exécutif" -> Executive) and complements that go
// after it ("des chefs d’État" -> of Heads of State). Used by 3-recognise/organisation-shapes.ts.

export interface BodyWord {
  /** French or English forms, as written (case matters only for the first letter of heads). */
  readonly forms: readonly string[];
  readonly english: string;
  readonly subtype?: string;
  /** Heads: a domain complement goes before the English head ("Foreign Affairs Commission"). */
  readonly domainFirst?: boolean;
  /** Complements: the domain as a head that takes it first writes it ("des affaires étrangères"). */
  readonly domain?: string;
}

/** Head nouns. Lower-case forms only stand with an anchor ("ministère russe", "gouvernement de"). */
export const BODY_HEADS: readonly BodyWord[] = [
  { forms: ['Conseil', 'Council'], english: 'Council', subtype: 'governing_body' },
  {
    forms: ['Comité', 'comité', 'Committee'],
    english: 'Committee',
    subtype: 'governing_body',
    domainFirst: true,
  },
  {
    forms: ['Commission', 'commission'],
    english: 'Commission',
    subtype: 'governing_body',
    domainFirst: true,
  },
  // party and state bodies: "Bureau politique", "Bureau général", "Département international"
  {
    forms: ['Bureau politique', 'Political Bureau', 'Politburo'],
    english: 'Political Bureau',
    subtype: 'governing_body',
  },
  { forms: ['Bureau', 'Office'], english: 'Office', subtype: 'governing_body' },
  {
    forms: ['Administration présidentielle', 'Presidential Administration'],
    english: 'Presidential Administration',
    subtype: 'government',
  },
  {
    forms: ['Département', 'Department'],
    english: 'Department',
    subtype: 'governing_body',
    domainFirst: true,
  },
  { forms: ['Ministère', 'ministère', 'Ministry'], english: 'Ministry', subtype: 'ministry' },
  { forms: ['Assemblée', 'Assembly'], english: 'Assembly', subtype: 'governing_body' },
  {
    forms: ['Parlement', 'parlement', 'Parliament'],
    english: 'Parliament',
    subtype: 'governing_body',
  },
  {
    forms: ['Gouvernement', 'gouvernement', 'Government', 'government'],
    english: 'Government',
    subtype: 'government',
  },
  {
    forms: ['Secrétariat', 'secrétariat', 'Secretariat'],
    english: 'Secretariat',
    subtype: 'governing_body',
  },
  {
    forms: ['Présidence', 'présidence', 'Presidency'],
    english: 'Presidency',
    subtype: 'governing_body',
  },
  {
    forms: ['Chambre des représentants', 'House of Representatives'],
    english: 'House of Representatives',
    subtype: 'governing_body',
  },
  { forms: ['Chambre', 'Chamber'], english: 'Chamber', subtype: 'governing_body' },
  { forms: ['Cabinet'], english: 'Cabinet', subtype: 'government' },
  { forms: ['Sénat', 'Senate'], english: 'Senate', subtype: 'governing_body' },
  { forms: ['État-major', 'état-major', 'Staff'], english: 'Staff', subtype: 'military' },
  { forms: ['Banque', 'Bank'], english: 'Bank', subtype: 'international_org' },
  { forms: ['Fonds', 'Fund'], english: 'Fund', subtype: 'international_org' },
  { forms: ['Cour', 'Court'], english: 'Court', subtype: 'court' },
  { forms: ['Service', 'service'], english: 'Service', subtype: 'government' },
  { forms: ['Parti', 'Party'], english: 'Party', subtype: 'party' },
];

/** Qualifiers; in English they go before the head, nearest last: "électorale centrale" -> Central Election. */
export const BODY_QUALIFIERS: readonly BodyWord[] = [
  { forms: ['exécutif', 'exécutive', 'Executive'], english: 'Executive' },
  { forms: ['suprême', 'Supreme'], english: 'Supreme' },
  { forms: ['national', 'nationale', 'National'], english: 'National' },
  { forms: ['central', 'centrale', 'Central'], english: 'Central' },
  { forms: ['général', 'générale', 'General'], english: 'General' },
  { forms: ['permanent', 'permanente', 'Standing'], english: 'Standing' },
  { forms: ['mixte', 'Joint'], english: 'Joint' },
  { forms: ['unifié', 'unifiée', 'interarmées'], english: 'Joint' },
  {
    forms: [
      'intergouvernemental',
      'intergouvernementale',
      'Intergovernmental',
      'Inter-Governmental',
    ],
    english: 'Intergovernmental',
  },
  { forms: ['parlementaire', 'Parliamentary'], english: 'Parliamentary' },
  { forms: ['interparlementaire', 'Inter-Parliamentary'], english: 'Inter-Parliamentary' },
  { forms: ['électoral', 'électorale', 'Election', 'Electoral'], english: 'Election' },
  { forms: ['fédéral', 'fédérale', 'Federal'], english: 'Federal' },
  { forms: ['constitutionnel', 'constitutionnelle', 'Constitutional'], english: 'Constitutional' },
  { forms: ['consultatif', 'consultative', 'Advisory'], english: 'Advisory' },
  { forms: ['régional', 'régionale', 'Regional'], english: 'Regional' },
  { forms: ['interrégional', 'interrégionale', 'Interregional'], english: 'Interregional' },
  { forms: ['international', 'internationale', 'International'], english: 'International' },
  { forms: ['militaire', 'Military'], english: 'Military' },
  { forms: ['Publicity', 'Propaganda'], english: 'Publicity' },
  { forms: ['populaire', 'People’s'], english: 'People’s' },
  { forms: ['présidentiel', 'présidentielle', 'Presidential'], english: 'Presidential' },
  { forms: ['d’État', "d'État", 'State'], english: 'State' },
  { forms: ['de sécurité', 'Security'], english: 'Security' },
  { forms: ['de défense', 'Defence', 'Defense'], english: 'Defence' },
  { forms: ['de presse', 'Press'], english: 'Press' },
  { forms: ['de coordination', 'Coordination'], english: 'Coordination' },
  { forms: ['de coopération', 'Cooperation'], english: 'Cooperation' },
  { forms: ['de haut niveau', 'High-Level'], english: 'High-Level' },
  { forms: ['stratégique', 'Strategic'], english: 'Strategic' },
  { forms: ['des jeunes', 'de la jeunesse', 'Youth'], english: 'Youth' },
  { forms: ['Foreign'], english: 'Foreign' },
];

/** Complements; in English they follow the head: "Conseil des chefs d’État" -> Council of Heads of State. */
export const BODY_COMPLEMENTS: readonly BodyWord[] = [
  {
    forms: ['des chefs d’État', "des chefs d'État", 'of Heads of State'],
    english: 'of Heads of State',
  },
  {
    forms: ['des chefs de gouvernement', 'of Heads of Government'],
    english: 'of Heads of Government',
  },
  {
    forms: [
      'des ministres des Affaires étrangères',
      'of Foreign Ministers',
      'of Ministers of Foreign Affairs',
    ],
    english: 'of Foreign Ministers',
  },
  {
    forms: ['des ministres de la Défense', 'of Defence Ministers'],
    english: 'of Defence Ministers',
  },
  { forms: ['des ministres', 'des Ministres', 'of Ministers'], english: 'of Ministers' },
  { forms: ['des représentants', 'of Representatives'], english: 'of Representatives' },
  {
    forms: ['des Affaires étrangères', 'of Foreign Affairs'],
    english: 'of Foreign Affairs',
    domain: 'Foreign Affairs',
  },
  { forms: ['de la Défense', 'of Defence'], english: 'of Defence', domain: 'Defence' },
  {
    forms: ['de la Publicité', 'de la Propagande', 'of Publicity'],
    english: 'of Publicity',
    domain: 'Publicity',
  },
  {
    forms: [
      'du Travail du Front uni',
      'du travail du Front uni',
      'du Front uni',
      'United Front Work',
    ],
    english: 'of United Front Work',
    domain: 'United Front Work',
  },
  {
    forms: ['de l’Intérieur', "de l'Intérieur", 'of Internal Affairs'],
    english: 'of Internal Affairs',
  },
  { forms: ['des Finances', 'of Finance'], english: 'of Finance' },
  { forms: ['de l’Économie', "de l'Économie", 'of Economy'], english: 'of Economy' },
  { forms: ['du Commerce', 'of Trade', 'of Commerce'], english: 'of Trade' },
  // a ministry's domains: "ministère vietnamien de l’Industrie et du Commerce"
  { forms: ['de l’Industrie', "de l'Industrie", 'of Industry'], english: 'of Industry' },
  { forms: ['de l’Agriculture', "de l'Agriculture", 'of Agriculture'], english: 'of Agriculture' },
  { forms: ['de la Santé', 'of Health'], english: 'of Health' },
  { forms: ['de l’Éducation', "de l'Éducation", 'of Education'], english: 'of Education' },
  { forms: ['de la Culture', 'of Culture'], english: 'of Culture' },
  { forms: ['des Transports', 'du Transport', 'of Transport'], english: 'of Transport' },
  { forms: ['du Travail', 'of Labour', 'of Labor'], english: 'of Labour' },
  { forms: ['du Tourisme', 'of Tourism'], english: 'of Tourism' },
  { forms: ['de l’Intégration', "de l'Intégration", 'of Integration'], english: 'of Integration' },
  {
    forms: ['des Investissements', 'de l’Investissement', "de l'Investissement", 'of Investment'],
    english: 'of Investment',
  },
  {
    forms: ['du Développement économique', 'of Economic Development'],
    english: 'of Economic Development',
  },
  { forms: ['de l’Énergie', "de l'Énergie", 'of Energy'], english: 'of Energy' },
  { forms: ['de la Justice', 'of Justice'], english: 'of Justice' },
  {
    forms: ['des Situations d’urgence', 'of Emergency Situations'],
    english: 'of Emergency Situations',
  },
  {
    forms: ['des secrétaires des conseils de sécurité'],
    english: 'of Security Council Secretaries',
  },
];

/** English short forms of organisations that name their bodies: "SCO Council of Heads of State". */
export const ORGANISATION_SHORT_NAMES: Readonly<Record<string, string>> = {
  sco: 'SCO',
  csto: 'CSTO',
  cis: 'CIS',
  eaeu: 'EAEU',
  brics: 'BRICS',
  un: 'UN',
  'cis-ipa': 'IPA CIS',
  nato: 'NATO',
  asean: 'ASEAN',
  'european-union': 'EU',
  cica: 'CICA',
  'sco-rats': 'SCO RATS',
  cppcc: 'CPPCC',
  'national-peoples-congress': 'NPC',
};

/**
 * Short forms a party takes in the name of a body of its own body: "Bureau politique du Comité
 * central du PCC" -> "Political Bureau of the CPC Central Committee" (the Central Committee itself
 * keeps its full name: "Central Committee of the Communist Party of China").
 */
export const PARTY_SHORT_NAMES: Readonly<Record<string, string>> = {
  'communist-party-of-china': 'CPC',
  'communist-party-of-vietnam': 'CPV',
  'workers-party-of-korea': 'WPK',
};

/** Nouns that make a lower-case English head an attribute: "the Uzbek government delegation". */
export const ATTRIBUTIVE_NOUNS: ReadonlySet<string> = new Set([
  ...['delegation', 'delegations', 'team', 'side', 'official', 'officials', 'source', 'sources'],
  ...['forces', 'troops', 'bonds', 'debt', 'building', 'buildings', 'plane', 'aircraft'],
]);

/**
 * The purpose that ends the name of a joint body, and the English of its French adjectives:
 * "Comité intergouvernemental ... pour la coopération économique et commerciale" -> "for
 * Economic and Trade Cooperation". Nouns first, then adjectives.
 */
export const PURPOSE_NOUNS: Readonly<Record<string, string>> = {
  coopération: 'Cooperation',
  commerce: 'Trade',
  partenariat: 'Partnership',
  sécurité: 'Security',
};
export const PURPOSE_ADJECTIVES: Readonly<Record<string, string>> = {
  économique: 'Economic',
  commerciale: 'Trade',
  'commerciale-économique': 'Trade and Economic',
  'commercial-économique': 'Trade and Economic',
  'économique-commerciale': 'Economic and Trade',
  scientifique: 'Scientific',
  'scientifique-technique': 'Scientific-Technical',
  'scientifico-technique': 'Scientific-Technical',
  technique: 'Technical',
  technologique: 'Technological',
  'technico-militaire': 'Military-Technical',
  militaire: 'Military',
  culturelle: 'Cultural',
  humanitaire: 'Humanitarian',
  industrielle: 'Industrial',
  énergétique: 'Energy',
  financière: 'Financial',
  éducative: 'Educational',
  interrégionale: 'Interregional',
  transfrontalière: 'Cross-Border',
  agricole: 'Agricultural',
  spatiale: 'Space',
  nucléaire: 'Nuclear',
  frontalière: 'Border',
  régionale: 'Regional',
};
/** English words a purpose may end on: "Commission on Trade and Economic Cooperation". */
export const ENGLISH_PURPOSE_ENDS: readonly string[] = [
  ...['Cooperation', 'Co-operation', 'Trade', 'Partnership', 'Security', 'Investment'],
  ...['Investments', 'Development', 'Affairs', 'Issues', 'Relations', 'Connectivity'],
];
