import { extractArticle } from '../../../src/ingest/extract.js';
import { ents, names } from './entity-listing.js';

describe('entities: extended places', () => {
  it('types mid-size cities and regions after a locative word or in a list of places', () => {
    const e = ents('Protests spread from Trujillo to the port city of Chimbote, and shops closed in Sichuan and Yunnan.');
    expect(e).toMatchObject({ Trujillo: 'LOCATION', Chimbote: 'LOCATION', Sichuan: 'LOCATION', Yunnan: 'LOCATION' });
  });
  it('types a city followed by its country', () => {
    expect(ents('The plant near Rosario, Argentina, will close.')['Rosario']).toBe('LOCATION');
  });
  it('keeps people whose names are also places', () => {
    const e = ents('Florence Amadi said the deal was fair. Jackson Mbeki, a nurse, said it was not.');
    expect(e).toMatchObject({ 'Florence Amadi': 'PERSON', 'Jackson Mbeki': 'PERSON' });
    expect(e['Florence']).toBeUndefined();
  });
  it('types a place-name prefix after a locative word', () => {
    expect(ents('Crews were sent to Port Hedland on Monday.')['Port Hedland']).toBe('LOCATION');
  });
});

describe('entities: organisations', () => {
  it('makes a bracketed relay agency an organisation', () => {
    const e = ents('Prices rose again in March, (Harbour Newswire) reported.');
    expect(e['Harbour Newswire']).toBe('ORGANISATION');
  });
  it('makes a dateline agency an organisation', () => {
    const e = ents('OSLO, May 2 (Nordic Wire) – Fishermen protested on Friday.');
    expect(e['Nordic Wire']).toBe('ORGANISATION');
  });
  it('recognises survey, red cross and league heads, with an acronym place in front', () => {
    const e = ents('The U.S. Geological Survey and the Kenyan Red Cross spoke to the Arab League and the Western Hockey League.');
    expect(e).toMatchObject({ 'U.S. Geological Survey': 'ORGANISATION', 'Kenyan Red Cross': 'ORGANISATION', 'Arab League': 'ORGANISATION', 'Western Hockey League': 'ORGANISATION' });
    expect(e['United States']).toBeUndefined();
  });
  it('leaves competitions out', () => {
    expect(ents('Their hopes in the Europa League ended.')['Europa League']).toBeUndefined();
  });
  it('makes a place in a match result a club', () => {
    const e = ents('Last night Rosario beat Cordoba 2-0 at home.');
    expect(e).toMatchObject({ 'Rosario FC': 'ORGANISATION', 'Cordoba FC': 'ORGANISATION' });
    expect(ents('Liverpool beat Everton 1-0.')['Liverpool FC']).toBe('ORGANISATION');
  });
  it('makes a name with an organisation appositive an organisation, not a person', () => {
    const e = ents('Kestrel Quarry, a Tasmanian mining company, said output fell.');
    expect(e['Kestrel Quarry']).toBe('ORGANISATION');
  });
  it('makes a name before a lower-case bloc noun an organisation', () => {
    expect(ents('Leaders of the Andino trade bloc met.')['Andino']).toBe('ORGANISATION');
  });
  it('makes a seat of government the government', () => {
    expect(ents('The Élysée said talks would resume.')['Government of France']).toBe('ORGANISATION');
  });
});

describe('entities: extended places need context', () => {
  it('does not make a sentence-initial word or a surname after "to" a place', () => {
    expect(ents('Sale of the company was approved.')['Sale']).toBeUndefined();
    expect(ents('Sources close to Hamilton said he would race.')['Hamilton']).toBeUndefined();
  });
});

describe('entities: more organisation and place cues', () => {
  it('makes a bracketed agency whose first word is a place an organisation, not the place', () => {
    const e = ents('QUITO, June 3 (Ecuador Newsline) – Roads were closed.');
    expect(e['Ecuador Newsline']).toBe('ORGANISATION');
    expect(e['Ecuador']).toBeUndefined();
  });
  it('makes "<City> City" a club unless it is a place itself', () => {
    const e = ents('Stoke City fans met in Kansas City and Mexico City.');
    expect(e).toMatchObject({ 'Stoke City': 'ORGANISATION', 'Kansas City': 'LOCATION', 'Mexico City': 'LOCATION' });
    expect(e['Kansas']).toBeUndefined();
  });
  it('maps more seats of government to the government', () => {
    const e = ents('The Moncloa and Palazzo Chigi both said the plan was sound.');
    expect(e).toMatchObject({ 'Government of Spain': 'ORGANISATION', 'Government of Italy': 'ORGANISATION' });
  });
  it('knows named natural areas', () => {
    const e = ents('Herders crossed the Gobi Desert before reaching Patagonia.');
    expect(e).toMatchObject({ 'Gobi Desert': 'LOCATION', Patagonia: 'LOCATION' });
  });
});

