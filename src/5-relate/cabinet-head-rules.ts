// The head of a country's government heads its cabinet: "le Premier ministre russe" with "le
// gouvernement russe" in the same document gives HEAD_OF Government of Russia. Read from the
// HOLDS_ROLE assertions, so it holds for a title, a stated role or a role the lexicon knows.

import { CABINET_HEAD_ROLES, CABINET_NOUNS, NAMED_CABINETS, TITLES } from '../lexicon/index.js';
import { slugify } from '../4-resolve/normalise.js';
import type { Assertion, RelateContext } from './types.js';

const HEAD_ROLES = new Set([
  ...TITLES.filter((t) => t.subtype === 'head_of_government').flatMap((t) =>
    t.title ? [t.role, t.title] : [t.role],
  ),
  ...CABINET_HEAD_ROLES,
]);

export function relateCabinetHeads(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const out: Assertion[] = [];
  const seen = new Set<string>();
  for (const a of assertions) {
    if (a.type !== 'HOLDS_ROLE' || !a.target.startsWith('place:')) continue;
    if (!HEAD_ROLES.has(a.props.role ?? '')) continue;
    const cabinet = cabinetOf(ctx, a.target.slice('place:'.length));
    if (!cabinet || seen.has(`${a.source} ${cabinet}`)) continue;
    seen.add(`${a.source} ${cabinet}`);
    out.push({
      type: 'HEAD_OF',
      source: a.source,
      target: cabinet,
      props: {},
      confidence: a.confidence,
      evidence: { ...a.evidence, rule: 'cabinet-head' },
    });
  }
  return out;
}

/** The key of the country's cabinet when the document names it. */
function cabinetOf(ctx: RelateContext, country: string): string | undefined {
  const named = NAMED_CABINETS[country];
  const candidates = [
    ...(named ? [`org:${named}`] : []),
    ...CABINET_NOUNS.map((noun) => `org:${slugify(noun)}-of-${country}`),
  ];
  return candidates.find((key) => ctx.resolution.entities.has(key));
}
