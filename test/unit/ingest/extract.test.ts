import fc from 'fast-check';
import { extractArticle } from '../../../src/ingest/extract.js';

describe('extract', () => {
  const text = 'menu icon search icon share icon close icon\n4 Jun, 2024 10:00\n\nValley council backs dam\n\nPARIS (Reuters) – The council said on Tuesday that the dam would be built. Advertisement\n\nPodcasts\n0:00';
  it('keeps the stored text exactly and points spans into it', () => {
    const x = extractArticle({ text });
    expect(x.article.text).toBe(text);
    for (const c of x.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.sentence);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
  });
  it('reads metadata from the text', () => {
    const x = extractArticle({ text });
    expect(x.article).toMatchObject({ title: 'Valley council backs dam', publishedAt: '2024-06-04T10:00:00', dateline: 'PARIS (Reuters) –' });
    expect(x.claims).toHaveLength(1);
    expect(x.claims[0]?.saidOn).toBe('2024-06-04');
  });
  it('warns when there is no publication date', () => {
    expect(extractArticle({ text: 'Nothing here.' }).warnings.length).toBeGreaterThan(0);
  });
});


describe('extract (robustness)', () => {
  const words = ['said', 'the', 'minister', 'Anna', 'Lind', '“', '”', '"', ',', '.', 'Kiev', 'on', 'Monday', 'according', 'to', 'he', 'told', '\n', '\n\n', 'Advertisement', 'U.S.', '(AP)', '--', 'it', 'accused', 'of', 'Ministry'];
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), fc.boolean(), (ws, dated) => {
        const text = ws.join(' ');
        const x = extractArticle({ text, publishedAt: dated ? '2024-05-05' : null });
        expect(x.article.text).toBe(text);
        for (const c of x.claims) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.span.start, c.span.end)).toBe(c.sentence);
        }
        for (const e of x.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
  it('handles empty and whitespace-only text', () => {
    expect(extractArticle({ text: '' }).claims).toEqual([]);
    expect(extractArticle({ text: ' \n\n \r\n' }).entities).toEqual([]);
  });
});
