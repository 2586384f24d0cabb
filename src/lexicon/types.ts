// Shapes of the lexicon's data files: entities with aliases, titles, first names, event keywords.
// Aliases starting with a capital only match capitalised text; all-caps aliases match all-caps text.

import type { EntityType, EventFormat } from '../types.js';

export interface LexiconRole {
  /** English role, as an analyst would write it: "Minister of Foreign Affairs". */
  readonly role: string;
  /** Lexicon id of the country or organisation the role is held in. */
  readonly of: string;
  /** ISO dates bounding the term, when known. */
  readonly from?: string;
  readonly to?: string;
}

export interface LexiconEntry {
  /** Kebab-case slug, stable across documents: "vladimir-putin", "sco", "minsk". */
  readonly id: string;
  readonly type: Exclude<EntityType, 'Event'>;
  /** Canonical English name. */
  readonly name: string;
  readonly subtype?: string;
  /** Surface forms in French, English and common transliterations. */
  readonly aliases: readonly string[];
  readonly wikidata?: string;
  /** Person: nationality; Place: the country it lies in. */
  readonly country?: string;
  readonly roles?: readonly LexiconRole[];
}

export interface TitleEntry {
  /** French or English title as written before a name, lower case: "vice-premier ministre". */
  readonly forms: readonly string[];
  /** English role: "Deputy Prime Minister". */
  readonly role: string;
  /** Words that state the role without being a title before a name ("mandat présidentiel"). */
  readonly cues?: readonly string[];
  readonly subtype: string;
  /** The bare title on HOLDS_ROLE when it differs from `role` ("homologue" -> "head of state"). */
  readonly title?: string;
  /** Ministers take their portfolio: "ministre de la Défense" -> "Minister of Defence". */
  readonly takesPortfolio?: boolean;
  /** The holder heads the body the title names (HEAD_OF): "président du Conseil de la Fédération". */
  readonly heads?: boolean;
  /** English title when the title names an organisation: "président" of a body -> "Chairman". */
  readonly ofOrganisation?: string;
  /** Roles whose English name takes the country: "President" -> "President of Belarus". */
  readonly takesCountry?: boolean;
  /** Heads of state and government meet their counterparts (MET_WITH). */
  readonly principal?: boolean;
  /** Ambassadors represent their country (REPRESENTS). */
  readonly represents?: boolean;
  /** A description more than a title ("le dirigeant chinois", "le chef de l’État"): at an event,
   * the lexicon's role of a known holder says it better ("President of China"). */
  readonly vague?: boolean;
  /** The title holds of the organisation it names and of nothing else ("membre du Bureau
   * politique"; "membre de la délégation" names no role). */
  readonly ofBodyOnly?: boolean;
}

export interface EventFormatEntry {
  readonly format: EventFormat;
  /** Lower-case keywords, French and English, matched on folded text. */
  readonly keywords: readonly string[];
  /** Verb forms that report the event ("s’est entretenu par téléphone", "met with"): the phrase
   * starts at the verb, never at the capitalised name before it. */
  readonly verbs?: readonly string[];
  /** The verbs are participles that report the event only after an auxiliary ("ont signé un
   * accord"), never as an adjective ("le traité signé en 1992"). */
  readonly verbsAfterAuxiliary?: boolean;
  /** English label used in names and search ("restricted talks"). */
  readonly label: string;
}
