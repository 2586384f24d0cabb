// Signers attend the signing: "Vladimir Poutine et Kim Jong-un ont signé mercredi un accord de
// partenariat" -> both ATTENDED the signing the sentence names, else the treaty it names after the
// verb (a treaty is no event one attends otherwise: "pendant la guerre", "selon le traité"); the
// people after "ont été signés par", "were signed by" as well, and the witnesses before "witnessed
// the signing of", "ont été témoins de la signature".

import { SIGNED, SIGNED_BY, WITNESSED } from '../lexicon/participation-verbs.js';
import { spanAt } from '../spans.js';
import { travellersBefore } from './arrival-rules.js';
import { attend } from './attend.js';
import { itemsWithin } from './helpers.js';
import { participantsIn } from './participants.js';
import { regexOf } from './patterns.js';
import { sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const SIGNED_VERB = regexOf(SIGNED);
const SIGNED_BY_VERB = regexOf(SIGNED_BY);
const WITNESSED_VERB = regexOf(WITNESSED);
/** What may stand between "witnessed" and the signing: " the ", " de la ". */
const WITNESS_GAP = 8;

interface Signed {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly signing: boolean;
}

const SIGNED_EVENTS = new WeakMap<RelateContext['resolution'], readonly Signed[]>();

/** The document's signings and treaties of its own (not "le traité de 2001"), sorted, once. */
function signedEvents(ctx: RelateContext): readonly Signed[] {
  let found = SIGNED_EVENTS.get(ctx.resolution);
  if (!found) {
    found = ctx.recognised.events
      .flatMap((e, i) => {
        const key = ctx.resolution.eventEntity[i];
        const kind = e.format === 'SIGNING' || e.format === 'TREATY';
        return key && kind && !e.otherOccurrence
          ? [{ start: e.start, end: e.end, key, signing: e.format === 'SIGNING' }]
          : [];
      })
      .sort((a, b) => a.start - b.start);
    SIGNED_EVENTS.set(ctx.resolution, found);
  }
  return found;
}

/** The signing a sentence names, else the treaty it names after the verb (`from`). */
function signedEvent(ctx: RelateContext, start: number, from: number, end: number) {
  const named = itemsWithin(signedEvents(ctx), (e) => e, start, end);
  return (named.find((e) => e.signing) ?? named.find((e) => e.start >= from))?.key;
}

export function relateSigners(ctx: RelateContext): Assertion[] {
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(ctx.doc)) {
    const segment = spanAt(ctx.structure.segments, sentence.start);
    if (!segment || segment.kind === 'related-headline' || segment.turn !== undefined) continue;
    const text = ctx.doc.text.slice(sentence.start, sentence.end);
    const passive = SIGNED_BY_VERB.exec(text);
    if (passive) {
      // "Les documents ont été signés par X et Y": the signers follow
      const after = sentence.start + passive.index + passive[0].length;
      const event = signedEvent(ctx, sentence.start, sentence.start, sentence.end);
      if (event)
        for (const p of participantsIn(ctx, after, sentence.end))
          out.push(attend(ctx, p.key, event, sentence, 'signed-by', { near: p.start }));
      continue;
    }
    const witnessed = WITNESSED_VERB.exec(text);
    const hit = witnessed ?? SIGNED_VERB.exec(text);
    if (!hit) continue;
    const at = sentence.start + hit.index;
    const from = at + hit[0].length;
    // "witnessed the signing of": the signing right after the verb, not "growth since the signing"
    const event = witnessed
      ? signedEvents(ctx).find((e) => e.signing && e.start >= from && e.start - from <= WITNESS_GAP)
          ?.key
      : signedEvent(ctx, sentence.start, from, sentence.end);
    if (!event) continue;
    const rule = witnessed ? 'signing-witness' : 'signer';
    for (const p of travellersBefore(ctx, sentence.start, at))
      out.push(attend(ctx, p.key, event, sentence, rule, { near: p.start }));
  }
  return out;
}
