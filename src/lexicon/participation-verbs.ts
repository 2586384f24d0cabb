// How French and English news say that people took part in an event: phrasings with an id, the
// status they give the attendance (a preview, an invitation) and the mode (online).
// Patterns are regex sources matched case-insensitively as whole words (see patterns.ts).

import type { EventFormat } from '../types.js';

export interface ParticipationCue {
  readonly id: string;
  readonly pattern: string;
  /** "participera", "will attend": written before the event. */
  readonly status?: 'announced' | 'invited only';
  /** The cue names the event's chair or host ("sous la présidence de X", "X était l’hôte"): the
   * first person after a cue ending in "de"/"par"/"by"/"of", else the last one before it. */
  readonly duty?: 'chair' | 'host';
  /**
   * Who of the sentence took part: the people before the cue ("X et Y ont signé lors du sommet")
   * or the first one after it ("Dans son discours, le président X a ..."); all by default.
   */
  readonly only?: 'before' | 'first-after';
  /** The people also spoke there: "s’exprimant lors du forum". */
  readonly spoke?: boolean;
}

const APOS = "[’']";
/** "Ont notamment assisté à la cérémonie X et Y", "a également participé". */
const ADVERB = `également|egalement|aussi|notamment|ensuite|en outre|par ailleurs|aujourd${APOS}hui`;