describe('entities: names without a given name', () => {
  it('makes a league or community with a short tail an organisation', () => {
    const e = ents('Major League Rugby and the East African Community both said the rules would change.');
    expect(e).toMatchObject({ 'Major League Rugby': 'ORGANISATION', 'East African Community': 'ORGANISATION' });
  });
  it('makes a speaking name that ends in an ordinary noun an organisation', () => {
    expect(ents('Redwater Logistics said on Monday that volumes fell.')['Redwater Logistics']).toBe('ORGANISATION');
    expect(ents('Maria Lopez said on Monday that volumes fell.')['Maria Lopez']).toBe('PERSON');
  });
  it('makes an unknown one-word speaker an organisation', () => {
    expect(ents('Yesterday Zanotti said the transfer was agreed.')['Zanotti']).toBe('ORGANISATION');
  });
  it('keeps a leading compass word of a region and drops a sentence-initial noun before "of"', () => {
    const e = ents('Residents of Guadalajara said floods hit New Brunswick and Sichuan.');
    expect(e).toMatchObject({ Guadalajara: 'LOCATION', 'New Brunswick': 'LOCATION' });
    expect(e['Residents of Guadalajara']).toBeUndefined();
  });
});

describe('entities: match results', () => {
  it('makes an unknown one-word name in a match result a club', () => {
    expect(ents('On Sunday Braga beat Feirense 3-0.')['Feirense']).toBe('ORGANISATION');
  });
});

describe('entities: English place names and lists of bodies', () => {
  it('gives a city its English name whichever spelling the text uses', () => {
    expect(names('Fans gathered in Sevilla on Sunday.')).toContain('LOCATION:Seville');
    expect(names('Fans gathered in Seville on Sunday.')).toContain('LOCATION:Seville');
  });
  it('keeps two listed companies apart and a body whose name has "and" whole', () => {
    const e = names('Microsoft Corp. and Alphabet Inc. said they would invest. The Disaster Risk Reduction and Management Council (DRRMC) said eight died.');
    expect(e).toEqual(['ORGANISATION:Microsoft Corp.', 'ORGANISATION:Alphabet Inc.', 'ORGANISATION:Disaster Risk Reduction and Management Council']);
  });
  it('reads a name after a title and its body, and "X City" as a place outside sport', () => {
    const e = names('Chairman of the Council Ken Smith said the vote would wait. Floods hit Quezon City and Davao City.');
    expect(e).toEqual(expect.arrayContaining(['PERSON:Ken Smith', 'LOCATION:Quezon City', 'LOCATION:Davao City']));
  });
});

describe('entities: people listed beside a known person', () => {
  it('reads unknown names in a list with a known person as people', () => {
    expect(names('A bench of judges Khusi Prasad Tharu, Ram Bahadur Thapa and Ritendra Thapa convicted 12 persons.'))
      .toEqual(expect.arrayContaining(['PERSON:Khusi Prasad Tharu', 'PERSON:Ram Bahadur Thapa', 'PERSON:Ritendra Thapa']));
  });
  it('leaves lists of places and lists with no known person alone', () => {
    expect(names('He visited Paris, Berlin and Rome.')).toEqual(['LOCATION:Paris', 'LOCATION:Berlin', 'LOCATION:Rome']);
    expect(names('Convicts are Kaladhar Deuja, Surendra Kapali, Yukta Shrestha.').filter((n) => n.startsWith('PERSON:Kaladhar'))).toEqual([]);
  });
});

describe('entities: district officers, councillors\u2019 titles and corporate suffixes', () => {
  it('reads a district officer\u2019s place, "Cr"/"Miss" as titles, and drops a bare "Co., Ltd."', () => {
    const e = names('PTI quoted the West Godavari Superintendent of Police Ravi Prakash as saying so. Zhang Lihui, general manager of Baiyoujia Food Trading (Shanghai) Co., Ltd., said it. Cr Walker said no. Miss Shirley said yes.');
    expect(e).toEqual(expect.arrayContaining(['LOCATION:West Godavari', 'PERSON:Ravi Prakash', 'PERSON:Walker', 'PERSON:Shirley']));
    expect(e.filter((x) => /:(?:Co|Ltd)\.?$/.test(x))).toEqual([]);
  });
});

