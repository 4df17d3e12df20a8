import { extractArticle } from '../../../src/ingest/extract.js';
import { toExtractJson } from '../../../src/ingest/extract-output.js';

describe('extract-output', () => {
  it('produces the documented CLI shape', () => {
    const x = extractArticle({ text: 'Mayor Tom Hale said on Monday that the bridge would reopen.', publishedAt: '2024-06-12T08:00:00Z', source: 'Town News', url: 'https://t.example/1' });
    const j = toExtractJson(x);
    expect(Object.keys(j)).toEqual(['article', 'entities', 'claims', 'events']);
    expect(j.article).toEqual({ title: null, publishedAt: '2024-06-12T08:00:00Z', source: 'Town News', url: 'https://t.example/1' });
    expect(j.entities[0]).toMatchObject({ name: 'Tom Hale', type: 'PERSON' });
    expect(j.claims[0]).toMatchObject({ speaker: { name: 'Tom Hale', type: 'PERSON' }, cue: 'said', saidOn: '2024-06-10', quote: null });
    expect(j.claims[0]?.span).toEqual({ start: 0, end: 59 });
    expect(j.events.every((e) => typeof e.name === 'string')).toBe(true);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