export const PARTICIPATION_CUES: readonly ParticipationCue[] = [
  // "Y ont participé le Premier ministre indien ...", "a participé à la réunion"
  { id: 'participated', pattern: `(?:a|ont|avait|avaient) (?:(?:${ADVERB}) )?participé` },
  {
    id: 'takes-part',
    pattern: `(?:a|ont) (?:(?:${ADVERB}) )?pris part|prennent part|prend part`,
  },
  { id: 'participates', pattern: `participent|participe à|participe au|participe aux` },
  { id: 'participation-of', pattern: `avec la participation d(?:e|u|es|${APOS})` },
  {
    id: 'present',
    // "Etaient également présents": capitals often lose their accent
    pattern: `en présence d(?:e|u|es|${APOS})|(?:étaient|etaient|était|etait|sont|est) (?:également |egalement |aussi |notamment )?présente?s?`,
  },
  {
    id: 'among-participants',
    pattern: `parmi les participants|participants\\s*:|(?:les )?(?:autres )?participants (?:étaient|sont|furent|comprenaient)|(?:other )?participants (?:were|included)`,
  },
  {
    id: 'attended-fr',
    pattern: `(?:a|ont) (?:(?:${ADVERB}) )?assisté|assistent à|assiste à|assistaient à|assistait à`,
  },
  {
    id: 'gathered-fr',
    pattern: `(?:a|ont) réuni|réunissait|a rassemblé|se sont réunis|se sont rencontrés|sont arrivée?s (?:\\p{L}+ ){0,3}?(?:à|au|en) [^,.;]{1,40}? pour`,
  },
  {
    id: 'chaired-fr',
    pattern: `sous la (?:présidence|direction|conduite) d(?:e|u|es|${APOS})|présidée? par|(?:a|ont) présidé|coprésidée? par`,
    duty: 'chair',
  },
  // "a accueilli les dirigeants", "a accueilli à Bakou ses homologues": the host and the guests
  {
    id: 'hosted-fr',
    pattern: `(?:a|ont|avait) accueilli(?: (?:à|au|en) \\p{Lu}[\\p{L}’'-]+)? (?:les|ses|leurs)|était l${APOS}hôte`,
    duty: 'host',
  },
  // "X a organisé une cérémonie de bienvenue en l’honneur de Y", "X held a grand welcome ceremony
  // for Y": the one who gives it and the one it is given for
  {
    id: 'gave-ceremony',
    pattern: `(?:a|ont|avait|avaient) (?:organisé|offert|donné)(?= (?:une|un|la|le) (?:\\p{L}+ ){0,3}?(?:cérémonie|réception|dîner|déjeuner|banquet) [^.;]{0,60}?(?:en l${APOS}honneur|pour) )|(?:held|hosted|organi[sz]ed|gave|threw)(?= (?:an?|the) (?:[\\p{L}-]+ ){0,3}?(?:ceremony|reception|banquet|dinner|luncheon) (?:[^.;]{0,40}? )?(?:for|in honou?r of) )`,
    duty: 'host',
  },
  // "a ouvert la séance plénière", "a inauguré le forum", "a clôturé les travaux du sommet"
  {
    id: 'opened-fr',
    pattern: `(?:a|ont|avait|avaient) (?:ouvert|inauguré|clôturé|clos) (?:la|le|les|l${APOS})(?: \\p{L}+){0,3}? (?:sommet|réunion|séance|session|forum|conférence|travaux|débats|pourparlers)`,
  },
  {
    id: 'co-chaired-fr',
    pattern: `(?:a|ont|avait|avaient) coprésidé|coprésideront|coprésidera|(?:pour|afin de|va|vont|doit|doivent) coprésider`,
  },
  // "s’est rendu au sommet", "se rendra à la réunion": going to an event is taking part in it
  {
    id: 'went-to-event',
    pattern: `(?:s${APOS}est|se sont|se rend|se rendent|se rendra|se rendront) (?:rendue?s? )?(?:au|à la|à l${APOS}|aux) (?:\\p{L}+ ){0,2}?(?:sommet|réunion|forum|conférence|séance|session|cérémonie|assemblée|congrès|festivités|célébrations|défilé)`,
  },
  // "pour prendre part à la réunion", "va participer au sommet", a machine's "X prendre part à"
  {
    id: 'to-take-part-fr',
    pattern: `(?:pour|afin d${APOS}|afin de|va|vont|compte|comptent|prévoit de|prévoient de) (?:également |aussi )?(?:participer|prendre part|assister)|prendre (?:également |aussi )?part (?:à|au|aux)`,
  },
  {
    id: 'arrived-to-take-part',
    pattern: `est arrivée? (?:à|au|en) [^,.;]{1,40}? pour (?:participer|prendre part)`,
  },
  // "s’exprimant lors du forum", "Intervenant au Forum parlementaire", "s’est exprimé au sommet",
  // "spoke at the summit": present, and a speaker ("au sujet de", "spoke at length" are no place)
  {
    id: 'speaking-at',
    pattern: `(?:s${APOS}exprimant|intervenant)(?: [^,.;]{0,40}?)? (?:lors d(?:e|u|es|${APOS})|au|aux|à la|à l${APOS}|devant)|(?:s${APOS}est exprimée?|se sont exprimés)(?: \\p{L}+)? (?:lors d(?:e|u|es|${APOS})|au(?! sujet| nom)|aux|à la|à l${APOS}|devant)|(?:est|sont) (?:également |aussi |ensuite )?intervenue?s?(?: \\p{L}+)? (?:lors d(?:e|u|es|${APOS})|au cours d(?:e|u|es|${APOS})|devant)|(?:a|ont) (?:également |aussi |ensuite )?pris la parole|prenant la parole|(?:est|sont) (?:également |aussi |ensuite )?intervenue?s?(?=\\s*[.;])|(?:a|ont) (?:également |aussi |ensuite )?(?:prononcé (?:un|une|son|sa) (?:discours|allocution)|fait (?:une|sa) (?:déclaration|intervention|communication)|présenté (?:un|son) (?:rapport|exposé))|s${APOS}est adressée? (?:aux participants|aux délégués)|speaking at|(?:spoke|speaks) at (?:the|a|an)|(?:addressing|addressed|addresses) the(?= (?:[\\p{L}-]+ ){0,4}?(?:summit|meeting|session|forum|conference|assembly|plenary|participants|delegates|audience|gathering|ceremony|council|parliament|congress))|delivered (?:a|his|her) (?:\\p{L}+ )?(?:speech|keynote|address)|(?:gave|made|makes|gives|delivers) (?:a|his|her) (?:\\p{L}+ )?speech|(?:made|delivered|presented) (?:a|his|her) (?:statement|report)|(?:delivered|made|gave) (?:(?:opening|closing|brief) )?remarks|(?:told|addressed) (?:a|the)(?= (?:[\\p{L}-]+ ){0,4}?(?:summit|meeting|session|forum|conference|briefing|assembly|plenary|participants|delegates|gathering|council))|took the floor|takes the floor`,
    spoke: true,
  },
  // "a répondu aux questions des journalistes", "Answering journalists' questions, X ...": the
  // speaker of a press conference
  {
    id: 'answered-questions',
    pattern: `(?:a|ont) (?:ensuite |également )?répondu aux questions d(?:es|e la) (?:journalistes|médias|presse)|répondant aux questions d(?:es|e la) (?:journalistes|médias|presse)|answer(?:ed|ing|s) (?:(?:the )?(?:journalists|reporters|media)${APOS}s? questions|questions from (?:the )?(?:journalists|reporters|media|press)|media questions)`,
    spoke: true,
  },
  // "Dans son discours, le Premier ministre Pachinian a félicité les participants", "Lors de son
  // intervention au sommet, X", "During his speech at the summit, X"
  {
    id: 'in-speech',
    pattern: `(?:dans|lors de|au cours de|pendant) (?:son|sa) (?:discours|allocution|intervention)|(?:in|during) (?:his|her) (?:(?:opening|closing|keynote|inaugural) )?(?:speech|address|remarks)`,
    spoke: true,
    only: 'first-after',
  },
  // "prononcerait un discours", "présentera un rapport": the speaker of a coming sitting; before
  // "lors de", as "lors des entretiens, X prononcerait un discours" names him after the cue
  {
    id: 'will-speak',
    pattern: `(?:prononcera|prononcerait|prononceront) (?:un|une|son|sa) (?:discours|allocution)|(?:présentera|présenterait|fera) (?:un|son) (?:rapport|exposé)|(?:prendra|devrait prendre) la parole|s${APOS}adressera aux (?:participants|délégués)|will (?:deliver|give|make) (?:a|his|her) (?:speech|keynote|address|report)|will present (?:a|his|her) report|will address the|will speak at|is (?:expected|scheduled) to (?:address|speak at)`,
    status: 'announced',
    spoke: true,
  },
  // "X et Y ont signé, mercredi, lors d’un sommet bilatéral": the subjects were there
  {
    id: 'during',
    pattern: `lors d(?:e|u|es|${APOS})|au cours d(?:e|u|es|${APOS})|pendant (?:le|la|les|l${APOS})|during the|on the sidelines of|en marge d(?:e|u|es|${APOS})`,
    only: 'before',
  },
  // "Ont présenté leurs lettres de créance :", "Presenting their letters of credence were": the
  // envoys who present credentials attend the ceremony
  {
    id: 'presented-credentials',
    pattern: `(?:(?:a|ont|avait|avaient) )?(?:présenté|remis) (?:leurs|ses|sa|les) (?:lettres de créance|copies figurées)|(?:présentant|remettant) (?:leurs|ses) lettres de créance|(?:presented|presenting|present|presents|handed over) (?:their|his|her) (?:letters of credence|credentials)|lettres de créance (?:ont été|avaient été) (?:présentées|remises) par|(?:letters of credence|credentials) (?:were|have been) presented by`,
  },
  // "Vladimir Putin received letters of credence from", "a reçu les lettres de créance": the host
  {
    id: 'received-credentials',
    pattern: `(?:a|avait) reçu(?: [^.;:]{1,60}?)? (?:les|des) (?:lettres de créance|copies figurées)|(?:received|receives|accepted)(?: [^.;:]{1,40}?)? (?:the )?(?:letters of credence|credentials)`,
    duty: 'host',
  },
  // previews: "participera", "prendra part", "est attendu"
  {
    id: 'will-take-part',
    pattern: `participera|participeront|prendra part|prendront part|(?:devrait|devraient|doit|doivent) (?:participer|prendre part|assister|rencontrer)`,
    status: 'announced',
  },
  { id: 'expected-fr', pattern: `(?:est|sont) attendue?s? (?:à|au|aux|pour)`, status: 'announced' },
  // English
  {
    id: 'attended-en',
    pattern: `attended|(?:is|are|was|were) attending|attends|(?:took|take|takes|taking) part|participated in|participating in|was attended by|were attended by|(?:was|were) (?:also )?(?:present|in attendance)|(?:also )?present (?:were|was)|among those (?:present|attending)|also attending (?:were|was)`,
  },
  // "joined the SCO Plus meeting via videoconference", "joined the talks"
  {
    id: 'joined-event',
    pattern: `(?:joined|joins|will join) (?:the|a|an) (?:[\\p{L}+-]+ ){0,3}?(?:summit|meeting|talks|session|forum|ceremony|conference|videoconference|call|celebrations|parade)`,
  },
  {
    id: 'brought-together',
    pattern: `brought together|gathered|included|participants included|in attendance`,
  },
  // before the chair's cues: "co-chaired by" holds "chaired by"
  { id: 'co-chaired-en', pattern: `co-chaired by|co-chaired|co-hosted by|co-hosted` },
  {
    id: 'chaired-en',
    pattern: `under the chairmanship of|chaired by|presided over`,
    duty: 'chair',
  },
  { id: 'hosted-en', pattern: `hosted by|(?:will|is to|is set to) host|hosted`, duty: 'host' },
  // "Tokayev chaired the SCO summit", "Xi and Putin co-chaired the meeting", "opened the session"
  {
    id: 'chaired-active-en',
    pattern: `chaired|(?:will|is to|is set to) chair`,
    duty: 'chair',
  },
  {
    id: 'opened-en',
    pattern: `opened the (?:\\p{L}+ ){0,3}?(?:summit|meeting|session|forum|conference|talks)`,
  },
  {
    id: 'arrived-to-participate',
    pattern: `arrived in [^,.;]{1,40}? to (?:participate|take part|attend)`,
  },
  // "arrived in Astana for a state visit to Kazakhstan and to attend the SCO summit": the second
  // purpose of the trip, past the visit's own phrase
  {
    id: 'also-to-attend',
    pattern: `(?:for|on) an? [^,.;]{1,60}? and (?:also )?to (?:participate in|take part in|attend)|pour une? [^,.;]{1,60}? et (?:pour )?(?:participer|prendre part|assister)`,
  },
  {
    id: 'will-attend',
    pattern: `will (?:attend|take part|participate)|(?:is|are) expected to (?:attend|take part|participate)`,
    status: 'announced',
  },
];

