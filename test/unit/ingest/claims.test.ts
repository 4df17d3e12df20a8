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
