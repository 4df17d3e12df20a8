import { knownName, maxKnownTokens } from '../../../src/ingest/known-names.js';

describe('known-names', () => {
  it('maps variants of organisations and places to canonical names', () => {
    expect(knownName('Hizbullah')).toEqual({ name: 'Hezbollah', type: 'ORGANISATION' });
    expect(knownName('AP')?.name).toBe('Associated Press');
    expect(knownName('Kiev')).toEqual({ name: 'Kyiv', type: 'LOCATION' });
    expect(knownName('Nowhereville')).toBeNull();
  });
  it('knows multi-word names', () => {
    expect(maxKnownTokens()).toBeGreaterThanOrEqual(5);
    expect(knownName('Democratic Republic of the Congo')?.type).toBe('LOCATION');
  });
});