/** The last person named before, opening a sentence: "Ce dernier présentera un rapport". */
export const THE_LATTER = `ce dernier|cette dernière|the latter`;

/** An invitation is no attendance yet: "a invité son homologue", "invited his counterpart". */
export const INVITATION_CUE = `(?:a|ont) invité|invite|invited|a convié`;

/** Sentences that deny presence: "n’a pas participé", "did not attend", "en l’absence de". */
export const NEGATED_PARTICIPATION = `n${APOS}(?:a|ont|avait|avaient|était|étaient) pas (?:participé|pris part|assisté|été présente?s?)|ne (?:participera|participeront|prendra|prendront|pourra|pourront|sera|seront) pas|(?:did|will|could) not (?:attend|take part|participate)|won${APOS}t (?:attend|take part)|(?:was|were) not present|absente?s?|en l${APOS}absence|in the absence|sans la participation|boycotté|boycotted`;

/** The sentence says the event was held remotely: "par visioconférence", "via videoconference". */
export const ONLINE_MODE = `par (?:visio|vidéo)conférence|en (?:visio|vidéo)conférence|par liaison vidéo|by video link|via video link|en ligne|en format virtuel|en mode virtuel|via videoconference|by videoconference|in a video format|online|virtually`;

/** A preview written before the event: "se rendra", "aura lieu", "will hold". */
export const FUTURE_TENSE = `se rendra|se rendront|aura lieu|auront lieu|sera|seront|devrait|devraient|est attendue?|sont attendue?s|participera|participeront|assistera|assisteront|prendra part|prendront part|se tiendra|se tiendront|se réunira|se réuniront|effectuera|effectueront|accueillera|rencontrera|présidera|will|is expected|are expected|is scheduled|is due to|are due to|prochainement`;

