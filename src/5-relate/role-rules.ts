// Roles and affiliations: HOLDS_ROLE and REPRESENTS from titles, WORKS_FOR from "NAME, MEDIA",
// and the lexicon's roles for people it knows, at the document's date.

import { findLexiconEntry } from '../lexicon/index.js';
import { assertion, countryOfPerson, placeKey } from './helpers.js';
import { tellingRolesFirst } from './role-strength.js';
import { sentenceStatingRole } from './stated-role.js';
import type { Assertion, RelateContext } from './types.js';

/** A credit ends its line or its brackets: "Natalya Golub, Belarus-1\n", "(Anna Orlova, TASS)". */
const CREDIT_END = /^(?:\s*$|\s*[\n)\]|:]|\.\s*(?:\n|$))/u;
const COUNTRYLESS_ROLES = new Set(['journalist', 'photographer']);

export function relateTitles(ctx: RelateContext): Assertion[] {
  const { recognised, resolution } = ctx;
  const found = recognised.roles.flatMap((role, i) => {
    const holder = resolution.roleHolder[i];
    if (!holder || COUNTRYLESS_ROLES.has(role.role)) return [];
    if (role.subtype === 'architect') return relateArchitect(ctx, holder, role);
    const rule = role.bare ? 'role-phrase' : role.rule;
    const organisation =
      role.organisation !== undefined ? resolution.mentionEntity[role.organisation] : undefined;
    if (organisation) return relateOrganisationRole(ctx, holder, organisation, role, rule);
    if (role.unknownBody) return [];
    if (role.place)
      return [
        assertion(ctx, 'HOLDS_ROLE', holder, placeKey(role.place), role, rule, {
          role: role.title,
          of: placeKey(role.place),
        }),
      ];
    const country = role.country ?? countryOfPerson(ctx, holder);
    if (!country) return [];
    const out = [
      assertion(ctx, 'HOLDS_ROLE', holder, placeKey(country), role, rule, {
        role: role.title,
        of: placeKey(country),
      }),
    ];
    if (role.represents && role.destination) {
      const destination = findLexiconEntry(role.destination)?.name ?? role.destination;
      out.push(
        assertion(ctx, 'REPRESENTS', holder, placeKey(country), role, 'ambassador-title', {
          role: `Ambassador to ${destination}`,
        }),
      );
    }
    return out;
  });
  // the first statement of a role names it: "Head" of "Chef de l'Ouzbékistan" after "President"
  return tellingRolesFirst(found, (a) => (a.type === 'HOLDS_ROLE' ? a.props.role : 'stated'));
}

/** "le secrétaire général de l’OTSC", "président du Conseil de la Fédération" (HEAD_OF as well). */
function relateOrganisationRole(
  ctx: RelateContext,
  holder: string,
  organisation: string,
  role: RelateContext['recognised']['roles'][number],
  rule: string,
): Assertion[] {
  const out = [
    assertion(ctx, 'HOLDS_ROLE', holder, organisation, role, rule, {
      role: role.title,
      of: organisation,
    }),
  ];
  if (role.heads) out.push(assertion(ctx, 'HEAD_OF', holder, organisation, role, `${rule}-head`));
  return out;
}

/** "Construit par les architectes A et B, le Monument de la Victoire": architect of the landmark. */
function relateArchitect(
  ctx: RelateContext,
  holder: string,
  role: RelateContext['recognised']['roles'][number],
): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const sentenceEnd = doc.text.indexOf('.', role.end);
  const landmark = recognised.mentions.findIndex(
    (m) =>
      m.type === 'Place' &&
      (m.subtype === 'landmark' || m.subtype === 'facility') &&
      m.start > role.end &&
      m.start < (sentenceEnd < 0 ? doc.text.length : sentenceEnd),
  );
  const key = resolution.mentionEntity[landmark];
  if (!key) return [];
  return [
    assertion(
      ctx,
      'HOLDS_ROLE',
      holder,
      key,
      { start: role.start, end: recognised.mentions[landmark]?.end ?? role.end },
      'architect-of',
      { role: 'Architect', of: key },
    ),
  ];
}

/** Roles the lexicon knows for people the document names: "le président iranien" needs no title. */
export function relateLexiconRoles(ctx: RelateContext): Assertion[] {
  const { resolution, doc } = ctx;
  const when = doc.publishedAt ?? '9999-12-31';
  const out: Assertion[] = [];
  for (const entity of resolution.entities.values()) {
    if (entity.type !== 'Person') continue;
    const lexicon = findLexiconEntry(entity.key.slice('person:'.length));
    const terms = (lexicon?.roles ?? []).filter((r) => (r.from ?? '') <= when);
    const current = terms.filter((r) => !r.to || r.to >= when);
    const chosen =
      current.length > 0
        ? current
        : terms.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '')).slice(0, 1);
    for (const role of chosen) {
      const title = bareTitle(role.role, role.of);
      const target =
        findLexiconEntry(role.of)?.type === 'Organisation' ? `org:${role.of}` : placeKey(role.of);
      const ofMentions = resolution.entities.get(target)?.mentions ?? [];
      const stated = sentenceStatingRole(doc, title, entity.mentions, ofMentions);
      if (!stated) continue;
      out.push(
        assertion(
          ctx,
          'HOLDS_ROLE',
          entity.key,
          target,
          stated,
          'lexicon-role',
          { role: title, of: target },
          0.6,
        ),
      );
    }
  }
  return out;
}

/** "Natalya Golub, chaîne de télévision Belarus-1" | "Izvestia, Kirill Vorobyov" | "Photo : X, TASS". */
export function relateMediaAffiliations(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const out: Assertion[] = [];
  const mentions = recognised.mentions;
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    if (!b) return;
    const gap = doc.text.slice(a.end, b.start);
    if (!/^\s*,\s*$/u.test(gap)) return;
    // "… with President William Ruto, BelTA has learned": a sentence goes on after the pair
    if (!CREDIT_END.test(doc.text.slice(b.end, b.end + 3))) return;
    const [person, media, pi, mi] = a.type === 'Person' ? [a, b, i, i + 1] : [b, a, i + 1, i];
    if (person.type !== 'Person' || media.type !== 'Organisation') return;
    const mediaKey = resolution.mentionEntity[mi];
    const personKey = resolution.mentionEntity[pi];
    if (!mediaKey || !personKey || resolution.entities.get(mediaKey)?.subtype !== 'media') return;
    const photographer = person.rule === 'photo-credit';
    const entity = resolution.entities.get(personKey);
    if (entity && (!entity.subtype || entity.subtype === 'official'))
      entity.subtype = photographer ? 'photographer' : 'journalist';
    out.push(
      assertion(
        ctx,
        'WORKS_FOR',
        personKey,
        mediaKey,
        { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) },
        photographer ? 'photo-credit' : 'name-comma-media',
        photographer ? { role: 'photographer' } : {},
      ),
    );
  });
  return out;
}

/** "President of Russia" -> "President": the edge's target already names the country. */
export function bareTitle(role: string, of: string): string {
  const entry = findLexiconEntry(of);
  if (entry?.type !== 'Place') return role;
  const names = [entry.name, ...entry.aliases];
  const at = role.indexOf(' of ');
  if (at < 0) return role;
  const rest = role.slice(at + 4);
  const named = names.find((n) => rest === n || rest.endsWith(` ${n}`) || rest.startsWith(`${n} `));
  if (!named) return role;
  const after = rest.slice(rest.indexOf(named) + named.length);
  return `${role.slice(0, at)}${after}`;
}
