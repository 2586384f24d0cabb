// MET_WITH: meeting verbs ("X rencontre Y", "j’ai rencontré Y" in X's speech) and heads of two
// delegations at the same meeting or talks.

import { wholeWords } from '../patterns.js';
import { assertion, personMentionsIn, sentenceSpans, speakerAt } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

const MEETING_VERB = new RegExp(
  wholeWords(
    "rencontre|a rencontré|ont rencontré|s[’']est entretenu avec|se sont entretenus|meets|met with|held talks with",
  ),
  'i',
);
const FIRST_PERSON_MEETING = new RegExp(
  wholeWords(
    "j[’']ai rencontré|nous avons rencontré|en discutant avec|je me suis entretenu avec|I met",
  ),
  'i',
);
const MEETING_FORMATS = new Set([
  'MEETING',
  'TALKS',
  'RESTRICTED_TALKS',
  'EXPANDED_TALKS',
  'VISIT',
  'STATE_VISIT',
  'NEGOTIATIONS',
  'PHONE_CALL',
]);

function met(
  ctx: RelateContext,
  a: string,
  b: string,
  span: { start: number; end: number },
  rule: string,
): Assertion {
  const [source, target] = a < b ? [a, b] : [b, a];
  return assertion(ctx, 'MET_WITH', source, target, span, rule);
}

export function relateMeetingVerbs(ctx: RelateContext): Assertion[] {
  const { doc } = ctx;
  const out: Assertion[] = [];
  for (const sentence of sentenceSpans(doc.text, 0, doc.text.length)) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = MEETING_VERB.exec(text);
    if (verb) {
      const at = sentence.start + verb.index;
      const before = personMentionsIn(ctx, sentence.start, at);
      const after = personMentionsIn(ctx, at, sentence.end);
      const together = /se sont entretenus/u.test(verb[0]) ? before.slice(0, 2) : [];
      if (
        together.length === 2 &&
        together[0] &&
        together[1] &&
        together[0].key !== together[1].key
      )
        out.push(met(ctx, together[0].key, together[1].key, sentence, 'meeting-verb'));
      else if (before[0] && after[0] && before[0].key !== after[0].key)
        out.push(met(ctx, before[0].key, after[0].key, sentence, 'meeting-verb'));
    }
    const firstPerson = FIRST_PERSON_MEETING.exec(text);
    if (!firstPerson) continue;
    const speaker = speakerAt(ctx, sentence.start);
    const other = personMentionsIn(ctx, sentence.start + firstPerson.index, sentence.end)[0];
    if (speaker && other && speaker.key !== other.key)
      out.push(met(ctx, speaker.key, other.key, sentence, 'first-person-meeting'));
  }
  return out;
}

/** Heads of state of two delegations at one meeting met each other (stored once a document). */
export function relateCounterparts(
  ctx: RelateContext,
  attended: readonly Assertion[],
): Assertion[] {
  const { resolution } = ctx;
  const out: Assertion[] = [];
  const byEvent = new Map<string, Assertion[]>();
  for (const a of attended) {
    if (
      a.type !== 'ATTENDED' ||
      !MEETING_FORMATS.has(resolution.entities.get(a.target)?.format ?? '')
    )
      continue;
    if (resolution.entities.get(a.source)?.subtype !== 'head_of_state' || !a.props.delegation)
      continue;
    byEvent.set(a.target, [...(byEvent.get(a.target) ?? []), a]);
  }
  for (const list of byEvent.values()) {
    for (const a of list)
      for (const b of list)
        if (a.source < b.source && a.props.delegation !== b.props.delegation)
          out.push(met(ctx, a.source, b.source, a.evidence, 'counterparts-at-meeting'));
  }
  return out;
}