/** An event still to come, told by its modifier: "the upcoming SCO summit", "le prochain sommet",
 * "le sommet à venir". */
export const UPCOMING = `upcoming|forthcoming|next|future|prochaine?s?|futur|future|futures|à venir`;

/** A clause about earlier doings: "qui avait rencontré X en 2019," names no one present now. */
export const PAST_CLAUSE = `qui avait|qu${APOS}il avait|qu${APOS}elle avait|dont le prédécesseur|who had|whom he had|whom she had`;

/** An office held for someone, right before their title: "le conseiller du président russe",
 * "an aide to the Chinese leader" names whose aide, not one more person present. */
export const AIDE_OF = `(?:conseill(?:er|ère)|porte-parole|assistante?|adjointe?|attachée? de presse|secrétaire de presse|chef de cabinet|envoyée? spéciale?|représentante? spéciale?|adviser|advisor|aide|assistant|spokesman|spokeswoman|spokesperson|press secretary|envoy|special representative)(?: \\p{L}+)? (?:du|de la|de l${APOS}|to the|of the)\\s*$`;

/** A press conference the two sides give together: "conférence de presse commune", "joint news
 * conference"; the two leaders of the report attend it. */
export const JOINT_PRESS = `(?:conférence de presse|point de presse|déclarations à la presse) (?:commune|conjointe)s?|conférence conjointe|joint (?:press|news) conference|joint press statements`;

