// REPRESENTS from sentences that say whom people speak for ("La partie russe était représentée
// par", "the Turkish delegation is led by", "X représentait le Kazakhstan"), with the list lines
// under such a sentence; the same people ATTENDED the sentence's event for that delegation.

import { REPRESENTATION_CUES, type RepresentationCue } from '../lexicon/representation-cues.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { assertion, itemsWithin } from './helpers.js';
import { participantsIn } from './participants.js';
import { eventOfSentence, listLinesAfter } from './participation-rules.js';
import { sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

/** All cues in one alternation, one capture group each: a sentence is scanned once, and the cue
 * written first wins ("X représentait le Kazakhstan ; la délégation turque est conduite par"). */
const CUES = new RegExp(
  REPRESENTATION_CUES.map((cue) => `(${wholeWords(cue.pattern)})`).join('|'),
  'iu',
);

/** The first cue a text holds, with its index in the table. */
function firstCue(text: string): { cue: RepresentationCue; m: RegExpExecArray } | undefined {
  const m = CUES.exec(text);
  if (!m) return undefined;
  const cue = REPRESENTATION_CUES[m.slice(1).findIndex((g) => g !== undefined)];
  return cue ? { cue, m } : undefined;
}
/** "X représentait le Kazakhstan": the country comes right after the verb. */
const COUNTRY_REACH = 30;

interface CountryAt {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

const COUNTRIES = new WeakMap<RelateContext['resolution'], readonly CountryAt[]>();

/** Country mentions, by name or adjective, resolved and sorted, once per document. */
function countryMentions(ctx: RelateContext): readonly CountryAt[] {
  let found = COUNTRIES.get(ctx.resolution);
  if (!found) {
    found = ctx.recognised.mentions
      .flatMap((m, i) => {
        const key = ctx.resolution.mentionEntity[i];
        return m.type === 'Place' && m.subtype === 'country' && key
          ? [{ start: m.start, end: m.end, key }]
          : [];
      })
      .sort((a, b) => a.start - b.start);
    COUNTRIES.set(ctx.resolution, found);
  }
  return found;
}

/** The side a cue names: inside the phrase, else right after a verb of representing, else before. */
function sideOf(ctx: RelateContext, cue: RepresentationCue, from: number, at: number, end: number) {
  const countries = countryMentions(ctx);
  const inside = itemsWithin(countries, (c) => c, at, end)[0];
  if (inside) return inside.key;
  if (cue.people === 'before')
    return itemsWithin(countries, (c) => c, end, end + COUNTRY_REACH)[0]?.key;
  return itemsWithin(countries, (c) => c, from, at).at(-1)?.key;
}

export function relateRepresentation(ctx: RelateContext): Assertion[] {
  const { doc, structure } = ctx;
  const sentences = sentencesOf(doc);
  const out: Assertion[] = [];
  sentences.forEach((sentence, index) => {
    const segment = spanAt(structure.segments, sentence.start);
    if (!segment || segment.turn !== undefined || segment.kind === 'speaker-turn') return;
    const text = doc.text.slice(sentence.start, sentence.end);
    const hit = firstCue(text);
    if (!hit) return;
    const at = sentence.start + hit.m.index;
    const end = at + hit.m[0].length;
    const country = sideOf(ctx, hit.cue, sentence.start, at, end);
    if (!country) return;
    // "The Turkish delegation is led by X, and the Iranian delegation is headed by Y": X only
    const rest = text.slice(end - sentence.start);
    const next = CUES.exec(rest)?.index;
    const stop = next !== undefined ? end + next : sentence.end;
    const lines =
      hit.cue.people === 'after' && participantsIn(ctx, end, stop).length === 0
        ? listLinesAfter(ctx, sentences, index)
        : [];
    const groups = [
      {
        span: sentence,
        people:
          hit.cue.people === 'after'
            ? participantsIn(ctx, end, stop)
            : participantsIn(ctx, sentence.start, at).slice(-1),
      },
      ...lines.map((line) => ({ span: line, people: participantsIn(ctx, line.start, line.end) })),
    ];
    const event = eventOfSentence(ctx, sentence, segment, { start: at, end });
    const delegation = country.replace(/^place:/u, '');
    for (const { span, people } of groups)
      for (const p of people) {
        const rule = `represents:${hit.cue.id}`;
        out.push(assertion(ctx, 'REPRESENTS', p.key, country, span, rule));
        if (event) out.push(attend(ctx, p.key, event, span, rule, { delegation, near: p.start }));
      }
  });
  return out;
}
