import { findCues, takesObject } from '../../../src/ingest/cues.js';

const lemmas = (s: string): string[] => findCues(s).map((c) => c.lemma);

describe('cues', () => {
  it('finds reporting verbs and multi-word cues', () => {
    expect(lemmas('The mayor said the road was safe.')).toEqual(['say']);
    expect(lemmas('The union called for a strike and ruled out talks.')).toEqual(['call for', 'rule out']);
    expect(lemmas('The ministry put the death toll at 40.')).toEqual(['put the toll at']);
  });
  it('finds according to and agentless reporting', () => {
    expect(findCues('According to the agency, rain fell.')[0]?.form).toBe('according');
    expect(findCues('It is also reported that the bridge fell.')[0]?.form).toBe('passive');
    expect(findCues('Ten people are reported to have died.')[0]?.form).toBe('passive');
  });
  it('skips noun uses and infinitives', () => {
    expect(lemmas('He rejected the claims made by rivals.')).toEqual(['reject']);
    expect(lemmas('Unconfirmed reports of shelling spread.')).toEqual([]);
    expect(lemmas('She wants to say more later.')).toEqual([]);
  });
  it('marks participles', () => {
    expect(findCues('He left, saying he was tired.')[0]?.form).toBe('participle');
    expect(takesObject('tell')).toBe(true);
  });
});
