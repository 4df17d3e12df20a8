import { accordingSubject, leftSubject, rightSubject } from '../../../src/ingest/subject.js';

function left(s: string, cue: string): string | null {
  return leftSubject(s, 0, s.indexOf(cue))?.text ?? null;
}

describe('subject', () => {
  it('finds a plain left subject past adverbials', () => {
    expect(left('The mayor has also said the road is safe.', 'said')).toBe('The mayor');
    expect(left('On Monday, the council on Friday announced cuts.', 'announced')).toBe('the council');
    expect(left('Wong in the meeting welcomed the progress.', 'welcomed')).toBe('Wong');
    expect(left('The minister at a press conference said the talks failed.', 'said')).toBe('The minister');
  });
  it('skips relative clauses and ages', () => {
    expect(left('The envoy, who asked not to be named, said talks failed.', 'said')).toBe('The envoy');
    expect(left('Jane Roe, 41, said she was innocent.', 'said')).toBe('Jane Roe');
  });
  it('keeps an appositive name and records citing', () => {
    expect(left('The region’s governor, Ann Lee, said the fire spread.', 'said')).toBe('Ann Lee');
    const s = 'The Daily Star, citing police sources, reported a raid.';
    expect(leftSubject(s, 0, s.indexOf('reported'))?.citing).toBe('police sources');
  });
  it('takes the subject after a quote or a subordinator', () => {
    expect(left('“We won,” the coach said.', 'said')).toBe('the coach');
    expect(left('Hours before the union confirmed the deal, rivals objected.', 'confirmed')).toBe('the union');
  });
  it('finds inverted and according-to agents', () => {
    const s = '“No,” said Tom Hale, a local farmer.';
    expect(rightSubject(s, s.indexOf('said') + 4, s.length)?.text).toBe('Tom Hale');
    const a = 'According to the weather office, rain is due.';
    expect(accordingSubject(a, 'According to'.length, a.length)?.text).toBe('the weather office');
    const b = 'According to NADMA the closures affected a total of 363,991 students.';
    expect(accordingSubject(b, 'According to'.length, b.length)?.text).toBe('NADMA');
  });
});
