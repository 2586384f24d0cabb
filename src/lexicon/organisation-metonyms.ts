// Seats of power that news uses for the body inside them, and the phrasings that make them a
// body rather than a place: "a indiqué le Kremlin", "selon le Kremlin", "the White House said"
// (an agent or a source), never "au Kremlin" (a place).

export interface OrganisationMetonym {
  readonly forms: readonly string[];
  readonly name: string;
  readonly subtype: string;
}

export const ORGANISATION_METONYMS: readonly OrganisationMetonym[] = [
  { forms: ['Kremlin'], name: 'Kremlin', subtype: 'government' },
  {
    forms: ['Maison Blanche', 'Maison-Blanche', 'White House'],
    name: 'White House',
    subtype: 'government',
  },
  { forms: ['Élysée', 'Elysée'], name: 'Élysée Palace', subtype: 'government' },
];

const SAID = `(?:a|ont|avait|avaient)\\s+(?:également\\s+|aussi\\s+|pour sa part\\s+)?(?:indiqué|annoncé|déclaré|ajouté|précisé|confirmé|fait savoir|rapporté|signalé|publié|démenti|souligné)|indique|annonce|said|says|announced|reported|stated|confirmed`;

/** Before the seat: "selon le", "a indiqué le", "un communiqué du", "the ... said by". */
export const METONYM_BEFORE = `(?:selon|d[’']après|pour|(?:${SAID}))\\s+(?:le|la|l[’'])\\s*$|communiqué\\s+(?:du|de la|de l[’'])\\s*$|(?:site|porte-parole|chaîne\\s+\\S+|déclaration)\\s+(?:du|de la|de l[’'])\\s*$`;
/** After the seat: "Le Kremlin a indiqué", "the Kremlin said". */
export const METONYM_AFTER = `^\\s*,?\\s*(?:${SAID})(?![\\p{L}])`;
