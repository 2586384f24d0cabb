// Assertions in, the same assertions out, each delegation naming an entity the document found.
// A leader's side may come from the lexicon ("Vladimir Poutine a eu un entretien téléphonique"
// never says "Russie"); a side the text never names has no node, so it is no delegation.

import type { Assertion, RelateContext } from './types.js';

export function keepNamedSides(ctx: RelateContext, assertions: readonly Assertion[]): Assertion[] {
  const entities = ctx.resolution.entities;
  return assertions.map((a) => {
    const side = a.props.delegation;
    if (side === undefined || entities.has(side)) return a;
    return {
      ...a,
      props: Object.fromEntries(Object.entries(a.props).filter(([k]) => k !== 'delegation')),
    };
  });
}
