// How French and English news say that two people met, as data with ids: who is on which side of
// the phrase decides the pairs (`with`: subject meets each person after; `together`: the people
// before met each other; `between`: "entre X et Y"). Regex sources, whole words, case-insensitive.

import { NOT_MET_OBJECTS } from './event-formats.js';

export interface MeetingCue {
  readonly id: string;
  readonly pattern: string;
  readonly shape: 'with' | 'together' | 'between';
  /** "X a été reçu par Y": X must be the subject, not "le projet de X a été accueilli par Y". */
  readonly passive?: boolean;
  /** Only where the verb is an event of reception: its object was read as a person
   * (3-recognise/reception-object.ts), not "a reçu une lettre". */
  readonly reception?: boolean;
  /** "devrait rencontrer", "will meet": a preview. */
  readonly status?: 'announced';
}

const APOS = "[’']";
/** "talks", "a bilateral meeting", "narrow-format talks", "political consultations". */
const SITTING = `(?:an? )?(?:[\\p{L}-]+ ){0,2}?(?:talks|meetings?|phone call|telephone conversation|conversation|consultations)`;
/** "met", not "met the press", "met with criticism". */
const MET = `met(?! (?:with )?(?:${NOT_MET_OBJECTS.join('|')})(?![\\p{L}]))`;
const HAD = `(?:a|ont|avait|avaient|aura|auront) (?:\\p{L}+ )?(?:eu|mené|tenu)`;
const TALK_NOUN = `(?:un |une |des |de |d${APOS})(?:\\p{L}+ ){0,2}(?:entretiens?|rencontres?|échanges?|conversations?|discussions?|négociations?|pourparlers|consultations|tête-à-tête|réunions?)(?: \\p{L}+){0,2}`;
/** Between a verb and its object, when and where: "s’est entretenu mardi à Moscou avec",
 * "a reçu jeudi à Pékin le président", "le 9 avril", "au Grand Palais du Peuple" (a name of
 * capitalised words, "du", "de la" inside). Unbounded ("*"), not "{0,3}": a bounded repeat of
 * these letter classes is unrolled when compiled, and cost 0.3 s of every process's start. */
const WHEN_WHERE = `(?:,? (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir)|le \\d{1,2}(?:er)? \\p{L}+(?: \\d{4})?|(?:à|au|en) \\p{Lu}[\\p{L}’'-]+(?: (?:du |de la |des |de |d${APOS})?\\p{Lu}[\\p{L}’'-]+)*|(?:à|au) (?:Kremlin|palais \\p{L}+)(?: d${APOS}\\p{Lu}\\p{L}+| de \\p{Lu}\\p{L}+)?),?)*`;

/** "held talks on Tuesday in Moscow with", "held talks in Beijing on 4 March with": when and
 * where between the sitting and its "with" (unbounded, as WHEN_WHERE). */
const WHEN_WHERE_EN = `(?:,? (?:(?:in|at) (?:the )?\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+)*|on (?:\\p{Lu}\\p{L}+|\\d{1,2} \\p{L}+)(?: \\d{1,2})?(?:,? \\d{4})?|today|yesterday),?)*`;

