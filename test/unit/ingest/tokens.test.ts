import { editDistance, normKey, titleCase, tokenize } from '../../../src/ingest/tokens.js';

describe('tokens', () => {
  it('tokenizes with offsets, capitals and possessives', () => {
    const text = "Lebanon's minister met al-Sadr in the U.S. today.";
    const t = tokenize(text);
    expect(t[0]).toMatchObject({ text: 'Lebanon', poss: true, cap: true });
    expect(t.find((x) => x.text === 'al-Sadr')?.cap).toBe(true);
    expect(t.find((x) => x.text === 'U.S.')).toBeDefined();
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('measures one-letter misspellings', () => {
    expect(editDistance('misri', 'mirsi')).toBe(1);
    expect(editDistance('ortberg', 'orberg')).toBe(1);
    expect(editDistance('smith', 'jones')).toBeGreaterThan(1);
  });
  it('normalises keys and title-cases', () => {
    expect(normKey('The Health  Ministry')).toBe('health ministry');
    expect(titleCase('foreign ministry')).toBe('Foreign Ministry');
  });
});
