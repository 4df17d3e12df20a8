import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode, valueFromASTUntyped } from 'graphql';

/**
 * Looks one level into a root field's selection so the root statement can fetch its most-asked
 * relation too (and prime the loader): one round trip instead of two.
 */

function findField(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode | null {
  if (!set) return null;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD && sel.name.value === name) return sel;
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const f = findField(sel.selectionSet, name, info);
      if (f) return f;
    }
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const f = findField(info.fragments[sel.name.value]?.selectionSet, name, info);
      if (f) return f;
    }
  }
  return null;
}

/** Whether the current field selects `name`, and the value of its integer argument `arg` (or the default). */
export function selectedWithInt(info: GraphQLResolveInfo, name: string, arg: string, fallback: number): number | null {
  const field = findField(info.fieldNodes[0]?.selectionSet, name, info);
  if (!field) return null;
  const node = field.arguments?.find((a) => a.name.value === arg);
  if (!node) return fallback;
  const value: unknown = valueFromASTUntyped(node.value, info.variableValues);
  if (value === undefined || value === null) return fallback;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** Whether the current field selects `name` at all. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return findField(info.fieldNodes[0]?.selectionSet, name, info) !== null;
}
