// People who accompany a leader attend what the leader attends, on the leader's side: "Le président
// X est accompagné par le ministre Y, ...", "Y and Z are accompanying X on his trip to Russia".
// Runs after the other rules: the leader's own attendance says which event is meant.

import { VISIT_FORMATS } from '../lexicon/index.js';
import { ACCOMPANIED_BY, ACCOMPANYING } from '../lexicon/participation-verbs.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { eventsIn } from './event-index.js';
import { countryOfPerson } from './helpers.js';
import { type Participant, participantsIn } from './participants.js';
import { regexOf } from './patterns.js';
import { type Sentence, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const SHAPES = [
  { id: 'accompanied-by', regex: regexOf(ACCOMPANIED_BY), companions: 'after' },
  { id: 'accompanying', regex: regexOf(ACCOMPANYING), companions: 'before' },
] as const;

interface Company {
  readonly leader: Participant;
  readonly companions: readonly Participant[];
  /** An event the sentence names after the verb ("on his trip to Russia"). */
  readonly named?: string;
  readonly rule: string;
}

/** Who goes with whom in one sentence, or undefined when it says no such thing. */
function companyIn(ctx: RelateContext, sentence: Sentence): Company | undefined {
  const text = ctx.doc.text.slice(sentence.start, sentence.end);
  for (const shape of SHAPES) {
    const hit = shape.regex.exec(text);
    if (!hit) continue;
    const at = sentence.start + hit.index;
    const end = at + hit[0].length;
    const before = participantsIn(ctx, sentence.start, at);
    const after = participantsIn(ctx, end, sentence.end);
    const leader = shape.companions === 'after' ? before.at(-1) : after[0];
    const companions = shape.companions === 'after' ? after : before;
    const named = eventsIn(ctx, end, sentence.end).find((e) => !e.other)?.key;
    if (leader && companions.length > 0)
      return { leader, companions, rule: `companion:${shape.id}`, ...(named ? { named } : {}) };
  }
  return undefined;
}

/** The leader's attendance by the other rules: a visit first, else the first one. */
function leaderAttendance(ctx: RelateContext, attended: readonly Assertion[], leader: string) {
  const own = attended.filter((a) => a.type === 'ATTENDED' && a.source === leader);
  const isVisit = (a: Assertion) =>
    VISIT_FORMATS.some((f) => f === ctx.resolution.entities.get(a.target)?.format);
  return own.find(isVisit) ?? own[0];
}

export function relateCompanions(ctx: RelateContext, assertions: readonly Assertion[]) {
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(ctx.doc)) {
    const segment = spanAt(ctx.structure.segments, sentence.start);
    if (!segment || segment.kind === 'related-headline' || segment.turn !== undefined) continue;
    const company = companyIn(ctx, sentence);
    if (!company) continue;
    const { leader, companions, named, rule } = company;
    const own = leaderAttendance(ctx, [...assertions, ...out], leader.key);
    const event = named ?? own?.target;
    if (!event) continue;
    // the leader's country, else the side the leader's attendance gives ("délégation vietnamienne")
    const side = countryOfPerson(ctx, leader.key) ?? own?.props.delegation?.replace(/^place:/u, '');
    if (named) out.push(attend(ctx, leader.key, event, sentence, rule, { near: leader.start }));
    for (const p of companions) {
      if (p.key === leader.key) continue;
      const delegation = countryOfPerson(ctx, p.key) ?? side;
      out.push(
        attend(ctx, p.key, event, sentence, rule, {
          ...(delegation ? { delegation } : {}),
          near: p.start,
        }),
      );
    }
  }
  return out;
}
