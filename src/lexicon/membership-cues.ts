// How French and English news say that a country belongs to an organisation: cues with an id,
// the status they give (member, observer, associate, partner, joining) and where the countries
// stand: after the cue ("l’UEE comprend la Russie, ...") or just before it ("dont la Russie est
// membre"). Patterns are regex sources matched case-insensitively as whole words.

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

export const MEMBERSHIP_CUES: readonly MembershipCue[] = [
  // "l’UEE comprend la Russie, l’Arménie ...", "the SCO brings together China, Russia ..."
  {
    id: 'comprises',
    pattern:
      'comprend|comprenait|regroupe|regroupait|rassemble|réunit|compte parmi ses membres|includes|included|comprises|brings together|unites',
    status: 'member',
    countries: 'after',
  },
  // "les États membres de l’Organisation [Arménie, Biélorussie ...]", "SCO member states:"
  {
    id: 'member-states',
    pattern: `${STATE} membres?|member ${STATE}`,
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
  // "dont la Russie est membre", "l’Iran est devenu officiellement membre permanent de l’OCS"
  {
    id: 'is-member',
    pattern: `(?:est|sont|est devenue?|sont devenus|devient|deviennent|is|are|became|has become|have become)(?: officiellement| désormais| officially| now)? (?:un |le \\S+ |a |the \\S+ )?(?:membre|member|${STATE} membres?)`,
    status: 'member',
    countries: 'before',
  },
  {
    id: 'joined',
    pattern: `a rejoint|ont rejoint|a adhéré|ont adhéré|joined|has joined`,
    status: 'member',
    countries: 'before',
  },
  // "la Biélorussie deviendra le 10ème pays membre", "l’adhésion de l’Iran à"
  {
    id: 'will-join',
    pattern: `deviendra|deviendront|will become|rejoindra|rejoindront|will join|candidat à l${APOS}adhésion|(?:a|ont) demandé à adhérer|applied to join`,
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
    pattern: `(?:a|ont) (?:reçu|obtenu) le statut d${APOS}(?:[ÉE]tat )?observateur|(?:statut|status) d${APOS}observateur|en tant qu${APOS}(?:[ÉE]tat |pays )?observateur|(?:as|remains|remains as) an? observer(?: state)?|observer status`,
    status: 'observer',
    countries: 'before',
  },
  {
    id: 'associate-status',
    pattern: `en tant qu${APOS}(?:[ÉE]tat |pays |membre )?associée?|(?:as|an) associate(?: member| state)?`,
    status: 'associate',
    countries: 'before',
  },
  {
    id: 'partner-status',
    pattern: `(?:statut|status) de partenaire(?: de dialogue)?|en tant que partenaire(?: de dialogue)?|as a (?:dialogue )?partner`,
    status: 'partner',
    countries: 'before',
  },
];
