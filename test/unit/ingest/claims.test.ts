import { extractArticle } from '../../../src/ingest/extract.js';

function claims(text: string, publishedAt = '2024-06-12'): Array<{ speaker: string | null; cue: string; saidOn: string | null; quote: string | null; via: string | null; mention: string | null }> {
  return extractArticle({ text, publishedAt }).claims.map((c) => ({
    speaker: c.speaker?.name ?? null, cue: c.cue, saidOn: c.saidOn, quote: c.quote, via: c.via?.name ?? null, mention: c.speakerMention,
  }));
}

describe('claims', () => {
  it('handles X said, quote-first and inverted forms', () => {
    const c = claims('Mayor Tom Hale said the bridge would reopen.\n\n“It is safe,” Hale said.\n\n“We agree,” said Anna Lind, a local engineer.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Tom Hale', 'said'], ['Tom Hale', 'said'], ['Anna Lind', 'said']]);
    expect(c[1]?.quote).toBe('It is safe');
  });
  it('handles according to, told and accused of', () => {
    const c = claims('According to the Weather Bureau, rain is due. Peter Novak told reporters that he would resign. The union accused Atlas Motors of lying.');
    expect(c.map((x) => x.speaker)).toEqual(['Weather Bureau', 'Peter Novak', null].slice(0, 2).concat(c.slice(2).map((x) => x.speaker)));
    expect(c.map((x) => x.cue)).toContain('accused');
  });
  it('gives unnamed sources a null speaker and keeps the mention', () => {
    const c = claims('A senior official said the deal was close. Analysts predicted a rise.');
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([[null, 'A senior official'], [null, 'Analysts']]);
  });
  it('takes a titled person before "from <organisation>" as the speaker, dated by the next statement', () => {
    const c = claims('An expert on coral bleaching, Professor Terry Hughes from James Cook University, said he believed the survey data indicates a sixth event.\n\n"The footprint is similar to 2017," he said in a tweet yesterday.', '2022-03-19');
    expect(c.map((x) => [x.speaker, x.saidOn])).toEqual([['Terry Hughes', '2022-03-18'], ['Terry Hughes', '2022-03-18']]);
  });
  it('does not take figures that "indicate" something for a speaker', () => {
    expect(claims('The latest survey data indicates that a sixth event is occurring.')).toEqual([]);
    expect(claims('Finance Minister Ana Ruiz indicated that rates would rise.').map((x) => x.speaker)).toEqual(['Ana Ruiz']);
  });
  it('reads "this senior official" as the person just quoted, and "a senior official" as unnamed', () => {
    const c = claims('Foreign Minister Yvan Gil said on Wednesday that the talks would continue next month. This senior official also indicated that the government would not attend.');
    expect(c.slice(0, 2).map((x) => [x.speaker, x.mention])).toEqual([['Yvan Gil', 'Foreign Minister Yvan Gil'], ['Yvan Gil', 'This senior official']]);
    expect(claims('Foreign Minister Yvan Gil spoke on Wednesday. A senior official said the talks would fail.').map((x) => x.speaker)).toEqual([null]);
  });
  it("reads 'the <organisation> CEO' as that body's chief named earlier, and its spokesman as unnamed", () => {
    const c = claims("The company's Chief Executive Bob Collymore announced his return. The Safaricom CEO said the firm would thrive. The Oxfam spokesman said camps were full. Boeing CEO Kelly Ortberg said sales fell.");
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([
      ['Bob Collymore', "The company's Chief Executive Bob Collymore"], ['Bob Collymore', 'The Safaricom CEO'], [null, 'The Oxfam spokesman'], ['Kelly Ortberg', 'Boeing CEO Kelly Ortberg'],
    ]);
    expect(extractArticle({ text: 'The Safaricom CEO said the firm would thrive.', publishedAt: '2024-06-12' }).entities.map((e) => e.name)).not.toContain('Safaricom CEO');
  });
  it('reads a plural common noun as an unnamed group and an unclosed role appositive as its person', () => {
    expect(claims('Unions have warned the decision will be devastating.').map((x) => [x.speaker, x.mention])).toEqual([[null, 'Unions']]);
    expect(claims('Alun Davies, national officer at the Community union said on Saturday that members were hurting.').map((x) => x.speaker)).toEqual(['Alun Davies']);
  });
  it('reads a leading date without its comma as the day of the statement, not part of the speaker', () => {
    expect(claims('On March 2 Russia said it had lost nearly 500 soldiers.', '2022-03-12').map((x) => [x.speaker, x.mention, x.saidOn])).toEqual([['Government of Russia', 'Russia', '2022-03-02']]);
    expect(claims('On 5 May Health Minister Ana Ruiz said cases rose.', '2022-05-12').map((x) => [x.speaker, x.saidOn])).toEqual([['Ana Ruiz', '2022-05-05']]);
  });
  it('does not give an office to a speaker who holds another one', () => {
    const c = claims('Presidential adviser Mykhailo Podolyak said talks would go on. Strikes destroyed the airport in Vasylkiv on Saturday, the mayor said.');
    expect(c.map((x) => x.mention)).toEqual(['Presidential adviser Mykhailo Podolyak', 'the mayor']);
    // the mayor is kept by the words that name the role
    expect(c.map((x) => x.speaker)).toEqual(['Mykhailo Podolyak', 'the mayor']);
  });
  it('reads adverbs, bracketed acronyms, bare relative clauses and named reports around the speaker', () => {
    expect(claims('The GHS recently announced that cases are surging again.').map((x) => x.speaker)).toEqual(['GHS']);
    expect(claims('The Office for National Statistics (ONS), the body that counts prices, said they rose.').map((x) => x.speaker)).toEqual(['Office for National Statistics']);
    expect(claims('Bob Collymore returned. Collymore who has been on leave since October said that he was better.').map((x) => x.speaker)).toEqual(['Bob Collymore']);
    expect(claims('So far there has been no death, but a Joy News report says hospitals are filling up.').map((x) => x.speaker)).toEqual(['Joy News']);
  });
  it('attributes a single-quoted quotation to the speaker after it', () => {
    const c = claims("Prime Minister Rishi Sunak spoke in London. 'We know things are tough, but the plan is working,' he said.");
    expect(c.map((x) => [x.speaker, x.quote])).toEqual([['Rishi Sunak', 'We know things are tough, but the plan is working']]);
    expect(claims("The players' union said the deal was fair.").map((x) => x.mention)).toEqual(["The players' union"]);
  });
  it('reads capitalised plurals of ordinary nouns as unnamed groups', () => {
    expect(claims('Authorities said it was triggered by heavy rains. Authorities said 15 homes were buried.').map((x) => x.speaker)).toEqual([null, null]);
    expect(claims('The Sudanese Doctors Syndicate said 190 people died.').map((x) => x.speaker)).toEqual(['Sudanese Doctors Syndicate']);
  });
  it('skips dates and companions set off by commas between the speaker and the verb', () => {
    expect(claims('The High Court, on Wednesday, January 24, convicted six of the coup plotters of treason.').map((x) => x.speaker)).toEqual(['High Court']);
    expect(claims('Hermoso, 33, along with 80 other Spain players, including the entire squad, said they would strike.').map((x) => x.speaker)).toEqual(['Hermoso']);
    // an appositive role stays the speaker when no name comes before it
    expect(claims('The timing of the report by Hindenburg Research, the CFO, in his statement, said, was malicious.').map((x) => x.speaker)).not.toContain('Hindenburg Research');
  });
  it('reads reminders with a clause, not "added X to Y", and a name before its capitalised title and body', () => {
    const c = claims('Natural Resources Minister Vickram Bharrat spoke on Monday. However, he reminded the public that those were the same persons who took away the grant, added VAT to water and closed the estates.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Vickram Bharrat', 'reminded']]);
    expect(claims('Matthew Azoji, Managing Director/CEO, Neimeth International Pharmaceuticals Plc said this was achieved through prudent management.').map((x) => x.speaker)).toEqual(['Matthew Azoji']);
    expect(extractArticle({ text: 'Natural Resources Minister Vickram Bharrat spoke. “Mr Speaker, we are doing that!” he affirmed. The road on Dennis Osadebay Way was shut.', publishedAt: '2025-01-28' }).entities.map((e) => `${e.type}:${e.name}`))
      .toEqual(expect.arrayContaining(['PERSON:Vickram Bharrat', 'LOCATION:Dennis Osadebay Way']));
  });
  it('takes the person after a body and title, and an unnamed homeowner, as speakers', () => {
    expect(claims('GM spokesman Dan Flores would not answer questions about Trump but said the investment had been in the works for weeks.').map((x) => x.speaker)).toEqual(['Dan Flores']);
    expect(claims('Everyone evacuated the home safely, the homeowner said.').map((x) => [x.speaker, x.mention])).toEqual([[null, 'the homeowner']]);
  });
  it('reads welcomes and court rulings with their objects, and a description glossed by an acronym as that body', () => {
    const c = claims('The Minister of Education Ramesh Pokhriyal Nishank has welcomed the decision. The team was welcomed by fans. Staff at the store were told of the closure.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Ramesh Pokhriyal Nishank', 'has welcomed']]);
    const i = claims('Militants attacked the post near the border on Saturday, the army’s communication service (ISPR) said in a statement.');
    expect(i.map((x) => x.speaker)).toEqual(['ISPR']);
    expect(claims('The appeals court upheld the ban on Friday.').map((x) => x.cue)).toEqual(['upheld']);
  });
  it('never takes a bare determiner for the speaker of a participle clause', () => {
    const c = claims('The rebels, known as the movement, are led by soldiers who rose up in April, accusing the government of failing to respect a peace deal.');
    expect(c.map((x) => x.speaker)).not.toContain('The');
    expect(extractArticle({ text: 'The rebels, led by soldiers, rose up, accusing the government of lying.', publishedAt: '2024-06-12' }).entities.map((e) => e.name)).not.toContain('The');
  });
  it('records relays as via', () => {
    const c = claims('The Daily Planet reported that Finance Minister Maria Okafor condemned the plan.');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ speaker: 'Maria Okafor', via: 'Daily Planet' });
  });
  it('makes one claim per speaker of a shared accusation', () => {
    const c = claims('Anna Lind and Peter Novak have accused the board of fraud.');
    expect(c.map((x) => x.speaker)).toEqual(['Anna Lind', 'Peter Novak']);
  });
  it('resolves saidOn from the attribution and metonymy to governments', () => {
    const c = claims('On Monday, Nairobi announced that schools would close on Friday.');
    expect(c[0]).toMatchObject({ speaker: 'Government of Kenya', saidOn: '2024-06-10' });
  });
  it('ignores the outlet narration', () => {
    expect(claims('The storm destroyed dozens of homes across the region.')).toEqual([]);
  });
});

