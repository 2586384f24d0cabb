// Titles that say little about an office ("chef", "head", "dirigeant"): when a person has another
// title in the document ("Chef de l'Ouzbékistan Chavkat Mirziyoyev … le président ouzbek"), the
// more telling one names the role.

const GENERIC_ROLES = new Set(['head', 'leader', 'chief', 'head of state']);

/** "Head", "leader": a title that does not name the office. */
export function isGenericRole(role: string | undefined): boolean {
  return role === undefined || GENERIC_ROLES.has(role.toLowerCase());
}

/** Items with telling roles first, in their order; generic ones after (a stable partition). */
export function tellingRolesFirst<T>(
  items: readonly T[],
  roleOf: (item: T) => string | undefined,
): T[] {
  return [
    ...items.filter((item) => !isGenericRole(roleOf(item))),
    ...items.filter((item) => isGenericRole(roleOf(item))),
  ];
}
