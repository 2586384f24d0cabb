// How news says whom a person speaks for (REPRESENTS person -> country): "La partie russe était
// représentée par", "X représentait le Kazakhstan", "the Turkish delegation is led by", "à la tête
// d’une délégation vietnamienne". `people` says on which side of the phrase the representatives are;
// the country is the one named inside the phrase, else the last one before it.

export interface RepresentationCue {
  readonly id: string;
  readonly pattern: string;
  /** 'within': "Headed by X, the Russian delegation": the people are inside the phrase. */
  readonly people: 'after' | 'before' | 'within';
  /** "les représentants des États observateurs : ...": each speaks for their own country. */
  readonly ownCountry?: boolean;
  /** "..., while the Syrian opposition – by X": a side only a body inside the phrase names;
   * without one, the people still attend. */
  readonly elliptic?: boolean;
  /** "était représenté au sommet de l’OCS par": the words inside tell the event, never the side. */
  readonly eventInside?: boolean;
  /** "a delegation led by X", "X led a delegation to": a delegation no country names still has
   * its people attend, for their own country, without saying whom they speak for. */
  readonly attendsUnnamed?: boolean;
  /** "X représentait le Kazakhstan": the country comes right after the verb. */
  readonly countryAfter?: boolean;
  /** A title, "X, chef de la délégation russe" or "le chef de la délégation russe, X": only the
   * person set right beside it ("Poutine a rencontré le chef de la délégation chinoise, Y"). */
  readonly appositive?: boolean;
}

const APOS = "[’']";
const ADJ = '\\p{L}+';
/** A word with its elisions and hyphens, or a number: "l’OCS", "Kassym-Jomart", "15". */
const WORD = `[\\p{L}\\p{N}’'-]+`;
/** "la réunion présidée par X", "the talks which": a clause of its own, no longer where they went. */
const NOT_COMPLEMENT = `(?:qui|que|which|who|that|présidée?s?|organisée?s?|accueillie?s?|chaired|hosted|organi[sz]ed|convened) `;
/** "à la session du Conseil de sécurité collective de l’OTSC à Minsk", "at the SCO summit in
 * Astana": where the delegation went, told between it and its verb; never a clause of its own. */
const COMPLEMENT = `(?:à|au|aux|en|lors|pour|at|to|in|for|during|on) (?:(?!${NOT_COMPLEMENT})${WORD} ){1,12}?`;
/** "la délégation russe", "la délégation du Kazakhstan", "une délégation", "the delegation of the
 * Republic of Kazakhstan": the side, when told, is a country inside the phrase. */
const DELEGATION_FR = `(?:haute |importante |forte )?délégation(?: (?:(?:de la |de l${APOS}|du |d${APOS})(?:(?:République|Fédération) (?:de |du |des |de l${APOS}|d${APOS})?)?${WORD}|${ADJ}))?`;
const DELEGATION_EN = `(?:high-level |large )?(?:${ADJ} )?delegation(?: of (?:the )?(?:Russian Federation|(?:Republic|Kingdom|State) of (?:the )?${WORD}|${WORD}))?`;
/** "à la tête", "A la tête" (capitals lose their accents), "en tête". */
const AT_THE_HEAD = `(?:[àa] la|en) tête`;
/** "a dirigé", "conduisait", "mènera": to lead, as news tells it. */
const LEADS_FR = `(?:a|avait|aura|ont) (?:dirigé|conduit|mené|présidé)|dirige|dirigeait|dirigera|conduit|conduisait|conduira|mène|menait|mènera|préside|présidait|présidera`;
const LEADS_EN = `led|headed|leads|heads|will lead|will head|(?:is|was|will be) (?:leading|heading)`;

