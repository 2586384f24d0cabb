// Talks that go on in another format "with the participation of the delegations": the leaders of
// the talks they continue sit there too. "X et Y se sont entretenus en tête-à-tête. Les entretiens
// ont continué en format élargi avec la participation des délégations" -> X and Y attend
// the expanded talks as well. Read from the assertions, as the parts and their parent are.

import { DELEGATIONS_TAKE_PART } from '../lexicon/participation-verbs.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import { regexOf } from './patterns.js';
import type { Assertion, RelateContext } from './types.js';

const WITH_DELEGATIONS = regexOf(DELEGATIONS_TAKE_PART);

export function relateContinuedFormats(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const attended = (event: string) =>
    assertions.filter((a) => a.type === 'ATTENDED' && a.target === event);
  const out: Assertion[] = [];
  for (const entity of ctx.resolution.entities.values()) {
    if (entity.format !== 'EXPANDED_TALKS' || attended(entity.key).length > 0) continue;
    const first = entity.mentions[0];
    if (!first) continue;
    const sentence = sentenceOf(ctx.doc.text, first.start);
    if (!WITH_DELEGATIONS.test(ctx.doc.text.slice(sentence.start, sentence.end))) continue;
    for (const a of attended(continuedSitting(ctx, assertions, entity.key) ?? ''))
      out.push({
        ...a,
        target: entity.key,
        evidence: {
          ...a.evidence,
          start: sentence.start,
          end: sentence.end,
          rule: 'continued-format',
        },
      });
  }
  return out;
}

/** The sitting the talks continue: the restricted talks of their parent, else the parent. */
function continuedSitting(
  ctx: RelateContext,
  assertions: readonly Assertion[],
  key: string,
): string | undefined {
  const parent = assertions.find((a) => a.type === 'PART_OF' && a.source === key)?.target;
  const restricted = [...ctx.resolution.entities.values()].filter(
    (e) =>
      e.format === 'RESTRICTED_TALKS' &&
      (parent === undefined ||
        assertions.some((a) => a.type === 'PART_OF' && a.source === e.key && a.target === parent)),
  );
  return restricted.length === 1 ? restricted[0]?.key : parent;
}
