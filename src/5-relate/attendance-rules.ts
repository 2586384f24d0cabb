// Who was at which event: speakers, attendee lists, captions, the section's lead, and
// sentences such as "a déclaré Vladimir Poutine lors d’une conférence de presse".

import { formatOf } from '../3-recognise/find-events.js';
import { UNATTENDED_FORMATS, VISIT_FORMATS } from '../lexicon/index.js';
import type { EventFormat } from '../types.js';
import {
  assertion,
  attendeesIn,
  countryOfPerson,
  personMentionsIn,
  placeKey,
  roleOfPerson,
  sentenceSpans,
} from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

const QUESTION = /\?|\bquestion\b|\bBonjour\b/u;
// \b is ASCII-only: after "déclaré" or "à" the end of a word is a lookahead for a non-letter.
const SPEECH_VERB =
  /(?<![\p{L}])(?:a|ont)\s+(?:(?:quant à (?:lui|elle|eux)|pour sa part|de son côté|également|aussi|ensuite|encore)\s*,?\s+)?(?:déclaré|noté|souligné|indiqué|affirmé|dit|ajouté|annoncé|cité|estimé|rappelé)(?![\p{L}])|(?<![\p{L}])(?:said|stated|noted|told)(?![\p{L}])/u;
const AT_EVENT =
  /(?<![\p{L}])(?:(?:lors|à l[’']issue|au cours)\s+(?:d[’']|(?:de|du|des)(?![\p{L}]))|(?:pendant|assistent à|assiste à|participe à|participent à|during|at the)(?![\p{L}]))/iu;

const TO_THE_PRESS =
  /(?<![\p{L}])(?:aux journalistes|à la presse|aux médias|to (?:the )?(?:reporters|journalists|press))(?![\p{L}])/iu;
const QUOTED = /"[^"]*"|«[^»]*»|“[^”]*”/gu;

/** The text with quoted passages blanked (same length): what the reporter says, not the speaker. */
function outsideQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

function attend(
  ctx: RelateContext,
  person: string,
  event: string,
  span: { start: number; end: number },
  rule: string,
  journalist = false,
): Assertion {
  const delegation = journalist ? undefined : countryOfPerson(ctx, person);
  const role = journalist ? 'journalist' : roleOfPerson(ctx, person, span.start);
  return assertion(ctx, 'ATTENDED', person, event, span, rule, {
    ...(delegation ? { delegation: placeKey(delegation) } : {}),
    ...(role ? { role } : {}),
  });
}

/** "Président russe Vladimir Poutine : ..." -> ATTENDED and SPOKE_AT the section's event. */
export function relateSpeakers(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  return structure.segments.flatMap((segment, index) => {
    if (segment.kind !== 'speaker-turn' || !segment.label) return [];
    const event = resolution.sectionEvent.get(segment.section);
    const speaker = personMentionsIn(ctx, segment.label.start, segment.label.end).at(-1);
    if (!event || !speaker) return [];
    const turnText = structure.segments
      .filter((s, i) => i === index || s.turn === index)
      .map((s) => s.text)
      .join('\n');
    const isJournalist =
      resolution.entities.get(event)?.format === 'PRESS_CONFERENCE' &&
      !roleOfPerson(ctx, speaker.key) &&
      QUESTION.test(turnText) &&
      !resolution.entities.get(speaker.key)?.subtype;
    const entity = resolution.entities.get(speaker.key);
    if (isJournalist && entity) entity.subtype = 'journalist';
    const span = { start: segment.start, end: Math.min(segment.end, segment.label.end + 80) };
    const spoke = assertion(
      ctx,
      'SPOKE_AT',
      speaker.key,
      event,
      span,
      'speaker-turn',
      isJournalist ? { role: 'journalist' } : {},
    );
    return [attend(ctx, speaker.key, event, span, 'speaker-turn', isJournalist), spoke];
  });
}

/** "... en présence du vice-premier ministre Piotr Parkhomchik, ..." with the list's country. */
export function relateAttendeeLists(ctx: RelateContext): Assertion[] {
  const { structure, resolution, recognised } = ctx;
  return structure.segments.flatMap((segment) => {
    if (segment.kind !== 'attendee-list' || segment.list === undefined) return [];
    const event = resolution.sectionEvent.get(segment.section);
    const opener = structure.segments[segment.list];
    if (!event || !opener) return [];
    const country = recognised.mentions.find(
      (m) =>
        m.type === 'Place' &&
        !m.adjective &&
        m.subtype === 'country' &&
        m.start >= opener.start &&
        m.end <= opener.end,
    )?.lexiconId;
    return attendeesIn(ctx, segment.start, segment.end).map(({ mention, key }) => {
      const role = roleOfPerson(ctx, key, mention.start);
      const delegation = country ?? countryOfPerson(ctx, key);
      const span = { start: segment.start, end: segment.end };
      return assertion(ctx, 'ATTENDED', key, event, span, 'attendee-list', {
        ...(delegation ? { delegation: placeKey(delegation) } : {}),
        ...(role ? { role } : {}),
      });
    });
  });
}

