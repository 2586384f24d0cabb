// A heading that titles a statement gives SPOKE_AT to the people it names: "Déclarations à la
// presse de X et de Y", "Press statements by X and Y",
// "Discours de X", "Conférence de presse de X". Their ATTENDED comes from the heading rule.

import { wholeWords } from '../patterns.js';
import { assertion, personMentionsIn } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

/** "2°/Déclarations ...", "- Statements ...": the noun opens the heading, after any numbering. */
const STATEMENT_HEADING = new RegExp(
  `^[\\s\\d°./)•–-]*${wholeWords(
    `déclarations?(?: (?:conjointes?|communes?))?(?: (?:à la presse|aux médias|de presse|pour la presse))?|discours|allocution|intervention|conférence de presse(?: (?:conjointe|commune))?|point de presse|(?:joint )?(?:press |media )?statements?(?: (?:to the press|for the press|to the media))?|speech|address|remarks|(?:joint )?(?:news|press) conference|press briefing`,
  )}`,
  'iu',
);

export function isStatementHeading(text: string): boolean {
  return STATEMENT_HEADING.test(text);
}

export function relateStatementHeadings(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  const out: Assertion[] = [];
  for (const segment of structure.segments) {
    if (segment.kind !== 'event-heading' || !isStatementHeading(segment.text)) continue;
    const event = resolution.sectionEvent.get(segment.section);
    if (!event) continue;
    for (const { key } of personMentionsIn(ctx, segment.start, segment.end))
      out.push(assertion(ctx, 'SPOKE_AT', key, event, segment, 'statement-heading'));
  }
  return out;
}
