// Verb phrases that report a sitting of two or more people without naming it with a noun:
// "s’est entretenu avec", "a discuté avec", "held talks with", "held a series of bilateral
// meetings". Each is an event of its format (lower case, matched on folded text as written).

import type { EventFormat } from '../types.js';

/** Words for the day a verb may carry before its "avec": "s’est entretenu jeudi avec". */
export const DAY_WORDS = [
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ...['hier', 'aujourd’hui', "aujourd'hui", 'ce matin', 'ce soir', 'également', 'longuement'],
];

/** "s’est entretenu", "se sont entretenus": the reflexive verb of talks, before its place or means. */
const REFLEXIVE_TALKED = ['est entretenu', 'est entretenue', 'sont entretenus', 'était entretenu'];

/** Folded verbs of people meeting people ("a rencontré", "met with", "a reçu"): never a body's
 * own sitting, which a body's sitting in the same report cannot stand for. */
export const PEOPLE_MEETING_VERBS: readonly string[] = [
  'rencontre',
  'rencontres',
  'recu',
  'recus',
  'entretenu',
  'entretenus',
  'met',
  'meets',
  'received',
  'held talks',
];

export interface MeetingEventVerbs {
  readonly format: EventFormat;
  readonly verbs: readonly string[];
  /** A participle reports the sitting only after its auxiliary ("a discuté avec"), not in
   * "a déclaré avoir discuté avec", which recalls one. */
  readonly afterAuxiliary?: boolean;
  /** A sitting only when a person is the object: "received Sergei Shoigu", not "received a
   * letter from", "a reçu le statut d’observateur". */
  readonly personObject?: boolean;
  /** A host receiving a guest ("a reçu X", "received X", "X a été reçu par Y"): a meeting of the
   * two, within another event only when its sentence says so (5-relate/sub-event-rules.ts). */
  readonly reception?: boolean;
}

export const MEETING_EVENT_VERBS: readonly MeetingEventVerbs[] = [
  {
    format: 'TALKS',
    // "s’est entretenu jeudi avec", "ont discuté hier avec": the day may come before "avec"
    verbs: ['entretenu', 'entretenue', 'entretenus', 'discuté', 'négocié'].flatMap((verb) =>
      ['', ...DAY_WORDS.map((day) => `${day} `)].map((day) => `${verb} ${day}avec`),
    ),
    afterAuxiliary: true,
  },
  {
    format: 'TALKS',
    // "s’est entretenu (mardi) à Moscou avec", "s’est entretenu au Kremlin avec": the place before
    // "avec"; reflexive only ("a entretenu en Asie des relations" keeps them up)
    verbs: REFLEXIVE_TALKED.flatMap((verb) =>
      ['', ...DAY_WORDS.map((day) => `${day} `)].flatMap((day) =>
        ['à', 'au', 'en'].map((locative) => `${verb} ${day}${locative}`),
      ),
    ),
  },
  {
    format: 'PHONE_CALL',
    // "s’est entretenu au téléphone avec": the means, no place ("au" of the talks above; "par
    // téléphone" is a verb of PHONE_CALL in event-formats.ts)
    verbs: REFLEXIVE_TALKED.map((verb) => `${verb} au téléphone`),
  },
  {
    format: 'VIDEOCONFERENCE',
    // "s’est entretenu en visioconférence avec", "par vidéoconférence"
    verbs: REFLEXIVE_TALKED.flatMap((verb) =>
      ['en', 'par'].flatMap((by) =>
        ['visioconférence', 'vidéoconférence'].map((means) => `${verb} ${by} ${means}`),
      ),
    ),
  },
  {
    format: 'TALKS',
    verbs: ['held talks', 'had talks', 'holds talks'],
  },
  {
    format: 'MEETING',
    verbs: [
      'held meetings',
      'a series of bilateral meetings',
      'a series of meetings',
      'a series of bilateral consultations',
      'a series of consultations',
    ],
  },
  {
    format: 'MEETING',
    // "had a conversation with Mirziyoyev on the sidelines" (not "a conversation about"; "had a
    // phone conversation" is a call of event-formats.ts)
    verbs: ['had a conversation with', 'held a conversation with', 'had a brief conversation with'],
  },
  {
    format: 'MEETING',
    // "a eu une conversation avec le président" ("une conversation téléphonique avec" is a call)
    verbs: ['eu une conversation avec', 'eu une brève conversation avec'],
    afterAuxiliary: true,
  },
  {
    format: 'TALKS',
    // "a tenu des consultations avec son homologue chinois"
    verbs: ['tenu des consultations', 'mené des consultations'],
    afterAuxiliary: true,
  },
  {
    format: 'TALKS',
    // "held consultations with his Chinese counterpart"
    verbs: ['held consultations', 'holds consultations', 'held bilateral consultations'],
  },
  {
    format: 'PHONE_CALL',
    // "a téléphoné lundi à son homologue"
    verbs: ['', ...DAY_WORDS.map((day) => `${day} `)].map((day) => `téléphoné ${day}à`),
    afterAuxiliary: true,
  },
  {
    format: 'MEETING',
    // "Tajik President Emomali Rahmon received Sergei Shoigu in Dushanbe", "hosted Xi Jinping"
    verbs: ['received', 'receives', 'hosted', 'hosts'],
    personObject: true,
    reception: true,
  },
  {
    format: 'MEETING',
    // "a reçu jeudi le ministre X", "X a été reçu en audience par Y": a participle after its auxiliary
    verbs: ['reçu', 'reçue', 'reçus', 'reçues'],
    afterAuxiliary: true,
    personObject: true,
    reception: true,
  },
  {
    format: 'MEETING',
    // "Le président Xi reçoit le président Loukachenko" (a caption's present)
    verbs: ['reçoit', 'reçoivent'],
    personObject: true,
    reception: true,
  },
];