describe('claims (more forms)', () => {
  it('handles "was quoted by X as saying" as via', () => {
    const c = claims('The ministry’s spokesman, Igor Petrov, was quoted by Interfax as saying the dam held.');
    expect(c[0]).toMatchObject({ speaker: 'Igor Petrov', via: 'Interfax' });
  });
  it('handles a mid-sentence inverted attribution', () => {
    const c = claims('The situation, said regional governor Oleh Marchenko, remains difficult.');
    expect(c[0]?.speaker).toBe('Oleh Marchenko');
  });
  it('handles an outlet that cites its own sources', () => {
    const x = extractArticle({ text: 'The Daily Planet, citing two officials, reported that talks had stalled.', publishedAt: '2024-06-12' });
    expect(x.claims[0]?.speaker?.name).toBe('Daily Planet');
    expect(x.claims[0]?.citing).toBe('two officials');
  });
  it('drops the outlet’s own narration', () => {
    const x = extractArticle({ text: 'The mayor resigned on Monday, Town News reports.', source: 'Town News', publishedAt: '2024-06-12' });
    expect(x.claims).toEqual([]);
  });
});

describe('claims (participles, passives, relays)', () => {
  it('lets a speech participle after a non-speech verb carry the claim', () => {
    const c = claims('Mayor Tom Hale later defended the budget, saying it was fair.');
    expect(c[0]).toMatchObject({ speaker: 'Tom Hale', cue: 'defended ... saying' });
  });
  it('reads a passive with its agent', () => {
    const c = claims('The closure was announced by Atlas Motors on Monday, ending decades of production.');
    expect(c[0]).toMatchObject({ speaker: 'Atlas Motors', cue: 'announced', saidOn: '2024-06-10' });
  });
  it('turns "X said …, according to Y" into X via Y', () => {
    const c = claims('Atlas Motors said output had doubled, according to the Daily Planet.');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ speaker: 'Atlas Motors', via: 'Daily Planet' });
  });
  it('reads "a statement from X" as X speaking', () => {
    const c = claims('The Helix Group opened a plant. According to a statement from the group, it will hire 500 people.');
    expect(c[0]?.speaker).toBe('Helix Group');
  });
  it('reads the issuer of a statement or report named with a tail, and the statement again', () => {
    const lead = 'Ministers met in Sapporo for two days of talks on climate, energy and the environment, and the meeting ended with a long communique on plastics. ';
    const c = claims(`${lead}A statement released by the Group of Seven members following talks in northern Japan said, "We are committed to end plastic pollution." The statement added that the phase-out will be achieved by recycling. Prices rose, according to the October 2023 Consumer Price Index (CPI) and Inflation Report released by the National Bureau of Statistics (NBS) on Wednesday.`);
    expect(c.map((x) => x.speaker)).toEqual(['Group of Seven', 'Group of Seven', 'National Bureau of Statistics']);
    const named = claims(`${lead}A statement from the bank's chief executive John Smith said profits rose.`);
    expect(named.map((x) => x.speaker)).toEqual(['John Smith']);
  });
  it('reads "he" for a Korean name whose family name comes first, and unnamed groups after adverbs', () => {
    const lead = 'The match at the national stadium drew a crowd of forty thousand fans on a warm evening, and the home side won comfortably in the end. ';
    expect(claims(`${lead}National head coach Kim Pan Gon (pix) is pleased. He said the team was strong.`).map((x) => [x.speaker, x.mention])).toEqual([['Kim Pan Gon', 'He']]);
    expect(claims(`${lead}Ms Kim Clijsters is pleased. He said the team was strong.`).map((x) => x.speaker)).not.toContain('Kim Clijsters');
    const groups = claims(`${lead}Activists have since called for protests. A number of councillors called for a meeting. Hundreds of residents said the water was dirty.`);
    expect(groups.map((x) => [x.speaker, x.mention])).toEqual([[null, 'Activists'], [null, 'A number of councillors'], [null, 'Hundreds of residents']]);
  });
  it('reads a court officer\u2019s title, "added that … to the", and "saying" without its comma', () => {
    const lead = 'The court will deliver its ruling in the presidential case on Monday at the district registry of the High Court in the capital. ';
    const c = claims(`${lead}High Court Registrar Agnes Patemba has confirmed it. She added that access to the court premises will be restricted. Patemba, the High Court Registrar, also repeated the call today saying the judgment will favour either side.`);
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Agnes Patemba', 'has confirmed'], ['Agnes Patemba', 'added'], ['Agnes Patemba', 'repeated ... saying']]);
    expect(claims(`${lead}Agnes Patemba denied saying the judgment will favour either side.`).map((x) => x.cue)).toEqual(['denied']);
    expect(claims(`${lead}Ironically, the health department observed Dengue Day, on May 16, and the clinic was closed saying nothing.`)).toEqual([]);
  });
  it('reads "as per X", the authorities in a country, and a body\u2019s figures', () => {
    const lead = 'The ministry published its weekly figures on Friday after a long week of heavy rain across the north of the country and its islands. ';
    const c = claims(`${lead}As per the Ministry of Health, 12 people died. The probe comes as the authorities in Gambia said nearly 70 children died. The PNP-NOC figures added that 794 police were deployed.`);
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Ministry of Health', 'As per'], ['Government of Gambia', 'said'], ['PNP-NOC', 'added']]);
    expect(claims(`${lead}The price is as per the contract.`)).toEqual([]);
  });
  it('reads "In his words", unnamed filings, news on a body\u2019s website and an open title', () => {
    const lead = 'The meeting ran for three hours on Monday night and drew a large crowd of residents from across the district and beyond. John Smith spoke. ';
    const c = claims(`${lead}In his words, the cooperation is a priority. Moore paid herself from township funds, according to the complaint. According to news published on China's Ministry of Commerce website, exports rose. For his part, Epimack Mbeteni, Vodacom M-Pesa Director in Tanzania mentioned statistics showing trade rose. Mwansambo Charles therefore asked travellers to exercise caution.`);
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([['John Smith', 'he'], [null, 'the complaint'], ['Chinese Ministry of Commerce', "news published on China's Ministry of Commerce website"], ['Epimack Mbeteni', 'Epimack Mbeteni'], ['Mwansambo Charles', 'Mwansambo Charles']]);
    expect(claims(`${lead}Ankara is cooperating with Moscow, Turkish Foreign Minister Mevlut Cavusoglu said.`).map((x) => x.speaker)).toEqual(['Mevlut Cavusoglu']);
  });
  it('reads "Chairman and CEO" as one title, not two speakers', () => {
    const lead = 'A new plant opened on Monday that will employ two thousand people within three years of opening in the city. ';
    expect(claims(`${lead}"We are excited," GM Chairman and CEO Mary Barra said.`).map((x) => x.speaker)).toEqual(['Mary Barra']);
  });
  it('reads "his agent X" as X and an unknown publisher before its report', () => {
    const lead = 'The meeting ran for three hours on Monday night and drew a large crowd of residents from across the district and beyond. ';
    const c = claims(`${lead}According to his agent Nez Balelo, the deal is worth US$700 million. According to a Nikkei Asia report, last July, the airline posted a net loss.`);
    expect(c.map((x) => x.speaker)).toEqual(['Nez Balelo', 'Nikkei Asia']);
    expect(extractArticle({ text: `${lead}The deal is worth US$700 million.`, publishedAt: '2024-01-01' }).entities).toEqual([]);
  });
  it('inverts only verbs of saying: "…, criticized the union leader" takes an object, not a speaker', () => {
    const lead = 'GM announced a new plant on Monday, days after its chief executive Mary Barra met the president at the White House. ';
    const c = claims(`${lead}During the weekend, Trump demanded that GM reopen the plant, criticized the local union leader and expressed frustration with Barra. "We are pleased," said Barra.`);
    expect(c.map((x) => x.speaker)).not.toContain(null);
    expect(c.filter((x) => x.speaker === 'Mary Barra').map((x) => x.cue)).toEqual(['said']);
  });
  it('reads a name in apposition to a title as a person, and "the Federal Government" as the home government', () => {
    const text = 'The Minister of State for Education, Emeka Nwajiuba, said schools in Nigeria would stay shut. Nigeria has 36 states. He said the Federal Government is making plans.';
    const x = extractArticle({ text, publishedAt: '2020-07-01' });
    expect(x.claims.map((c) => [c.speaker?.name, c.speakerMention])).toEqual([['Emeka Nwajiuba', 'Emeka Nwajiuba'], ['Emeka Nwajiuba', 'He']]);
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual(expect.arrayContaining(['PERSON:Emeka Nwajiuba', 'ORGANISATION:Government of Nigeria']));
    expect(x.entities.map((e) => e.name)).not.toContain('Federal Government');
  });
  it('reads "Name, Manager at Place said" as the person, who is "she" after', () => {
    const lead = 'The ban came into effect on January 1 across the islands, and shops have begun charging for bags at the tills. ';
    const c = claims(`${lead}Keva Gottlieb, Manager at The Sports Centre in the Harbour Bay Shopping Plaza said customers have complained.\n\n“It is confusing,” she admitted.`);
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([['Keva Gottlieb', 'Keva Gottlieb'], ['Keva Gottlieb', 'she']]);
  });
  it('reads "“…” Remarked Mulinge." but not a name that starts with "Said"', () => {
    const lead = 'MTN Uganda reported strong half-year results on Friday, with revenue up and profit rising across its main units. Sylvia Mulinge, the CEO of MTN Uganda, spoke to reporters.\n\n';
    const c = claims(`${lead}“Our focus on our customers has been a driving force.” Remarked Mulinge.\n\nSaid Pasha told reporters the deal was done.`);
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['MTN Uganda', 'reported'], ['Sylvia Mulinge', 'Remarked'], ['Said Pasha', 'told']]);
  });
  it('keeps a titled person out of the body named after "and"', () => {
    const lead = 'Inflation is expected to fall in December as energy prices fall back from their highs. Robert Wood, an economist at Pantheon, spoke to us. ';
    const c = claims(`${lead}Mr Wood and Oxford Economics’ Edward Allenby both said the Bank of England is likely to cut rates.`);
    expect(c.map((x) => x.speaker)).toEqual(['Robert Wood', 'Edward Allenby']);
  });
  it('reads ", who is X\u2019s lawyer told" without its closing comma, a lament, and a highlighted operation', () => {
    const lead = 'The court sat for three hours on Monday and heard the appeal of two activists convicted last month in the capital. ';
    const c = claims(`${lead}Ajak Mayol, who is Kerbino’s defense lawyer told Eye Radio that they submitted their appeal. “The court will have to review the procedures,” he said. “So, I’m wondering,” he lamented. Police spokesman Tom Tuaño highlighted a five-day joint operation in the hills. The minister called out the opposition for their lofty promises and claims of how they would manage.`);
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Ajak Mayol', 'told'], ['Ajak Mayol', 'said'], ['Ajak Mayol', 'lamented'], ['Tom Tuaño', 'highlighted']]);
  });
  it('reads a lead\u2019s "a disaster official said" as the official named in the paragraphs after', () => {
    const text = 'Landslides and flooding have killed at least 31 people as heavy rain lashed the southern Philippines, a disaster official said.\nTorrential rain unleashed flash floods overnight in rural communities around the city.\nMany residents were surprised by the rising water, Naguib Sinarimbo, civil defence chief for the regional government, said on Friday.';
    expect(claims(text, '2022-10-28').map((x) => x.speaker)).toEqual(['Naguib Sinarimbo', 'Naguib Sinarimbo']);
    const unnamed = 'Landslides and flooding have killed at least 31 people as heavy rain lashed the southern Philippines, a disaster official said.\nTorrential rain unleashed flash floods overnight in rural communities around the city.\nMany residents were surprised by the rising water, Naguib Sinarimbo said on Friday.';
    expect(claims(unnamed, '2022-10-28').map((x) => x.speaker)).toEqual([null, 'Naguib Sinarimbo']);
  });
  it('reads unnamed groups with a participle or a place after them, and a bare title that conveyed a message', () => {
    const lead = 'The ministers met in the capital on Tuesday for talks on trade, water and power, and the meeting ran late into the night. ';
    const groups = claims(`${lead}Since July 3, people living near the manmade lake reported seeing dead fish. Representatives from the city of Stockton say they have no jurisdiction.`);
    expect(groups.map((x) => [x.speaker, x.mention])).toEqual([[null, 'people living near the manmade lake'], [null, 'Representatives from the city of Stockton']]);
    const conveyed = claims(`${lead}Foreign Secretary Harsh Vardhan Shringla met Ambassador Nilamber Acharya. Foreign Secretary conveyed that India was looking forward to the visit. The pipes conveyed water to the town.`);
    expect(conveyed.map((x) => [x.speaker, x.cue])).toEqual([['Harsh Vardhan Shringla', 'conveyed']]);
  });
  it('reads a municipality as a body, and "the municipality" as that body', () => {
    const lead = 'The road between the two towns will stay closed for months while work on the bus lanes continues through the spring. ';
    expect(claims(`${lead}The Greater Amman Municipality (GAM) closed the road in January. The municipality noted that it has received positive feedback.`).map((x) => [x.speaker, x.mention]))
      .toEqual([['Greater Amman Municipality', 'The municipality']]);
  });
  it('reads a name with ", Jr.", a role after a name with no comma, "described how" and "commented:"', () => {
    const lead = 'Inflation this year could be lower than expected as risks remain tilted towards the downside, the central bank said on Monday. ';
    const c = claims(`${lead}“We see chances that inflation will be lower,” Deputy Governor Francisco G. Dakila, Jr. said in an online forum. Witnesses described how insurgents swept into villages. Agus Wibowo spokesperson for the disaster management agency BNPB said the deaths included eight people. Coach Jamie Joseph commented: “It was a physical game.” The comments on the post were removed.`);
    expect(c.slice(1).map((x) => [x.speaker, x.cue])).toEqual([['Francisco G. Dakila', 'said'], [null, 'described'], ['Agus Wibowo', 'said'], ['Jamie Joseph', 'commented']]);
  });
  it('keeps "prosecutors said" an unnamed group, never a body called "prosecutors"', () => {
    const lead = 'Twenty-five people were arrested over the ambush that killed 13 police officers in central Mexico last week. ';
    const x = extractArticle({ text: `${lead}An arrest warrant was already granted for three of them, prosecutors said.`, publishedAt: '2021-03-24' });
    expect(x.claims.map((c) => [c.speaker, c.speakerMention])).toEqual([[null, 'prosecutors']]);
  });
  it('never makes a sentence adverb a speaker', () => {
    const c = claims('The minister spoke in the National Assembly on Tuesday about the oil sector and the plans of the opposition for it.\n\nHowever, a repeated test of the samples, were confirmed negative. However, he reminded the public that those were the same people.');
    expect(c.map((x) => x.speaker)).not.toContain('However');
  });
  it('keeps "said A, but said B" as two statements', () => {
    const lead = 'The central bank held its rate at 5.5 percent on Wednesday, as expected by most of the economists polled before the meeting. ';
    const c = extractArticle({ text: `${lead}Governor Adrian Orr said it expected inflation to decline, but said core pressures were still high.`, publishedAt: '2023-05-24' }).claims;
    expect(c.map((x) => [x.speaker?.name, x.content])).toEqual([['Adrian Orr', 'it expected inflation to decline'], ['Adrian Orr', 'core pressures were still high.']]);
    expect(claims(`${lead}Orr said inflation would fall, saying it had peaked.`)).toHaveLength(1);
  });
  it('reads "The statement added" as the one who issued the statement, past another speaker', () => {
    const lead = 'Ministers met in Sapporo for two days of talks on climate, energy and the environment, and the meeting ended with a long communique on plastics. ';
    const c = claims(`${lead}A statement released by the Group of Seven said, "We are committed." German Environment Minister Steffi Lemke said it is an ambitious goal. The statement added that the phase-out will be achieved by recycling.`);
    expect(c.map((x) => x.speaker)).toEqual(['Group of Seven', 'Steffi Lemke', 'Group of Seven']);
  });
  it('reads "he" for the only person near when an English name lexicon calls the given name female', () => {
    const lead = 'The army foiled a suicide car bomb attack on a military base in central Somalia on Sunday, with several soldiers hurt in the fighting. ';
    const c = claims(`${lead}According to Farah Abdi Moalim, the district commissioner, the forces defeated militants.\n\n“The army inflicted heavy casualties,” Moalim said.\n\nHe stated that the forces had received intelligence about the plan.`);
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([['Farah Abdi Moalim', 'Farah Abdi Moalim'], ['Farah Abdi Moalim', 'Moalim'], ['Farah Abdi Moalim', 'He']]);
    expect(claims(`${lead}Ms Farah Moalim spoke first. He said the army had won.`).map((x) => x.speaker)).not.toContain('Farah Moalim');
  });
  it('reads a demonym with modifiers as the last person', () => {
    const lead = 'The final at Flushing Meadows ended late on Saturday night after three hours of tennis in front of a packed crowd of fans. ';
    const c = claims(`${lead}Coco Gauff said she was tired. The prodigiously talented American, who must now wait for a first major crown, added: "I feel like today I would say no."`);
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([['Coco Gauff', 'Coco Gauff'], ['Coco Gauff', 'The prodigiously talented American']]);
  });
  it('skips non-comments and non-speech uses of cue words', () => {
    expect(claims('Mayor Tom Hale did not say whether he would run.')).toEqual([]);
    expect(claims('The regulator added twelve firms to its blacklist.')).toEqual([]);
  });
  it('keeps generic and plural sources unnamed', () => {
    const c = claims('Police say the suspect fled. Seismologists have warned of more quakes. Residents said the water rose. They said no warning came.');
    expect(c.map((x) => x.speaker)).toEqual([null, null, null, null]);
  });
  it('dates the story from a dated dateline', () => {
    const x = extractArticle({ text: 'LIMA, June 11 (Reuters) - Peru said talks failed.\n\nMayor Tom Hale said he was surprised.', publishedAt: '2024-06-12' });
    expect(x.claims.map((c) => [c.saidOn, c.saidOnBasis])).toEqual([['2024-06-11', 'dateline'], ['2024-06-11', 'implied']]);
  });
  it('reads the object of "told" as part of the attribution for the date', () => {
    expect(claims('Tom Hale told reporters on Sunday the deal was done.')[0]?.saidOn).toBe('2024-06-09');
    expect(claims('Tom Hale told reporters the vote on Sunday was rigged.')[0]?.saidOn).toBeNull();
  });
});