describe('entities: places too small for the gazetteers', () => {
  it('reads a name in a place slot as a place', () => {
    expect(names('Gunmen stormed a monastery in the village of Brezovica. Jackson, of Lakenheath, Suffolk, was called. Strikes hit near Hodeida.'))
      .toEqual(['LOCATION:Brezovica', 'LOCATION:Lakenheath', 'LOCATION:Suffolk', 'LOCATION:Hodeida']);
  });
  it('reads residence, origin and a place noun after the name as a place slot', () => {
    expect(names('Akram hailed from Muzaffarabad while Khan was a resident of Bajaur. They were in the district\u2019s Dosalli area, then at the Kundu community, and five came from Upi town. The 39-year-old customs officer, of Diamond, was bailed.'))
      .toEqual(['LOCATION:Muzaffarabad', 'LOCATION:Bajaur', 'LOCATION:Dosalli', 'LOCATION:Kundu', 'LOCATION:Upi', 'LOCATION:Diamond']);
  });
  it('reads "The City of Moncton" as the municipality and its place, and "the city of Kharkiv" as the place', () => {
    expect(names('The City of Moncton will house people in heated tents. Officials in the city of Kharkiv met.')).toEqual(['ORGANISATION:City of Moncton', 'LOCATION:Moncton', 'LOCATION:Kharkiv']);
  });
  it('reads "on Mindanao island" and a capitalised dateline place the gazetteers lack', () => {
    expect(names('Floods hit Cotabato, a city of 300,000 people on Mindanao island.')).toContain('LOCATION:Mindanao');
    expect(names('ELKO – As Elko moves into the new year, the Elko City Council is planning new projects.')).toEqual(['LOCATION:Elko', 'ORGANISATION:Elko City Council']);
  });
  it('reads counts by place ("10 from Datu Blah Sinsuat") as places, but not a letter from a person', () => {
    expect(names('Rescuers retrieved 16 bodies from the town of Datu Odin Sinsuat, 10 from Datu Blah Sinsuat and five from Upi town. A letter from John Smith arrived.'))
      .toEqual(['LOCATION:Datu Odin Sinsuat', 'LOCATION:Datu Blah Sinsuat', 'LOCATION:Upi', 'PERSON:John Smith']);
  });
  it('leaves a person from a place and a firm\u2019s community alone', () => {
    expect(names('Mr Smith comes from Kent while Dosalli Akhtar is from Lahore. The Kamau community leaders met.')).toEqual(['PERSON:Smith', 'LOCATION:Kent', 'PERSON:Dosalli Akhtar', 'LOCATION:Lahore']);
  });
  it('leaves months, faiths, people and bodies after "in" alone', () => {
    expect(names('He worked in Finance in January. Prayers were said in Hindu temples. Sales rose in Smith’s view.')).toEqual([]);
  });
});

describe('entities: lists of towns, cut-off organisations and people by pronoun', () => {
  it('reads every name in "the cities of X and Y"', () => {
    expect(names('The strikes hit the cities of Brezovica and Zubin Potok.')).toEqual(['LOCATION:Brezovica', 'LOCATION:Zubin Potok']);
  });
  it('ends an organisation at its head before a model name', () => {
    expect(names('Four Royal Air Force Typhoon jets took part.')).toEqual(['ORGANISATION:Royal Air Force']);
  });
  it('makes an unknown speaking name a person when the text goes on with "he"', () => {
    expect(names('But as Kanwar has said earlier, this is a young team. He said it would improve.')).toEqual(['PERSON:Kanwar']);
  });
});

