import { isHardWrapped, unwrapHardBreaks } from '../../../src/ingest/line-wraps.js';
import { extractArticle } from '../../../src/ingest/extract.js';

const WIRE = [
  'KINSHASA, Nov 18 Rebels in Congo, who U.N.',
  'experts say are backed by neighbouring Rwanda, reached the',
  'outskirts of the eastern city of Goma on Sunday after pushing',
  'back government troops, despite peacekeepers firing back.',
  'Thousands of displaced people were abandoning camps in the',
  'north of the city to escape the advancing rebels, said Tariq',
  'Riebl, humanitarian programme co-ordinator for Oxfam aid agency.',
  '"Nobody knows what this means," he said.',
].join('\n');

describe('line-wraps', () => {
  it('tells hard-wrapped wire copy from a page of paragraphs', () => {
    expect(isHardWrapped(WIRE.split('\n'))).toBe(true);
    const page = ['Home', 'News', 'The minister said on Monday that the budget would be cut by a tenth, and that schools would be spared.', 'Critics said the plan was unfair to the regions that had already lost most of their funding last year.'];
    expect(isHardWrapped(page)).toBe(false);
    expect(unwrapHardBreaks(page.join('\n'))).toBe(page.join('\n'));
  });

  it('joins lines inside sentences and keeps the length', () => {
    const out = unwrapHardBreaks(WIRE);
    expect(out).toHaveLength(WIRE.length);
    expect(out).toContain('who U.N. experts say');
    expect(out).toContain('said Tariq Riebl, humanitarian');
    // a line that ends a sentence before a capital keeps its break
    expect(out).toContain('firing back.\nThousands');
  });

  it('joins short prose lines too, but not bylines', () => {
    const text = ['By Jo Hogg', 'NAIROBI, March 5 The 19 people were arraigned at', 'Milimani Law Courts in Nairobi on Tuesday and charged with', 'trespass.', 'The respondents’ lawyer, Mbugua', 'Muriithi, has accused the police of using land grabbers and', 'politicians to punish innocent Kenyans, adding that the 19 arraigned', 'were innocent of the charges, which they deny.', 'Police officers investigating', 'the case recommended that the suspects be detained for 14 days.'].join('\n');
    const out = unwrapHardBreaks(text);
    expect(out).toContain('By Jo Hogg\nNAIROBI');
    expect(out).toContain('lawyer, Mbugua Muriithi, has accused');
    expect(out).toContain('officers investigating the case');
  });
  it('lets the pipeline read a speaker cut by a line break, with offsets into the original', () => {
    const x = extractArticle({ text: WIRE, publishedAt: '2012-11-19' });
    const riebl = x.claims.filter((c) => c.speaker?.name === 'Tariq Riebl');
    expect(riebl.map((c) => c.speaker?.type)).toEqual(['PERSON', 'PERSON']);
    for (const c of x.claims) expect(WIRE.slice(c.span.start, c.span.end)).toBe(c.sentence);
    expect(riebl[0]?.saidOn).toBe('2012-11-18');
  });
});