/** How many a group description counts: "les cinq dirigeants", "the three leaders". */
export const GROUP_SIZES: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
};

/** A plural description of leaders named elsewhere: "les deux présidents", "the five leaders",
 * "en présence des deux chefs d’État"; the count is its first group. */
export const GROUP_DESCRIPTION = `(?:les|des|aux|the) (${Object.keys(GROUP_SIZES).join('|')}) (?:présidents|dirigeants|chefs d${APOS}[ÉéEe]tat|leaders|Premiers ministres|hommes|presidents|heads of state|men)`;

/** A host welcoming a guest to the country: "a accueilli X au Kenya", "welcomed X to Kenya". */
export const WELCOMED_TO = `(?:a|avait) (?:chaleureusement )?accueilli|accueille|welcomed|has welcomed`;

/** Companions before the verb, the one they go with after it: "X et Y accompagnent le président Z". */
export const ACCOMPANYING = `(?:is|are|was|were) (?:also )?(?:being )?accompanying|(?:accompagnent|accompagne|accompagnait|accompagnaient|accompagneront|accompagnera|(?:a|ont) accompagné)(?= l| le| la| les| M\\.| Mme| son| sa| ses)`;

/** The one accompanied before the phrase, the companions after it: "Z est accompagné par X et Y". */
export const ACCOMPANIED_BY = `(?:(?:est|sont|était|étaient|sera|seront|a été|ont été) (?:également |aussi |notamment )?)?accompagnée?s? (?:par|de|du|des|d${APOS})|(?:(?:is|are|was|were|will be) (?:also )?(?:being )?)?accompanied by`;

/** A guest welcomed by a host, the host after: "accueilli à l’aéroport par le vice-Premier ministre X". */
export const WELCOMED_BY = `(?:accueillie?s?|welcomed|greeted|(?:was|were) met|(?:was|were) received)(?: [^.;:!?]{0,60}?)? (?:par|by)`;

/** A clause of someone other than the traveller: "À l’invitation de X, Y est arrivé". */
export const NOT_THE_TRAVELLER = `(?:à|sur) (?:l${APOS})?invitation d(?:e|u|es|${APOS})|at the invitation of|accueillie?s? par|welcomed by|(?:was|were) met by|avec|with`;

/** A report of the arrival by someone else: "X told reporters that all the delegations had
 * arrived", "Y a indiqué que le président était arrivé"; the traveller comes after it. */
export const ARRIVAL_REPORTED = `(?:said|says|told|announced|reported|stated|confirmed|noted|déclaré|indiqué|annoncé|affirmé|précisé|confirmé|rapporté|souligné)(?: [^.;:!?]{0,40}?)? (?:that|que|qu${APOS})`;

/** The signers before the verb: "X et Y ont signé vendredi un accord", "the two leaders signed". */
export const SIGNED = `(?:a|ont|avait|avaient) (?:\\p{L}+ ){0,2}?signé|signent|(?:have |has )?signed`;

