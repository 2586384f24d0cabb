// What a query costs before it runs: about how many fields it resolves. A field costs 1, a list
// costs its size times its items: `first` where the field takes one (variables included), else
// an assumed size; the lists of a page (nodes, edges) are that page's `first`.

import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './errors.js';

/** How many items a list without `first` is taken to hold (an event's attendees, roles...). */
export const ASSUMED_LIST_SIZE = 10;

/** Lists known to be longer than that: every document of the graph. */
const ASSUMED_SIZES: Readonly<Record<string, number>> = { 'Query.documents': 1000 };

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

export function estimateQueryCost(input: CostInput): number {
  const root =
    input.operation.operation === 'mutation'
      ? input.schema.getMutationType()
      : input.schema.getQueryType();
  return root ? costOfSelections(input, input.operation.selectionSet, root, false) : 0;
}

/** `paged`: the selections of a page, whose lists the page's `first` already counted. */
function costOfSelections(
  input: CostInput,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  paged: boolean,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += costOfField(input, selection, parent, paged);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : input.fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition?.name.value;
    const type = condition ? input.schema.getType(condition) : parent;
    if (type && isCompositeType(type))
      cost += costOfSelections(input, fragment.selectionSet, type, paged);
  }
  return cost;
}

function costOfField(
  input: CostInput,
  node: FieldNode,
  parent: GraphQLCompositeType,
  paged: boolean,
): number {
  // __typename costs nothing; introspection (__schema, __type) is limited by its own switch
  if (node.name.value.startsWith('__') || !('getFields' in parent)) return 0;
  const field = parent.getFields()[node.name.value];
  if (!field || !node.selectionSet) return 1;
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return 1;
  const first = firstOf(input, field, node);
  const isList = isListType(getNullableType(field.type));
  const size =
    first ??
    (!isList || paged ? 1 : (ASSUMED_SIZES[`${parent.name}.${field.name}`] ?? ASSUMED_LIST_SIZE));
  // a page (a connection, a subgraph) holds lists of `first` items: they are counted here
  const page = first !== undefined && !isList;
  return size * (1 + costOfSelections(input, node.selectionSet, type, page));
}

/** The field's `first`: as written, from its variable, or the schema's default. */
function firstOf(
  input: CostInput,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): number | undefined {
  const argument = field.args.find((a) => a.name === 'first');
  if (!argument) return undefined;
  const value = node.arguments?.find((a) => a.name.value === 'first')?.value;
  if (!value) return sizeOf(argument.defaultValue);
  return sizeOf(literalOf(input, value)) ?? MAX_PAGE_SIZE;
}

function literalOf(input: CostInput, value: ValueNode): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (name in input.variables) return input.variables[name];
  const definition = input.operation.variableDefinitions?.find(
    (d) => d.variable.name.value === name,
  );
  return definition?.defaultValue?.kind === Kind.INT
    ? Number(definition.defaultValue.value)
    : undefined;
}

function sizeOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : undefined;
}
