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
