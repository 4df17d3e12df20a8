import { PersonNames } from '../../../src/ingest/person-names.js';
import { tokenize } from '../../../src/ingest/tokens.js';

function run(text: string, words: string): { names: PersonNames; toks: ReturnType<typeof tokenize>; span: { start: number; end: number }; before: string } {
  const start = text.indexOf(words);
  const toks = tokenize(text, start, start + words.length);
  return { names: new PersonNames(text), toks, span: { start, end: start + words.length }, before: text.slice(Math.max(0, start - 40), start) };
}

describe('person-names', () => {
  it('accepts name-shaped runs and rejects common words, places and organisations', () => {
    const a = run('Maria Okafor spoke.', 'Maria Okafor');
    expect(a.names.shaped(a.toks)).toBe(true);
    const b = run('Operation Dawn began.', 'Operation Dawn');
    expect(b.names.shaped(b.toks)).toBe(false);
    const c = run('Helix Pharma fell.', 'Helix Pharma');
    expect(c.names.shaped(c.toks)).toBe(false);
  });
  it('needs evidence beyond capitals', () => {
    const a = run('Xoan Brevik said the dam held.', 'Xoan Brevik');
    expect(a.names.evidence(a.toks, a.before, a.span)).toBe(true);
    const b = run('The Blue Ridge crossing closed.', 'Blue Ridge');
    expect(b.names.evidence(b.toks, b.before, b.span)).toBe(false);
    const c = run('Engineer Xoan Brevik arrived.', 'Xoan Brevik');
    expect(c.names.evidence(c.toks, 'engineer ', c.span)).toBe(false);
    const d = run('chief executive Xoan Brevik arrived.', 'Xoan Brevik');
    expect(d.names.evidence(d.toks, d.before, d.span)).toBe(true);
  });
  it('takes a sports role before a name as evidence', () => {
    const a = run('BCB has included pacer Taskin Ahmed in the squad.', 'Taskin Ahmed');
    expect(a.names.evidence(a.toks, a.before, a.span)).toBe(true);
  });
  it('reads word-like given names as names before a surname, not before a place word', () => {
    const a = run('Then Bill McKay finished third.', 'Bill McKay');
    expect(a.names.shaped(a.toks)).toBe(true);
    const b = run('They met in the Rose Garden.', 'Rose Garden');
    expect(b.names.shaped(b.toks)).toBe(false);
    // a given name that is an English word does not make a country a surname
    const c = run('Frank Britain was tested.', 'Frank Britain');
    expect(c.names.shaped(c.toks)).toBe(false);
  });
  it('allows lenient shapes after a role', () => {
    const a = run('officer Park Hak-kyu', 'Park Hak-kyu');
    expect(a.names.shaped(a.toks)).toBe(false);
    expect(a.names.shaped(a.toks, true)).toBe(true);
  });
});