/** Captions: "5 Le premier vice-Premier ministre Denis Mantourov ... lors des négociations ..." */
export function relateCaptions(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  return structure.segments.flatMap((segment) => {
    if (segment.kind !== 'caption') return [];
    const event =
      captionEvent(ctx, segment.section, segment.text) ??
      (structure.sections.length === 1 ? primaryEvent(ctx, segment.start, false) : undefined);
    if (!event) return [];
    return attendeesIn(ctx, segment.start, segment.end).map(({ key }) =>
      attend(ctx, key, event, segment, 'caption'),
    );
  });
  function captionEvent(c: RelateContext, section: number, text: string): string | undefined {
    const own = resolution.sectionEvent.get(section);
    const format = formatOf(text);
    if (!format) return own;
    const parent = structure.sections[section]?.parent ?? section;
    const family = [...c.resolution.sectionEvent.entries()]
      .filter(([s]) => s === parent || structure.sections[s]?.parent === parent)
      .map(([, k]) => k);
    return family.find((k) => resolution.entities.get(k)?.format === format) ?? own;
  }
}

/** The section's lead and heading: "Vladimir Poutine a déposé une couronne ..." */
export function relateLeads(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  const out: Assertion[] = [];
  for (const segment of structure.segments) {
    const event = resolution.sectionEvent.get(segment.section);
    if (!event) continue;
    if (segment.kind === 'event-heading' || segment.lead) {
      for (const { key } of personMentionsIn(ctx, segment.start, segment.end))
        out.push(attend(ctx, key, event, segment, segment.lead ? 'section-lead' : 'event-heading'));
    }
  }
  return out;
}

/** "a déclaré Vladimir Poutine lors d’une conférence de presse" -> ATTENDED and SPOKE_AT. */
export function relateReportedSpeech(ctx: RelateContext): Assertion[] {
  const { doc, recognised, resolution, structure } = ctx;
  const out: Assertion[] = [];
  const unheaded = resolution.sectionEvent.size === 0;
  for (const sentence of sentenceSpans(doc.text, 0, doc.text.length)) {
    const segment = structure.segments.find(
      (s) => sentence.start >= s.start && sentence.start < s.end,
    );
    if (
      !segment ||
      segment.kind === 'speaker-turn' ||
      segment.turn !== undefined ||
      segment.kind === 'related-headline'
    )
      continue;
    const text = outsideQuotes(doc.text.slice(sentence.start, sentence.end));
    const speaks = SPEECH_VERB.test(text);
    const atEvent = AT_EVENT.test(text);
    if (!speaks && !atEvent) continue;
    const eventIndex = recognised.events.findIndex(
      (e, i) =>
        e.start >= sentence.start &&
        e.end <= sentence.end &&
        text[e.start - sentence.start] !== ' ' &&
        resolution.eventEntity[i],
    );
    const event =
      eventIndex >= 0 && atEvent && isAttended(recognised.events[eventIndex]?.format)
        ? resolution.eventEntity[eventIndex]
        : unheaded && speaks
          ? primaryEvent(ctx, sentence.start, TO_THE_PRESS.test(text))
          : undefined;
    if (!event) continue;
    const people = personMentionsIn(ctx, sentence.start, sentence.end).filter(
      ({ mention }) => !/[«“"]/u.test(doc.text.slice(sentence.start, mention.start)) || true,
    );
    const subject = speaks ? (people.length === 1 ? people : people.slice(0, 2)) : people;
    for (const { key } of subject) {
      out.push(attend(ctx, key, event, sentence, 'reported-attendance'));
      if (speaks) out.push(assertion(ctx, 'SPOKE_AT', key, event, sentence, 'reported-speech'));
    }
  }
  return out;
}

function isAttended(format: EventFormat | undefined): boolean {
  return format !== undefined && !UNATTENDED_FORMATS.includes(format);
}

/** A report without headings is about its first meeting or talks; a word to the press is said at its press conference. */
function primaryEvent(ctx: RelateContext, before: number, toThePress: boolean): string | undefined {
  const { recognised, resolution } = ctx;
  const formats = toThePress ? ['PRESS_CONFERENCE'] : ['MEETING', 'TALKS'];
  const candidates = recognised.events
    .map((e, i) => ({ e, key: resolution.eventEntity[i] }))
    .filter(
      ({ e, key }) =>
        key &&
        formats.includes(resolution.entities.get(key as string)?.format ?? '') &&
        e.start < before + 2000,
    );
  return candidates[0]?.key;
}

/** "Vladimir Poutine est arrivé à Minsk pour une visite": the subject of a visit attends it. */
export function relateVisitors(ctx: RelateContext): Assertion[] {
  const { doc, recognised, resolution, structure } = ctx;
  const out: Assertion[] = [];
  recognised.events.forEach((e, i) => {
    const key = resolution.eventEntity[i];
    if (!key || !VISIT_FORMATS.includes(e.format) || e.headingOf !== undefined) return;
    const segment = structure.segments.find((s) => e.start >= s.start && e.start < s.end);
    const sentence = sentenceSpans(
      doc.text,
      segment?.start ?? 0,
      segment?.end ?? doc.text.length,
    ).find((s) => e.start >= s.start && e.start < s.end);
    if (!sentence || !segment) return;
    const turn =
      segment.kind === 'speaker-turn'
        ? segment
        : segment.turn !== undefined
          ? structure.segments[segment.turn]
          : undefined;
    if (turn?.label) {
      const clause = doc.text.slice(
        Math.max(sentence.start, e.start - 12),
        Math.min(sentence.end, e.end + 40),
      );
      const speaker = personMentionsIn(ctx, turn.label.start, turn.label.end).at(-1);
      if (speaker && /\b(?:ma|mon|notre)\s+(?:\S+\s+)?visite|visite[^.]{0,40}\bje\b/i.test(clause))
        out.push(attend(ctx, speaker.key, key, sentence, 'visit-first-person'));
      return;
    }
    const subject = personMentionsIn(ctx, sentence.start, e.start)[0];
    if (subject) out.push(attend(ctx, subject.key, key, sentence, 'visit-subject'));
  });
  return out;
}
