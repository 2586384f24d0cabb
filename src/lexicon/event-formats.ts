// Event formats with their French and English keywords, most specific first:
// "négociations restreintes" is RESTRICTED_TALKS before "négociations" is NEGOTIATIONS.

import type { EventFormat } from '../types.js';
import { DAY_WORDS } from './meeting-event-verbs.js';
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

/** "est arrivé mardi à Astana pour assister au sommet", "arrived on Monday for the summit": the
 * arrival's day is not the gathering's. Folded, matched on the words before the gathering. */
export const ARRIVAL_FOR_GATHERING =
  /(?:arrive|arrivee|arrives|arrived|atterri|landed)\b[^.;!?]*\b(?:pour|afin de|for|to attend|to take part in)\b[^.;!?]*$/u;

/** Machines and works whose "entretien" is upkeep, not a meeting: "l’entretien de cet hélicoptère". */
export const MAINTAINED_THINGS: readonly string[] = [
  'hélicoptère',
  'avion',
  'appareil',
  'aéronef',
  'équipement',
  'matériel',
  'véhicule',
  'moteur',
  'navire',
  'engin',
  'machine',
  'installation',
  'route',
  'bâtiment',
  'réseau',
  'centrale',
];

/** Auxiliaries (and their passive "été") before a participle that reports an event: "ont signé". */
export const EVENT_AUXILIARIES: readonly string[] = [
  'a',
  'ont',
  'avons',
  'avez',
  'avait',
  'avaient',
  'été',
  'has',
  'have',
  'had',
  'was',
  'were',
  'been',
];

/** English simple pasts among the participles: "the leaders signed a treaty" needs no auxiliary,
 * only no article before it ("the signed treaty" is an adjective). */
export const SIMPLE_PAST_VERBS: readonly string[] = ['signed'];

/** Adjectives written before an event noun: "de violents troubles", "une courte visite". */
export const MODIFIERS_BEFORE_EVENT: readonly string[] = [
  'violents',
  'violentes',
  'violent',
  'violente',
  'courte',
  'court',
  'longue',
  'long',
  'unprovoked',
  'brief',
  'short',
];

/** Objects after "arrivé à" that are no place: "arrivé au pouvoir", "arrivés à un accord". */
export const NOT_ARRIVAL_OBJECTS: readonly string[] = [
  'pouvoir',
  'terme',
  'conclusion',
  'accord',
  'compromis',
  'power',
];

/** What "met" (with) meets when it is no sitting: "met the press", "met expectations", "met with
 * criticism". */
export const NOT_MET_OBJECTS: readonly string[] = [
  // "Russia met its obligations": no person is "its"
  'its',
  'the press',
  'journalists',
  'reporters',
  'the media',
  'expectations',
  'the expectations',
  'the requirements',
  'requirements',
  'the criteria',
  'the conditions',
  'the demands',
  'the needs',
  'the target',
  'the deadline',
  'criticism',
  'resistance',
  'approval',
  'applause',
  'opposition',
  'skepticism',
  'scepticism',
];

/** Adverbs that end an event phrase: "le déplacement alors prévu", "la réunion hier". */
export const PHRASE_END_WORDS: readonly string[] = [
  'alors',
  'aussi',
  'également',
  'déjà',
  'encore',
  'notamment',
  'ensuite',
  'puis',
  'hier',
  'demain',
  'aujourd’hui',
  "aujourd'hui",
  'récemment',
  'prochainement',
  'désormais',
  'yesterday',
  'today',
  'also',
  'already',
];

/** Formats nobody attends: "pendant la guerre" dates a fact, it is no presence. */
export const UNATTENDED_FORMATS: readonly EventFormat[] = [
  'WAR',
  'MILITARY_OPERATION',
  'INCIDENT',
  'ELECTION',
  'TREATY',
];

/** A visit of any rank: what "during the visit" rules read ("visite d’État", "visite de travail"). */
export const VISIT_FORMATS: readonly EventFormat[] = ['VISIT', 'STATE_VISIT'];

/**
 * Formats one event may be written with: "la visite d’État" and later "cette visite" are one
 * visit, the more specific format wins (first of the family).
 */
export const FORMAT_FAMILIES: readonly (readonly EventFormat[])[] = [
  ['STATE_VISIT', 'VISIT'],
  ['VIDEOCONFERENCE', 'SUMMIT'],
];

