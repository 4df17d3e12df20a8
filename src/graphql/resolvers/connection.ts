import type { Page } from '../../graph/cursor.js';

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
