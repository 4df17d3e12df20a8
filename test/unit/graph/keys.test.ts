import { aliasKey, claimId, contentHash, entityId, isProperAlias, nameKey } from '../../../src/graph/keys.js';

describe('keys', () => {
  it('folds case, accents, possessives and a leading "the"', () => {
    expect(nameKey('The Kremlin’s')).toBe('kremlin');
    expect(nameKey('  Zelénsky  ')).toBe('zelensky');
    expect(nameKey('U.S. State Department')).toBe('u s state department');
  });

  it('gives one id per entity name and type, whatever the spelling of case', () => {
    expect(entityId('PERSON', 'Vladimir Putin')).toBe(entityId('PERSON', 'vladimir  putin'));
    expect(entityId('PERSON', 'Georgia')).not.toBe(entityId('LOCATION', 'Georgia'));
    expect(aliasKey('LOCATION', 'the Kremlin')).toBe('LOCATION|kremlin');
  });

  it('hashes content the same when only whitespace differs', () => {
    expect(contentHash('a  b\n c ')).toBe(contentHash('a b c'));
    expect(contentHash('a b c')).not.toBe(contentHash('a b d'));
  });

  it('makes one claim of one quote by one speaker, across articles', () => {
    const a = claimId('per_1', 'Putin', '“We will respond.”', '2024-08-12', 'x', 'article-a');
    const b = claimId('per_1', 'the president', '"We will respond."', null, 'y', 'article-b');
    expect(a).toBe(b);
    expect(claimId('per_1', null, null, '2024-08-12', 'Talks are off', 'a')).not.toBe(claimId('per_1', null, null, '2024-08-13', 'Talks are off', 'a'));
  });

  it('keeps unnamed sources apart across articles', () => {
    expect(claimId(null, 'officials', null, null, 'Same words', 'a')).not.toBe(claimId(null, 'officials', null, null, 'Same words', 'b'));
  });

  it.each([
    ['Putin', true],
    ['President Vladimir Putin', true],
    ['the Kremlin', false],
    ['the White House', true],
    ['he', false],
    ['the ministry', false],
    ['It', false],
  ])('treats %s as a proper alias: %s', (alias, expected) => {
    expect(isProperAlias(alias)).toBe(expected);
  });
});
