import { findQuotesIn, normaliseQuoteMarks, quoteWords, quotesWithin } from '../../../src/ingest/quotes.js';
import { extractArticle } from '../../../src/ingest/extract.js';

describe('quotes', () => {
  it('pairs curly quotes and drops the attribution comma', () => {
    const t = '“We will rebuild,” she said.';
    const q = findQuotesIn(t, 0, t.length);
    expect(q).toHaveLength(1);
    expect(quoteWords(t, q[0]!)).toBe('We will rebuild');
  });
  it('finds single-mark quotations but never apostrophes', () => {
    const spans = (t: string): string[] => findQuotesIn(t, 0, t.length).map((q) => t.slice(q.start, q.end));
    expect(spans('Mitchell said Andrews had ‘tentatively’ reported two deaths.')).toEqual(['‘tentatively’']);
    expect(spans("The judge called it a 'repeating problem' in court.")).toEqual(["'repeating problem'"]);
    expect(spans("The players' union said Ruto's plan wasn't fair.")).toEqual([]);
    // a single mark inside a double quotation belongs to it
    expect(spans('“They said ‘Yeah, you’re right,’ but did nothing,” he said.')).toHaveLength(1);
    const x = extractArticle({ text: "The Grenada minister said on Tuesday that Andrews had ‘tentatively’ reported two deaths.", publishedAt: '2024-07-02' });
    expect(x.claims[0]?.quote).toBe('tentatively');
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

describe('doubled apostrophes as quotation marks', () => {
  it('keeps the text’s length and offsets, and reads the quotes', () => {
    const text = "''Please convey my greetings to everyone,'' Prime Minister Narendra Modi said. Ana Ruiz said it was ''incremental progress'' and ''a huge one''.";
    expect(normaliseQuoteMarks(text)).toHaveLength(text.length);
    const x = extractArticle({ text, publishedAt: '2023-08-23' });
    expect(x.article.text).toBe(text);
    expect(x.claims.map((c) => [c.speaker?.name, c.quote, c.sentence === text.slice(c.span.start, c.span.end)])).toEqual([
      ['Narendra Modi', 'Please convey my greetings to everyone', true],
      ['Ana Ruiz', 'incremental progress [...] a huge one', true],
    ]);
    expect(x.claims[0]?.sentence.startsWith("''Please")).toBe(true);
  });
});
