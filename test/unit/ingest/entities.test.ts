import { extractArticle } from '../../../src/ingest/extract.js';
import { oneEditApart } from '../../../src/ingest/entities.js';
import { ents, names } from './entity-listing.js';

describe('entities', () => {
  it('splits titles from names and keeps the affiliation', () => {
    const e = ents('Northwind Energy CEO Laura Keller met Chilean President Pablo Ruiz in Santiago.');
    expect(e).toMatchObject({ 'Northwind Energy': 'ORGANISATION', 'Laura Keller': 'PERSON', 'Pablo Ruiz': 'PERSON', Santiago: 'LOCATION' });
    expect(e['Chilean']).toBeUndefined();
  });
  it('finds a person whose given name is also an event word, and keeps bills as bills', () => {
    expect(ents('Incumbent mayor Bill McKay finished third.')).toMatchObject({ 'Bill McKay': 'PERSON' });
    expect(ents('The Online Safety Bill passed its third reading.')).toEqual({});
  });
  it('links a first name used alone, and a one-letter slip, to the person named in full', () => {
    const got = names('Mashrafe Bin Mortaza will not travel to Sri Lanka for the series.\n\nThe selector said Mashrafe limped off the ground after practice.\n\nBCB physician Debashis Chowdhury said Mashrafe was unwell. "He is not in a good state," Debashish said.');
    expect(got).toEqual(expect.arrayContaining(['PERSON:Mashrafe Bin Mortaza', 'PERSON:Debashis Chowdhury']));
    expect(got).not.toContain('ORGANISATION:Mashrafe');
    expect(got).not.toContain('ORGANISATION:Debashish');
  });
  it('tells one-letter slips from different words', () => {
    expect(oneEditApart('Debashish', 'Debashis')).toBe(true);
    expect(oneEditApart('Mohamed', 'Mohammed')).toBe(true);
    expect(oneEditApart('Johnson', 'Johnston')).toBe(true);
    expect(oneEditApart('Jackson', 'Jacobson')).toBe(false);
    expect(oneEditApart('Brown', 'Brown')).toBe(false);
  });
  it('takes sites for places, whoever they are named after', () => {
    expect(ents('The team drew at Lucas Moripe Stadium. A road links the coast with Franklin Roosevelt avenue near the Ayios Nicolaos roundabout.')).toMatchObject({
      'Lucas Moripe Stadium': 'LOCATION', 'Franklin Roosevelt Avenue': 'LOCATION', 'Ayios Nicolaos Roundabout': 'LOCATION',
    });
    expect(ents('Works in Ayios Antonios will start.')).toMatchObject({ 'Ayios Antonios': 'LOCATION' });
    // a surname that is also a site word stays a surname
    expect(ents('Chief economist Philip Lane said rates would hold.')).toMatchObject({ 'Philip Lane': 'PERSON' });
  });
  it('leaves out time zones, wards and storms, and keeps a short name with the body named in full', () => {
    const got = names('The attack began at 3 am IST on Tuesday. Patients waited in the ED for hours.\n\nHurricane Beryl made landfall. Beryl destroyed homes across the islands, and Beryl then weakened.\n\nTata Steel will close its furnaces. Tata rejected the plan, union leaders said.');
    expect(got).not.toEqual(expect.arrayContaining(['ORGANISATION:IST']));
    expect(got.filter((n) => /IST|ED$|Beryl|^ORGANISATION:Tata$/.test(n))).toEqual([]);
    expect(got).toContain('ORGANISATION:Tata Steel');
  });
  it('takes a portfolio before a title for no organisation, and sentence adverbs and "Mr Speaker" for no one', () => {
    const e = ents('Natural Resources Minister Vickram Bharrat spoke, and so did Northwind Energy CEO Laura Keller.');
    expect(e).toMatchObject({ 'Vickram Bharrat': 'PERSON', 'Northwind Energy': 'ORGANISATION' });
    expect(e['Natural Resources']).toBeUndefined();
    expect(names('However, he said the plan worked.\n\n“Mr Speaker, we are doing that,” the minister said.')).toEqual([]);
  });
  it('reads magistrates and comrades as titles, venues as places, and page chrome as nothing', () => {
    const got = names('Nairobi Magistrate Gilbert Shikwe ordered the 19 held. Commissioner for Works Comrade Reuben Izeze said Izeze would act.\n\nVoters gathered at the Vancouver Island Conference Centre.\n\nLatest News');
    expect(got).toEqual(expect.arrayContaining(['PERSON:Gilbert Shikwe', 'PERSON:Reuben Izeze', 'LOCATION:Vancouver Island Conference Centre']));
    expect(got.filter((n) => /Commissioner for Works|Latest News|ORGANISATION:Izeze|ORGANISATION:Shikwe/.test(n))).toEqual([]);
  });
  it("takes 'the government' for the home country's when the story has one", () => {
    const x = extractArticle({ text: 'LONDON, May 4 — Unions met ministers on Monday about steel jobs in the United Kingdom.\n\nThe government said funding would follow, and the unions said the government had failed them.', publishedAt: '2024-05-04' });
    const gov = x.entities.find((e) => e.name === 'Government of United Kingdom');
    expect(gov?.mentions.length).toBeGreaterThanOrEqual(2);
  });
  it('finds places joined by hyphens, before -headquartered, and in lists after a place noun', () => {
    const got = names('The first Seoul-Tokyo summit in years opened. The Bengaluru-headquartered agency said so.\n\nPolice made arrests across various regions, including Laguna, Bulacan and Samar. Several rivers, including Kopili and Barak, rose.');
    expect(got).toEqual(expect.arrayContaining(['LOCATION:Seoul', 'LOCATION:Tokyo', 'LOCATION:Bengaluru', 'LOCATION:Laguna', 'LOCATION:Bulacan', 'LOCATION:Samar', 'LOCATION:Kopili', 'LOCATION:Barak']));
  });
  it('takes the place a dateline names, known or not, but not a month', () => {
    expect(names('Sriharikota (AP): ISRO has lined up launches, its chairman said on Sunday.')).toContain('LOCATION:Sriharikota');
    expect(names('Oct. 23 (UPI) -- A firm said it lost money.').filter((n) => /Oct/.test(n))).toEqual([]);
  });
  it('reads townships, communes and districts as places, and a region of a region as two', () => {
    expect(ents('The fire broke out in Egg Harbor Township near Doughty and Delilah roads, in Bao Lam District of Cao Bang Province.')).toMatchObject({
      'Egg Harbor Township': 'LOCATION', 'Doughty Road': 'LOCATION', 'Delilah Road': 'LOCATION', 'Bao Lam District': 'LOCATION', 'Cao Bang Province': 'LOCATION',
    });
  });
  it('recognises descriptive organisations and governments', () => {
    const e = ents('Peru’s health ministry and the Chilean government traded blame.');
    expect(e).toMatchObject({ 'Peruvian Health Ministry': 'ORGANISATION', 'Government of Chile': 'ORGANISATION' });
  });
  it('uses known organisations, acronyms and gazetteer aliases', () => {
    const e = ents('Hizbullah fighters fled as the World Health Organization (WHO) met in Kiev.');
    expect(e).toMatchObject({ Hezbollah: 'ORGANISATION', 'World Health Organization': 'ORGANISATION', Kyiv: 'LOCATION' });
  });
  it('does not make entities of events, competitions or adjectives', () => {
    const e = ents('During Operation Dawn, Brazilian fans watched the Premier League.');
    expect(Object.keys(e)).toEqual([]);
  });
  it('keeps a repeated unknown name and the outlet name', () => {
    const e = ents('Zentrix shares fell. Analysts like Zentrix, Daily Planet said.', 'Daily Planet');
    expect(e['Zentrix']).toBe('ORGANISATION');
  });
});

