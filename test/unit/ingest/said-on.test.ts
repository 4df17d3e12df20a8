import { extractArticle } from '../../../src/ingest/extract.js';
import { attributionRegions, resolveSaidOn, type AttributionParts } from '../../../src/ingest/said-on.js';

function parts(text: string, subject: string, cue: string, direction: AttributionParts['direction']): AttributionParts {
  const s = text.indexOf(subject);
  const c = text.indexOf(cue, s);
  return { sentence: { start: 0, end: text.length }, subject: { start: s, end: s + subject.length }, cue: { start: c, end: c + cue.length }, content: null, direction };
}

describe('said-on', () => {
  const pub = '2024-06-12'; // a Wednesday
  it('dates a statement from the attribution, not the content', () => {
    const t = 'Floods hit the town on Monday, the mayor said on Tuesday.';
    const r = resolveSaidOn(t, parts(t, 'the mayor', 'said', 'trailing'), pub, null, false);
    expect(r.date).toBe('2024-06-11');
    expect(r.mentioned).toEqual(['2024-06-10']);
  });
  it('reads a sentence opener and "last week"', () => {
    const t = 'On Monday, the agency reported that prices rose.';
    expect(resolveSaidOn(t, parts(t, 'the agency', 'reported', 'forward'), pub, null, false).date).toBe('2024-06-10');
    const w = 'The agency reported last week that prices rose.';
    const r = resolveSaidOn(w, parts(w, 'The agency', 'reported', 'forward'), pub, null, false);
    expect(r).toMatchObject({ date: '2024-06-03', precision: 'WEEK' });
  });
  it('leaves an undated statement null, and uses a dated dateline', () => {
    const t = 'The union said wages would rise on Friday.';
    expect(resolveSaidOn(t, parts(t, 'The union', 'said', 'forward'), pub, null, false).date).toBeNull();
    expect(resolveSaidOn(t, parts(t, 'The union', 'said', 'forward'), pub, '2024-06-12', true)).toMatchObject({ date: '2024-06-12', basis: 'dateline' });
  });
  it('covers the words after a cue up to the content', () => {
    const t = 'The union said in a statement Wednesday that talks failed.';
    const regions = attributionRegions(t, parts(t, 'The union', 'said', 'forward'));
    expect(regions.some((r) => t.slice(r.start, r.end).includes('Wednesday'))).toBe(true);
  });
});

describe('saidOn from the story around the attribution', () => {
  it('dates a claim from a participle opener’s weekday', () => {
    const x = extractArticle({ text: 'Briefing an all-party meeting on Tuesday, Foreign Minister Ana Ruiz said the border would stay open.', publishedAt: '2024-08-07' });
    expect(x.claims[0]?.saidOn).toBe('2024-08-06');
  });
  it('dates "It said" from the sentence before when it names the same speaker', () => {
    const x = extractArticle({
      text: 'Also on Monday, the Weather Bureau laid out its outlook for the winter. It said there was a reduced chance of rain until January. But it warned that storms could strike in February.',
      publishedAt: '2022-11-09',
    });
    expect(x.claims.map((c) => [c.speaker?.name, c.saidOn])).toEqual([['Weather Bureau', '2022-11-07'], ['Weather Bureau', '2022-11-07']]);
  });
  it('does not date a claim from a sentence about someone else', () => {
    const x = extractArticle({ text: 'The bridge closed on Monday. The Weather Bureau said more rain was due.', publishedAt: '2022-11-09' });
    expect(x.claims[0]?.saidOn).toBeNull();
  });
  it('dates a statement by "at a briefing on Wednesday", a "Yesterday," opener and "on his Instagram account on Saturday"', () => {
    const days = (text: string): Array<string | null> => extractArticle({ text, publishedAt: '2022-06-22' }).claims.map((c) => c.saidOn);
    expect(days('The Director-General Dr Patrick Kuma-Aboagye told journalists at a briefing on Wednesday: “I want calm.”')).toEqual(['2022-06-22']);
    expect(days('Yesterday, Prime Minister Dr Keith Rowley urged the public to be alert.')).toEqual(['2022-06-21']);
    expect(days('The free agent announced on his Instagram account on Saturday that he has signed a contract.')).toEqual(['2022-06-18']);
  });
  it('dates "announced at a global conference Tuesday that" and a last clause\u2019s own "and on Sunday," opener', () => {
    const days = (text: string, publishedAt: string): Array<string | null> => extractArticle({ text, publishedAt }).claims.map((c) => c.saidOn);
    expect(days('Prime Minister Naftali Bennett announced at a global conference Tuesday that half of the investments are in Israel.', '2022-01-19')).toEqual(['2022-01-18']);
    expect(days('The storm hit the coast hard, and on Sunday, the mayor said residents must leave.', '2023-09-15')).toEqual(['2023-09-10']);
    expect(days('Chief Executive Officer Nick Bowen said in Lusaka yesterday the mine recorded a rise in output.', '2019-02-02')).toEqual(['2019-02-01']);
  });
  it('dates a "when addressing the media on Sunday," opener and the statements a "said this on Wednesday" sentence dates', () => {
    const days = (text: string, publishedAt: string): Array<string | null> => extractArticle({ text, publishedAt }).claims.map((c) => c.saidOn);
    expect(days('However, when addressing the media on Sunday, Dr Kereng Masupu said the cases were probable.', '2020-06-15')).toEqual(['2020-06-14']);
    const text = 'The Minister of State for Education, Emeka Nwajiuba, has said that the schools will stay shut.\n\nNwajiuba said this on Wednesday, during an interview on television.\n\nAccording to him, exams are critical for the progress of students.';
    expect(days(text, '2020-07-01')).toEqual(['2020-07-01', '2020-07-01']);
    expect(days('The Minister of State for Education, Emeka Nwajiuba, has said that the schools will stay shut.\n\nThe bridge closed on Wednesday.', '2020-07-01')).toEqual([null]);
  });
});
