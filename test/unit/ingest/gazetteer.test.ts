import { adjectiveOf, countryOfAdjective, countryOfUrl, governmentCountry, lookupPlace } from '../../../src/ingest/gazetteer.js';

describe('gazetteer', () => {
  it('maps aliases to canonical places with coordinates and parents', () => {
    const kiev = lookupPlace('Kiev');
    expect(kiev?.name).toBe('Kyiv');
    expect(kiev?.kind).toBe('CITY');
    expect(kiev?.partOf).toBe('Ukraine');
    expect(typeof kiev?.lat).toBe('number');
    expect(lookupPlace('DRC')?.name).toBe('Democratic Republic of the Congo');
    expect(lookupPlace('France')?.iso).toBe('FR');
    expect(lookupPlace('Kursk Region')?.partOf).toBe('Russia');
  });
  it('links nationality adjectives to countries and back', () => {
    expect(countryOfAdjective('Russian')?.name).toBe('Russia');
    expect(countryOfAdjective('Pakistanis')?.name).toBe('Pakistan');
    expect(adjectiveOf('Lebanon')).toBe('Lebanese');
  });
  it('knows which country a speaking capital or seat stands for', () => {
    expect(governmentCountry('Minsk')).toBe('Belarus');
    expect(governmentCountry('the Kremlin')).toBe('Russia');
    expect(governmentCountry('Kiev')).toBe('Ukraine');
    expect(governmentCountry('Everett')).toBeNull();
  });
  it('guesses a home country from a country-code domain', () => {
    expect(countryOfUrl('https://www.example.co.uk/news/1')).toBe('United Kingdom');
    expect(countryOfUrl('https://example.com/x')).toBeNull();
  });
});
