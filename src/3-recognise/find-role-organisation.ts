// The organisation a title names: "le secrétaire général de l’OTSC" -> CSTO, "SCO Secretary-General"
// -> SCO, "chef du gouvernement russe" -> Government of Russia. Only an organisation right after the
// title (and its preposition) or right before it counts: in "Director of the Executive Committee of
// the SCO" the title names the committee, not the SCO. Mentions come sorted and non-overlapping
// (selectMentions): only those next to the title are looked at, so long documents stay linear.

import { foldText } from '../4-resolve/normalise.js';
import { firstStartingFrom } from '../spans.js';
import type { Span } from '../types.js';
import { findCountries } from './find-title.js';
import type { Mention } from './types.js';

/** Between the title and its body: "de l’", "du", "of the", an adjective ("russe de la"). */
const TITLE_TO_BODY =
  /^\s*(?:[\p{Ll}-]+\s+)?(?:de la |de l['’]|du |des |de |d['’]|of the |of |at the |auprès de (?:la |l['’])?)?\s*$/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
/** "SCO Secretary-General", "the CIS Executive Secretary". */
const BODY_TO_TITLE = /^\s*$/u;
/** "président du Parti communiste ...": a capitalised body right after the title's preposition. */
const NAMES_A_BODY = /^\s*(?:de la |de l['’]|du |des |of the |of )\s*\p{Lu}/u;

/** Words that open a country's formal name: "République du Bélarus", "Islamic Republic of Iran". */
const STATE_WORDS = new Set([
  ...['republique', 'republic', 'federation', 'royaume', 'kingdom', 'etat', 'state', 'islamic'],
  ...['people’s', "people's", 'peoples', 'democratic', 'socialist', 'united', 'emirat', 'sultanat'],
  ...['sultanate', 'principaute', 'principality', 'commonwealth', 'union', 'kyrgyz', 'arab'],
]);

export interface RoleBody {
  /** Index of the organisation mention, or -1. */
  readonly organisation: number;
  /** The title names a body the lexicon does not know: its country is not the role's target. */
  readonly unknownBody: boolean;
  /** The body is written inside the title: "secrétaire du Conseil de sécurité de la Russie". */
  readonly inTitle?: boolean;
}

/** "Secretary of the Security Council" held of that council is its "Secretary". */
export function titleBeforeBody(title: string): string {
  return title.replace(/\s+of the\s.*$/u, '');
}

export function findRoleOrganisation(
  text: string,
  mentions: readonly Mention[],
  title: Span,
  to: number,
  searchOrganisations = true,
): RoleBody {
  const organisation = searchOrganisations
    ? findAdjacentOrganisation(text, mentions, title, to)
    : -1;
  if (organisation >= 0) {
    const { start } = mentions[organisation] as Mention;
    const inTitle = start > title.start && start < title.end;
    return { organisation, unknownBody: false, ...(inTitle ? { inTitle } : {}) };
  }
  const after = text.slice(title.end, Math.min(to, title.end + 40));
  const named = NAMES_A_BODY.exec(after);
  if (!named) return { organisation: -1, unknownBody: false };
  // "président de la Russie", "of the Republic of Kazakhstan": a country is no body
  const bodyStart = title.end + named[0].length - 1;
  const word = /^[\p{L}’'-]+/u.exec(text.slice(bodyStart))?.[0] ?? '';
  // "secrétaire du Conseil de sécurité de la Russie": the country may sit inside a body's mention
  const country =
    mentionsStartingAt(mentions, bodyStart).some((m) => m.type === 'Place') ||
    findCountries(text.slice(bodyStart, bodyStart + 40)).some((c) => c.at === 0);
  return { organisation: -1, unknownBody: !country && !STATE_WORDS.has(foldText(word)) };
}

/** The first organisation mention right before the title or after it (within `to`), or -1. */
function findAdjacentOrganisation(
  text: string,
  mentions: readonly Mention[],
  title: Span,
  to: number,
): number {
  // "CSTO Secretary General": an English title read with its body as prefix starts on it
  for (let i = firstStartingFrom(mentions, title.start); mentions[i]?.start === title.start; i++) {
    const m = mentions[i] as Mention;
    if (m.type === 'Organisation' && m.end < title.end) return i;
  }
  // "chef de l’Administration présidentielle", "secrétaire du Conseil de sécurité | de la Russie":
  // a title the lexicon knows with its body inside, or the body beginning in it
  for (let i = firstStartingFrom(mentions, title.start + 1); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= title.end) break;
    if (m.type === 'Organisation' && m.end <= Math.max(title.end, to)) return i;
  }
  // before: only white space between the body and the title ("SCO Secretary-General")
  let spaceFrom = title.start;
  while (spaceFrom > 0 && BODY_TO_TITLE.test(text[spaceFrom - 1] as string)) spaceFrom -= 1;
  let before = -1;
  for (let i = firstStartingFrom(mentions, title.start) - 1; i >= 0; i -= 1) {
    const m = mentions[i] as Mention;
    if (m.end < spaceFrom) break;
    if (m.type === 'Organisation' && m.end <= title.start) before = i;
  }
  if (before >= 0) return before;
  for (let i = firstStartingFrom(mentions, title.end); i < mentions.length; i += 1) {
    const m = mentions[i] as Mention;
    if (m.end > to) break;
    if (m.type !== 'Organisation' || !TITLE_TO_BODY.test(text.slice(title.end, m.start))) continue;
    // "Chairman of the NA’s Committee for External Affairs": the committee, not the NA
    if (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3))) return -1;
    return i;
  }
  return -1;
}

function mentionsStartingAt(mentions: readonly Mention[], start: number): Mention[] {
  const found: Mention[] = [];
  for (let i = firstStartingFrom(mentions, start); mentions[i]?.start === start; i += 1)
    found.push(mentions[i] as Mention);
  return found;
}
