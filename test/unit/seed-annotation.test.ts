import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../../src/graph/keys.js';
import { extractArticle } from '../../src/ingest/extract.js';
import { readArticleFile } from '../../src/ingest/read-input.js';
import type { Extraction } from '../../src/ingest/types.js';
import { packageRoot } from '../../src/package-root.js';

/** The seed's hand-checked annotation is the pipeline's reference on the article the project started from. */
const dir = join(packageRoot(), 'seeds');
const text = readFileSync(join(dir, '000_9fa5263c474829c6.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(dir, '000_9fa5263c474829c6.annotation.json'), 'utf8')) as Omit<Extraction, 'article'> & {
  article: Omit<Extraction['article'], 'text'>;
};
const got = extractArticle(readArticleFile('000_9fa5263c474829c6.txt', text));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('the pipeline against the seed annotation', () => {
  it('keeps every span pointing at the real words', () => {
    expect(got.article.text).toBe(text);
    for (const c of got.claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.sentence);
    for (const e of got.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
  });

  it('reads the headline and the publication date from the scraped page', () => {
    expect(got.article.title).toBe(gold.article.title);
    expect(got.article.publishedAt?.slice(0, 16)).toBe(gold.article.publishedAt?.slice(0, 16));
  });

  it('finds most annotated claims with the right speaker, and few others', () => {
    const matched = gold.claims.filter((g) =>
      got.claims.some(
        (c) => overlaps(c.span, g.span) && (g.speaker === null ? c.speaker === null : c.speaker !== null && nameKey(c.speaker.name) === nameKey(g.speaker.name)),
      ),
    );
    const recall = matched.length / gold.claims.length;
    const precision = got.claims.filter((c) => gold.claims.some((g) => overlaps(c.span, g.span))).length / Math.max(1, got.claims.length);
    expect(recall).toBeGreaterThanOrEqual(0.75);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('dates the statements made on Monday and Tuesday against the publication day', () => {
    const dated = (cue: string) => got.claims.find((c) => c.cue.includes(cue))?.saidOn;
    expect(dated('announced')).toBe('2024-08-13');
    expect(dated('ruled out')).toBe('2024-08-12');
  });

  it('finds the annotated entities', () => {
    const names = new Set(got.entities.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
    const found = gold.entities.filter((e) => names.has(nameKey(e.name)));
    expect(found.length / gold.entities.length).toBeGreaterThanOrEqual(0.75);
  });
});
