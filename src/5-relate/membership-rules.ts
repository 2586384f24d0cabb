// MEMBER_OF country -> organisation from how news states membership, one sentence at a time:
// "l’UEE comprend la Russie, l’Arménie ...", "les États membres de l’OTSC : ...", "dont la Russie
// est membre", "la Moldavie a reçu le statut d’État observateur" (cues: lexicon/membership-cues).

import {
  FULL_MEMBER_ROLE,
  MEMBERSHIP_CUES,
  ORGANISATION_MASK,
  type MembershipCue,
} from '../lexicon/membership-cues.js';
import { wholeWords } from '../patterns.js';
import { assertion, placeKey } from './helpers.js';
import { LiteralFilter } from '../prefilter/literal-filter.js';
import { sentencesOf, type Sentence } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

interface Spot {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}
interface CueMatch {
  readonly cue: MembershipCue;
  readonly start: number;
  readonly end: number;
}

const CUES = MEMBERSHIP_CUES.map((cue) => ({ cue, re: new RegExp(wholeWords(cue.pattern), 'gi') }));
/** The cues a sentence's keywords leave to run (the others cannot match it). */
const CUE_FILTER = new LiteralFilter(CUES, (c) => c.re);
/** Countries listed one after the other: "la Russie, l’Arménie et le Kazakhstan". */
const LIST_GAP =
  /^[\s,;:()[\]/]*(?:et|and|ainsi que|as well as|ou|or)?\s*(?:de\s+|d[’'](?=l[’']))?(?:la|le|les|l[’']|the|du|des)?\s*$/iu;
/** A list opens after the cue: "[Arménie, ...", ": le Premier ministre de ...", "– le président". */
const LIST_OPENS = /^[^.;]{0,80}?(?:[:[(—–]|\s-\s|à savoir|namely)/u;
/** "la situation en Afghanistan": a country after a preposition is a topic or a place. */
const PLACE_BEFORE =
  /(?:^|\s)(?:en|au|aux|à|dans|vers|avec|contre|sur|in|at|to|with|against|on|from|de|du|des|of|d[’']|de la|de l[’'])\s*(?:la\s+|le\s+|les\s+|l[’']|the\s+)?$/iu;
/** "l’Organisation", "the Union", "a adhéré au groupe": the organisation named before. */
const REFERS_BACK =
  /\b(?:l[’'](?:Organisation|Union|organisation|Alliance|alliance)|la Communauté|the (?:[Oo]rgani[sz]ation|Union|[Cc]ommunity|[Aa]lliance|group|bloc)|(?:le|au|du) (?:groupe|bloc))\b/u;

export function relateMembershipSentences(ctx: RelateContext): Assertion[] {
  const { doc, recognised, resolution } = ctx;
  const orgs: Spot[] = [];
  for (const e of resolution.entities.values())
    if (e.type === 'Organisation' && e.subtype === 'international_org')
      for (const m of e.mentions) orgs.push({ start: m.start, end: m.end, key: e.key });
  orgs.sort((a, b) => a.start - b.start);
  const countries: Spot[] = recognised.mentions
    .filter((m) => m.type === 'Place' && m.subtype === 'country' && !m.adjective && m.lexiconId)
    .map((m) => ({ start: m.start, end: m.end, key: placeKey(m.lexiconId as string) }));
  const out: Assertion[] = [];
  let o = 0;
  let c = 0;
  for (const sentence of sentencesOf(doc)) {
    while (o < orgs.length && (orgs[o] as Spot).start < sentence.start) o++;
    const lastOrg = orgs[o - 1];
    while (c < countries.length && (countries[c] as Spot).start < sentence.start) c++;
    const inOrgs = takeWhile(orgs, o, sentence.end);
    const inCountries = takeWhile(countries, c, sentence.end);
    if (inCountries.length === 0) continue;
    out.push(...membershipsIn(ctx, sentence, inOrgs, inCountries, lastOrg));
  }
  // one membership a pair; "membres fondateurs" says more than "États membres" in the same text
  const kept = new Map<string, Assertion>();
  for (const a of out) {
    const pair = `${a.source}>${a.target}`;
    const before = kept.get(pair);
    if (!before || (before.props.role === FULL_MEMBER_ROLE && tellsMoreRole(a))) kept.set(pair, a);
  }
  return [...kept.values()];
}

function tellsMoreRole(a: Assertion): boolean {
  return a.props.role !== undefined && a.props.role !== FULL_MEMBER_ROLE;
}

function takeWhile(spots: readonly Spot[], from: number, end: number): Spot[] {
  const out: Spot[] = [];
  for (let i = from; i < spots.length && (spots[i] as Spot).end <= end; i++)
    out.push(spots[i] as Spot);
  return out;
}

function membershipsIn(
  ctx: RelateContext,
  sentence: Sentence,
  orgs: readonly Spot[],
  countries: readonly Spot[],
  lastOrg: Spot | undefined,
): Assertion[] {
  const text = ctx.doc.text;
  const slice = text.slice(sentence.start, sentence.end);
  const masked = maskOrganisations(slice, sentence.start, orgs);
  // the cues read the masked sentence ("an SCO member" as "an     member"), so does the filter
  const candidates = CUE_FILTER.candidates(masked);
  if (candidates.length === 0) return [];
  const cues: CueMatch[] = candidates.flatMap(({ cue, re }) =>
    [...masked.matchAll(re)].map((m) => ({
      cue,
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    })),
  );
  if (cues.length === 0) return [];
  const backRef = REFERS_BACK.test(slice) || orgs.length === 0 ? lastOrg : undefined;
  const out: Assertion[] = [];
  for (const run of countryRuns(text, countries)) {
    const first = run[0] as Spot;
    const last = run.at(-1) as Spot;
    const next = countries.find((x) => x.start > last.end)?.start ?? sentence.end;
    const trailing = firstLongest(
      cues.filter(
        (k) =>
          k.cue.countries === 'before' &&
          k.start >= last.end &&
          k.start - last.end <= 60 &&
          k.start < next,
      ),
    );
    const leading = cues
      .filter((k) => k.cue.countries === 'after' && k.end <= first.start)
      .filter((k) => opensOnto(text, k, first, orgs))
      .at(-1);
    // "regroupe la Russie, la Biélorussie, et le Turkménistan en tant qu’État associé"
    const split = trailing && leading && trailing.cue.status !== leading.cue.status;
    const parts: [Spot[], CueMatch | undefined][] = split
      ? [
          [run.slice(0, -1), leading],
          [[last], trailing],
        ]
      : [[run, trailing ?? leading]];
    for (const [members, cue] of parts) {
      if (!cue) continue;
      const org =
        nearestOrg(orgs, cue) ??
        (cue.cue.status !== 'member' || REFERS_BACK.test(slice) || saysNoOf(text, cue)
          ? backRef
          : undefined);
      if (!org) continue;
      // a full member carries a role and no status (corpus README): observer, partner, joining...
      const props: Record<string, string> =
        cue.cue.status === 'member'
          ? { role: cue.cue.role ?? FULL_MEMBER_ROLE }
          : { status: cue.cue.status };
      for (const country of members)
        out.push(
          assertion(
            ctx,
            'MEMBER_OF',
            country.key,
            org.key,
            sentence,
            `membership-${cue.cue.id}`,
            props,
          ),
        );
    }
  }
  return out;
}

/** The organisations' names blanked out, same length: the cues may hold one ("an SCO member"). */
function maskOrganisations(slice: string, offset: number, orgs: readonly Spot[]): string {
  let masked = slice;
  for (const org of orgs)
    masked =
      masked.slice(0, org.start - offset) +
      ORGANISATION_MASK.repeat(org.end - org.start) +
      masked.slice(org.end - offset);
  return masked;
}

/** The cue nearest the countries; "est membre associé" before "est membre" at the same place. */
function firstLongest(cues: readonly CueMatch[]): CueMatch | undefined {
  let best: CueMatch | undefined;
  for (const k of cues)
    if (!best || k.start < best.start || (k.start === best.start && k.end > best.end)) best = k;
  return best;
}

/** Cues that end on "member": "Russia joined the talks" names what it joined, "became a member" may not. */
const ENDS_ON_MEMBER = new Set(['is-member', 'is-founding-member']);

/** "Indonesia became a member a year later": a membership of the organisation just named; not
 * "membres permanents du Conseil de sécurité", a member of something the text names after it. */
function saysNoOf(text: string, cue: CueMatch): boolean {
  return (
    ENDS_ON_MEMBER.has(cue.cue.id) &&
    !/^[^,.;:]{0,30}?(?<![\p{L}])(?:of|in|de|du|des|d[’']|à|au|aux|auprès)(?![\p{L}])/u.test(
      text.slice(cue.end, cue.end + 40),
    )
  );
}

/** Consecutive countries separated only by commas and "et": one list. */
function countryRuns(text: string, countries: readonly Spot[]): Spot[][] {
  const runs: Spot[][] = [];
  for (const country of countries) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && LIST_GAP.test(text.slice(previous.end, country.start)))
      run.push(country);
    else runs.push([country]);
  }
  return runs;
}

/** The countries follow the cue as its list: right after it, or after an opening ":" or "[". */
function opensOnto(text: string, cue: CueMatch, first: Spot, orgs: readonly Spot[]): boolean {
  const gap = text.slice(cue.end, first.start);
  if (LIST_OPENS.test(gap)) return true;
  if (gap.length > 70 || PLACE_BEFORE.test(gap)) return false;
  // "comprend la Russie" | "membres de l’OCS, dont la Chine" but not "membres de l’OCS ont discuté"
  const orgBetween = orgs.some((o) => o.start >= cue.end && o.end <= first.start);
  return (
    LIST_GAP.test(gap) ||
    /^\s*,\s*(?:dont|notamment|including|such as)\s+(?:la\s|le\s|les\s|l[’']|the\s)?\s*$/u.test(
      gap,
    ) ||
    (orgBetween &&
      /^[^\p{L}]*(?:de l[’']|de la|du|des|of the|of)?\s*\S+[\s,:]*(?:(?:dont|notamment|including|such as)\s+)?(?:la|le|les|l[’']|the)?\s*$/u.test(
        gap,
      ))
  );
}

/** The organisation the cue speaks of: the one within it ("an SCO member"), else the nearest. */
function nearestOrg(orgs: readonly Spot[], cue: CueMatch): Spot | undefined {
  let best: Spot | undefined;
  let distance = Infinity;
  for (const org of orgs) {
    const within = org.start < cue.end && org.end > cue.start;
    const d = within ? 0 : org.start >= cue.end ? org.start - cue.end : cue.start - org.end;
    if (d >= 0 && d < distance) [best, distance] = [org, d];
  }
  return best;
}
