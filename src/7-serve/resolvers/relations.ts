// Resolvers of relations and of the views on them (Attendance, Role, Membership), of evidence
// and documents. Parents are edge keys, evidence records and document summaries.

import { evidenceRows } from '../../6-graph/evidence-table.js';
import { pageSize } from '../errors.js';
import type {
  AttendanceResolvers,
  DocumentResolvers,
  EvidenceResolvers,
  MembershipResolvers,
  MembershipStatus,
  PostResolvers,
  RelationResolvers,
  RoleResolvers,
} from '../generated/schema-types.js';
import type { GraphView } from '../graph-view.js';

const STATUSES: ReadonlySet<string> = new Set<MembershipStatus>(['MEMBER', 'JOINING']);

export function membershipStatus(view: GraphView, edge: string): MembershipStatus {
  const status = view.graph.getEdgeAttribute(edge, 'props').status?.toUpperCase() ?? 'MEMBER';
  return STATUSES.has(status) ? (status as MembershipStatus) : 'MEMBER';
}

function existingNode(view: GraphView, key: string | undefined): string | null {
  return key !== undefined && view.graph.hasNode(key) ? key : null;
}

/**
 * A property of a presence, falling back to the person's ATTENDED edge at the same event:
 * a speaker's delegation and role are stated where the attendance is.
 */
function presenceProp(view: GraphView, edge: string, name: string): string | undefined {
  const { graph } = view;
  const own = graph.getEdgeAttribute(edge, 'props')[name];
  if (own !== undefined) return own;
  const attended = `ATTENDED:${graph.source(edge)}->${graph.target(edge)}`;
  return graph.hasEdge(attended) ? graph.getEdgeAttribute(attended, 'props')[name] : undefined;
}

export const Relation: RelationResolvers = {
  id: (edge) => edge,
  type: (edge, _, { view }) => view.graph.getEdgeAttribute(edge, 'type'),
  source: (edge, _, { view }) => view.graph.source(edge),
  target: (edge, _, { view }) => view.graph.target(edge),
  role: (edge, _, { view }) => view.graph.getEdgeAttribute(edge, 'props').role ?? null,
  delegation: (edge, _, { view }) =>
    existingNode(view, view.graph.getEdgeAttribute(edge, 'props').delegation),
  status: (edge, _, { view }) =>
    view.graph.getEdgeAttribute(edge, 'type') === 'MEMBER_OF' ? membershipStatus(view, edge) : null,
  props: (edge, _, { view }) =>
    Object.entries(view.graph.getEdgeAttribute(edge, 'props')).map(([name, value]) => ({
      name,
      value,
    })),
  confidence: (edge, _, { view }) => view.graph.getEdgeAttribute(edge, 'confidence'),
  evidence: (edge, { first }, { view }) =>
    evidenceRows(view.graph.getEdgeAttributes(edge), pageSize(first, 20)),
};

export const Attendance: AttendanceResolvers = {
  person: (edge, _, { view }) => view.graph.source(edge),
  event: (edge, _, { view }) => view.graph.target(edge),
  delegation: (edge, _, { view }) => existingNode(view, presenceProp(view, edge, 'delegation')),
  role: (edge, _, { view }) => presenceProp(view, edge, 'role') ?? null,
  relation: (edge) => edge,
  evidence: (edge, _, { view }) => evidenceRows(view.graph.getEdgeAttributes(edge)),
};

export const Role: RoleResolvers = {
  title: (edge, _, { view }) => {
    const a = view.graph.getEdgeAttribute(edge, 'props');
    return a.role ?? (view.graph.getEdgeAttribute(edge, 'type') === 'HEAD_OF' ? 'Head' : 'Member');
  },
  of: (edge, _, { view }) =>
    existingNode(view, view.graph.getEdgeAttribute(edge, 'props').of) ?? view.graph.target(edge),
  relation: (edge) => edge,
};

export const Membership: MembershipResolvers = {
  country: (edge, _, { view }) => view.graph.source(edge),
  organisation: (edge, _, { view }) => view.graph.target(edge),
  status: (edge, _, { view }) => membershipStatus(view, edge),
  relation: (edge) => edge,
};

export const Evidence: EvidenceResolvers = {
  document: (row, _, { view }) => view.graph.getAttribute('evidence').document(row),
  quote: (row, _, { view }) => view.graph.getAttribute('evidence').quote(row),
  url: (row, _, { view }) => view.graph.getAttribute('evidence').url(row) ?? null,
  start: (row, _, { view }) => view.graph.getAttribute('evidence').start(row),
  end: (row, _, { view }) => view.graph.getAttribute('evidence').end(row),
  rule: (row, _, { view }) => view.graph.getAttribute('evidence').rule(row),
};

export const Document: DocumentResolvers = {
  url: (document) => document.url ?? null,
  publishedAt: (document) => document.publishedAt ?? null,
};

export const Post: PostResolvers = {
  person: (post) => post.person,
  organisation: (post) => post.organisation,
  role: (post, _, { view }) => view.graph.getEdgeAttribute(post.edge, 'props').role ?? null,
  relation: (post) => post.edge,
};