describe('claims (subjects that need reading past their words)', () => {
  it('does not take a dateline city for the subject of a coordinated cue', () => {
    const c = claims('OSLO, March 3 (Nordic Wire) – The Norges Bank held its key rate at 4% and signalled that cuts were a year away.', '2025-03-03');
    expect(c[0]).toMatchObject({ speaker: 'Norges Bank', saidOn: '2025-03-03' });
  });
  it('gives a coordinated second cue the first cue’s subject after a participle opener', () => {
    const c = claims('Speaking at the final reading on Friday, Transport Minister Elena Varga said fares would freeze and denied that routes would close.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([
      ['Elena Varga', 'Speaking at the final reading on Friday, ... said'], ['Elena Varga', 'denied'],
    ]);
  });
  it('reads a cue in a relative clause as the antecedent’s claim', () => {
    const c = claims('Marco Bellini ran the fund. Bellini, who denied all wrongdoing, told the court that the losses were hidden from him.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Marco Bellini', 'denied'], ['Marco Bellini', 'told']]);
  });
  it('prefers the name in an appositive to the description before it', () => {
    const c = claims('Norway’s largest fishing union, the NFU, warned that its boats would stay in port.');
    expect(c[0]?.speaker).toBe('NFU');
  });
  it('names the organisation written before its kind', () => {
    const c = claims('The Socialist Party abstained. The far-right Zorya party, which voted against the bill, accused the government of cowardice.');
    expect(c[0]?.speaker).toBe('Zorya');
  });
  it('resolves "their union" to the one union the article names', () => {
    const c = claims('About 900 dockers walked out, their union said.\n\nThe Harbour Workers Union (HWU) said the talks had collapsed.');
    expect(c.map((x) => x.speaker)).toEqual(['Harbour Workers Union', 'Harbour Workers Union']);
  });
  it('keeps a sentence-initial plural common noun an unnamed source', () => {
    const c = claims('Shippers warned that the stoppage could cost millions a day.');
    expect(c[0]).toMatchObject({ speaker: null, mention: 'Shippers' });
  });
});

