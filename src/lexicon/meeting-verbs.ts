// How French and English news say that two people met, as data with ids: who is on which side of
// the phrase decides the pairs (`with`: subject meets each person after; `together`: the people
// before met each other; `between`: "entre X et Y"). Regex sources, whole words, case-insensitive.

export interface MeetingCue {
  readonly id: string;
  readonly pattern: string;
  readonly shape: 'with' | 'together' | 'between';
  /** "devrait rencontrer", "will meet": a preview. */
  readonly status?: 'announced';
}

const APOS = "[’']";
const HAD = `(?:a|ont|avait|avaient|aura|auront) (?:\\p{L}+ )?(?:eu|mené|tenu)`;
const TALK_NOUN = `(?:un |une |des |de |d${APOS})(?:\\p{L}+ ){0,2}(?:entretiens?|rencontres?|échanges?|conversations?|discussions?|négociations?|tête-à-tête|réunions?)(?: \\p{L}+){0,2}`;

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
    pattern: `s${APOS}(?:est|était) entretenue? avec|s${APOS}entretient avec|${HAD} ${TALK_NOUN} avec`,
    shape: 'with',
  },
  {
    id: 'received-fr',
    pattern: `(?:(?:a|avait) (?:\\p{L}+ment )?(?:reçu|accueilli)|reçoit|accueille)(?= le | la | l${APOS}| son | sa | M\\.| Mme)`,
    shape: 'with',
  },
  {
    id: 'meeting-with-fr',
    pattern: `(?:sa|leur|une|la|cette) rencontre avec|(?:son|leur|un|l${APOS}) entretien (?:\\p{L}+ )?avec`,
    shape: 'with',
  },
  {
    id: 'phoned-fr',
    pattern: `(?:a|avait) téléphoné à|s${APOS}est entretenue? (?:par téléphone|au téléphone) avec`,
    shape: 'with',
  },
  {
    id: 'talked-together-fr',
    pattern: `se sont entretenus|s${APOS}entretiennent|se sont rencontrés|se rencontrent|${HAD} ${TALK_NOUN}(?= [^a]| *[.,;]|$)`,
    shape: 'together',
  },
  {
    id: 'between-fr',
    pattern: `(?:entretiens?|rencontres?|négociations|conversation téléphonique|entretien téléphonique|tête-à-tête|sommet) entre`,
    shape: 'between',
  },
  {
    id: 'met-en',
    pattern: `met with|met|meets|held (?:talks|a meeting|meetings|bilateral meetings|a phone call|a telephone conversation) with|(?:held|continued|had) a series of (?:bilateral )?(?:meetings|consultations|talks):? with|(?:had|held) (?:a )?(?:phone|telephone) (?:call|conversation) with|spoke by (?:phone|telephone) with|received|hosted`,
    shape: 'with',
  },
  {
    id: 'met-together-en',
    pattern: `held talks|met|(?:had|held) (?:a )?(?:phone|telephone) (?:call|conversation)(?! with)`,
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
