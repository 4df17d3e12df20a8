import { decodeEntities, htmlToArticle, htmlToText } from '../../../src/ingest/html.js';

describe('html', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&ldquo;A&rdquo; &#8212; &#x2019;s &amp; &nbsp;')).toBe('“A” — ’s &  ');
  });
  it('strips scripts, styles and tags, one block per paragraph', () => {
    expect(htmlToText('<div><script>var x=1;</script><style>p{}</style><p>First <b>bold</b>.</p><p>Second.</p></div>')).toBe('First bold .\n\nSecond.');
  });
  it('reads metadata', () => {
    const html = `<html><head><meta property="og:title" content="OG title"><meta property="article:published_time" content="2024-02-03T04:05:06Z">
      <meta property="og:site_name" content="Site"><link rel="canonical" href="https://s.example/a"></head>
      <body><nav>Menu</nav><article><h1>Head</h1><p>Body text.</p></article></body></html>`;
    expect(htmlToArticle(html)).toEqual({ title: 'OG title', publishedAt: '2024-02-03T04:05:06Z', source: 'Site', url: 'https://s.example/a', text: 'Head\n\nBody text.' });
  });
  it('falls back to <time datetime>', () => {
    expect(htmlToArticle('<body><time datetime="2023-09-09">x</time><p>Hi.</p></body>').publishedAt).toBe('2023-09-09');
  });
});
