// Mentions: typed spans of text, before they are resolved to entities.

import type { EntityType, EventFormat, PartialDate, Span } from '../types.js';

export interface Mention extends Span {
  readonly type: EntityType;
  readonly surface: string;
  readonly rule: string;
  /** Lexicon id when the surface is a known alias. */
  readonly lexiconId?: string;
  readonly subtype?: string;
  /** Place mentioned through an adjective ("biélorusse"), not by name. */
  readonly adjective?: boolean;
  /** Person: English given name and the surname as written. */
  readonly givenName?: string;
  readonly surname?: string;
  /** Person known only by surname or initials: resolved against the document's full names. */
  readonly partial?: 'surname' | 'initials';
  /** Organisation built from a pattern: the country it belongs to ("gouvernement russe"). */
  readonly country?: string;
  /** Canonical name built by a pattern: "Government of Russia", "Belarus-1". */
  readonly canonical?: string;
  /** Body named with what it belongs to: the "OCS" of "Conseil des chefs d’État de l’OCS". */
  readonly within?: Mention;
  /** Acronym given in brackets inside the name: "Comité central (CC) du Parti". */
  readonly acronym?: string;
}

/** A title written before a name: "le ministre des Affaires étrangères Sergueï Lavrov". */
export interface RoleMention extends Span {
  /** Index of the Person mention the title belongs to, or undefined for a bare role phrase. */
  readonly person?: number;
  /** English role with its country, as attendance reports it: "President of Belarus". */
  readonly role: string;
  /** Bare English title of the HOLDS_ROLE edge: "President", "Chairman", "Minister of Defence". */
  readonly title: string;
  readonly subtype: string;
  /** Index of the Organisation mention the title names ("secrétaire général de l’OTSC"). */
  readonly organisation?: number;
  /** The title names a body no mention stands for ("président du Parti X"): no country edge. */
  readonly unknownBody?: boolean;
  /** The holder heads that organisation (HEAD_OF). */
  readonly heads: boolean;
  /** The role names its country: "President" + Belarus -> "President of Belarus". */
  readonly takesCountry: boolean;
  /** Id of the rule that read the title ("title-before-name", "name-comma-title", "list-shared"). */
  readonly rule: string;
  readonly country?: string;
  /** Lexicon id of the region or city the title is held of ("maire de Moscou"). */
  readonly place?: string;
  /** Ambassadors: the country they are posted to. */
  readonly destination?: string;
  readonly principal: boolean;
  readonly represents: boolean;
  /** Holds only of the organisation the title names ("membre du Bureau politique"). */
  readonly ofBodyOnly?: boolean;
  /** A bare role phrase whose holder comes from context: "le président biélorusse". */
  readonly bare: boolean;
}

export interface EventMention extends Span {
  readonly format: EventFormat;
  readonly surface: string;
  /** Ends of shorter readings of the phrase ("visite officielle" in "visite officielle en Mongolie"). */
  readonly shorter?: readonly number[];
  readonly rule: string;
  /** Section whose heading this is, for heading events. */
  readonly headingOf?: number;
  readonly date?: PartialDate;
  readonly endDate?: PartialDate;
  /** Indices of Place mentions where the event is held. */
  readonly places: readonly number[];
  /** Index of the Organisation mention the event belongs to ("anniversaire de l’État de l’Union"). */
  readonly organisation?: number;
  /** Has a date, place, organisation or proper name of its own: it can stand as a new event. */
  readonly anchored: boolean;
  readonly plural: boolean;
  /** "la précédente réunion", "le prochain sommet": another occurrence than the one reported. */
  readonly otherOccurrence?: boolean;
  /** Written with a verb ("a rencontré", "met with"): it reports a meeting, it refers to none. */
  readonly verb?: boolean;
  /** The event's proper name ("Second World War", "Interaction-2023"): two names, two events. */
  readonly properName?: string;
}

export interface Recognised {
  readonly mentions: readonly Mention[];
  readonly roles: readonly RoleMention[];
  readonly events: readonly EventMention[];
}

/** What resolve needs from recognition. */
export interface RecognisedDocumentLike extends Recognised {
  readonly dates: readonly {
    readonly start: number;
    readonly end: number;
    readonly date: PartialDate;
  }[];
}
