import { EntityStore } from '../../../src/ingest/entity-store.js';

describe('entity-store', () => {
  it('merges surname, first-name and misspelt mentions into one person', () => {
    const s = new EntityStore();
    s.add('Maria Okafor', 'PERSON', 'Finance Minister Maria Okafor', { start: 0, end: 10 });
    expect(s.findPerson('Okafor')?.name).toBe('Maria Okafor');
    expect(s.findPerson('Okafr')?.name).toBe('Maria Okafor');
    expect(s.findPerson('Maria')?.name).toBe('Maria Okafor');
    s.add('Okafor', 'PERSON', 'Okafor', { start: 20, end: 26 });
    expect(s.entities).toHaveLength(1);
    expect(s.entities[0]?.mentions).toHaveLength(2);
  });
  it('keeps two people with one surname apart unless one given name is an initial or a spelling of the other', () => {
    const s = new EntityStore();
    s.add('Ram Bahadur Thapa', 'PERSON', null, null);
    expect(s.findPerson('Ritendra Thapa')).toBeNull();
    expect(s.findPerson('R. Thapa')?.name).toBe('Ram Bahadur Thapa');
    s.add('Mohammed bin Salman', 'PERSON', null, null);
    expect(s.findPerson('Mohammad bin Salman')?.name).toBe('Mohammed bin Salman');
  });
  it('finds organisations by a name suffix', () => {
    const s = new EntityStore();
    s.add('Chilean Health Ministry', 'ORGANISATION', null, null);
    expect(s.findOrgBySuffix('the Health Ministry')?.name).toBe('Chilean Health Ministry');
  });
  it('creates governments and geo data', () => {
    const s = new EntityStore();
    const g = s.government('Peru', 'Lima', null);
    expect(g.name).toBe('Government of Peru');
    expect(g.aliases.has('Lima')).toBe(true);
    const loc = s.add('Lima', 'LOCATION', 'Lima', { start: 0, end: 4 });
    expect(loc.geo?.partOf).toBe('Peru');
    expect(s.toExtracted().map((e) => e.name)).toEqual(['Government of Peru', 'Lima']);
  });
});
