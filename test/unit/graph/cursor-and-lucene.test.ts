import { CursorError, decodeCursor, encodeCursor, toPage } from '../../../src/graph/cursor.js';
import { luceneQuery } from '../../../src/graph/lucene.js';

describe('keyset cursors', () => {
  it('round-trip the sort key and id', () => {
    expect(decodeCursor(encodeCursor('2024-08-12', 'clm_1'))).toEqual(['2024-08-12', 'clm_1']);
    expect(decodeCursor(encodeCursor(null, 'x'))).toEqual([null, 'x']);
    expect(decodeCursor(null)).toBeNull();
  });

  it.each(['', 'abc', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1]').toString('base64url')])('reject %j', (c) => {
    expect(() => decodeCursor(c)).toThrow(CursorError);
  });

  it('pages rows fetched with one extra', () => {
    expect(toPage([1, 2, 3], 2)).toEqual({ rows: [1, 2], hasNextPage: true });
    expect(toPage([1, 2], 2)).toEqual({ rows: [1, 2], hasNextPage: false });
  });
});

describe('luceneQuery', () => {
  it('escapes operators and keeps words', () => {
    expect(luceneQuery('drones (NATO)')).toBe('drones \\(NATO\\)');
    expect(luceneQuery('a AND b')).toBe('a and b');
    expect(luceneQuery('"x~')).toBe('\\"x\\~');
    expect(luceneQuery('   ')).toBe('""');
  });
});
