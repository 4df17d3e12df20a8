import { genderOfFirstName, isCommonWord, isFirstName, isLexOrganisation, KNOWN_ORGS } from '../../../src/ingest/lexicon.js';

describe('lexicon', () => {
  it('knows first names and their usual gender', () => {
    expect(isFirstName('Maria')).toBe(true);
    expect(isFirstName('Vikram')).toBe(true);
    expect(genderOfFirstName('Maria')).toBe('f');
    expect(genderOfFirstName('Peter')).toBe('m');
  });
  it('separates common words from names', () => {
    expect(isCommonWord('However')).toBe(true);
    expect(isCommonWord('Operation')).toBe(true);
    expect(isCommonWord('Okafor')).toBe(false);
  });
  it('lists organisations with spelling variants', () => {
    expect(KNOWN_ORGS['Hezbollah']).toContain('Hizbullah');
    expect(isLexOrganisation('Manchester City')).toBe(true);
  });
});
