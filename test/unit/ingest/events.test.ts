import { extractArticle } from '../../../src/ingest/extract.js';

describe('events', () => {
  it('keeps unrelated stories apart and names events', () => {
    const x = extractArticle({
      publishedAt: '2024-06-12',
      text: 'The union said the strike by dock workers would continue. Atlas Motors reported on Tuesday a net loss for the quarter.',
    });
    expect(x.events.length).toBe(2);
    const kinds = x.events.map((e) => e.kind).sort();
    expect(kinds).toEqual(['financial results', 'labour strike']);
    for (const c of x.claims) expect(c.events).toHaveLength(1);
    const results = x.events.find((e) => e.kind === 'financial results');
    expect(results?.start).toBe('2024-06-11');
  });
});