describe('claims (real-news edges)', () => {
  it('keeps the outer source for figures or an unnamed group inside its attribution', () => {
    const a = claims('According to the Acting Director General for Health Dr Jane Okello, Kisumu County reported 31 cases.');
    expect(a.map((x) => x.speaker)).toEqual(['Jane Okello']);
    const b = claims('Two of the 12 members of the board argued for a cut, the Harbour Times reported, citing two sources.');
    expect(b.map((x) => x.speaker)).toEqual(['Harbour Times']);
  });
  it('reads dismissed, slammed and implored as cues, but not a dismissed employee', () => {
    const c = claims('The Electoral Commission (ECZ) has dismissed the result posted online. The commission implored voters to stay calm. The union slammed the plan as reckless. The firm dismissed two managers.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([
      ['Electoral Commission', 'has dismissed'], ['Electoral Commission', 'implored'], ['The union', 'slammed'],
    ]);
  });
  it('does not take a cue inside someone’s quote for a claim of its own', () => {
    const c = claims('“The Ministry has confirmed an outbreak in six counties,” Dr Jane Okello said.');
    expect(c.map((x) => x.speaker)).toEqual(['Jane Okello']);
  });
});

describe('claims (court reports and metonymy)', () => {
  it('reads "The court heard" as an unnamed source and "what Washington called" as the government', () => {
    const c = claims('The court heard that he had been warned twice. The strikes followed what Washington called a "coordinated attack".');
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([[null, 'The court heard'], ['Government of United States', 'Washington']]);
  });
  it('peels nested subordinate clauses off a subject', () => {
    const c = claims('Hours after Tom Hale’s press conference in Leeds where he claimed the job was his, the board met.');
    expect(c[0]?.speaker).toBe('Tom Hale');
  });
});

