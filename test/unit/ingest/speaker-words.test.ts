import { COMPANY_HEADS, DETERMINER, ORGISH_HEADS, PERSONISH_HEADS, headOf } from '../../../src/ingest/speaker-words.js';

describe('speaker-words', () => {
  it('finds the head noun before a complement', () => {
    expect(headOf('A federal judge in New York')).toBe('judge');
    expect(headOf('the African Union’s health watchdog')).toBe('watchdog');
    expect(headOf('Officials at the ministry')).toBe('officials');
  });
  it('classifies heads', () => {
    expect(PERSONISH_HEADS.has('spokesman')).toBe(true);
    expect(ORGISH_HEADS.has('ministry')).toBe(true);
    expect(COMPANY_HEADS.has('carmaker')).toBe(true);
    expect(DETERMINER.test('the bank')).toBe(true);
  });
});
