// REPRESENTS from sentences that say whom people speak for ("La partie russe était représentée
// par", "the Turkish delegation is led by", "X représentait le Kazakhstan"), with the list lines
// under such a sentence; the same people ATTENDED the sentence's event for that delegation.

import { REPRESENTATION_CUES, type RepresentationCue } from '../lexicon/representation-cues.js';
import { wholeWords } from '../patterns.js';
import { LiteralFilter } from '../prefilter/literal-filter.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { capitalSides } from './capital-side.js';
import { assertion, countryOfPerson, itemsWithin, placeKey } from './helpers.js';
import { participantsIn } from './participants.js';
import { eventOfSentence, listLinesAfter } from './participation-rules.js';
import { type Sentence, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const CUES = REPRESENTATION_CUES.map((cue) => ({
  cue,
  regex: new RegExp(wholeWords(cue.pattern), 'iu'),
}));
/** The cues a sentence's keywords leave to run (the others cannot match it). */
const CUE_FILTER = new LiteralFilter(CUES, (c) => c.regex);

/** The first cue a text holds, with its match: the leftmost, and at one place the cue written
 * first ("X représentait le Kazakhstan ; la délégation turque est conduite par"), as one
 * alternation of the table would find it. */
function firstCue(text: string): { cue: RepresentationCue; m: RegExpExecArray } | undefined {
  let first: { cue: RepresentationCue; m: RegExpExecArray } | undefined;
  for (const { cue, regex } of CUE_FILTER.candidates(text)) {
    const m = regex.exec(text);
    if (m && (!first || m.index < first.m.index)) first = { cue, m };
  }
  return first;
}
/** "X représentait le Kazakhstan": how far after the verb the country may come. */
const COUNTRY_REACH = 30;

interface CountryAt {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

const COUNTRIES = new WeakMap<RelateContext['resolution'], readonly CountryAt[]>();

const ORGANISATIONS = new WeakMap<RelateContext['resolution'], readonly CountryAt[]>();

/** Mentions of one kind of side, resolved and sorted, once per document. */
function sideMentions(
  ctx: RelateContext,
  cache: WeakMap<RelateContext['resolution'], readonly CountryAt[]>,
  isSide: (m: RelateContext['recognised']['mentions'][number]) => boolean,
): readonly CountryAt[] {
  let found = cache.get(ctx.resolution);
  if (!found) {
    found = ctx.recognised.mentions
      .flatMap((m, i) => {
        const key = ctx.resolution.mentionEntity[i];
        return isSide(m) && key ? [{ start: m.start, end: m.end, key }] : [];
      })
      .sort((a, b) => a.start - b.start);
    cache.set(ctx.resolution, found);
  }
  return found;
}

/** Country mentions, by name or adjective. */
const countryMentions = (ctx: RelateContext) =>
  sideMentions(ctx, COUNTRIES, (m) => m.type === 'Place' && m.subtype === 'country');
/** "L’ONU était représentée par", "The IPA CIS is represented by": the body right before the verb. */
const organisationMentions = (ctx: RelateContext) =>
  sideMentions(ctx, ORGANISATIONS, (m) => m.type === 'Organisation');
const SUBJECT_GAP = 15;

/** The side a cue names: inside the phrase, else right after a verb of representing, else before. */
function sideOf(ctx: RelateContext, cue: RepresentationCue, from: number, at: number, end: number) {
  const countries = countryMentions(ctx);
  // "while the Syrian opposition – by": the body, never the adjective of its country
  const body = itemsWithin(organisationMentions(ctx), (o) => o, at, end)[0];
  if (cue.elliptic) return body?.key;
  const named = itemsWithin(countries, (c) => c, at, end);
  // "Headed by the Kazakh Prime Minister X, the Russian delegation": the delegation comes last
  const inside = cue.eventInside
    ? undefined
    : ((cue.people === 'within' ? named.at(-1) : named[0]) ?? body);
  if (inside) return inside.key;
  if (cue.countryAfter) return itemsWithin(countries, (c) => c, end, end + COUNTRY_REACH)[0]?.key;
  if (cue.people !== 'after') return undefined;
  const country = itemsWithin(countries, (c) => c, from, at).at(-1)?.key;
  if (country || cue.id !== 'represented-by') return country;
  // the subject right before the verb: "L’ONU était représentée par", "Moscou était représentée par"
  const subject = [
    itemsWithin(organisationMentions(ctx), (o) => o, from, at).at(-1),
    itemsWithin(capitalSides(ctx), (c) => c, from, at).at(-1),
  ].find((s) => s && at - s.end <= SUBJECT_GAP);
  return subject?.key;
}

export function relateRepresentation(ctx: RelateContext): Assertion[] {
  const { doc, structure } = ctx;
  const sentences = sentencesOf(doc);
  const out: Assertion[] = [];
  sentences.forEach((sentence, index) => {
    const segment = spanAt(structure.segments, sentence.start);
    if (!segment || segment.turn !== undefined || segment.kind === 'speaker-turn') return;
    const text = doc.text.slice(sentence.start, sentence.end);
    // "The Turkish delegation is led by X, and the Iranian delegation is headed by Y": each cue
    // speaks for the people up to the next one
    let from = sentence.start;
    // "L’Azerbaïdjan a été représenté par une délégation présidée par X": a cue that found no
    // one hands its side to the next
    let carried: string | undefined;
    for (let hit = firstCue(text); hit;) {
      const at = from + hit.m.index;
      const end = at + hit.m[0].length;
      const following = firstCue(doc.text.slice(end, sentence.end));
      const stop = following ? end + following.m.index : sentence.end;
      const groups = peopleOf(ctx, hit.cue, { sentences, index, from, at, end, stop });
      const side = hit.cue.ownCountry
        ? undefined
        : (sideOf(ctx, hit.cue, from, at, end) ?? carried);
      carried = groups.every((g) => g.people.length === 0) ? side : undefined;
      const speaks = !!side || hit.cue.ownCountry || hit.cue.elliptic || hit.cue.attendsUnnamed;
      const event = speaks
        ? eventOfSentence(ctx, sentence, segment, { start: at, end })
        : undefined;
      const rule = `represents:${hit.cue.id}`;
      for (const { span, people } of speaks ? groups : [])
        for (const p of people) {
          const own = countryOfPerson(ctx, p.key);
          // "a delegation led by X": no side told, so none spoken for
          const ownSide = hit.cue.ownCountry || hit.cue.elliptic;
          const country = side ?? (own && ownSide ? placeKey(own) : undefined);
          // "The Russian delegation included ... and Chinese Vice Foreign Minister Sun": a
          // person of another country is on no such side
          const otherCountry = !!own && !!side?.startsWith('place:') && placeKey(own) !== side;
          if (!country || otherCountry) {
            if (event) out.push(attend(ctx, p.key, event, span, rule, { near: p.start }));
            continue;
          }
          out.push(assertion(ctx, 'REPRESENTS', p.key, country, span, rule));
          // an organisation's envoy attends for it: attend() reads it from the title
          const delegation = country?.startsWith('place:') ? country.slice(6) : undefined;
          const team = delegation ? { delegation } : {};
          if (event) out.push(attend(ctx, p.key, event, span, rule, { ...team, near: p.start }));
        }
      from = end;
      hit = following;
    }
  });
  return out;
}

/** Nothing but punctuation or an article before a cue: the sentence opens on it ("Le chef de"). */
const FRONT = /^[\s\p{P}]*(?:(?:le|la|the)\s+)?$/iu;

/** "X, chef de la délégation": the gap of an apposition before its title. */
const APPOSITION_GAP = 3;
/** "le chef de la délégation russe, le ministre X": an article, a title and one comma at most. */
const APPOSED_AFTER = /^[^.;,]*,?[^.;,]{0,40}$/u;

/** The person a title stands beside: right before it, else the one right after. */
function besideOf(ctx: RelateContext, from: number, at: number, end: number, stop: number) {
  const before = participantsIn(ctx, from, at).at(-1);
  if (before && at - before.end <= APPOSITION_GAP) return [before];
  const after = participantsIn(ctx, end, stop)[0];
  return after && APPOSED_AFTER.test(ctx.doc.text.slice(end, after.start)) ? [after] : [];
}

/** The people a cue speaks for: after it up to the next cue (else the list lines below), or the
 * last one before it. */
function peopleOf(
  ctx: RelateContext,
  cue: RepresentationCue,
  where: {
    sentences: readonly Sentence[];
    index: number;
    from: number;
    at: number;
    end: number;
    stop: number;
  },
) {
  const { sentences, index, from, at, end, stop } = where;
  const sentence = sentences[index] as Sentence;
  const opens = from === sentence.start && FRONT.test(ctx.doc.text.slice(from, at));
  // "Headed by X, the Russian delegation": only as the sentence's opening
  if (cue.people === 'within')
    return [{ span: sentence, people: opens ? participantsIn(ctx, at, end) : [] }];
  if (cue.appositive) return [{ span: sentence, people: besideOf(ctx, from, at, end, stop) }];
  if (cue.people === 'before') {
    const before = participantsIn(ctx, from, at).slice(-1);
    // "À la tête de la délégation kazakhe se trouvait X", "Heading the delegation was X": a
    // sentence that opens on the cue names its person after it
    const people =
      before.length === 0 && opens ? participantsIn(ctx, end, stop).slice(0, 1) : before;
    return [{ span: sentence, people }];
  }
  const after = participantsIn(ctx, end, stop);
  // "X is attending the talks from the United Nations' side": the one before
  if (after.length === 0 && cue.id === 'on-the-side')
    return [{ span: sentence, people: participantsIn(ctx, from, at).slice(-1) }];
  const lines =
    after.length === 0 && stop === sentence.end ? listLinesAfter(ctx, sentences, index) : [];
  return [
    { span: sentence, people: after },
    ...lines.map((line) => ({ span: line, people: participantsIn(ctx, line.start, line.end) })),
  ];
}
