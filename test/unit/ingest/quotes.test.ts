import { findQuotesIn, quoteWords, quotesWithin } from '../../../src/ingest/quotes.js';

describe('quotes', () => {
  it('pairs curly quotes and drops the attribution comma', () => {
    const t = '“We will rebuild,” she said.';
    const q = findQuotesIn(t, 0, t.length);
    expect(q).toHaveLength(1);
    expect(quoteWords(t, q[0]!)).toBe('We will rebuild');
  });
  it('treats a right mark at the start as an opener', () => {
    const t = '”The drones were old,” the agency said.';
    const q = findQuotesIn(t, 0, t.length);
    expect(q.map((x) => quoteWords(t, x))).toEqual(['The drones were old']);
  });
  it('ignores a stray straight mark inside a quote', () => {
    const t = '"They have many foes. "They will fail," the envoy said.';
    const q = findQuotesIn(t, 0, t.length);
    expect(q).toHaveLength(1);
    expect(quoteWords(t, q[0]!)).toBe('They have many foes. "They will fail');
  });
  it('leaves a quote open to the paragraph end when it never closes', () => {
    const t = 'He added, "Talks will resume on Friday.';
    const q = findQuotesIn(t, 0, t.length);
    expect(q[0]?.closed).toBe(false);
    expect(quotesWithin(q, { start: 0, end: 5 })).toHaveLength(0);
  });
});
