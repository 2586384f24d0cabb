// How French and English news say that a country belongs to an organisation: cues with an id,
// the status they give (member, observer, associate, partner, joining) and where the countries
// stand: after the cue ("l’UEE comprend la Russie, ...") or just before it ("dont la Russie est
// membre"). Patterns are regex sources matched case-insensitively as whole words.

import { WEEKDAYS } from './calendar.js';

export type MembershipStatus = 'member' | 'observer' | 'associate' | 'partner' | 'joining';

export interface MembershipCue {
  readonly id: string;
  readonly pattern: string;
  readonly status: MembershipStatus;
  readonly countries: 'after' | 'before';
  /** The kind of full membership the cue tells, where it says more than "member state". */
  readonly role?: string;
}

/** The role of a country that is a full member of an organisation ("les États membres"). */
export const FULL_MEMBER_ROLE = 'member state';

const APOS = "[’']";
const STATE = `(?:[ÉE]tats?|pays|states?|countries|nations)`;
/** Where the text of an organisation's name stood, masked by the rules: "an SCO member". */
export const ORGANISATION_MASK = '\u0001';
/** "est devenu jeudi le dixième membre", "became on Tuesday the ...": the day between verb and noun. */
const DAY = WEEKDAYS.join('|');
const WHEN = `(?: (?:ce |cette )?(?:${DAY}|hier|aujourd${APOS}hui)(?: dernier)?| on (?:${DAY})| today| yesterday)?`;
/** "est devenu", "are also", "was admitted as": a verb that gives the country a status. */
const IS = `(?:est|sont|(?:est|sont)(?: officiellement| désormais| également| aussi| déjà)? devenue?s?|devient|deviennent|reste|restent|demeure|is|are|(?:officially |formally )?became|becomes|(?:has|have)(?: officially| formally| now| also)? become|remains?|(?:a|ont|a été|ont été|was|were|has been|have been)(?: officiellement| officially| formally)? (?:admise?s?|acceptée?s?|admitted|accepted) (?:comme|en tant que|as))(?: officiellement| désormais| également| aussi| déjà| officially| now| also| already| formally)?${WHEN}`;
/** "a full", "the ninth", "des", "un nouvel": what stands between the verb and the status noun. */
const DETERMINER = `(?:tous (?:les )?(?:deux|trois) |toutes (?:les )?(?:deux|trois) |both |all (?:three )?)?(?:en tant que |as (?:an? |the )?)?(?:l${APOS}une? des |one of the |among the |parmi les |(?:le|the) (?!former |ex-|ancien )\\S+ |(?:une?|des|les?|la|an?|the) )?`;
const QUALIFIER =
  '(?:(?:full|full-fledged|fully-fledged|permanent|new|newest|first|second|third|\\S+th|\\d+e|\\S+i?ème|nouvel(?:le)?|nouveaux?) )?';
const ORGANISATION_SLOT = `(?:${ORGANISATION_MASK}+ )?`;
/** The status noun after the verb, or after a comma: "Armenia, a member of the CSTO,". */
function statedAs(nouns: string, appositive: string = nouns): string {
  const slots = `${DETERMINER}${QUALIFIER}${ORGANISATION_SLOT}${QUALIFIER}`;
  return `${IS} ${slots}(?:${nouns})|(?<=, )${slots}(?:${appositive})`;
}
const MEMBER_NOUN = `membres?|members?|${STATE} membres?|member ${STATE}`;
/** "are the observers" may be of talks: a bare plural only before the organisation's name. */
const OBSERVER_NOUN = `observateur|observer|${STATE} observateurs?|observer ${STATE}|observers (?:of|in|at|to) (?:the )?${ORGANISATION_MASK}+|observateurs (?:de l${APOS}|de la |du |des |à l${APOS}|au |auprès de l${APOS}|auprès de la |auprès du )${ORGANISATION_MASK}+`;
/** "Russia, observers say," is no status: after a comma, a state or one observer. */
const APPOSITIVE_OBSERVER = `(?:un|an) (?:observateur|observer)|${STATE} observateurs?|observer ${STATE}`;
const ASSOCIATE_NOUN = `membres? associée?s?|associate members?|${STATE} associée?s?|associate ${STATE}`;
/** "a déposé sa candidature", "has applied for membership", "submitted its application". */
const APPLIED = `(?:a|ont|has|have)(?: officiellement| formellement| officially| formally)? (?:déposé|présenté|soumis|submitted|filed|lodged) (?:sa|leur|une|its|their|an?) (?:candidature|demande|application|bid)|applied for (?:full )?membership|applied to (?:join|become)|demande d${APOS}adhésion|membership (?:application|bid)|bid to join`;
const PARTNER_NOUN = `partenaires? de dialogue|dialogue partners?|${STATE} partenaires?|partner ${STATE}`;

