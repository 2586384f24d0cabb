// How news says whom a person speaks for (REPRESENTS person -> country): "La partie russe était
// représentée par", "X représentait le Kazakhstan", "the Turkish delegation is led by", "à la tête
// d’une délégation vietnamienne". `people` says on which side of the phrase the representatives are;
// the country is the one named inside the phrase, else the last one before it.

export interface RepresentationCue {
  readonly id: string;
  readonly pattern: string;
  readonly people: 'after' | 'before';
  /** "les représentants des États observateurs : ...": each speaks for their own country. */
  readonly ownCountry?: boolean;
  /** "..., while the Syrian opposition – by X": a side only a body inside the phrase names;
   * without one, the people still attend. */
  readonly elliptic?: boolean;
}

const APOS = "[’']";
const ADJ = '\\p{L}+';

export const REPRESENTATION_CUES: readonly RepresentationCue[] = [
  {
    id: 'represented-by',
    pattern: `(?:était|étaient|a été|ont été|est|sont) représentée?s? (?:\\p{L}+ ){0,6}?par|(?:was|were|is|are|will be) (?:\\p{L}+ly )?represented by`,
    people: 'after',
  },
  {
    id: 'delegation-led-by',
    pattern: `(?:partie|délégation|delegation|team|side) (?:${ADJ} ){1,2}(?:est|était|sera|is|was|will be) (?:conduite|dirigée|menée|présidée|led|headed) (?:par|by)|${ADJ} (?:delegation|team|side) (?:is|was|will be) (?:led|headed) by`,
    people: 'after',
  },
  {
    id: 'on-the-side',
    pattern: `(?:du côté|de la partie|on the|from the) (?:\\p{Lu}\\p{L}+ ){0,2}${ADJ}(?:${APOS}s?)? side|du côté ${ADJ}|(?:on|in) the ${ADJ} delegation (?:is|are|were|was|included)|among the (?:senior |high-ranking )?${ADJ} officials accompanying \\p{L}+,? (?:there )?(?:were|are|was|is)|membres de la délégation ${ADJ}|la délégation ${ADJ} (?:comprenait|comprend|comprendra|incluait)`,
    people: 'after',
  },
  {
    id: 'head-of-delegation',
    pattern: `à la tête d${APOS}une (?:haute |importante |forte )?délégation ${ADJ}|at the head of an? (?:high-level |large )?${ADJ} delegation|headed (?:an? |the )(?:high-level )?${ADJ} delegation|led (?:an? |the )(?:high-level )?${ADJ} delegation`,
    people: 'before',
  },
  {
    id: 'representatives-of-states',
    pattern: `(?:(?:hauts?|high|high-level|senior) )?(?:représentants|representatives) (?:des|of the|of) (?:\\p{L}+ ){0,4}?(?:États|pays|states|countries|nations)(?: \\p{L}+){0,3}\\s*:`,
    people: 'after',
    ownCountry: true,
  },
  // "Damascus is represented by A, while the Syrian opposition – by B"
  {
    id: 'elliptic-represented-by',
    pattern: `(?:while|whereas|tandis que|alors que) (?:the |la |le |les |l${APOS})?(?:[\\p{L}’'-]+ ){1,4}?[-–—]+ ?(?:by|par)`,
    people: 'after',
    elliptic: true,
  },
  {
    id: 'represents-country',
    pattern: `représentait|représente|représentaient|représentera|représenteront|(?:a|ont|avait|avaient) représenté|represented|represents|representing|will represent|to represent`,
    people: 'before',
  },
];
