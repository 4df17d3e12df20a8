import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  visit,
  type ASTNode,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import type { FieldSelection, TypeSelections } from '../graph/selection-projection.js';
import { first } from './inputs.js';

/**
 * The selection below the current field, per concrete type, merged the way graphql-js executes
 * it: fragments followed, type conditions and @skip/@include applied, arguments coerced with
 * their defaults. Fields whose `first` is out of range come without a sub-selection, so they are
 * not fetched and their resolvers refuse the argument as they always do.
 */

function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

function applies(condition: string | undefined, type: GraphQLObjectType, info: GraphQLResolveInfo): boolean {
  if (!condition) return true;
  const cond = info.schema.getType(condition);
  if (!cond) return false;
  return cond === type || (isAbstractType(cond) && info.schema.isSubType(cond, type));
}

function collect(set: SelectionSetNode, type: GraphQLObjectType, info: GraphQLResolveInfo, out: Map<string, FieldNode[]>, seen: Set<string>): void {
  for (const sel of set.selections) {
    if (!included(sel, info)) continue;
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      out.set(key, [...(out.get(key) ?? []), sel]);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (applies(sel.typeCondition?.name.value, type, info)) collect(sel.selectionSet, type, info, out, seen);
    } else {
      const name = sel.name.value;
      const frag = info.fragments[name];
      if (seen.has(name) || !frag) continue;
      seen.add(name);
      if (applies(frag.typeCondition.name.value, type, info)) collect(frag.selectionSet, type, info, out, seen);
    }
  }
}

function selected(key: string, nodes: FieldNode[], type: GraphQLObjectType, info: GraphQLResolveInfo): FieldSelection | null {
  const node = nodes[0];
  const def = node && type.getFields()[node.name.value];
  if (!node || !def) return null; // __typename: the executor answers it
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(def, node, info.variableValues);
  } catch {
    return { key, field: def.name, args: {}, sub: null };
  }
  if ('first' in args && !first.safeParse(args.first).success) return { key, field: def.name, args, sub: null };
  return { key, field: def.name, args, sub: below(getNamedType(def.type), nodes, info) };
}

function below(type: GraphQLNamedType, nodes: readonly FieldNode[], info: GraphQLResolveInfo): TypeSelections | null {
  if (!isObjectType(type) && !isAbstractType(type)) return null;
  const out = new Map<string, FieldSelection[]>();
  for (const t of isObjectType(type) ? [type] : info.schema.getPossibleTypes(type)) {
    const fields = new Map<string, FieldNode[]>();
    for (const n of nodes) if (n.selectionSet) collect(n.selectionSet, t, info, fields, new Set());
    out.set(
      t.name,
      [...fields].map(([key, fns]) => selected(key, fns, t, info)).filter((f): f is FieldSelection => f !== null),
    );
  }
  return out;
}

/** The variables used below the given fields (not in their own arguments), sorted. */
function variablesBelow(nodes: readonly FieldNode[], info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (node: ASTNode) =>
    visit(node, {
      Variable: (v) => {
        names.add(v.name.value);
      },
      FragmentSpread: (spread) => {
        const frag = info.fragments[spread.name.value];
        if (frag && !seen.has(frag.name.value)) {
          seen.add(frag.name.value);
          walk(frag);
        }
      },
    });
  for (const n of nodes) if (n.selectionSet) walk(n.selectionSet);
  return [...names].sort();
}

/**
 * Selections computed before, by the root field's node in a parsed document (Apollo keeps one
 * document per query text) and the values of the variables used below it: a repeated query
 * reuses its selection, and the compiled Cypher cached on that (selection-projection.ts).
 */
const computed = new WeakMap<FieldNode, { variables: string[]; byValues: Map<string, TypeSelections | null> }>();
const MAX_VARIANTS = 32;
const MAX_KEY = 2000;

/** What the client selected below the field being resolved; null when the context fetches relations through loaders only. */
export function selectionOf(ctx: { prefetch: boolean }, info: GraphQLResolveInfo): TypeSelections | null {
  if (!ctx.prefetch) return null;
  const compute = () => below(getNamedType(info.returnType), info.fieldNodes, info);
  const [node] = info.fieldNodes;
  if (!node || info.fieldNodes.length !== 1) return compute();
  let entry = computed.get(node);
  if (!entry) {
    entry = { variables: variablesBelow(info.fieldNodes, info), byValues: new Map() };
    computed.set(node, entry);
  }
  const key = JSON.stringify(entry.variables.map((v) => info.variableValues[v] ?? null));
  if (key.length > MAX_KEY) return compute();
  let sel = entry.byValues.get(key);
  if (sel === undefined) {
    sel = compute();
    if (entry.byValues.size >= MAX_VARIANTS) entry.byValues.clear();
    entry.byValues.set(key, sel);
  }
  return sel;
}

/** In a connection's selection, the nodes' selection when it is a single `edges { node }`; else null. */
export function nodeSelection(connection: TypeSelections): TypeSelections | null {
  const [fields] = [...connection.values()];
  const edges = fields?.filter((f) => f.field === 'edges') ?? [];
  if (edges.length !== 1) return null;
  const [edgeFields] = [...(edges[0]?.sub?.values() ?? [])];
  const nodes = edgeFields?.filter((f) => f.field === 'node') ?? [];
  return nodes.length === 1 ? (nodes[0]?.sub ?? null) : null;
}
