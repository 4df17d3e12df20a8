import { eventSimilarity, matchEvent, type EventSignature } from '../../../src/graph/event-resolution.js';

const kursk: EventSignature = {
  name: 'Ukrainian incursion into Kursk Region',
  start: '2024-08-06',
  keyTerms: ['incursion', 'kursk', 'offensive', 'troops'],
  locationKeys: ['kursk region', 'russia'],
  actorKeys: ['government of ukraine', 'vladimir putin'],
};

describe('event resolution', () => {
  it('matches the same event described by another outlet', () => {
    const other = { ...kursk, name: 'Kursk offensive', start: '2024-08-07', keyTerms: ['kursk', 'offensive', 'troops', 'border'], actorKeys: ['vladimir putin'] };
    expect(eventSimilarity(kursk, other)).toBeGreaterThan(0.4);
    expect(matchEvent(other, [{ ...kursk, id: 'evt_1' }])?.id).toBe('evt_1');
  });

  it('keeps an unrelated event in the same country and week apart', () => {
    const bank = { name: 'Bank of Russia rate decision', start: '2024-08-08', keyTerms: ['rate', 'inflation', 'bank'], locationKeys: ['moscow', 'russia'], actorKeys: ['bank of russia'] };
    expect(eventSimilarity(kursk, bank)).toBe(0);
    expect(matchEvent(bank, [{ ...kursk, id: 'evt_1' }])).toBeNull();
  });

  it('needs more than one shared word without a shared place or actor', () => {
    const a = { name: 'Trade summit', start: '2024-06-01', keyTerms: ['summit', 'trade'], locationKeys: ['geneva'], actorKeys: ['wto'] };
    const b = { name: 'Climate summit', start: '2024-06-01', keyTerms: ['summit', 'climate'], locationKeys: ['nairobi'], actorKeys: ['unep'] };
    expect(eventSimilarity(a, b)).toBe(0);
    expect(eventSimilarity(a, { ...b, locationKeys: ['geneva'] })).toBeGreaterThan(0);
  });

  it('never matches events whose starts lie far apart', () => {
    expect(eventSimilarity(kursk, { ...kursk, name: 'x', start: '2024-10-01' })).toBe(0);
  });

  it('matches the same name regardless of case', () => {
    expect(eventSimilarity(kursk, { ...kursk, name: 'UKRAINIAN INCURSION INTO KURSK REGION', keyTerms: [] })).toBe(1);
  });
});
