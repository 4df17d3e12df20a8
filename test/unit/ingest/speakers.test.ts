import { extractArticle } from '../../../src/ingest/extract.js';
import { findEntities } from '../../../src/ingest/entities.js';
import { SpeakerResolver, type HistoryItem } from '../../../src/ingest/speakers.js';

function setup(text: string, home: string | null = null): { r: SpeakerResolver; np: (w: string) => { start: number; end: number; text: string; citing: null } } {
  const store = findEntities(text, [{ start: 0, end: text.length, sentenceStart: true }]);
  const r = new SpeakerResolver(text, store, store.sortedMentions(), home);
  const np = (w: string): { start: number; end: number; text: string; citing: null } => {
    const i = text.lastIndexOf(w);
    return { start: i, end: i + w.length, text: w, citing: null };
  };
  return { r, np };
}

describe('speakers', () => {
  it('turns a speaking capital or country into its government', () => {
    const { r, np } = setup('Lima said the border was closed.');
    expect(r.resolve(np('Lima'), 0, [])[0]?.speaker).toEqual({ name: 'Government of Peru', type: 'ORGANISATION' });
  });
  it('resolves pronouns to the last speaker of the right kind and gender', () => {
    const { r, np } = setup('Finance Minister Maria Okafor spoke. Then Peter Novak spoke. she');
    const hist: HistoryItem[] = [{ sentence: 1, speaker: { name: 'Peter Novak', type: 'PERSON' }, type: 'PERSON' }];
    expect(r.resolve(np('she'), 2, hist)[0]?.speaker?.name).toBe('Maria Okafor');
    expect(r.resolve(np('she'), 2, hist)[0]?.kind).toBe('pronoun');
  });
  it('resolves role nouns to the person holding the role', () => {
    const { r, np } = setup('Foreign Secretary Anna Lind arrived. the Foreign Secretary');
    expect(r.resolve(np('the Foreign Secretary'), 1, [])[0]?.speaker?.name).toBe('Anna Lind');
  });
  it('gives unnamed sources a null speaker', () => {
    const { r, np } = setup('A police official spoke.');
    const res = r.resolve(np('A police official'), 0, [])[0];
    expect(res?.speaker).toBeNull();
    expect(res?.mention).toBe('A police official');
  });
  it('splits coordinated speakers', () => {
    const { r, np } = setup('Anna Lind and Peter Novak');
    expect(r.resolve(np('Anna Lind and Peter Novak'), 0, []).map((x) => x.speaker?.name)).toEqual(['Anna Lind', 'Peter Novak']);
  });
  it('uses the home country for "the government"', () => {
    const { r, np } = setup('the government', 'Kenya');
    expect(r.resolve(np('the government'), 0, [])[0]?.speaker?.name).toBe('Government of Kenya');
  });
});

describe('speakers (descriptions)', () => {
  it('resolves "the statement" to the last speaker and an aide to an unnamed source', () => {
    const { r, np } = setup('Atlas Motors spoke. the statement. Tom Hale’s spokesman');
    const hist: HistoryItem[] = [{ sentence: 0, speaker: { name: 'Atlas Motors', type: 'ORGANISATION' }, type: 'ORGANISATION' }];
    expect(r.resolve(np('the statement'), 1, hist)[0]?.speaker?.name).toBe('Atlas Motors');
    expect(r.resolve(np('Tom Hale’s spokesman'), 1, hist)[0]?.speaker).toBeNull();
  });
  it('keeps an unnamed source attached to a name unnamed', () => {
    const { r, np } = setup('Anna Lind arrived. Sources close to Anna Lind');
    expect(r.resolve(np('Sources close to Anna Lind'), 1, [])[0]?.speaker).toBeNull();
  });
  it('turns a seat of government into its government', () => {
    const { r, np } = setup('The Kremlin');
    expect(r.resolve(np('The Kremlin'), 0, [])[0]?.speaker?.name).toBe('Government of Russia');
  });
  it('lets a firm speak through its economists and analysts, then as "they"', () => {
    const { r, np } = setup('Economists at Pantheon Macroeconomics predicted a fall. However, they stressed the risks.');
    const firm = r.resolve(np('Economists at Pantheon Macroeconomics'), 0, []);
    expect(firm[0]?.speaker).toEqual({ name: 'Pantheon Macroeconomics', type: 'ORGANISATION' });
    const hist: HistoryItem[] = [{ sentence: 0, speaker: { name: 'Pantheon Macroeconomics', type: 'ORGANISATION' }, type: 'ORGANISATION', mention: 'Economists at Pantheon Macroeconomics' }];
    expect(r.resolve(np('they'), 1, hist)[0]?.speaker?.name).toBe('Pantheon Macroeconomics');
    // three sentences on, "they" is nobody we can name
    expect(r.resolve(np('they'), 3, hist)).toEqual([]);
  });
  it('takes an unknown name with a role in apposition for a person', () => {
    const { r, np } = setup('Camps emptied, said Tariq Riebl, humanitarian programme co-ordinator for Oxfam aid agency.');
    expect(r.resolve(np('Tariq Riebl'), 0, [])[0]?.speaker).toEqual({ name: 'Tariq Riebl', type: 'PERSON' });
    const expert = setup('AI will grow, said Le Viet Quoc, a senior expert at Google.');
    expect(expert.r.resolve(expert.np('Le Viet Quoc'), 0, [])[0]?.speaker).toEqual({ name: 'Le Viet Quoc', type: 'PERSON' });
    const firm = setup('Prices rose, said Arcelor Mittal, the steel company.');
    expect(firm.r.resolve(firm.np('Arcelor Mittal'), 0, [])[0]?.speaker?.type).toBe('ORGANISATION');
  });
  it('reads "he" as the person the nearest sentence names, outside quotes, a speaker first', () => {
    const x = (text: string): Array<string | undefined> => extractArticle({ text, publishedAt: '2024-06-12' }).claims.map((c) => c.speaker?.name);
    // the last speaker is Peskov, but the sentence before names Prigozhin
    expect(x('Dmitry Peskov told reporters the reports were gossip. Recordings were posted by the Wagner founder Yevgeny Prigozhin. In particular, he claimed that his units had come under attack.'))
      .toEqual(['Dmitry Peskov', 'Yevgeny Prigozhin']);
    // a name inside the quote is not who speaks it
    expect(x('Foreign Minister Penny Wong met Wang Yi in Canberra on Wednesday. “I told the minister Australians were shocked at the sentence imposed on Dr Yang Hengjun,” she said.'))
      .toEqual(['Penny Wong']);
    // the speaker outranks a person merely named in the same sentence
    expect(x('Speaking alongside Macron at the palace, Lula said the money would go to the forest. He added that Brazil expected others to follow.'))
      .toEqual(['Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva']);
  });
  it('keeps pronouns out of the names an entity is known by', () => {
    const x = extractArticle({ text: 'Mayor Tom Hale said the bridge would reopen. He said it was safe.', publishedAt: '2024-06-12' });
    expect(x.entities.find((e) => e.name === 'Tom Hale')?.aliases).not.toContain('He');
    expect(x.claims.map((c) => c.speakerMention)).toEqual(['Mayor Tom Hale', 'He']);
  });
  it('takes gender from titles and roles when the first name does not tell', () => {
    const x = extractArticle({ text: 'Mr Okonkwo-Adebayo met spokeswoman Ngozi Eze-Ibe on Monday. She said the talks had failed.', publishedAt: '2024-06-12' });
    expect(x.claims.map((c) => c.speaker?.name)).toEqual(['Ngozi Eze-Ibe']);
  });
});
