import { domainOf, planArticle } from '../../../src/graph/article-plan.js';
import type { Extraction } from '../../../src/ingest/types.js';

const text = 'Putin said talks were off. "No," the Kremlin said.';
const extraction: Extraction = {
  article: { text, title: 'T', publishedAt: '2024-08-13', source: null, url: 'https://www.example.org/a', dateline: null, language: 'en' },
  entities: [
    { name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin', 'he'], mentions: [{ start: 0, end: 5 }] },
    { name: 'Moscow', type: 'LOCATION', aliases: ['Moscow'], mentions: [], geo: { kind: 'CITY', lat: 55.75, lon: 37.62, iso: null, partOf: 'Russia' } },
  ],
  claims: [
    {
      speaker: { name: 'Government of Russia', type: 'ORGANISATION' }, speakerMention: 'the Kremlin', via: null, cue: 'said',
      content: 'No.', quote: 'No,', saidOn: null, saidOnPrecision: null, datesMentioned: [], sentence: '"No," the Kremlin said.',
      span: { start: 27, end: 50 }, confidence: 0.9, events: [], mentions: ['Vladimir Putin', 'Nobody'],
    },
  ],
  events: [],
  warnings: [],
};

describe('planArticle', () => {
  const plan = planArticle(extraction, 'test');

  it('keeps proper aliases only, and registers a surname key for people', () => {
    const putin = plan.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.aliases).toEqual(['Vladimir Putin', 'Putin']);
    expect(putin?.aliasKeys.sort()).toEqual(['PERSON|putin', 'PERSON|vladimir putin']);
    expect(putin?.spans).toEqual([0, 5]);
  });

  it('adds entities that claims and places refer to but the entity list lacks', () => {
    expect(plan.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(
      ['LOCATION:Moscow', 'LOCATION:Russia', 'ORGANISATION:Government of Russia', 'PERSON:Vladimir Putin'].sort(),
    );
  });

  it('derives the source from the url and keeps only known mentions', () => {
    expect(plan.source).toEqual({ name: 'example.org', domain: 'example.org' });
    expect(plan.claims[0]?.mentionRefs).toEqual(['PERSON|vladimir putin']);
    expect(plan.article.id).toMatch(/^art_[0-9a-f]{20}$/);
  });

  it('reads domains defensively', () => {
    expect(domainOf('not a url')).toBeNull();
    expect(domainOf(null)).toBeNull();
  });
});
