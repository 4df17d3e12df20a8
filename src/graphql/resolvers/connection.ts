import type { Page } from '../../graph/cursor.js';
import type { TypeSelections } from '../../graph/selection-projection.js';

/** A Relay connection whose totalCount runs only when a client selects it. */
export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function connection<T>(page: Page<{ cursor: string; node: T }>, count: () => Promise<number>): ConnectionResult<T> {
  return {
    edges: page.rows,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows[page.rows.length - 1]?.cursor ?? null },
    totalCount: count,
  };
}

/**
 * The connection for a page and its count. When the selection asks for totalCount, the count
 * statement runs alongside the page's instead of after it; its error, if any, surfaces on totalCount.
 */
export async function connectionOf<T>(
  sel: TypeSelections | null,
  page: () => Promise<Page<{ cursor: string; node: T }>>,
  count: () => Promise<number>,
): Promise<ConnectionResult<T>> {
  let counting: Promise<number> | undefined;
  const total = () => (counting ??= count());
  const [fields] = sel ? [...sel.values()] : [];
  if (fields?.some((f) => f.field === 'totalCount')) total().catch(() => undefined);
  return connection(await page(), total);
}
