// All resolvers, typed by the types generated from schema.graphql.

import type { Resolvers } from '../generated/schema-types.js';
import { Entity, Event, Organisation, Person, Place } from './entities.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { Attendance, Document, Evidence, Membership, Post, Relation, Role } from './relations.js';
import { scalarResolvers } from './scalars.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Entity,
  Person,
  Organisation,
  Place,
  Event,
  Relation,
  Attendance,
  Role,
  Membership,
  Post,
  Evidence,
  Document,
};