export const MEETING_CUES: readonly MeetingCue[] = [
  {
    id: 'will-meet',
    pattern: `(?:devrait|devraient|doit|doivent|va|vont) (?:rencontrer|s${APOS}entretenir avec|recevoir)|rencontrera|s${APOS}entretiendra avec|will (?:meet|hold talks with)|is expected to meet`,
    shape: 'with',
    status: 'announced',
  },
  {
    id: 'met-fr',
    pattern: `(?:a|avait|ont) (?:\\p{L}+ )?rencontré|rencontre(?= l| le| la| les| son| sa| ses| M\\.)`,
    shape: 'with',
  },
  {
    id: 'talked-with-fr',
    pattern: `s${APOS}(?:est|était) entretenue?${WHEN_WHERE} avec|(?:a|ont|avait|avaient) (?:\\p{L}+ )?(?:discuté|négocié)${WHEN_WHERE} avec|s${APOS}entretient${WHEN_WHERE} avec|${HAD}${WHEN_WHERE} ${TALK_NOUN}${WHEN_WHERE} avec|(?:a|ont|avait) coprésidé (?:\\p{L}+ ){1,4}?avec`,
    shape: 'with',
  },
  {
    id: 'received-fr',
    // "a reçu en audience le ministre"
    pattern: `(?:(?:a|avait|ont|avaient) (?:\\p{L}+ment )?(?:reçu|accueilli)|reçoit|reçoivent|accueille)(?=(?: en audience)?${WHEN_WHERE}(?: en audience)? (?:le |la |l${APOS}|son |sa |M\\.|Mme))`,
    shape: 'with',
  },
  // "a reçu à Astana Sergueï Lavrov": a bare name, when the verb's event found a person received
  {
    id: 'received-guest-fr',
    pattern: `(?:a|avait|ont|avaient) (?:\\p{L}+ment )?reçu|reçoit|reçoivent`,
    shape: 'with',
    reception: true,
  },
  // "X a été accueilli, au pied de la passerelle, par le ministre Y": guest before, hosts after
  {
    id: 'received-by',
    passive: true,
    // "a par ailleurs été reçu par", "were later received by": an adverb may come between
    pattern: `(?:(?:a|ont)(?: \\p{Ll}+){0,2}? été|est|sont|était|étaient|fut)(?: (?:également|aussi|ensuite|ainsi|déjà|chaleureusement))? (?:reçue?s?|accueillie?s?)(?:[ ,][^.;:!?]{0,90}?)? par|accueillie?s? par|(?:was|were|is|are|has been|have been)(?: (?:also|later|then|subsequently|first|warmly|cordially|officially))? (?:received|welcomed|greeted|met)(?:[ ,][^.;:!?]{0,90}?)? by`,
    shape: 'with',
  },
  // "Le président russe X et son homologue iranien Y ont signé": two counterparts together
  {
    id: 'and-counterpart',
    pattern: `et (?:son|sa|leur) homologue|and (?:his|her|their) (?:\\p{L}+ )?counterpart`,
    shape: 'with',
  },
  {
    id: 'meeting-with-fr',
    pattern: `(?:sa|leur|une|la|cette) rencontre avec|(?:son|leur|un|l${APOS}) entretien (?:\\p{L}+ )?avec`,
    shape: 'with',
  },
  // "Putin's meeting with Pezeshkian took place in Ashgabat": the possessor met the person after
  {
    id: 'meeting-with-en',
    pattern: `(?<=\\p{L}${APOS}s )(?:\\p{L}+ )?(?:meeting|talks|conversation|phone call|telephone conversation) with`,
    shape: 'with',
  },
  {
    id: 'phoned-fr',
    pattern: `(?:a|avait) téléphoné${WHEN_WHERE} à|s${APOS}est entretenue?${WHEN_WHERE} (?:par téléphone|au téléphone)${WHEN_WHERE} avec`,
    shape: 'with',
  },
  {
    id: 'videoconference-fr',
    // "s’est entretenu lundi par visioconférence avec"
    pattern: `s${APOS}(?:est|était) entretenue?${WHEN_WHERE} (?:par|en) (?:visioconférence|vidéoconférence)${WHEN_WHERE} avec|se sont entretenus${WHEN_WHERE} (?:par|en) (?:visioconférence|vidéoconférence)`,
    shape: 'with',
  },
  {
    id: 'talked-together-fr',
    pattern: `se sont entretenus|s${APOS}entretiennent|se sont rencontrés|se rencontrent|${HAD}${WHEN_WHERE} ${TALK_NOUN}(?= [^a]| *[.,;]|$)`,
    shape: 'together',
  },
  {
    id: 'between-fr',
    // "les entretiens entre X et Y", "un tête-à-tête du président X avec Y"
    pattern: `(?:entretiens?|rencontres?|négociations|conversation téléphonique|entretien téléphonique|tête-à-tête|sommet) entre|(?:un|une|le|la|l${APOS}) ?(?:tête-à-tête|entretien|rencontre) (?:du|de la|de l${APOS}|de|d${APOS})(?=[^.;]{3,90}? avec )`,
    shape: 'between',
  },
  {
    id: 'met-en',
    pattern: `met with|${MET}|meets|(?:held|holds|hold|had|has) ${SITTING}${WHEN_WHERE_EN} with|talked (?:by phone )?with|co-chaired (?:\\p{L}+ ){1,4}?with|(?:held|continued|had) a series of (?:bilateral )?(?:meetings|consultations|talks):? with|(?:had|held) (?:a )?(?:phone|telephone) (?:call|conversation) with|spoke (?:by|on the) (?:phone|telephone) with|(?:spoke|talked) with(?=[^.;]{3,90}? (?:over the|on the|by) (?:phone|telephone))|(?:paid|made) a courtesy call on|(?:tele)?phoned|received|hosted`,
    shape: 'with',
  },
  {
    id: 'met-together-en',
    // "Putin and Xi, meeting in Beijing on Friday, pledged"
    pattern: `(?:held|holds|hold|had) ${SITTING}(?! with)|(?<= and [^,.;]{2,60}, )meeting(?= (?:in|on|at) )|${MET}|(?:had|held) (?:a )?(?:phone|telephone) (?:call|conversation)(?! with)`,
    shape: 'together',
  },
  // "X and Y co-chaired the meeting of the intergovernmental commission": the two co-chairs met
  {
    id: 'co-chaired-together',
    pattern: `(?:co-chaired|ont coprésidé)(?! (?:[\\p{L}-]+ ){1,6}?(?:with|avec) )`,
    shape: 'together',
  },
  {
    id: 'between-en',
    pattern: `(?:talks|meeting|negotiations|phone call|telephone conversation|summit) between`,
    shape: 'between',
  },
];

/** "n’a pas rencontré", "did not meet": no meeting. */
export const NEGATED_MEETING = `n${APOS}(?:a|ont|avait) pas (?:rencontré|eu|reçu)|ne (?:rencontrera|recevra) pas|did not meet|will not meet|refused to meet|a refusé de rencontrer`;
