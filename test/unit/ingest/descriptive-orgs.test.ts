import { EntityStore } from '../../../src/ingest/entity-store.js';
import { findDescriptiveOrgs } from '../../../src/ingest/descriptive-orgs.js';

function names(text: string): string[] {
  const store = new EntityStore();
  findDescriptiveOrgs(text, 0, text.length, store);
  return store.entities.map((e) => e.name);
}

describe('descriptive-orgs', () => {
  it('names ministries by the country adjective', () => {
    expect(names('Kenya’s health ministry said cases rose.')).toEqual(['Kenyan Health Ministry']);
    expect(names('The Polish foreign ministry protested.')).toEqual(['Polish Foreign Ministry']);
  });
  it('makes governments of countries', () => {
    expect(names('the Chilean government and Peru’s government')).toEqual(['Government of Chile', 'Government of Peru']);
  });
  it('makes governments of states, provinces and cities', () => {
    expect(names('The Kerala government said schools would close.')).toEqual(['Government of Kerala']);
    expect(names("Ontario's provincial government will appeal.")).toEqual(['Government of Ontario']);
    // a building is not the government
    expect(names('results shared from Kano government house')).toEqual([]);
  });
  it("names a leader's administration as the country's government", () => {
    expect(names('The Biden administration imposed sanctions.')).toEqual(['Government of United States']);
    expect(names('the Narendra Modi government denied it')).toEqual(['Government of India']);
    // a surname that leads no government names none
    expect(names('the Smith administration')).toEqual([]);
  });
  it('keeps a speaking military but not an adjective use', () => {
    expect(names('The Japanese military said it tracked the missile.')).toEqual(['Japanese military']);
    expect(names('Japanese military exercises began.')).toEqual([]);
  });
  it('finds named facilities', () => {
    expect(names('Patients were taken to the Santa Rosa hospital.')).toEqual(['Santa Rosa Hospital']);
  });
});
