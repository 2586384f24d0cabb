// ATTENDED of a joint press conference: "a estimé X lors d’une conférence de presse commune",
// "at a joint news conference" -> both leaders of a bilateral report were there, the one
// the sentence names and the counterpart it does not; "Les deux ministres ont ensuite tenu une
// conférence de presse conjointe" -> the pair the sentence describes.

import { JOINT_PRESS } from '../lexicon/participation-verbs.js';
import { attend } from './attend.js';
import { eventsIn } from './event-index.js';
import { bilateralLeaders, groupsIn, participantsIn } from './participants.js';
import { regexOf } from './patterns.js';
import { sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const JOINT = regexOf(JOINT_PRESS);
/** "X et Y ont (ensuite) tenu une", "X and Y then held a": the names are the holding verb's subject. */
const HELD_BY_SUBJECT =
  /^\s*(?:ont|a|have|has)?\s*(?:(?:ensuite|alors|également|aussi|then|also|later)\s+)?(?:tenu|donné|organisé|animé|held|gave|hold|give)\s+(?:une|un|a|an|leur|their)\s*$/iu;

/** Two people named right before the verb that holds the conference, as its subject. */
function holdersBefore(ctx: RelateContext, start: number, at: number): string[] | undefined {
  const named = participantsIn(ctx, start, at);
  const last = named.at(-1);
  if (named.length !== 2 || !last) return undefined;
  return HELD_BY_SUBJECT.test(ctx.doc.text.slice(last.end, at))
    ? named.map((p) => p.key)
    : undefined;
}

export function relateJointPressConferences(ctx: RelateContext): Assertion[] {
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(ctx.doc)) {
    const hit = JOINT.exec(ctx.doc.text.slice(sentence.start, sentence.end));
    if (!hit) continue;
    const at = sentence.start + hit.index;
    const event = eventsIn(ctx, sentence.start, sentence.end).find(
      (e) => e.format === 'PRESS_CONFERENCE' && !e.other && e.end > at,
    );
    if (!event) continue;
    // "the two ministers then held": the pair it describes; else the two leaders named up to the
    // end of the sentence: "a déclaré X ... commune"
    const pair =
      holdersBefore(ctx, sentence.start, at) ??
      groupsIn(ctx, sentence.start, at).find((g) => g.keys.length === 2)?.keys;
    for (const leader of pair ?? bilateralLeaders(ctx, sentence.end))
      out.push(attend(ctx, leader, event.key, sentence, 'joint-press-conference'));
  }
  return out;
}
