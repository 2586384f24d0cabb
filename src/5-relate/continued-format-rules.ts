// The formats of bilateral talks and who sits at each. A tête-à-tête is the sitting of the two
// who held the talks; talks that go on "en format élargi avec la participation des délégations",
// or that "began one-on-one and continued" in another format, keep their leaders: "X et Y se sont
// entretenus en tête-à-tête, puis en format élargi" -> X and Y attend both formats. A delegation
// member listed at the talks sits at the expanded format, not at the tête-à-tête. Read from the
// assertions, as the parts and their parent are.

import { DELEGATIONS_TAKE_PART, FORMAT_CONTINUED } from '../lexicon/participation-verbs.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import type { ResolvedEntity } from '../4-resolve/types.js';
import { wholeWords } from '../patterns.js';
import { regexOf } from './patterns.js';
import type { Assertion, RelateContext } from './types.js';

const WITH_DELEGATIONS = regexOf(DELEGATIONS_TAKE_PART);
const CONTINUED = new RegExp(wholeWords(FORMAT_CONTINUED), 'iu');
/** "X a rencontré Y et Z": talks of more leaders than that are a summit's, not a pair's. */
const MAX_LEADERS = 3;

const attendeesOf = (assertions: readonly Assertion[], event: string) =>
  assertions.filter((a) => a.type === 'ATTENDED' && a.target === event);

const parentOf = (assertions: readonly Assertion[], key: string) =>
  assertions.find((a) => a.type === 'PART_OF' && a.source === key)?.target;

/** The attendees of a sitting who met one another there: the pair who held the talks. */
function leadersAt(assertions: readonly Assertion[], event: string): Set<string> {
  const present = new Set(attendeesOf(assertions, event).map((a) => a.source));
  const leaders = new Set<string>();
  for (const a of assertions)
    if (a.type === 'MET_WITH' && present.has(a.source) && present.has(a.target)) {
      leaders.add(a.source);
      leaders.add(a.target);
    }
  return leaders.size <= MAX_LEADERS ? leaders : new Set();
}

/** The leaders of a format: those who met at it, else at the talks it is a part of. */
function leadersOfFormat(ctx: RelateContext, assertions: readonly Assertion[], key: string) {
  const own = leadersAt(assertions, key);
  if (own.size > 0) return own;
  const parent = parentOf(assertions, key);
  return parent && isBilateral(ctx, parent) ? leadersAt(assertions, parent) : own;
}

/** Talks, not a body's sitting: a council's restricted format seats its members, not the pair
 * who met on its sidelines. */
function isBilateral(ctx: RelateContext, key: string): boolean {
  const event = ctx.resolution.entities.get(key);
  return !!event?.format && SESSIONS.has(event.format) && !event.organisation;
}

const SESSIONS: ReadonlySet<string> = new Set(['TALKS', 'MEETING', 'NEGOTIATIONS']);

function formatsOf(ctx: RelateContext, format: 'RESTRICTED_TALKS' | 'EXPANDED_TALKS') {
  return [...ctx.resolution.entities.values()].filter((e) => e.format === format);
}

/** The text of each sentence that names the entity. */
function sentencesNaming(ctx: RelateContext, entity: ResolvedEntity): string[] {
  return entity.mentions.map((m) => {
    const s = sentenceOf(ctx.doc.text, m.start);
    return ctx.doc.text.slice(s.start, s.end);
  });
}

function seat(a: Assertion, target: string, span: { start: number; end: number }): Assertion {
  return { ...a, target, evidence: { ...a.evidence, ...span, rule: 'continued-format' } };
}

export function relateContinuedFormats(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const out: Assertion[] = [];
  const seated = (event: string, leaders: ReadonlySet<string>, span: Sentence) => {
    const present = new Set(attendeesOf([...assertions, ...out], event).map((a) => a.source));
    const from = attendanceOfLeaders(assertions, leaders);
    for (const a of from) if (!present.has(a.source)) out.push(seat(a, event, span));
  };
  // a tête-à-tête of the talks: their two leaders sit there
  for (const entity of formatsOf(ctx, 'RESTRICTED_TALKS')) {
    const first = entity.mentions[0];
    if (!first) continue;
    seated(
      entity.key,
      leadersOfFormat(ctx, assertions, entity.key),
      sentenceOf(ctx.doc.text, first.start),
    );
  }
  const all = [...assertions, ...out];
  for (const entity of formatsOf(ctx, 'EXPANDED_TALKS')) {
    const told = sentencesNaming(ctx, entity);
    const withDelegations = told.some((t) => WITH_DELEGATIONS.test(t));
    const continued = told.some((t) => CONTINUED.test(t));
    // "Les discussions en format élargi ont réuni Anna Volkova": the talks name their own people
    if (!continued && !(withDelegations && attendeesOf(all, entity.key).length === 0)) continue;
    const sitting = continuedSitting(ctx, all, entity.key);
    const first = entity.mentions[0];
    if (!sitting || !first) continue;
    const leaders = isBilateral(ctx, sitting)
      ? leadersAt(all, sitting)
      : leadersOfFormat(ctx, all, sitting);
    seated(entity.key, leaders, sentenceOf(ctx.doc.text, first.start));
  }
  return out;
}