/** A source other than the sitting a report is about: "in an interview", "dans un communiqué",
 * "sur Telegram", "told TASS". */
export const SAID_ELSEWHERE = `interview|entretien (?:à|au|accordé)|communiqué|statement|déclaration écrite|Telegram|site|agence|agency|told (?:RIA|TASS|Reuters|AFP|Interfax|Xinhua|Sputnik|the)|a écrit|wrote|posted|selon`;

/** The delegations joining the leaders: "avec la participation des délégations", "with the
 * participation of the delegations", "in the presence of delegations". */
export const DELEGATIONS_TAKE_PART = `(?:avec la participation|en présence) des délégations|(?:with the participation|in the presence) of (?:the |both )?(?:two )?delegations`;

/** One format following another: "ont commencé en tête-à-tête et se sont poursuivies en format
 * élargi", "en tête-à-tête, puis en format élargi", "followed by extended talks". */
export const FORMAT_CONTINUED = `poursuivie?s?|continuée?s?|suivie?s? (?:d(?:e|u|es|${APOS})|par)|puis|continued|continuing|followed by|then`;

/** The signers after the verb: "les documents ont été signés par X et Y", "were signed by X". */
export const SIGNED_BY = `(?:a|ont|avait|avaient) été signée?s? par|signée?s? par|signed by`;

/** A habit, not one occurrence: "se tient chaque année avec la participation du président". */
export const HABITUAL = `chaque année|tous les ans|annuellement|traditionnellement|every year|annually|traditionally`;

/** Leaders described by their countries: "les présidents chinois et russe", "the Russian and
 * Chinese leaders". French: the adjectives are the 2nd and 3rd groups; English: the 1st and 2nd. */
export const COUNTRIES_DESCRIPTION_FR = `les (présidents|dirigeants|chefs d${APOS}[ÉéEe]tat|Premiers ministres) (\\p{L}+) et (\\p{L}+)`;
export const COUNTRIES_DESCRIPTION_EN = `the (\\p{L}+) and (\\p{L}+) (presidents|leaders|heads of state|prime ministers)`;

/** Leaders named by their countries' names, the countries after it: "les présidents | de Russie et
 * de Mongolie", "the leaders of | Russia, China and India". The title is the first group. */
export const LEADERS_OF_COUNTRIES = `(?:les (présidents|dirigeants|chefs d${APOS}[ÉéEe]tat|Premiers ministres)|the (presidents|leaders|heads of state|prime ministers) of)(?=\\s)`;
/** What joins the countries of LEADERS_OF_COUNTRIES: "de la", ", de l’", " et du", ", and the". */
export const FIRST_COUNTRY_LINK = `\\s*(?:de la|de l${APOS}|du|des|de|d${APOS}|the)?\\s*`;
export const NEXT_COUNTRY_LINK = `\\s*(?:,\\s*(?:and|et)?|and|et)\\s*(?:de la|de l${APOS}|du|des|de|d${APOS}|la|le|l${APOS}|les|the)?\\s*`;

/** A person talked about, not present: "il a évoqué le président X", "criticised President X";
 * the person follows the verb ("a évoqué avec X" is another matter: X is the partner). */
export const TALKED_ABOUT = `(?:a|ont|avait|avaient) (?:\\p{L}+ )?(?:évoqué|mentionné|critiqué|condamné|dénoncé|accusé|cité)|mentioned|criticised|criticized|condemned|accused|cited|referred to`;

/** Verbs that attribute a sentence to its source, who need not be present at what it reports:
 * "Putin will attend the summit, Peskov told reporters", "..., a déclaré Dmitri Peskov". */
export const ATTRIBUTING_VERBS = `said|says|told|tells|announced|stated|confirmed|noted|added|explained|reported|(?:a|ont) (?:déclaré|indiqué|annoncé|affirmé|précisé|confirmé|souligné|expliqué|ajouté|rapporté|fait savoir)|déclare|indique|annonce|précise|affirme`;
/** What may follow the attributing verb to the end of the sentence: "told reporters on Monday",
 * "said in a statement", "a déclaré mardi aux journalistes"; a clause after the verb is no such tail. */