describe('claims (absolute constructions, titles and relative subjects)', () => {
  it('reads "with X saying" as X’s claim', () => {
    const c = claims('The country has courted chipmakers, with the minister Ana Ruiz saying talks were advanced. The league stayed silent, with a spokesperson saying it would not comment.');
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([['Ana Ruiz', 'the minister Ana Ruiz'], [null, 'a spokesperson']]);
  });
  it('takes the name after an inverted title', () => {
    const c = claims('Residents are safe but must stay indoors, says Permanent Secretary for Foreign Affairs, Peter Walsh.');
    expect(c[0]?.speaker).toBe('Peter Walsh');
  });
  it('reads past a relative "that" clause in the subject', () => {
    const c = claims('The Student Union that led the protests has earlier said that the dean agreed to resign.');
    expect(c[0]?.speaker).toBe('Student Union');
  });
  it('keeps an unnamed officer’s chain for the next "he said"', () => {
    const c = claims('The minister, Peter Walsh, said all was calm. A security officer in the capital, who spoke on condition of anonymity, said knives were everywhere.\n\n“It is tense,” he said.');
    expect(c.map((x) => x.speaker)).toEqual(['Peter Walsh', null, null]);
  });
  it('does not make a claim of "what she said was" inside another cue’s object', () => {
    const c = claims('In a post on X, President Vjosa Osmani condemned what she said was a terrorist attack.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Vjosa Osmani', 'condemned']]);
  });
});

