import { z } from 'zod';

/** Opaque keyset cursors: the sort key and id of the last row seen, never an offset. */

const cursorShape = z.tuple([z.union([z.string(), z.number(), z.null()]), z.string()]);
export type Cursor = z.infer<typeof cursorShape>;

export class CursorError extends Error {
  override name = 'CursorError';
}

export function encodeCursor(key: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    return cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new CursorError('after: not a cursor returned by this API');
  }
}

export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
}

/** Rows fetched with limit first + 1 -> one page and whether there is another. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}
