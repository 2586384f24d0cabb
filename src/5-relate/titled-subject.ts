// A subject written as a bare title right before its verb: "En amont du sommet, le chancelier
// avait mené des entretiens avec ...", "the President held meetings with ...", "le chef de la
// diplomatie kazakhe a eu des entretiens avec ..." (then a holder of that country). It stands for the
// report's protagonist: of the people named before who hold that title, the one named most.

import { findCountryOfAdjective, TITLES } from '../lexicon/index.js';
import { lexiconRole } from './attend.js';
import { personMentionsIn, roleOfPerson } from './helpers.js';
import type { Participant } from './participants.js';
import type { RelateContext } from './types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const FORMS = new Map(
  TITLES.flatMap((t) => t.forms.map((form) => [form.replace(/'/gu, '’'), t.role] as const)),
);
/** "les ministres", "the top diplomats", "les chefs de la diplomatie": a plural names no one person. */
const PLURAL_FORMS: ReadonlySet<string> = new Set(
  TITLES.flatMap((t) =>
    t.forms.filter(
      (f) =>
        (f.endsWith('s') && t.forms.includes(f.slice(0, -1))) ||
        (/^\p{L}+s /u.test(f) && t.forms.includes(f.replace(/^(\p{L}+)s /u, '$1 '))),
    ),
  ).map((f) => f.replace(/'/gu, '’').toLowerCase()),
);
const FORM_ALTERNATION = [...FORMS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// "le chancelier " / "the President " / "le chef de l’État ", ending the text before the verb
const TITLE_BEFORE_VERB = new RegExp(
  `(?:^|[\\s,;])(?:le|la|the|l’)\\s*(${FORM_ALTERNATION})\\s*$`,
  'iu',
);
// "le chef de la diplomatie kazakhe " / "le ministre russe ": the title and its country's adjective
const TITLE_ADJECTIVE_BEFORE_VERB = new RegExp(
  `(?:^|[\\s,;])(?:le|la|l’)\\s*(${FORM_ALTERNATION})\\s+(\\p{L}+)\\s*$`,
  'iu',
);
/** How far back the holder of the title may have been named (a few paragraphs). */
const HOLDER_REACH = 3000;

/** The person a bare title before the verb stands for, or undefined. */
export function titledSubject(
  ctx: RelateContext,
  sentenceStart: number,
  verbStart: number,
): Participant | undefined {
  const before = ctx.doc.text.slice(Math.max(sentenceStart, verbStart - 60), verbStart);
  const folded = before.replace(/'/gu, '’');
  const withAdjective = TITLE_ADJECTIVE_BEFORE_VERB.exec(folded);
  const country = withAdjective?.[2] ? findCountryOfAdjective(withAdjective[2]) : undefined;
  const hit = TITLE_BEFORE_VERB.exec(folded) ?? (country ? withAdjective : null);
  const form = hit?.[1]?.toLowerCase();
  const role = form === undefined ? undefined : FORMS.get(form);
  if (!hit || !role || PLURAL_FORMS.has(form ?? '')) return undefined;
  // "le ministre kazakh": of the holders, only one of that country
  const ofCountry = (key: string) =>
    hit !== withAdjective || ctx.resolution.entities.get(key)?.country === country;
  // the report's protagonist: of those holding the title, the one named most, then latest
  const named = personMentionsIn(ctx, Math.max(0, sentenceStart - HOLDER_REACH), sentenceStart);
  const count = new Map<string, number>();
  for (const { key } of named) count.set(key, (count.get(key) ?? 0) + 1);
  let best: string | undefined;
  for (const [key, n] of count) {
    const held = roleOfPerson(ctx, key) ?? lexiconRole(ctx, key) ?? '';
    if (!` ${held} `.includes(` ${role} `) || !ofCountry(key)) continue;
    if (best === undefined || n >= (count.get(best) ?? 0)) best = key;
  }
  if (best) {
    const start =
      verbStart - before.length + hit.index + (hit[0].length - hit[0].trimStart().length);
    return { key: best, start, end: verbStart };
  }
  return undefined;
}

/** "Il a ensuite rencontré X", "He also met X": a pronoun opening the sentence, after at most a
 * fronted phrase ("Le lendemain, il a ..."). */
const PRONOUN_OPENS = /^\s*(?:[^,;.!?]{1,40},\s*)?(?:il|elle|he|she)\s+(?:\p{Ll}+\s+){0,2}$/iu;
/** A verb or a preposition before the first name ("Selon X,"): the sentence does not open on
 * its subject. */
const VERB_BEFORE =
  /(?<![\p{L}])(?:a|ont|est|sont|avait|has|have|had|was|were|is|are|said|says|selon|d[’']après|according|avec|with|par|by)(?![\p{L}])/iu;
/** How far into the sentence before its subject may stand: a date, a title. */
const OPENING_REACH = 120;

/** The person a pronoun subject stands for: the one the sentence before opens on, as its subject. */
export function pronounSubject(
  ctx: RelateContext,
  sentenceStart: number,
  verbStart: number,
  previous: { readonly start: number; readonly end: number } | undefined,
): Participant | undefined {
  const { text } = ctx.doc;
  if (!previous || !PRONOUN_OPENS.test(text.slice(sentenceStart, verbStart))) return undefined;
  const subject = personMentionsIn(ctx, previous.start, previous.end)[0];
  if (!subject || subject.mention.start - previous.start > OPENING_REACH) return undefined;
  if (VERB_BEFORE.test(text.slice(previous.start, subject.mention.start))) return undefined;
  return { key: subject.key, start: sentenceStart, end: verbStart };
}