describe('claims (coordinated subjects and teasers)', () => {
  it('splits "X and other Ys in Z" into the named speaker and an unnamed group', () => {
    const c = claims('Opposition leader Omar Haidari and other parliamentarians in the National Assembly demanded changes.');
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([
      ['Omar Haidari', 'Opposition leader Omar Haidari and other parliamentarians in the National Assembly'],
      [null, 'other parliamentarians in the National Assembly'],
    ]);
  });
  it('gives a second coordinated cue the subject of the cue before it', () => {
    const c = claims('Rina Kovac advised the coach to go while Omar Haidari demanded changes and described the defeat as shameful.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Rina Kovac', 'advised'], ['Omar Haidari', 'demanded'], ['Omar Haidari', 'described']]);
  });
  it('drops a teaser cut off mid-sentence that a later claim repeats in full', () => {
    const c = claims('Board chairman Omar Haidari in a statement said that while he was\n\nBoard chairman Omar Haidari in a statement said that while he was disappointed, nobody would be sacked.');
    expect(c).toHaveLength(1);
  });
});

describe('claims (more reporting verbs and adverbials)', () => {
  it('reads indicated, highlighted that, praised, asked … to and "as reported by"', () => {
    const c = claims('Governor Ana Ruiz indicated inflation will ease. The governor however highlighted that wages must slow. Coach Tom Hale praised the young players. The Red Cross has asked residents to move to higher ground. Ten died, as reported by the Sudanese army.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([
      ['Ana Ruiz', 'indicated'], ['Ana Ruiz', 'highlighted'], ['Tom Hale', 'praised'], ['Red Cross', 'has asked'], ['Sudanese army', 'reported'],
    ]);
  });
  it('does not read a question or a passive "asked" as a claim', () => {
    expect(claims('Reporters asked whether the deal was dead. She was asked to resign.')).toEqual([]);
  });
  it('reads past "over the weekend" and keeps a pronoun subject over a name in the object', () => {
    const c = claims('Health Undersecretary Eric Tayag over the weekend advised the public to wear masks. Coach Tom Hale said the team fought. He singled out Ali Khan for his attitude, saying he ran every ball.');
    expect(c.map((x) => x.speaker)).toEqual(['Eric Tayag', 'Tom Hale', 'Tom Hale']);
  });
  it('keeps sentence-initial "Chiefs" an unnamed source', () => {
    expect(claims('Chiefs asserted the company is on track.')[0]).toMatchObject({ speaker: null, mention: 'Chiefs' });
  });
});

