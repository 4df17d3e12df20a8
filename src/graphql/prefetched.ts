import type { GraphQLResolveInfo } from 'graphql';
import { PREFETCHED } from '../graph/selection-projection.js';

/**
 * The value the root statement already fetched for this field of this parent (see
 * selection-projection.ts), or else what `load` fetches.
 */
export function prefetchedOr<T>(parent: object, info: GraphQLResolveInfo, load: () => T | Promise<T>): T | Promise<T> {
  const bag = (parent as { [PREFETCHED]?: Record<string, unknown> })[PREFETCHED];
  const key = info.path.key;
  if (bag !== undefined && typeof key === 'string' && key in bag) return bag[key] as T;
  return load();
}