describe('entities: credits, camps, shoals and lists of villages', () => {
  it('reads a person after a lower-case title even before "a team of"', () => {
    expect(names('However, according to mayor Kabelo Mokoena, a team of engineers is in charge.')).toEqual(['PERSON:Kabelo Mokoena']);
  });
  it('skips photo credits, amounts and a weekday after a name', () => {
    expect(names('The governor spoke (Alistair Grant/PA). Fares rose by KES63. The Committee on Health Tuesday met.')).toEqual(['ORGANISATION:Committee on Health']);
  });
  it('reads camps, shoals, rivers and villages listed after "in"', () => {
    const e = names('Gunmen attacked the Zamzam displacement camp. Boats neared the Second Thomas Shoal. The River Tana burst its banks. Families in Windsor, Bulla Sheikh, Ziwani and Bakuyu fled.');
    expect(e).toEqual(expect.arrayContaining(['LOCATION:Zamzam camp', 'LOCATION:Second Thomas Shoal', 'LOCATION:River Tana', 'LOCATION:Bulla Sheikh', 'LOCATION:Ziwani']));
    expect(e.filter((x) => !x.startsWith('LOCATION:'))).toEqual([]);
  });
});

describe('entities: legislatures and people known by one name', () => {
  it('keeps a legislature’s own name', () => {
    expect(names('He addressed Congress and the House of Representatives.')).toEqual(['ORGANISATION:Congress', 'ORGANISATION:House of Representatives']);
  });
  it('reads one-word speakers who tell reporters, and victims of a killing, as people', () => {
    const e = names('“It was an error,” Okonjo told reporters in Abuja. It followed the killing of Nwankwo.');
    expect(e).toEqual(expect.arrayContaining(['PERSON:Okonjo', 'PERSON:Nwankwo']));
  });
});

describe('entities: regions with compass words, event acronyms and trophies', () => {
  it('keeps the compass word of a state and skips an event’s acronym and a trophy', () => {
    const e = names('El Fasher is the capital of North Darfur State. He gave his State of the Nation Address (SONA) after India won the Border-Gavaskar Trophy.');
    expect(e).toEqual(expect.arrayContaining(['LOCATION:North Darfur State']));
    expect(e.filter((x) => /SONA|Trophy/.test(x))).toEqual([]);
  });
  it('skips a common noun\u2019s initials and a currency prefix, but keeps a body\u2019s acronym', () => {
    expect(names('Integrated circuit (IC) designers rose and IC makers gained. MStar closed at NT$195 and the officer stole EC$142,761. The World Health Organization (WHO) said so.'))
      .toEqual(['ORGANISATION:World Health Organization']);
  });
});

describe('entities: "Title of <portfolio or body> Name"', () => {
  it('splits the title of a portfolio, a country or a body from the person, and keeps "Bank Indonesia" whole', () => {
    const e = names('Minister of Foreign Affairs Jane Roe met President of Kenya William Ruto and Director of Public Prosecutions Noordin Haji. Head of National Disaster Management Agency Suharyanto spoke. Governor of Bank Indonesia (BI) Perry Warjiyo agreed.');
    expect(e).toEqual(expect.arrayContaining(['PERSON:Jane Roe', 'PERSON:William Ruto', 'LOCATION:Kenya', 'PERSON:Noordin Haji', 'ORGANISATION:National Disaster Management Agency', 'PERSON:Suharyanto', 'PERSON:Perry Warjiyo']));
    expect(e.filter((x) => /Affairs Jane|of Kenya|Prosecutions Noordin|PERSON:Indonesia/.test(x))).toEqual([]);
  });
  it('names no one for a title with only its portfolio', () => {
    const lead = 'The meeting ran for three hours on Monday night and drew a large crowd of residents from across the district. ';
    expect(extractArticle({ text: `${lead}The Minister of Health said the clinics would open.`, publishedAt: '2024-01-01' }).entities).toEqual([]);
  });
});