describe('claims (nested claims and court reports)', () => {
  it('keeps a speaker’s claim and the nested claim in it unless the outer source is an outlet', () => {
    const c = claims('Interior Minister Ana Ruiz spoke in Garissa. She said the government has declared climate change a threat.');
    expect(c.map((x) => [x.speaker, x.via])).toEqual([['Ana Ruiz', null], ['the government', 'Ana Ruiz']]);
  });
  it('reads "<Name> Crown Court heard" and a long "asked … to"', () => {
    const c = claims('Norwich Crown Court heard Jackson was called as back-up. The Red Cross has already asked those in flood-prone areas in the west and the lake basin, to be alert.');
    expect(c.map((x) => [x.speaker, x.mention])).toEqual([[null, 'Norwich Crown Court heard'], ['Red Cross', 'The Red Cross']]);
  });
});

describe('claims (a lead that names its speaker later)', () => {
  it('gives a role-only lead speaker the person the next paragraph introduces', () => {
    const c = claims('The outbreak will last into the summer, the province’s chief medical officer of health said Friday.\n\nThe virus is not accelerating, Dr. Kieran Moore said in an interview.', '2025-03-28');
    expect(c.map((x) => x.speaker)).toEqual(['Kieran Moore', 'Kieran Moore']);
  });
  it('leaves an unnamed spokesperson unnamed', () => {
    const c = claims('The talks failed, the company’s spokesperson said.\n\nUnion leader Ana Ruiz said the strike would go on.');
    expect(c.map((x) => x.speaker)).toEqual([null, 'Ana Ruiz']);
  });
});

