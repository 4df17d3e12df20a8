import { lookupExtPlace } from '../../../src/ingest/gazetteer-ext.js';

describe('extended gazetteer', () => {
  it('knows mid-size cities with their country and population', () => {
    const c = lookupExtPlace('Trujillo');
    expect(c?.kind).toBe('CITY');
    expect(c?.country).toBe('Peru');
    expect(c?.population).toBeGreaterThan(100_000);
    expect(lookupExtPlace('Porto Alegre')?.country).toBe('Brazil');
  });
  it('knows first-level regions and accent-free spellings', () => {
    expect(lookupExtPlace('Saskatchewan')?.kind).toBe('REGION');
    expect(lookupExtPlace('Sichuan')?.country).toBe('China');
    expect(lookupExtPlace('Cordoba')?.name).toBe('Córdoba');
  });
  it('leaves small towns and invented names out', () => {
    expect(lookupExtPlace('Zorblaxville')).toBeNull();
  });
});