describe('entities: abbreviated states and provinces, short titles, routes', () => {
  it('reads "Stockton, Calif." and "Moncton, N.B.", "Gov."/"FM" as titles, the country of a body before the name, and both ends of a road', () => {
    const e = names('The lake in Stockton, Calif., was closed. The City of Moncton, N.B., will house people. California Gov. Gavin Newsom and FM Lavrov spoke. Speaker of Parliament of Armenia Ara Babloyan met them. Residents complained about the road connecting Safut to Sweileh, which closed last month.');
    expect(e).toEqual(expect.arrayContaining(['LOCATION:California', 'LOCATION:New Brunswick', 'PERSON:Gavin Newsom', 'PERSON:Lavrov', 'ORGANISATION:Parliament of Armenia', 'PERSON:Ara Babloyan', 'LOCATION:Safut', 'LOCATION:Sweileh']));
    expect(e.filter((x) => /Calif$|Gov\.|FM |Babloyan"|Speaker/.test(x))).toEqual([]);
  });
  it('keeps people at both ends of a letter', () => {
    expect(names('A letter from John Smith to Jane Doe arrived.')).toEqual(['PERSON:John Smith', 'PERSON:Jane Doe']);
  });
});

describe('entities: a region named with its suffix', () => {
  it('reads "Khyber Pakhtunkhwa province" as the region, and "the Kursk region" apart from the city', () => {
    expect(names('Attacks rose in Khyber Pakhtunkhwa province and the Kursk region.')).toEqual(['LOCATION:Khyber Pakhtunkhwa', 'LOCATION:Kursk Region']);
  });
});

describe('entities: competitions and awards', () => {
  it('leaves competitions, awards and races out', () => {
    expect(names('The club won the CAF Champions League final and the African Football League title. Ohtani won the American League MVP. He ran the London Marathon.')).toEqual(['LOCATION:London']);
  });
});

describe('entities: national teams named by their staff and opponents', () => {
  it('reads a women\u2019s national team, a country\u2019s coach and an opponent in a sports story', () => {
    const e = names('Zimbabwe national women\u2019s cricket team coach Adam Chifo has admitted his side could have fared better in the ODI series against Ireland, which they lost 3-1 after the wickets fell early. The bowlers and batters struggled.');
    expect(e).toEqual(expect.arrayContaining(["ORGANISATION:Zimbabwe women's national cricket team", "ORGANISATION:Ireland women's national cricket team"]));
    expect(e).not.toContain('LOCATION:Ireland');
  });
  it('leaves a country outside a sports story a place', () => {
    expect(names('The ministers signed a trade deal against the wishes of Ireland.')).toEqual(['LOCATION:Ireland']);
  });
});

describe('entities: airports, compass-named regions, national teams and units', () => {
  it('reads airports as places and keeps the compass word of a known place', () => {
    expect(names('Flights left Ngurah Rai International Airport for the island. Most deaths were in North Lombok and East Java.'))
      .toEqual(['LOCATION:Ngurah Rai International Airport', 'LOCATION:North Lombok', 'LOCATION:East Java']);
  });
  it('never makes a country a football club, and skips tournament acronyms, units and diseases', () => {
    const e = names('Nigeria coach Jose Peseiro praised his side after Nigeria beat Cameroon 2-0 at AFCON 2023. The 300 MW plant cost Rs 20 crore. Ebola spread.');
    expect(e.filter((x) => /FC|AFCON|MW|Rs|Ebola/.test(x))).toEqual([]);
    expect(e).toEqual(expect.arrayContaining(['LOCATION:Nigeria', 'PERSON:Jose Peseiro']));
  });
});

describe('entities: plural possessives inside names', () => {
  it('keeps "Users’ Association" and "Workers’ Party" whole', () => {
    const e = extractArticle({ text: 'The Public Transport Users\' Association called the cuts a disgrace. The Workers’ Party said it would vote against them.', publishedAt: '2025-01-10' })
      .entities.map((x) => x.name);
    expect(e).toEqual(['Public Transport Users\' Association', 'Workers’ Party']);
  });
});

describe('entities: name particles, ages, parties and role nouns before names', () => {
  it('reads "von der", an age in apposition, a party before its candidate and a capitalised role noun', () => {
    const e = names('Commission President Ursula von der Leyen spoke. Hermoso, 33, said she would strike. Second was a Kuomintang candidate. Resident Dianne Dickinson said the shop mattered.');
    expect(e).toEqual(expect.arrayContaining(['PERSON:Ursula von der Leyen', 'PERSON:Hermoso', 'ORGANISATION:Kuomintang', 'PERSON:Dianne Dickinson']));
    expect(e.filter((x) => /Leyen|Resident/.test(x) && !x.includes('Ursula von der Leyen'))).toEqual([]);
  });
});

describe('entities: East Asian names, kinship and wadis', () => {
  it('reads hyphenated given names, a name after a kinship word and a wadi', () => {
    expect(names('The leader of the ruling party, Han Dong-hoon, said it was wrong. She was there when her daughter Neve started school. Floods swept through Wadi Derna.'))
      .toEqual(['PERSON:Han Dong-hoon', 'PERSON:Neve', 'LOCATION:Wadi Derna']);
  });
});