type Sentence = { readonly start: number; readonly end: number };

/** One ATTENDED of each leader, the props of which the format keeps (side and role). */
function attendanceOfLeaders(
  assertions: readonly Assertion[],
  leaders: ReadonlySet<string>,
): Assertion[] {
  const out = new Map<string, Assertion>();
  for (const a of assertions)
    if (a.type === 'ATTENDED' && leaders.has(a.source) && !out.has(a.source)) out.set(a.source, a);
  return [...out.values()];
}

/** The sitting the talks continue: the restricted talks of their parent, else the parent. */
function continuedSitting(
  ctx: RelateContext,
  assertions: readonly Assertion[],
  key: string,
): string | undefined {
  const parent = parentOf(assertions, key);
  const restricted = formatsOf(ctx, 'RESTRICTED_TALKS').filter(
    (e) => parentOf(assertions, e.key) === parent,
  );
  return restricted.length === 1 ? restricted[0]?.key : parent;
}

/**
 * "La délégation mongole comprenait X": a member listed at talks held one-on-one and then with
 * the delegations sits at the expanded format (else at the talks), not at the tête-à-tête its
 * two leaders held.
 */
export function seatDelegatesOutOfTeteATete(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const moved = new Map<Assertion, string>();
  for (const restricted of formatsOf(ctx, 'RESTRICTED_TALKS')) {
    const leaders = leadersAt(assertions, restricted.key);
    // a format with a heading of its own lists its people under it
    if (leaders.size === 0 || restricted.section !== undefined) continue;
    const parent = parentOf(assertions, restricted.key);
    const expanded = formatsOf(ctx, 'EXPANDED_TALKS').filter(
      (e) => parentOf(assertions, e.key) === parent && sameDay(e, restricted),
    );
    // listed at "les entretiens", they sat at the talks; listed after "followed by extended talks
    // with the delegations", at those
    const atTalks = parent && isBilateral(ctx, parent);
    const target = atTalks ? parent : expanded.length === 1 ? expanded[0]?.key : parent;
    if (!target) continue;
    const present = attendeesOf(assertions, restricted.key);
    const sides = present.filter((a) => a.evidence.rule.startsWith(DELEGATION_RULE));
    // "The delegation included X": the side's sentence, whichever rule read it
    const bySide = (a: Assertion) =>
      sides.some(
        (d) =>
          d.source === a.source &&
          d.evidence.start < a.evidence.end &&
          a.evidence.start < d.evidence.end,
      );
    const byNearness = (a: Assertion) => bySide(a) && !namedWhereSeated(restricted, a.evidence);
    // seated there by another rule too (a list under the format's heading): they stay
    const seatedThere = new Set(present.filter((a) => !byNearness(a)).map((a) => a.source));
    for (const a of present)
      if (!leaders.has(a.source) && !seatedThere.has(a.source) && byNearness(a))
        moved.set(a, target);
  }
  if (moved.size === 0) return [...assertions];
  const present = new Set(
    assertions.filter((a) => a.type === 'ATTENDED').map((a) => `${a.source} ${a.target}`),
  );
  return assertions.flatMap((a) => {
    const target = moved.get(a);
    if (!target) return [a];
    if (present.has(`${a.source} ${target}`)) return [];
    present.add(`${a.source} ${target}`);
    return [{ ...a, target }];
  });
}

/** "La délégation mongole comprenait X", "du côté russe, X": a side's list, seated by nearness;
 * a list under the format's own heading stays there. */
const DELEGATION_RULE = 'represents:';

/** "Ont pris part aux entretiens X": the sentence that seats them names the sitting itself; only
 * a list the format was given by nearness ("La délégation comprenait X") is moved. */
function namedWhereSeated(
  restricted: ResolvedEntity,
  span: { readonly start: number; readonly end: number },
): boolean {
  return restricted.mentions.some((m) => m.start >= span.start && m.end <= span.end);
}

const sameDay = (a: ResolvedEntity, b: ResolvedEntity) =>
  !a.start || !b.start || a.start.slice(0, 10) === b.start.slice(0, 10);