describe('entities (more shapes)', () => {
  it('handles hyphenated titles, corporate suffixes and "Office for the …" names', () => {
    const e = ents('UN Deputy Secretary-General Amina Lind met Samsung Electronics Co. and the United Nations Office for the Coordination of Humanitarian Affairs (OCHA).');
    expect(e).toMatchObject({ 'Amina Lind': 'PERSON', 'Samsung Electronics Co.': 'ORGANISATION', 'United Nations Office for the Coordination of Humanitarian Affairs': 'ORGANISATION' });
  });
  it('reads sites, lower-case regions and all-caps datelines', () => {
    const e = ents('BRUSSELS - Traders on Wall Street watched the Bryansk region.');
    expect(e).toMatchObject({ Brussels: 'LOCATION', 'Wall Street': 'LOCATION', 'Bryansk Region': 'LOCATION' });
  });
  it('turns the seat of a government into that government, except where it is the place', () => {
    expect(ents('The White House rejected the plan.')).toMatchObject({ 'Government of United States': 'ORGANISATION' });
    expect(ents('Talks at the White House ended.')).toEqual({ 'White House': 'LOCATION' });
  });
  it('skips platforms, ideologies and model names', () => {
    const e = ents('He wrote on Truth Social that Boeing 737 MAX jets and Marxism were fine, and Marxism again.');
    expect(Object.keys(e)).toEqual(['Boeing']);
  });
});