export const ATTRIBUTION_TAIL = `reporters|journalists|the|press|media|a|an|in|on|at|to|statement|briefing|interview|conference|news|aux|à|la|presse|journalistes|médias|lors|d’un|d'un|d’une|d'une|point|de|conférence|communiqué|dans|un|une|entretien|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|today|yesterday|aujourd’hui|aujourd'hui|hier`;
/** Who is quoted as the source: "selon X", "d’après X", "according to X". */
export const ACCORDING_TO = `selon|d${APOS}après|according to`;

/** A person honoured, not present: "le monument à Gueorgui Joukov", "la tombe du Soldat", "the
 * statue of X", "le décès d’Igor Spassky", "in memory of X". The person follows the noun. */
export const HONOURED_BEFORE = `monuments?|statues?|bustes?|tombes?|tombeau|mausolée|mémorial|stèle|plaque commémorative|memorials?|tombs?|graves?|busts?|décès|disparition|mort|obsèques|funérailles|mémoire|death|passing|funeral|memory`;

/** An uncounted plural subject that went to or held a sitting: "Les dirigeants se sont rendus",
 * "the leaders then held"; not "les dirigeants de la région", "les présidents ont évoqué". */
export const UNCOUNTED_LEADERS = `(?:les|the) (?:dirigeants|leaders|chefs d${APOS}[ÉéEe]tat|présidents|presidents|heads of state)(?= (?:se sont|s${APOS}étaient|ont (?:ensuite )?(?:tenu|eu|participé|pris part|assisté|discuté|examiné)|then|held|had|attended|took part|discussed)[\\s’'])`;

/** A sent word, not a presence: "le message du président X", "a letter from X", "X's greetings".
 * The sender is named after the noun (French, "from") or before it (English possessive). */
export const SENT_WORD_NOUNS = `messages?|lettres?(?! de créance)|télégrammes?|letters?|telegrams?|greetings|salutations|vœux|voeux|félicitations|condoléances|congratulations|condolences`;

/** Acts whose doers attend them, when a verb reports the act ("ont déposé une gerbe", "a répondu
 * aux questions des médias"): the people before the verb. */
export const PERFORMED_FORMATS: readonly EventFormat[] = ['COMMEMORATION', 'PRESS_CONFERENCE'];

/** Formats no one attends: a date remembered ("30e anniversaire", a birthday); its celebration is a ceremony. */
export const COMMEMORATED_FORMATS: readonly EventFormat[] = ['ANNIVERSARY'];

/** "a rencontré X lors de sa visite": X is met during the visit, which is not theirs. */
export const MET_DURING_VISIT = `(?:a|ont|avait|devrait|doit|va) (?:rencontré|rencontrer|reçu|recevoir)|s${APOS}est entretenu avec|(?:met|meets|will meet|to meet|held talks with)`;

/** An occasion one person gives for another, right after the event's name: "la cérémonie
 * d’accueil organisée par X pour Y", "a dinner hosted by X in honour of Y". The host comes after
 * HOSTED_BY, the guest after HOSTED_FOR. */
export const HOSTED_BY = `(?:organisée?s?|offerte?s?|donnée?s?|hosted|organi[sz]ed|given|thrown) (?:par|by)`;
export const HOSTED_FOR = `pour|en l${APOS}honneur d(?:e|u|es|${APOS})|for|in honou?r of`;

/** The one whose visit it is, right after the visit: "la visite d’État de X", "a visit by X". */
export const VISIT_OF = `(?:de|du|d${APOS}|of|by)(?=[\\s\\p{Lu}])`;

/** A visit owned by a pronoun: "sa visite", "son premier voyage", "his state visit". */
export const VISIT_POSSESSIVE = `(?:sa|son|ses|leur|leurs|his|her|their)(?: \\p{L}+)?`;

/** A visit addressed to its maker: "« Votre visite... », a déclaré X à Y", "X told Y: your visit". */
export const VISIT_SECOND_PERSON = `(?:votre|vos|your)(?: \\p{L}+)?`;

/** The one spoken to, after the cue: "a déclaré X à | Y", "a dit au | président Y", "told | Y". */
export const ADDRESSED_TO = `(?:déclaré|dit|affirmé|assuré|lancé|souligné|indiqué)\\s[^.;:!?«»"“”]{0,60}?\\s(?:à|au)(?=\\s)|told|said to`;

