import type { GraphQLResolveInfo } from 'graphql';
import { NOT_FETCHED, prefetchedValue } from '../graph/selection-projection.js';

/**
 * The value the root statement already fetched for this field of this parent (see
 * selection-projection.ts), or else what `load` fetches.
 */
export function prefetchedOr<T>(parent: object, info: GraphQLResolveInfo, load: () => T | Promise<T>): T | Promise<T> {
  const value = prefetchedValue(parent, info.fieldName, String(info.path.key));
  return value === NOT_FETCHED ? load() : (value as T);
}
