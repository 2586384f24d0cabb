// "Le ministre russe des Affaires étrangères X a reçu son homologue kazakh Y": Y holds the role of
// the person the sentence opened with (Minister of Foreign Affairs), of the adjective's country,
// not a head of state's. Without a titled subject, a known person's lexicon role stands in.

import { findLexiconEntry } from '../lexicon/index.js';
import type { Mention, RoleMention } from './types.js';

/** "homologue", "counterparts": the title that takes its role from the subject. */
const COUNTERPART_FORMS = new Set(['homologue', 'homologues', 'counterpart', 'counterparts']);
/** How far back the subject may stand: one sentence or two. */
const SUBJECT_REACH = 400;

export function isCounterpartForm(form: string | undefined): boolean {
  return form !== undefined && COUNTERPART_FORMS.has(form);
}

/**
 * The counterpart's role from `subject`, the last titled role before it, or from the lexicon role
 * of the last known person before it (`previous`): same title, the counterpart's own country.
 */
export function counterpartRole(
  role: RoleMention,
  subject: RoleMention | undefined,
  previous: Mention | undefined,
  holder?: Mention,
): RoleMention {
  // "son homologue russe Andreï Belooussov": a counterpart the lexicon knows keeps his own office
  const own = holder?.lexiconId ? findLexiconEntry(holder.lexiconId) : undefined;
  const office = own?.roles?.at(-1);
  if (own && office) {
    const title = bareRole(office.role, office.of);
    return retitle(role, title, title !== office.role, own.subtype ?? role.subtype);
  }
  const near = (end: number) => role.start - end <= SUBJECT_REACH;
  if (subject && near(subject.end))
    return retitle(role, subject.title, subject.takesCountry, subject.subtype);
  const lexicon = previous?.lexiconId ? findLexiconEntry(previous.lexiconId) : undefined;
  const known = lexicon?.roles?.at(-1);
  if (!previous || !near(previous.end) || !known) return role;
  const title = bareRole(known.role, known.of);
  return retitle(role, title, title !== known.role, lexicon?.subtype ?? role.subtype);
}

function retitle(
  role: RoleMention,
  title: string,
  takesCountry: boolean,
  subtype: string,
): RoleMention {
  const country = role.country ? findLexiconEntry(role.country)?.name : undefined;
  return {
    ...role,
    title,
    takesCountry,
    subtype,
    role: takesCountry && country ? `${title} of ${country}` : title,
  };
}

/** "President of Russia" -> "President"; "Minister of Foreign Affairs" (of Russia) stays. */
function bareRole(role: string, of: string): string {
  const country = findLexiconEntry(of)?.name;
  const suffix = country ? ` of ${country}` : undefined;
  return suffix && role.endsWith(suffix) ? role.slice(0, -suffix.length) : role;
}
