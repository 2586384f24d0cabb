// Particles at the edges of a run of name words: a lower-case "de" that joins a known given name to
// its surname ("Adão de Almeida", "Rodrigo del Valle"), a capitalised particle that opens a name
// ("Ould Cheikh Ahmed", "Van Rompuy"). `nameFollows(i)` says whether a name word follows token i.

import type { TokenView } from '../tokens/types.js';

/** Lower-case particles of Portuguese, Spanish and Italian names ("da", "dos" are #Particle). */
const GIVEN_NAME_PARTICLES = new Set(['de', 'do', 'del', 'di', 'della']);

/** "de", "del" written in lower case, as inside "Adão de Almeida". */
export function isGivenNameParticle(view: TokenView, i: number): boolean {
  const token = view.tokens[i];
  return token?.case === 'lower' && GIVEN_NAME_PARTICLES.has(token.folded);
}

/**
 * "Adão | de | Almeida": a lower-case "de" after a known given name, before a capitalised name
 * word ("le gouverneur Sokolov de Zelenograd" keeps its place apart).
 */
export function joinsGivenName(
  view: TokenView,
  previous: number | undefined,
  i: number,
  nameFollows: (i: number) => boolean,
): boolean {
  if (previous === undefined) return false;
  return (
    isGivenNameParticle(view, i) &&
    view.tags[previous]?.has('#FirstName') === true &&
    view.tokens[i + 1]?.case === 'title' &&
    nameFollows(i)
  );
}

/** "Ould Cheikh Ahmed", "Van Rompuy", "El Sisi": a capitalised particle before a name word. */
export function opensWithParticle(
  view: TokenView,
  i: number,
  nameFollows: (i: number) => boolean,
): boolean {
  return (
    view.tags[i]?.has('#Particle') === true && view.tokens[i]?.case === 'title' && nameFollows(i)
  );
}
