import fc from 'fast-check';
import { extractArticle } from '../../../src/ingest/extract.js';
import { readArticleFile } from '../../../src/ingest/read-input.js';
import type { Extraction, Span } from '../../../src/ingest/types.js';

/**
 * Property tests over the extraction entry points the API and the CLI call with untrusted text:
 * extractArticle never throws and every span it returns lies inside the stored text;
 * readArticleFile fails only with an Error that says what is wrong.
 */

const words = [
  'Vladimir Putin', 'President Volodymyr Zelensky', 'the ministry', 'Belta', 'Kyiv', 'Kursk Region', 'a senior official', 'he', 'she',
  'said', 'told reporters', 'according to', 'announced', 'denied', 'on Monday', 'last week', 'Aug. 12', '13 August 2024', '2024-08-13',
  '“', '”', '"', "'", '«', '»', '—', '–', '.', ',', ':', ';', '?', '!', '(', ')', '\n', '\n\n', '  ', '\t', 'MOSCOW (Reuters) -',
  '<p>', '</p>', '<script>alert(1)</script>', '&amp;', '&nbsp;', '😀', '\u00e9', 'e\u0301', '\u200b', '\ufeff', '\r\n', 'U.S.', 'Dr.', '...',
  'drones', 'troops', 'incursion', 'ceasefire', '1,000', '42%', 'NATO', 'the Kremlin', 'Hezbollah',
];
const speaker = fc.constantFrom('Vladimir Putin', 'Russian President Vladimir Putin', 'Zelensky', 'The ministry', 'A senior official', 'He', 'Belta', 'The Kremlin');
const cue = fc.constantFrom('said', 'told reporters', 'announced on Monday', 'denied', 'wrote on Telegram', 'said on Aug. 12');
const clause = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const sentence = fc.oneof(
  fc.tuple(speaker, cue, clause).map(([s, c, x]) => `${s} ${c} that ${x}.`),
  fc.tuple(clause, speaker, cue).map(([x, s, c]) => `“${x},” ${s} ${c}.`),
  fc.tuple(clause, speaker).map(([x, s]) => `${x}, according to ${s}.`),
  clause.map((x) => `${x}.`),
);
const articleText = fc.oneof(
  { weight: 3, arbitrary: fc.array(sentence, { maxLength: 12 }).map((ss) => ss.join(' ')) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((ws) => ws.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }) },
);
const isoish = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
const rawArticle = fc.record(
  {
    text: articleText,
    title: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
    url: fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 })), { nil: undefined }),
    source: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    publishedAt: isoish,
  },
  { requiredKeys: ['text'] },
);

function spansOf(x: Extraction): Span[] {
  return [...x.entities.flatMap((e) => e.mentions), ...x.claims.map((c) => c.span)];
}

describe('extractArticle', () => {
  test('the generated texts exercise the pipeline: many yield entities and claims', () => {
    const xs = fc.sample(rawArticle, { numRuns: 300, seed: 42 }).map((r) => extractArticle(r));
    expect(xs.filter((x) => x.claims.length > 0).length).toBeGreaterThan(30);
    expect(xs.filter((x) => x.entities.length > 0).length).toBeGreaterThan(60);
  });

  test('never throws; every span lies within the stored text, and a claim sentence is the text at its span', () => {
    fc.assert(
      fc.property(rawArticle, (raw) => {
        const x = extractArticle(raw);
        const n = x.article.text.length;
        for (const s of spansOf(x)) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(s.start >= 0 && s.start <= s.end && s.end <= n).toBe(true);
        }
        for (const c of x.claims) expect(x.article.text.slice(c.span.start, c.span.end)).toBe(c.sentence);
        for (const m of x.entities.flatMap((e) => e.mentions)) expect(m.end).toBeGreaterThan(m.start);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('readArticleFile', () => {
  const name = fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom('.json', '.JSON', '.txt', '.html', '.htm', '.md', '', '.json.txt')).map(([b, e]) => `${b}${e}`);
  const jsonish = fc.oneof(
    fc.json(),
    fc.anything().map((v) => {
      try {
        return JSON.stringify(v) ?? 'undefined';
      } catch {
        return '{';
      }
    }),
    fc.record({ text: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), title: fc.anything(), publishedAt: fc.anything(), url: fc.anything() }).map((o) => JSON.stringify(o)),
  );
  const html = fc.array(fc.constantFrom('<html>', '<head><title>T</title>', '<meta property="article:published_time" content="2024-08-13">', '<body>', '<p>', 'Putin said.', '</p>', '<script>x</script>', '<!--', '-->', '<', '>', '&', '&#x0;', '</body>'), { maxLength: 40 }).map((p) => p.join(''));
  const content = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), jsonish, html);

  test('returns a RawArticle, or throws an Error with a message; nothing else', () => {
    fc.assert(
      fc.property(name, content, (fileName, text) => {
        try {
          readArticleFile(fileName, text);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect(typeof (e as Error).message).toBe('string');
          expect((e as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
