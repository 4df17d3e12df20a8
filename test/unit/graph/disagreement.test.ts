import { findDisagreements, isDenial } from '../../../src/graph/disagreement.js';

describe('findDisagreements', () => {
  it('sets a denial against the assertion it answers', () => {
    const pairs = findDisagreements([
      { id: 'c1', speakerId: 'hezbollah', cue: 'accused', content: 'Israel planted explosives in the pagers.' },
      { id: 'c2', speakerId: 'herzog', cue: 'denied', content: 'Israel had nothing to do with the pagers.' },
      { id: 'c3', speakerId: 'who', cue: 'said', content: 'Hospitals are overwhelmed.' },
    ]);
    expect(pairs).toEqual([{ kind: 'DENIAL', claimId: 'c2', opposingId: 'c1', sharedTerms: ['israel', 'pagers'] }]);
  });

  it('finds different numbers given for the same thing', () => {
    const pairs = findDisagreements([
      { id: 'a', speakerId: 'ministry', cue: 'said', content: 'Eight people were killed and 2,750 injured.' },
      { id: 'b', speakerId: 'minister', cue: 'said', content: 'Twelve people were killed and 2,800 injured.' },
      { id: 'c', speakerId: 'agency', cue: 'said', content: 'Eight people were killed and 2,750 injured.' },
    ]);
    expect(pairs.map((p) => [p.kind, p.claimId, p.opposingId])).toEqual([
      ['NUMBERS', 'a', 'b'],
      ['NUMBERS', 'b', 'c'],
    ]);
  });

  it('reads small number words as numbers', () => {
    const pairs = findDisagreements([
      { id: 'a', speakerId: 'x', cue: 'said', content: 'Eight people were killed at the market.' },
      { id: 'b', speakerId: 'y', cue: 'said', content: '12 people were killed at the market.' },
      { id: 'c', speakerId: 'z', cue: 'said', content: '8 people were killed at the market.' },
    ]);
    expect(pairs.map((p) => [p.claimId, p.opposingId])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });

  it('ignores a speaker agreeing or disagreeing with itself, and unrelated claims', () => {
    expect(
      findDisagreements([
        { id: 'a', speakerId: 's', cue: 'said', content: 'Losses reached 1,610 troops.' },
        { id: 'b', speakerId: 's', cue: 'said', content: 'Losses reached 1,700 troops.' },
        { id: 'c', speakerId: 't', cue: 'denied', content: 'The bridge was closed.' },
      ]),
    ).toEqual([]);
  });

  it.each([
    ['denied', true],
    ['categorically rejected', true],
    ['dismisses', true],
    ['said', false],
    ['ruled out', false],
  ])('treats the cue %s as a denial: %s', (cue, expected) => {
    expect(isDenial(cue)).toBe(expected);
  });
});
