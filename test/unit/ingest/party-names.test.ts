import { EntityStore } from '../../../src/ingest/entity-store.js';
import { findPartyMentions } from '../../../src/ingest/party-names.js';
import { extractArticle } from '../../../src/ingest/extract.js';

function parties(text: string): string[] {
  const store = new EntityStore();
  findPartyMentions(text, 0, text.length, store);
  return store.entities.map((e) => e.name);
}

describe('party-names', () => {
  it('names parties from the labels of their members', () => {
    expect(parties('Labour MP Stephen Kinnock said the plan was wrong.')).toEqual(['Labour Party']);
    expect(parties('Republican Sen. Ted Cruz and Democratic Rep. Jamie Raskin spoke.')).toEqual(['Republican Party', 'Democratic Party']);
    expect(parties('the Tories lost 250 seats in a Labour-led landslide')).toEqual(['Conservative Party', 'Labour Party']);
  });

  it('gives a Liberal Party its country from the story', () => {
    expect(parties('Liberal MP Nathaniel Erskine-Smith told the committee in Ottawa.')).toEqual(['Liberal Party of Canada']);
    expect(parties('Liberal leader Peter Dutton spoke in Canberra.')).toEqual(['Liberal Party of Australia']);
  });

  it('leaves adjectives and longer names alone', () => {
    expect(parties('Conservative estimates put the toll at 40 in the Democratic Republic of Congo.')).toEqual([]);
    expect(parties('a liberal democracy where Democrats and Republicans argue')).toEqual([]);
    expect(parties('the Green Climate Fund and the Democratic Alliance')).toEqual([]);
  });

  it('keeps the party out of a coordinated speaker list', () => {
    const r = extractArticle({ text: 'Republican Senator Ted Cruz and Democratic Rep. Jamie Raskin both said the bill was dead.', publishedAt: '2025-01-10' });
    expect(r.claims.map((c) => c.speaker?.name)).toEqual(['Ted Cruz', 'Jamie Raskin']);
    expect(r.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Republican Party', 'Democratic Party']));
  });
});
