import { extractArticle } from '../../../src/ingest/extract.js';

function first(text: string): { cue: string; quote: string | null; sentence: string; span: { start: number; end: number } } {
  const c = extractArticle({ text, publishedAt: '2024-06-12' }).claims[0];
  if (!c) throw new Error('no claim');
  return { cue: c.cue, quote: c.quote, sentence: c.sentence, span: c.span };
}

describe('claim-record', () => {
  it('keeps auxiliaries in the cue as annotated', () => {
    expect(first('The union has repeatedly said wages are too low.').cue).toBe('has repeatedly said');
    expect(first('Speaking in Lima, Anna Lind warned of delays.').cue).toBe('Speaking in Lima, ... warned');
  });
  it('joins quote fragments around the attribution', () => {
    expect(first('“We are ready,” Tom Hale said, “to build the bridge.”').quote).toBe('We are ready [...] to build the bridge.');
  });
  it('extends the span over a quote that opened in an earlier sentence', () => {
    const text = 'Mayor Tom Hale spoke.\n\n“We won. We are proud,” Hale said.';
    const c = extractArticle({ text, publishedAt: '2024-06-12' }).claims.find((x) => x.quote);
    expect(c?.sentence).toBe('“We won. We are proud,” Hale said.');
    expect(text.slice(c?.span.start ?? 0, c?.span.end ?? 0)).toBe(c?.sentence);
  });
  it('keeps a one-word partial quote inside the content', () => {
    expect(first('The mayor said the plan was "fine" for now.').quote).toBe('fine');
    expect(first('The mayor said the plan was fine for now.').quote).toBeNull();
  });
});