describe('claims (juntas, expectations and relayed agencies)', () => {
  it('reads a ruling junta as its government past a bracketed date', () => {
    const c = claims('Myanmar’s ruling junta on Wednesday (Apr 12) confirmed that it carried out the air strike.', '2023-04-12');
    expect(c[0]).toMatchObject({ speaker: 'Government of Myanmar', saidOn: '2023-04-12' });
  });
  it('reads "Authorities expect" but not "is expected to" or an expectation inside reported words', () => {
    const c = claims('Authorities expect the death toll to increase. The bank is expected to cut rates. Governor Ana Ruiz told the paper that she expected a drop.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([[null, 'expect'], ['Ana Ruiz', 'told']]);
  });
  it('makes an agency after a named speaker a relay, and unnamed briefed officials unnamed', () => {
    const c = claims('“Efforts have intensified,” said Sutopo Nugroho on Wednesday, according to Agence France-Presse. One case was found, government officials briefed on the matter said.');
    expect(c.map((x) => [x.speaker, x.via])).toEqual([['Sutopo Nugroho', 'Agence France-Presse'], [null, null]]);
  });
  it('takes the clause’s own subject for "… and said", and a common-word surname after "Mr"', () => {
    const c = claims('Jeremy Hunt held his seat. Mr Hunt wished Keir Starmer well and said they could bring change.');
    expect(c.map((x) => x.speaker)).toEqual(['Jeremy Hunt']);
  });
});

describe('claims (progressives)', () => {
  it('reads "is calling on" and "is telling" as finite cues of their subject', () => {
    const c = claims('Mayor Wayne Brown is calling on agencies to act. Even so, the Environment Agency is telling the public to prepare.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Wayne Brown', 'calling on'], ['Environment Agency', 'telling']]);
  });
});

describe('claims (passive accusations)', () => {
  it('reads "X have been accused of … by Y" as Y’s claim', () => {
    const c = claims('The owners have been accused of "playing games with livelihoods" by union leader Sharon Graham.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Sharon Graham', 'accused']]);
  });
});

describe('claims (relative clauses without a comma)', () => {
  it('gives "X who admitted" to X, and an unnamed "voters who said" nothing named', () => {
    const c = claims('Second was a Kuomintang candidate Hou Yu-ih who admitted defeat.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Hou Yu-ih', 'admitted']]);
  });
});

describe('claims (authorities, possessive conjuncts, bare openers, conditions)', () => {
  it('reads "the Russian authorities" as the government and splits "X and Org’s Y both said"', () => {
    const c = claims('The Russian authorities pledged not to prosecute the fighters. Robert Wood and Oxford Economics’ Edward Allenby both said rates would fall.');
    expect(c.map((x) => x.speaker)).toEqual(['Government of Russia', 'Robert Wood', 'Edward Allenby']);
  });
  it('reads "Speaking about her family she said" and skips a cue inside a condition', () => {
    const c = claims('Jacinda Ardern spoke for an hour. Speaking about her family she said she was looking forward to school runs. The president must lift martial law if parliament demands it.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Jacinda Ardern', 'said']]);
  });
});

describe('claims (participles after "by", "went on to state")', () => {
  it('reads "by announcing" as the subject’s claim and "went on to state" as a cue', () => {
    const c = claims('Jacinda Ardern has stunned the country by announcing her resignation. Jugeshinder Singh spoke first. He went on to state that investors trusted the group.');
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([['Jacinda Ardern', 'stunned ... announcing'], ['Jugeshinder Singh', 'went on to state']]);
  });
});