/**
 * How events nest in one report: the parts of a session (restricted talks, ceremonies, signings,
 * press conferences) within a session or gathering, sessions within a visit. A part joins the
 * one event of the nearest level above it.
 */
export const EVENT_LEVELS: Readonly<
  Partial<Record<EventFormat, 'part' | 'session' | 'gathering' | 'visit'>>
> = {
  RESTRICTED_TALKS: 'part',
  EXPANDED_TALKS: 'part',
  CEREMONY: 'part',
  PRESS_CONFERENCE: 'part',
  SIGNING: 'part',
  OTHER: 'part',
  MEETING: 'session',
  TALKS: 'session',
  NEGOTIATIONS: 'session',
  SUMMIT: 'gathering',
  FORUM: 'gathering',
  VIDEOCONFERENCE: 'gathering',
  CONFERENCE: 'gathering',
  VISIT: 'visit',
  STATE_VISIT: 'visit',
};

/** The means of a call after a verb of talking: "spoke with X over the phone", "s’est entretenu
 * avec X par téléphone" is a phone call, not talks. */
export const PHONE_MEANS: readonly string[] = [
  'par téléphone',
  'au téléphone',
  'over the phone',
  'over the telephone',
  'by phone',
  'by telephone',
  'on the phone',
];

/** Verbs of talking a PHONE_MEANS follows in the same clause ("a spokesman said by phone" is an
 * interview, no call between two sides). */
export const TALKING_VERBS: readonly string[] = [
  'spoke',
  'speaks',
  'talked',
  'talks',
  'conversed',
  'conversation',
  'parlé',
  'entretenu',
  'entretenue',
  'entretenus',
  'entretiendront',
  'discuté',
  'échangé',
];

/** "a rendu hommage", "paid homage": a commemoration only at a memorial ("paid tribute to his
 * predecessor's work" praises). */
export const HOMAGE_VERBS: readonly string[] = [
  'paid homage',
  'pays homage',
  'paid tribute',
  'paid his respects',
  'paid respects',
  'rendu hommage',
  'rend hommage',
  'rendent hommage',
];

/** The memorials an act of homage is paid at. */
export const MEMORIAL_NOUNS: readonly string[] = [
  'monument',
  'mémorial',
  'memorial',
  'tombe',
  'tombeau',
  'tomb',
  'mausolée',
  'mausoleum',
  'flamme éternelle',
  'eternal flame',
  'cimetière',
  'cemetery',
  'stèle',
  'obélisque',
  'obelisk',
];

/** "addressed the Indian community", "s’est adressé à la diaspora": a meeting with an audience of
 * compatriots ("addressed the meeting" speaks at a sitting already told). */
export const ADDRESS_VERBS: readonly string[] = ['addressed', 's’est adressé', "s'est adressé"];
export const AUDIENCE_NOUNS: readonly string[] = [
  'community',
  'diaspora',
  'compatriots',
  'communauté',
  'compatriotes',
];

/** "l’ouverture de la 8e Exposition", "the opening of the trade fair": an event only when a fair
 * is opened ("l’ouverture d’un nouveau chapitre", "la politique d’ouverture" are none). */
export const OPENING_WORDS: readonly string[] = ['ouverture', 'opening of'];
export const OPENED_GATHERINGS: readonly string[] = [
  // not "l’ouverture du sommet", whose summit is the event told
  'exposition',
  'exhibition',
  'expo',
  'salon',
  'foire',
  'fair',
  'festival',
  'jeux',
  'games',
];

/** Words before "consultations" that make them a document or no diplomacy: "un plan de
 * consultations", "medical consultations". */
export const NOT_SITTING_CONSULTATIONS: readonly string[] = [
  'plan de',
  'plan des',
  'programme de',
  'programme des',
  'calendrier de',
  'calendrier des',
  'plan of',
  'programme of',
  'program of',
  'schedule of',
  'medical',
  'public',
];

/** Nouns of a sitting whose format a qualifier tells: after them in French ("entretiens élargis",
 * "séance restreinte"), before them in English ("delegation-level talks"; not "an expanded
 * meeting of the Board", a body's sitting). */