export const REPRESENTATION_CUES: readonly RepresentationCue[] = [
  {
    id: 'represented-by',
    pattern: `(?:était|étaient|a été|ont été|est|sont|sera|seront) (?:\\p{L}+ment )?représentée?s? (?:\\p{L}+ment )?(?:${COMPLEMENT})?par|(?:was|were|is|are|will be) (?:\\p{L}+ly )?represented (?:there |here )?(?:${COMPLEMENT})?by`,
    people: 'after',
    eventInside: true,
  },
  {
    id: 'delegation-led-by',
    pattern: `(?:partie|délégation|delegation|team|side) (?:(?:de la |de l${APOS}|du |d${APOS})${WORD} |(?:${ADJ} ){1,2})(?:${COMPLEMENT})?(?:est|était|sera|a été|is|was|will be) (?:conduite|dirigée|menée|présidée|led|headed) (?:par|by)|${ADJ} (?:delegation|team|side) (?:${COMPLEMENT})?(?:is|was|will be|has been) (?:led|headed) by`,
    people: 'after',
  },
  // "une délégation russe conduite par", "la délégation, conduite par", "la délégation, avec à sa tête",
  // "a delegation led by"
  {
    id: 'delegation-under',
    pattern: `délégation(?: ${WORD}){0,3},? (?:(?:conduite|dirigée|menée|présidée) par|avec à sa tête)|(?:an?|the) (?:${WORD} ){0,2}delegation,? (?:led|headed) by`,
    people: 'after',
    attendsUnnamed: true,
  },
  // "Headed by X, the Russian delegation arrived", "Conduite par X, la délégation russe"
  {
    id: 'headed-by-fronted',
    pattern: `(?:headed|led) by [^,.;]{3,80}, (?:the |an? )?${DELEGATION_EN}|(?:conduite|dirigée|menée|présidée) par [^,.;]{3,80}, (?:la |une )?${DELEGATION_FR}`,
    people: 'within',
    attendsUnnamed: true,
  },
  {
    id: 'on-the-side',
    pattern: `(?:du côté|de la partie|on the|from the) (?:\\p{Lu}\\p{L}+ ){0,2}${ADJ}(?:${APOS}s?)? side|du côté ${ADJ}|(?:on|in) the ${ADJ} delegation (?:is|are|were|was|included)|among the (?:senior |high-ranking )?${ADJ} officials accompanying \\p{L}+,? (?:there )?(?:were|are|was|is)|membres de la délégation ${ADJ}|la délégation ${ADJ} (?:${COMPLEMENT})?(?:comprenait|comprend|comprendra|incluait|(?:était|est|sera) composée|se composait|se compose)`,
    people: 'after',
  },
  // "The Kazakh delegation included", "Russia’s delegation includes", "Putin’s delegation included"
  {
    id: 'delegation-included',
    pattern: `(?:the ${ADJ}|${ADJ}${APOS}s) delegation (?:included|includes|will include|comprised|comprises|consisted of)`,
    people: 'after',
    attendsUnnamed: true,
  },
  // "a conduit la délégation de son pays", "led his country’s delegation"
  {
    id: 'head-of-own-delegation',
    pattern: `(?:${LEADS_FR}|${AT_THE_HEAD} de) la délégation de son pays|(?:${LEADS_EN}|at the head of|heading) (?:his|her) country${APOS}s delegation`,
    people: 'before',
    ownCountry: true,
  },
  // "a dirigé la délégation biélorusse", "était à la tête de la délégation russe", "X led a
  // delegation to", "Heading the Kazakh delegation was X"
  {
    id: 'head-of-delegation',
    pattern: `${AT_THE_HEAD} (?:d${APOS}une|de la) ${DELEGATION_FR}|(?:${LEADS_FR}) (?:la|une) ${DELEGATION_FR}|at the head of (?:an?|the) ${DELEGATION_EN}|(?:${LEADS_EN}|heading) (?:an? |the )${DELEGATION_EN}`,
    people: 'before',
    attendsUnnamed: true,
  },
  // "Le chef de la délégation russe, X", "X, head of the Russian delegation,"
  {
    id: 'head-of-delegation-title',
    pattern: `chef(?:fe)? de la ${DELEGATION_FR}|head of the ${DELEGATION_EN}`,
    people: 'before',
    appositive: true,
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
    countryAfter: true,
  },
];
