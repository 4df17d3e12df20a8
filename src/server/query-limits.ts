import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { MAX_FIRST } from '../graphql/inputs.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** Estimated objects a query may return: list fan-out multiplied down the nesting (see estimateCost). */
  maxCost: number;
}

export const defaultLimits: QueryLimits = { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxCost: 20_000 };

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const frag = fragments.get(name);
      if (!frag || seen.has(name)) continue;
      max = Math.max(max, depthOf(frag.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** A query refused by a limit: always QUERY_TOO_COMPLEX with HTTP 400. */
export function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** Refuses queries nested deeper than maxDepth fields (fragments followed, cycles cut). */
export function depthLimit(maxDepth: number) {
  return (ctx: ValidationContext): ASTVisitor => ({
    Document(doc) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      for (const d of doc.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        const depth = depthOf(d.selectionSet, fragments, new Set());
        if (depth > maxDepth) ctx.reportError(limitError(`Query depth ${depth} exceeds the limit of ${maxDepth}`));
      }
    },
  });
}

/** Refuses documents with more than maxAliases aliases (alias bombs). */
export function aliasLimit(maxAliases: number) {
  return (ctx: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) ctx.reportError(limitError(`${aliases} aliases exceed the limit of ${maxAliases}`));
        },
      },
    };
  };
}

/** Lists without a `first` argument are assumed to hold this many items. */
export const DEFAULT_LIST_SIZE = 10;

function firstOf(field: FieldNode, def: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | null {
  const arg = def.args.find((a) => a.name === 'first');
  if (!arg) return null;
  const node = field.arguments?.find((a) => a.name.value === 'first')?.value;
  let n: unknown = arg.defaultValue;
  if (node?.kind === Kind.INT) n = Number(node.value);
  else if (node?.kind === Kind.VARIABLE) n = variables[node.name.value] ?? arg.defaultValue;
  // Out-of-range values are refused by the resolver's own check (BAD_USER_INPUT), not here.
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_FIRST) : MAX_FIRST;
}

function costOf(
  set: SelectionSetNode,
  type: GraphQLNamedType | undefined,
  mult: number,
  ctx: { schema: GraphQLSchema; fragments: Map<string, FragmentDefinitionNode>; variables: Record<string, unknown> },
  seen: Set<string>,
): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__') || !sel.selectionSet) continue;
      const def = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[sel.name.value] : undefined;
      if (!def || isLeafType(getNamedType(def.type))) continue;
      const inConnection = type?.name.endsWith('Connection') ?? false;
      const factor = firstOf(sel, def, ctx.variables) ?? (isListType(getNullableType(def.type)) && !inConnection ? DEFAULT_LIST_SIZE : 1);
      cost += mult * factor + costOf(sel.selectionSet, getNamedType(def.type), mult * factor, ctx, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? ctx.schema.getType(sel.typeCondition.name.value) : type;
      cost += costOf(sel.selectionSet, t ?? undefined, mult, ctx, seen);
    } else {
      const frag = ctx.fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue;
      const t = ctx.schema.getType(frag.typeCondition.name.value) ?? undefined;
      cost += costOf(frag.selectionSet, t, mult, ctx, new Set([...seen, frag.name.value]));
    }
  }
  return cost;
}

/**
 * Estimated objects an operation returns: each object field counts its parent's multiplier times
 * its own fan-out (`first`, clamped to MAX_FIRST; DEFAULT_LIST_SIZE for other lists; 1 otherwise).
 * Scalars and introspection fields are free.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return costOf(operation.selectionSet, root ?? undefined, 1, { schema, fragments, variables }, new Set());
}

/** Refuses operations whose estimated cost exceeds maxCost, once variables are known. */
export function costLimit<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = estimateCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) throw limitError(`Query cost ${cost} exceeds the limit of ${maxCost}`);
        },
      };
    },
  };
}
