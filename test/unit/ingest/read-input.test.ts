import { readArticleFile } from '../../../src/ingest/read-input.js';

describe('read-input', () => {
  it('keeps .txt content exactly', () => {
    const t = '  Line one.\n\nLine two.  ';
    expect(readArticleFile('a.txt', t)).toEqual({ text: t });
  });
  it('reads .json with source or outlet', () => {
    const a = readArticleFile('a.json', JSON.stringify({ url: 'u', outlet: 'O', publishedAt: '2024-01-01', title: 'T', text: ' x ' }));
    expect(a).toEqual({ url: 'u', source: 'O', publishedAt: '2024-01-01', title: 'T', text: ' x ' });
  });
  it('throws clear errors on bad JSON or missing text', () => {
    expect(() => readArticleFile('a.json', '{nope')).toThrow(/invalid JSON/);
    expect(() => readArticleFile('a.json', '{"title":"x"}')).toThrow(/"text"/);
  });
  it('reads .html', () => {
    const a = readArticleFile('a.HTML', '<html><head><title>Hi &amp; bye</title></head><body><p>One.</p></body></html>');
    expect(a.title).toBe('Hi & bye');
    expect(a.text).toBe('One.');
  });
});