export const QUALIFIED_SITTINGS: {
  readonly fr: readonly string[];
  readonly en: readonly string[];
} = {
  fr: [
    'entretien',
    'entretiens',
    'négociations',
    'pourparlers',
    'réunion',
    'séance',
    'session',
    'consultations',
  ],
  en: ['talks', 'negotiations', 'consultations'],
};

/** The qualifiers of QUALIFIED_SITTINGS, by the format they make: one noun and one qualifier
 * each, matched as a pair, not as a list of every phrase. */
export const FORMAT_QUALIFIERS: readonly {
  readonly format: EventFormat;
  readonly after: readonly string[];
  readonly before: readonly string[];
}[] = [
  {
    format: 'RESTRICTED_TALKS',
    after: ['restreint', 'restreinte', 'restreints', 'restreintes', 'en petit comité'],
    before: ['restricted', 'restricted-level', 'one-on-one', 'closed-format'],
  },
  {
    format: 'EXPANDED_TALKS',
    after: ['élargi', 'élargie', 'élargis', 'élargies'],
    before: ['expanded', 'extended', 'enlarged', 'delegation-level', 'extended-format'],
  },
];

export const EVENT_FORMATS: readonly EventFormatEntry[] = [
  {
    format: 'PHONE_CALL',
    label: 'phone call',
    keywords: [
      'entretien téléphonique',
      'entretiens téléphoniques',
      'conversation téléphonique',
      'appel téléphonique',
      'échange téléphonique',
      'coup de fil',
      'telephone conversation',
      'phone conversation',
      'telephone call',
      'phone call',
      'phone talk',
      'phone talks',
    ],
    verbs: [
      // "s’est entretenu mercredi par téléphone avec": the day may come before "par téléphone"
      ...['entretenu', 'entretenus', 'entretenue'].flatMap((verb) =>
        ['', ...DAY_WORDS.map((day) => `${day} `)].flatMap((day) =>
          ['par téléphone', 'au téléphone'].map((phone) => `${verb} ${day}${phone}`),
        ),
      ),
      'parlé au téléphone',
      'spoke by phone',
      'spoke by telephone',
      'spoke on the phone',
      'talked by phone',
      'talked on the phone',
      // "X phoned Y on Wednesday"
      'phoned',
      'telephoned',
      // "X spoke with Y over the phone": the means after the verb's object, a verb's phrase
      ...PHONE_MEANS,
    ],
  },
  {
    format: 'VIDEOCONFERENCE',
    label: 'videoconference',
    keywords: [
      'visioconférence',
      'vidéoconférence',
      'sommet en ligne',
      'réunion en ligne',
      'sommet virtuel',
      'videoconference',
      'video conference',
      'videoconferencing',
      'video link',
      'online summit',
      'virtual summit',
      'online meeting',
    ],
  },
  {
    format: 'RESTRICTED_TALKS',
    label: 'restricted talks',
    // "réunion restreinte", "restricted-level talks": a sitting noun qualified, FORMAT_QUALIFIERS
    keywords: [
      'format restreint',
      'tête-à-tête',
      // "ont eu un entretien en petit comité"
      'en petit comité',
      'restricted format',
      'narrow format',
      'narrow-format',
      // "the talks were held first in a small format and then in a large format"
      'small format',
      'small-format',
      'restricted-format',
      // "met one-on-one", "talks in a one-on-one format"
      'one-on-one format',
      'one-on-one',
    ],
  },
  {
    format: 'EXPANDED_TALKS',
    label: 'expanded talks',
    keywords: [
      'format élargi',
      'expanded format',
      'extended format',
      'enlarged format',
      'broad format',
      'large format',
      'large-format',
      'expanded-format',
    ],
  },
  {
    format: 'PRESS_CONFERENCE',
    label: 'press conference',
    keywords: [
      'conférence de presse',
      'point de presse',
      'point presse',
      'briefing',
      'déclarations à la presse',
      // "dans sa déclaration à la presse après le sommet": one statement, no questions
      'déclaration à la presse',
      'press conference',
      'press statements',
      'press statement',
      'news conference',
      // "lors d’une conférence conjointe avec son homologue": a joint press conference
      'conférence conjointe',
    ],
    // "a répondu aux questions des médias": the press conference by what is done there
    verbs: [
      'répondu aux questions des médias',
      'répondu aux questions des journalistes',
      'answered questions from journalists',
      'answered media questions',
      // "the two leaders jointly met the press", "ont rencontré la presse"
      'rencontré la presse',
      'rencontré les journalistes',
      'met the press',
      'met with the press',
      'met with journalists',
      'met journalists',
      'met reporters',
      'met with reporters',
      // "X et Y ont tenu une conférence de presse": its holders (an English "held a" would read as
      // the "held talks" of the same report)
      ...['tenu', 'donné', 'tiennent', 'donnent'].flatMap((verb) =>
        ['une conférence de presse', 'un point de presse'].map((noun) => `${verb} ${noun}`),
      ),
    ],
  },
  {
    // "le dépôt de gerbes", "ont déposé une couronne de fleurs au monument", "laid a wreath": a
    // commemoration, also when a ceremony (ranked before CEREMONY: "cérémonie de dépôt de gerbes")
    format: 'COMMEMORATION',
    label: 'wreath laying',
    keywords: [
      'dépôt de couronnes',
      'dépôt de couronne',
      'dépôt de gerbes',
      'dépôt de gerbe',
      'dépôt de fleurs',
      'wreath-laying',
      'wreath laying',
      'laying of wreaths',
      'laying of a wreath',
    ],
    verbs: ['déposé', 'dépose', 'déposent', 'déposeront', 'déposera']
      .flatMap((verb) =>
        ['une couronne', 'des couronnes', 'une gerbe', 'des gerbes', 'des fleurs'].map(
          (offering) => `${verb} ${offering}`,
        ),
      )
      .concat(['laid a wreath', 'laid wreaths', 'lays a wreath', 'laid flowers', 'lay a wreath'])
      .concat(HOMAGE_VERBS),
  },
  {
    // "a reçu les lettres de créance de douze ambassadeurs", "presented their letters of credence"
    format: 'CEREMONY',
    label: 'credentials ceremony',
    keywords: [
      'remise des lettres de créance',
      'présentation des lettres de créance',
      'lettres de créance',
      'copies figurées des lettres de créance',
      'presentation of letters of credence',
      'presentation of credentials',
      'letters of credence',
    ],
  },
  {
    format: 'CEREMONY',
    label: 'ceremony',
    keywords: [
      'cérémonie',
      'séance photo',
      'photo de famille',
      'honneurs militaires',
      'défilé militaire',
      'défilé',
      'family photo',
      'ceremony',
      'military parade',
      'parade',
      // "la réception officielle marquant le 85e anniversaire", "a gala reception"
      'réception officielle',
      'réception',
      'gala reception',
      'official reception',
      'reception',
    ],
  },
  {
    // "un dîner informel", "a concert", "une promenade nocturne": the social parts of a visit
    format: 'OTHER',
    label: 'social event',
    keywords: [
      'dîner informel',
      'dîner officiel',
      'dîner d’état',
      "dîner d'état",
      'dîner de gala',
      'dîner',
      'déjeuner de travail',
      'déjeuner',
      // "a offert un banquet de bienvenue en l’honneur de", "hosted a welcome banquet"
      'banquet de bienvenue',
      'banquet d’état',
      "banquet d'état",
      'banquet officiel',
      'banquet',
      'concert',
      'promenade',
      'informal dinner',
      'official dinner',
      'state dinner',
      'working lunch',
      'working breakfast',
      'dinner',
      'luncheon',
      'welcome banquet',
      'state banquet',
      'official banquet',
      'stroll',
      // "l’ouverture de l’Exposition": OTHER, lest a welcome ceremony told undated join it
      ...OPENING_WORDS,
    ],
  },
  {
    format: 'ARRIVAL',
    label: 'arrival',
    keywords: ['arrivée à', 'arrivée en', 'arrival in'],
    verbs: [
      'arrive à',
      'arrive en',
      'arrive au',
      'est arrivé',
      'est arrivée',
      'sont arrivés',
      'arrivé à',
      'arrivé au',
      'arrivé en',
      'a atterri',
      'atterri à',
      'arrives in',
      'arrived in',
      'landed in',
    ],
  },
  {
    format: 'STATE_VISIT',
    label: 'state visit',
    keywords: ['visite d’état', "visite d'état", 'visites d’état', "visites d'état", 'state visit'],
  },
  {
    format: 'SIGNING',
    label: 'signing',
    keywords: ['cérémonie de signature', 'signature', 'signing ceremony', 'signing of'],
    // "ils ont signé huit accords", "un paquet de documents a été signé", "they signed a treaty"
    verbs: ['signé', 'signée', 'signés', 'signées', 'signed'],
    verbsAfterAuxiliary: true,
  },
  {
    // "la séance plénière du Forum" is a meeting within the forum, not the forum
    format: 'MEETING',
    label: 'plenary session',
    keywords: [
      'séance plénière',
      'session plénière',
      'réunion plénière',
      'plénière',
      'plenary session',
      'plenary meeting',
    ],
  },
  { format: 'SUMMIT', label: 'summit', keywords: ['sommet', 'summit'] },
  { format: 'FORUM', label: 'forum', keywords: ['forum'] },
  {
    format: 'VISIT',
    label: 'visit',
    keywords: [
      'visite officielle',
      'visite de travail',
      'visite',
      'tournée',
      'voyage',
      'déplacement',
      'trip',
      'official visit',
      'visit',
      // "his fourth round of shuttle diplomacy": a tour of visits
      'shuttle diplomacy',
      'diplomatie de la navette',
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
  {
    format: 'TALKS',
    label: 'talks',
    // "des consultations politiques entre les ministères des Affaires étrangères"
    keywords: ['pourparlers', 'entretiens', 'consultations', 'talks'],
  },
  { format: 'NEGOTIATIONS', label: 'negotiations', keywords: ['négociations', 'negotiations'] },
  {
    // "la session de l’Assemblée", "the 55th Session": a sitting of a body ("séance photo" is a
    // ceremony, "session plénière" a plenary, both above)
    format: 'MEETING',
    label: 'session',
    keywords: ['session', 'séance'],
  },
  {
    format: 'MEETING',
    label: 'meeting',
    keywords: [
      'réunion',
      'rencontre',
      'entretien',
      'entrevue',
      'meeting',
      // "paid a courtesy call on the Prime Minister"
      'courtesy call',
      'visite de courtoisie',
    ],
    // "X met Y in the Kremlin": the simple past as well (not "was met by", see NOT_MET_OBJECTS)
    verbs: [
      'rencontré',
      'met with',
      'meets',
      'met',
      ...ADDRESS_VERBS,
      // "paid a courtesy call on X": a meeting of its own, not the talks of the same day
      'paid a courtesy call',
      'made a courtesy call',
      'rendu une visite de courtoisie',
    ],
  },
  {
    format: 'CONFERENCE',
    label: 'conference',
    keywords: ['conférence', 'table ronde', 'conference', 'round table', 'roundtable'],
  },
  {
    format: 'ELECTION',
    label: 'election',
    keywords: [
      'élection présidentielle',
      'élections présidentielles',
      'élections anticipées',
      'élection',
      'élections',
      'présidentielle',
      'presidential election',
      'election',
      'elections',
    ],
  },
  {
    format: 'WAR',
    label: 'war',
    // "la Grande Guerre patriotique", "World War II": named wars are in named-events.ts
    keywords: [
      'guerre',
      'conflit',
      'invasion',
      // "l’offensive du Kremlin en Ukraine", "des affrontements de longues années"
      'offensive',
      'affrontements',
      'war',
      'conflict',
      'clashes',
    ],
  },
  {
    // "les manifestations", "de violents troubles", "la crise politique": unrest nobody attends
    format: 'INCIDENT',
    label: 'incident',
    keywords: [
      'manifestations',
      'troubles',
      'émeutes',
      'crise politique',
      'coup d’état',
      "coup d'état",
      'protests',
      'unrest',
      'riots',
    ],
  },
  {
    format: 'MILITARY_OPERATION',
    label: 'military operation',
    keywords: ['opération militaire spéciale', 'special military operation'],
  },
  {
    format: 'TREATY',
    label: 'treaty',
    keywords: [
      'traité sur la création',
      'traité',
      'accord de partenariat',
      'déclaration conjointe',
      'déclaration commune',
      'feuille de route',
      'treaty on the creation',
      'treaty',
      'agreement on',
      'joint declaration',
      'joint statement',
    ],
  },
];
