// A role stated anywhere is a HOLDS_ROLE: "en présence du vice-premier ministre Piotr Ivanov" under
// "au nom de la Biélorussie" gives his title but no country; the delegation he attends for is it.
// Only titles the text writes before the name count (not "host" or "journalist", not a title
// after a comma, which a list may hand to the wrong name), and a stated country wins. A title
// without its complement ("Minister", "Head") says too little to be a role of the country.

import { placeKey } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

const INCOMPLETE_TITLES = new Set(['Minister', 'Head', 'Secretary', 'Deputy', 'Director']);

export function relateDelegateRoles(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const { recognised, resolution } = ctx;
  const placed = new Set(
    assertions.filter((a) => a.type === 'HOLDS_ROLE').map((a) => `${a.source}|${a.props.role}`),
  );
  const titles = new Map<string, Set<string>>();
  recognised.roles.forEach((role, i) => {
    const holder = resolution.roleHolder[i];
    if (!holder || role.country !== undefined || role.organisation !== undefined) return;
    if (role.rule !== 'title-before-name' || INCOMPLETE_TITLES.has(role.title)) return;
    const known = titles.get(holder) ?? new Set<string>();
    known.add(role.title);
    titles.set(holder, known);
  });
  const out: Assertion[] = [];
  for (const a of assertions) {
    const { role: attended, delegation } = a.props;
    if (a.type !== 'ATTENDED' || !attended || !delegation?.startsWith('place:')) continue;
    // "vice-Premier ministre et ministre des Affaires étrangères": the first title is the role
    const role = [...(titles.get(a.source) ?? [])].find(
      (t) => attended === t || attended.startsWith(`${t} and `),
    );
    if (!role || placed.has(`${a.source}|${role}`)) continue;
    placed.add(`${a.source}|${role}`);
    const of = placeKey(delegation.slice('place:'.length));
    out.push({
      ...a,
      type: 'HOLDS_ROLE',
      target: of,
      props: { role, of },
      evidence: { ...a.evidence, rule: 'role-of-delegation' },
    });
  }
  return out;
}
