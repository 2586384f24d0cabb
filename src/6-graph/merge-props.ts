// The props of one edge stated by several documents: each property keeps its first statement
// (documents in file order), except a role that names no office ("head", "member state"), which
// gives way to a telling one whatever the order: "head of state" then "President" -> "President".

import { isGenericRole } from '../5-relate/role-strength.js';
import { FULL_MEMBER_ROLE } from '../lexicon/membership-cues.js';

type Props = Readonly<Record<string, string>>;

export function mergeProps(kept: Props, added: Props): Record<string, string> {
  const merged = { ...added, ...kept };
  if (saysLess(kept.role) && !saysLess(added.role)) merged.role = added.role as string;
  return merged;
}

function saysLess(role: string | undefined): boolean {
  return isGenericRole(role) || role === FULL_MEMBER_ROLE;
}
