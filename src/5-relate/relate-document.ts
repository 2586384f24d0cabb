// Runs the relation rules over one document. DEFAULT_RELATION_RULES is frozen; a caller may pass
// its own list. Rules that read other assertions (counterparts) run after the others.

import {
  relateAttendeeLists,
  relateCaptions,
  relateLeads,
  relateListedMembers,
} from './attendee-list-rules.js';
import {
  relatePressConferenceHolders,
  relateReportedSpeech,
  relateSpeakers,
} from './speech-rules.js';
import { relateStatementHeadings } from './statement-headings.js';
import { relateMeetingHeadings } from './meeting-headings.js';
import { relateVisitors, relateWelcomedGuests } from './visit-rules.js';
import { relateCounterparts, relateMeetingVerbs } from './meeting-rules.js';
import { relateParticipation } from './participation-rules.js';
import { relateGroupAttendance } from './group-rules.js';
import { relateRepresentation } from './delegation-rules.js';
import { citeStatements } from './cite-statements.js';
import { dropCreditedAttendance, relateCredits } from './credit-rules.js';
import { dropMistakenAttendance } from './unattended-filter.js';
import { relateArrivals } from './arrival-rules.js';
import { relateHostedFor } from './hosted-for-rules.js';
import { relateJointPressConferences } from './joint-press-rules.js';
import { relateArrivalPurposes } from './arrival-purpose-rules.js';
import { relateHeldWhere } from './held-where-rules.js';
import { relateGatheredPlaces } from './gathered-place-rules.js';
import { relateDatelinePlaces } from './dateline-rules.js';
import { relateCabinetHeads } from './cabinet-head-rules.js';
import { relateCompanions } from './companion-rules.js';
import { relateContinuedFormats, seatDelegatesOutOfTeteATete } from './continued-format-rules.js';
import { relateDelegateRoles } from './delegate-roles.js';
import { relatePerformers } from './performer-rules.js';
import { relateSigners } from './signing-rules.js';
import { relateLexiconRoles, relateMediaAffiliations, relateTitles } from './role-rules.js';
import { relateBodies, relateMemberships } from './organisation-rules.js';
import {
  relateEventPlaces,
  relatePlaceChains,
  relateSubEvents,
  relateVisitParts,
} from './structure-rules.js';
import { relateCountryRegions } from './region-rules.js';
import { relateSidelineEvents } from './sideline-rules.js';
import { relateSubEventsInText } from './sub-event-rules.js';
import type { Assertion, RelateContext, RelationRule } from './types.js';

export const DEFAULT_RELATION_RULES: readonly RelationRule[] = Object.freeze([
  relateSpeakers,
  relateAttendeeLists,
  relateListedMembers,
  relateCaptions,
  relateRepresentation,
  relateParticipation,
  relateGroupAttendance,
  relateLeads,
  relateReportedSpeech,
  relatePressConferenceHolders,
  relateJointPressConferences,
  relateStatementHeadings,
  relateMeetingHeadings,
  relateVisitors,
  relateWelcomedGuests,
  relateArrivals,
  relateSigners,
  relatePerformers,
  relateHostedFor,
  relateTitles,
  relateLexiconRoles,
  relateMediaAffiliations,
  relateCredits,
  relateEventPlaces,
  relateArrivalPurposes,
  relateHeldWhere,
  relateGatheredPlaces,
  relateSubEvents,
  relateSubEventsInText,
  relateSidelineEvents,
  relateVisitParts,
  relatePlaceChains,
  relateCountryRegions,
  relateMemberships,
  relateBodies,
  relateMeetingVerbs,
]);

export function relateDocument(
  ctx: RelateContext,
  rules: readonly RelationRule[] = DEFAULT_RELATION_RULES,
): Assertion[] {
  // a mention that is no presence is dropped before companions and counterparts are derived,
  // and so are the derived ones that mistake a mention
  const first = dropMistakenAttendance(
    ctx,
    rules.flatMap((rule) => rule(ctx)),
  );
  const companions = relateCompanions(ctx, first);
  const assertions = [...first, ...companions];
  const derived = [
    ...companions,
    ...relateCounterparts(ctx, assertions),
    ...relateDelegateRoles(ctx, assertions),
    ...relateCabinetHeads(ctx, assertions),
    ...relateContinuedFormats(ctx, assertions),
    ...relateDatelinePlaces(ctx, assertions),
  ];
  const all = seatDelegatesOutOfTeteATete(ctx, [...first, ...dropMistakenAttendance(ctx, derived)]);
  return citeStatements(
    ctx.doc,
    dropCreditedAttendance(all).filter((a) => a.source !== a.target),
  );
}
