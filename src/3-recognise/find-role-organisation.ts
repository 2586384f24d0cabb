// The organisation a title names: "le secrétaire général de l’OTSC" -> CSTO, "SCO Secretary-General"
// -> SCO, "chef du gouvernement russe" -> Government of Russia. Only an organisation right after the
// title (and its preposition) or right before it counts: in "Director of the Executive Committee of
// the SCO" the title names the committee, not the SCO.

import { foldText } from '../4-resolve/normalise.js';
import type { Span } from '../types.js';
import type { Mention } from './types.js';

/** Between the title and its body: "de l’", "du", "of the", an adjective ("russe de la"). */
const TITLE_TO_BODY =
  /^\s*(?:[\p{Ll}-]+\s+)?(?:de la |de l['’]|du |des |de |d['’]|of the |of |at the |auprès de (?:la |l['’])?)?\s*$/u;
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
}

export function findRoleOrganisation(
  text: string,
  mentions: readonly Mention[],
  title: Span,
  to: number,
  searchOrganisations = true,
): RoleBody {
  const organisation = !searchOrganisations
    ? -1
    : mentions.findIndex((m) => {
        if (m.type !== 'Organisation') return false;
        if (m.start >= title.end && m.end <= to)
          return TITLE_TO_BODY.test(text.slice(title.end, m.start));
        return m.end <= title.start && BODY_TO_TITLE.test(text.slice(m.end, title.start));
      });
  if (organisation >= 0) return { organisation, unknownBody: false };
  const after = text.slice(title.end, Math.min(to, title.end + 40));
  const named = NAMES_A_BODY.exec(after);
  if (!named) return { organisation: -1, unknownBody: false };
  // "président de la Russie", "of the Republic of Kazakhstan": a country is no body
  const bodyStart = title.end + named[0].length - 1;
  const word = /^[\p{L}’'-]+/u.exec(text.slice(bodyStart))?.[0] ?? '';
  const country = mentions.some((m) => m.type === 'Place' && m.start === bodyStart);
  return { organisation: -1, unknownBody: !country && !STATE_WORDS.has(foldText(word)) };
}