describe('entities (names that look like other things)', () => {
  it('keeps a country-named surname a person once the full name is known', () => {
    const e = names('Prime Minister Luís Montenegro won the vote. "It is a fair law," Montenegro told reporters.');
    expect(e).toContain('PERSON:Luís Montenegro');
    expect(e).not.toContain('LOCATION:Montenegro');
  });
  it('takes an acronym in brackets as the alias of the name before it, even before "said"', () => {
    const e = names('The Harbour Workers Union (HWU) said the talks had collapsed.');
    expect(e).toEqual(['ORGANISATION:Harbour Workers Union']);
  });
  it('reads "and" inside a body’s name, a place in "X-based", and a short form of a named company', () => {
    const e = names('Britain’s Office for Product Safety and Standards said it was aware. The maker was Shenzhen-based Hengtai Cell Technology. She accused Burrard Gateway Terminals of lying. Burrard Gateway, which runs the port, said it had not. Ships waited in the Port of Vancouver.');
    expect(e).toEqual(expect.arrayContaining([
      'ORGANISATION:British Office for Product Safety and Standards', 'LOCATION:Shenzhen', 'ORGANISATION:Hengtai Cell Technology',
      'ORGANISATION:Burrard Gateway Terminals', 'LOCATION:Port of Vancouver',
    ]));
    expect(e.filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });
});

describe('entities (one record per body)', () => {
  it('merges an acronym seen before its full name, and "Health Ministry" with "Ministry of Health"', () => {
    const e = names('No panic: KCB after defeat\n\nThe Kenya Cricket Board said on Thursday it would not panic. The Ministry of Health agreed, and the Health Ministry said so twice.');
    expect(e.sort()).toEqual(['ORGANISATION:Kenya Cricket Board', 'ORGANISATION:Ministry of Health']);
  });
  it('reads a title before an honorific and plural county lists', () => {
    const e = names('According to the Acting Director General for Health Dr Jane Okello, Kajiado and Nakuru Counties confirmed two cases each.');
    expect(e).toEqual(expect.arrayContaining(['PERSON:Jane Okello', 'LOCATION:Nakuru County']));
    expect(e.filter((x) => x.startsWith('PERSON:'))).toEqual(['PERSON:Jane Okello']);
  });
  it('knows the small states of the Pacific and the Caribbean', () => {
    const e = names('Officials in Fiji, PNG, Samoa and Barbados met in Suva.');
    expect(e).toEqual(['LOCATION:Fiji', 'LOCATION:Papua New Guinea', 'LOCATION:Samoa', 'LOCATION:Barbados', 'LOCATION:Suva']);
  });
});

describe('entities (acronyms, dotted titles and speaking capitals)', () => {
  it('takes a long bracketed acronym as an alias and drops a dotted rank from the name', () => {
    const e = names('Col. Jean Reyes quoted the Disaster Risk Reduction and Management Council (NDRRMC). NDRRMC said more.');
    expect(e).toEqual(['PERSON:Jean Reyes', 'ORGANISATION:Disaster Risk Reduction and Management Council']);
  });
  it('names a speaking capital as its government only, a speaking country as both', () => {
    const e = names('Moscow denounced the coup. Israel denies involvement. Israel is small.');
    expect(e.sort()).toEqual(['LOCATION:Israel', 'ORGANISATION:Government of Israel', 'ORGANISATION:Government of Russia']);
  });
});