export const MEMBERSHIP_CUES: readonly MembershipCue[] = [
  // "l’UEE comprend la Russie, l’Arménie ...", "the SCO brings together China, Russia ..."
  {
    id: 'comprises',
    pattern:
      'comprend|comprennent|comprenait|comprenant|regroupe|regroupent|regroupait|regroupant|rassemble|rassemblent|réunit|réunissent|(?:est|sont) composée?s? de|se compose de|compte parmi ses membres|includes|included|comprises|brings together|bring together|unites|groups|(?:is|are) made up of|consists of|(?:is|are) composed of',
    status: 'member',
    countries: 'after',
  },
  // "les États membres de l’Organisation [Arménie, Biélorussie ...]", "SCO member states:",
  // "BRICS members Egypt and Iran"
  {
    id: 'member-states',
    pattern: `${STATE} membres?|member ${STATE}|membres|members`,
    status: 'member',
    countries: 'after',
  },
  {
    id: 'observer-states',
    pattern: `${STATE} observateurs?|observer ${STATE}`,
    status: 'observer',
    countries: 'after',
  },
  {
    id: 'dialogue-partners',
    pattern: `partenaires? de dialogue|dialogue partners?|${STATE} partenaires?|partner ${STATE}`,
    status: 'partner',
    countries: 'after',
  },
  // "a accueilli les dirigeants de l’OTSC - le Premier ministre de la République d’Arménie ..."
  {
    id: 'leaders-of',
    pattern: `(?:dirigeants|chefs d${APOS}[ÉE]tat|leaders|heads of state)(?: des [ÉE]tats membres)?`,
    status: 'member',
    countries: 'after',
  },
  // "fondée en 2001 à Shanghai par les dirigeants de six pays, à savoir, la Chine ..."
  {
    id: 'founded-by',
    pattern: `(?:fondée?s?|créée?s?)[^.;]{0,60}? par|founded[^.;]{0,60}? by|membres fondateurs|founding members`,
    status: 'member',
    countries: 'after',
    role: 'founding member',
  },
  // "dont la Russie est membre", "l’Iran est devenu officiellement membre permanent de l’OCS",
  // "Belarus became a full member", "Armenia, a CSTO member,"
  {
    id: 'is-member',
    pattern: statedAs(MEMBER_NOUN),
    status: 'member',
    countries: 'before',
  },
  // "la Russie est membre fondateur de l’OCS", "Russia and China, both SCO founding members,"
  {
    id: 'is-founding-member',
    pattern: statedAs('membres? fondat(?:eur|rice)s?|founding members?'),
    status: 'member',
    countries: 'before',
    role: 'founding member',
  },
  // "l’Iran a officiellement rejoint l’OCS"
  {
    id: 'joined',
    pattern: `(?:a|ont|has|have)(?: officiellement| formellement| finalement| officially| formally| finally)? (?:rejoint|adhéré|joined)|joined`,
    status: 'member',
    countries: 'before',
  },
  // "le Laos deviendra le 12e pays membre", "a déposé sa candidature", "has applied for
  // membership"
  {
    id: 'will-join',
    pattern: `deviendra|deviendront|will become|rejoindra|rejoindront|will join|candidat à l${APOS}adhésion|(?:a|ont) demandé à (?:adhérer|rejoindre)|${APPLIED}`,
    status: 'joining',
    countries: 'before',
  },
  {
    id: 'accession-of',
    pattern: `adhésion d(?:e|u|es|${APOS})|accession of`,
    status: 'joining',
    countries: 'after',
  },
  // "le Kazakhstan confirme son adhésion à l’OCS"
  {
    id: 'accession-to',
    pattern: `(?:son |sa |leur )?adhésion (?:à|au|aux)|(?:its |their )?accession to`,
    status: 'joining',
    countries: 'before',
  },
  // "la Moldavie a reçu le statut d’État observateur", "Moldova remains an observer"
  {
    id: 'observer-status',
    pattern: `(?:a|ont) (?:reçu|obtenu) le statut d${APOS}(?:[ÉE]tat )?observateur|(?:statut|status) d${APOS}observateur|en tant qu${APOS}(?:[ÉE]tat |pays )?observateur|(?:as|remains|remains as) an? observer(?: state)?|observer status|${statedAs(OBSERVER_NOUN, APPOSITIVE_OBSERVER)}`,
    status: 'observer',
    countries: 'before',
  },
  {
    id: 'associate-status',
    pattern: `en tant qu${APOS}(?:[ÉE]tat |pays |membre )?associée?|statut de membre associé|associate (?:member )?status|(?:as|an) associate(?: member| state)?|${statedAs(ASSOCIATE_NOUN)}`,
    status: 'associate',
    countries: 'before',
  },
  {
    id: 'partner-status',
    pattern: `(?:statut|status) de partenaire(?: de dialogue)?|en tant que partenaire(?: de dialogue)?|as a (?:dialogue )?partner|(?:dialogue )?partner status|status of (?:a )?dialogue partner|${statedAs(PARTNER_NOUN)}`,
    status: 'partner',
    countries: 'before',
  },
];
