// Photo and report credits -> WORKS_FOR: "Crédit photo: PIERRE DURAND / AFP", "AFP/IVAN
// PETROV", "Photo d’Anna Smirnova (« Russiya Segodnya »)", "(Reportage A, B et C)".
// Shapes are data with ids; each reads two neighbouring mentions, a person and a media outlet.

import type { Mention } from '../3-recognise/types.js';
import { assertion } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

interface CreditShape {
  readonly id: string;
  /** Text between the two mentions. */
  readonly gap: RegExp;
  /** Which comes first. */
  readonly order: 'person-media' | 'media-person';
  /** Text right before the first mention ("Photo de "), when the shape needs it. */
  readonly before?: RegExp;
  readonly role: 'photographer' | 'journalist';
}

export const CREDIT_SHAPES: readonly CreditShape[] = [
  {
    id: 'credit-name-slash-media',
    gap: /^\s*\/\s*$/u,
    order: 'person-media',
    role: 'photographer',
  },
  {
    id: 'credit-media-slash-name',
    gap: /^\s*\/\s*$/u,
    order: 'media-person',
    role: 'photographer',
  },
  {
    id: 'photo-by-name-media',
    gap: /^\s*\(\s*[«"“]?\s*$/u,
    order: 'person-media',
    before: /(?:photo|photographie|crédit)\s*(?:de|by|:)?\s*$/iu,
    role: 'photographer',
  },
];

/** "(Reportage Ivan Orlov, John Smith; ... version française Marie Dubois)". */
const REPORT_CREDIT = /\((?:Reportage|Reporting by|Writing by|Editing by|Par)\s[^()]{3,400}\)/gu;

export function relateCredits(ctx: RelateContext): Assertion[] {
  const { recognised, doc } = ctx;
  const mentions = recognised.mentions;
  const out: Assertion[] = [];
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    if (!b) return;
    const gap = doc.text.slice(a.end, b.start);
    for (const shape of CREDIT_SHAPES) {
      const personFirst = shape.order === 'person-media';
      const [person, media] = personFirst ? [a, b] : [b, a];
      if (person.type !== 'Person' || media.type !== 'Organisation' || !shape.gap.test(gap))
        continue;
      if (shape.before && !shape.before.test(doc.text.slice(Math.max(0, a.start - 30), a.start)))
        continue;
      // the two mentions are i and i + 1: no search of the mention list
      const [personIndex, mediaIndex] = personFirst ? [i, i + 1] : [i + 1, i];
      const found = credit(ctx, personIndex, mediaIndex, shape.id, shape.role);
      if (found) out.push(found);
      break;
    }
  });
  return [...out, ...relateReportCredits(ctx)];
}

/**
 * Photographers and reporters credited for the piece did not attend what it reports: their
 * ATTENDED assertions are dropped ("… pour le président russe. Photo de Kristina X (« RIA »)").
 */
export function dropCreditedAttendance(assertions: readonly Assertion[]): Assertion[] {
  const credited = new Set(
    assertions
      .filter((a) => a.type === 'WORKS_FOR' && CREDIT_RULES.has(a.evidence.rule))
      .map((a) => a.source),
  );
  if (credited.size === 0) return [...assertions];
  return assertions.filter((a) => a.type !== 'ATTENDED' || !credited.has(a.source));
}

const CREDIT_RULES = new Set([...CREDIT_SHAPES.map((s) => s.id), 'report-credit', 'photo-credit']);

/** The reporters of a bracketed credit work for the one outlet the document names. */
function relateReportCredits(ctx: RelateContext): Assertion[] {
  const { recognised, resolution, doc } = ctx;
  const outlets = new Set(
    recognised.mentions
      .map((m, i) => (m.type === 'Organisation' ? resolution.mentionEntity[i] : undefined))
      .filter((k): k is string => !!k && resolution.entities.get(k)?.subtype === 'media'),
  );
  if (outlets.size !== 1) return [];
  const outlet = [...outlets][0] as string;
  return [...doc.text.matchAll(REPORT_CREDIT)].flatMap((m) => {
    const start = m.index;
    const end = start + m[0].length;
    return recognised.mentions.flatMap((p, i) => {
      const key = resolution.mentionEntity[i];
      if (p.type !== 'Person' || !key || p.start < start || p.end > end) return [];
      return [
        assertion(ctx, 'WORKS_FOR', key, outlet, { start, end }, 'report-credit', {
          role: 'journalist',
        }),
      ];
    });
  });
}

function credit(
  ctx: RelateContext,
  personIndex: number,
  mediaIndex: number,
  rule: string,
  role: string,
): Assertion | undefined {
  const { resolution, recognised } = ctx;
  const person = resolution.mentionEntity[personIndex];
  const media = resolution.mentionEntity[mediaIndex];
  if (!person || !media || resolution.entities.get(media)?.subtype !== 'media') return undefined;
  const a = recognised.mentions[personIndex] as Mention;
  const b = recognised.mentions[mediaIndex] as Mention;
  const entity = resolution.entities.get(person);
  if (entity && (!entity.subtype || entity.subtype === 'official')) entity.subtype = role;
  const span = { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  return assertion(ctx, 'WORKS_FOR', person, media, span, rule);
}