/** A visit in apposition to its maker: "Y a reçu X, en visite officielle", "X, on a state visit". */
export const VISIT_APPOSED = `(?:en|actuellement en|on an?|currently on an?|(?:arrivée?s?|venue?s?|qui est arrivée?|qui sont arrivée?s) (?:à|au|aux|en|dans) [^,;.]{1,40}? pour (?:une?|sa|son|leur)|(?:who (?:is|was|are|were|arrived|has arrived) )?in [^,;.]{1,40}? (?:on|for) (?:an?|his|her|their))`;

/** A pair described by what they are rather than counted among leaders: "les deux ministres",
 * "en présence des deux ministres", "the two sides": the two people of the talks reported before
 * them. Sides only as a subject: "dans l’intérêt des deux parties" names no one present. */
export const PAIR_DESCRIPTION = `(?:les|des|aux|the) (?:deux|two) (?:ministres|chefs de la diplomatie|responsables|homologues|interlocuteurs|(?:foreign )?ministers|officials|counterparts)|(?:les|the) (?:deux|two) (?:parties|sides)|both (?:(?:foreign )?ministers|sides|officials|counterparts)`;

/** Ministers described without a count after their bilateral talks: "À l’issue des entretiens, les
 * ministres ont signé", "the ministers signed", "les chefs de la diplomatie des deux pays"; the
 * two ministers of the talks reported before (not "avec les ministres de l’OCS"). */
export const MINISTERS_DESCRIPTION = `(?:les|the) (?:chefs de la diplomatie|ministres des Affaires étrangères|ministres|(?:foreign )?ministers) (?:des|of the) (?:deux|two) (?:pays|countries)|(?<!(?:avec|with|par|by|entre|between|pour|for|à|to) )(?:les ministres|the (?:foreign )?ministers)(?! (?:de|des|du|d[’']|of|from|et|and|who|qui)(?![\\p{L}]))`;

/** Two leaders without a count: "both leaders", "both presidents"; read as "the two leaders". */
export const BOTH_LEADERS = `both (?:leaders|presidents|heads of state|men)`;

/** Witnesses of a signing attend it: "Xi and Tokayev witnessed the signing of", "the two leaders
 * witnessed the exchange of", "ont été témoins de la signature". The signing is named after it. */
export const WITNESSED = `(?:have |has |also |then )?witnessed|witnessing|(?:a|ont) (?:\\p{L}+ )?été (?:les )?témoins?`;

/** A sitting spoken of, not sat in, right before its name: "ont échangé leurs vues sur la
 * préparation de | la réunion", "ont signé le procès-verbal de | la réunion", "the agenda of". */
export const SITTING_AS_TOPIC = `(?:préparation|préparatifs|ordre du jour|procès-verbal|compte rendu|résultats|bilan|suivi|preparations?|agenda|minutes|outcomes?|results)(?: \\p{L}+)? (?:de la|du|de l${APOS}|des|de|d${APOS}|of the|for the|of)\\s*$`;

/** A plural noun of people who were there, whose members a list then names: "aux participants,
 * parmi lesquels X", "the delegates, including X", "les lettres de créance de 42 nouveaux
 * ambassadeurs, parmi lesquels X" (envoys presenting their letters attend the ceremony). */
export const ATTENDEE_GROUP = `participants|invités|délégués|hôtes|guests|delegates|attendees|(?:lettres de créance|letters of credence|credentials) (?:de|des|d${APOS}|from) (?:[\\p{L}\\d]+ ){0,2}?(?:ambassadeurs|ambassadors|envoys)`;

/** What opens the list after ATTENDEE_GROUP: "parmi lesquels", "dont", "including", "among them". */
export const AMONG_THEM = `parmi lesquel(?:le)?s|parmi eux|parmi elles|dont|notamment|including|among them|among whom`;

/** A sentence whose list names members of the group the sentence before named: "Parmi eux
 * figuraient X et Y", "Among them were X and Y". */
export const AMONG_THEM_OPENING = `parmi eux|parmi elles|parmi lesquels|among them|among those`;
