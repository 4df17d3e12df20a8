import { segmentBlocks } from '../../../src/ingest/layout.js';
import { splitSentences } from '../../../src/ingest/sentences.js';

function split(text: string): string[] {
  return splitSentences(text, segmentBlocks(text)).map((s) => s.text);
}

describe('sentences', () => {
  it('splits after closing curly quotes', () => {
    expect(split('She called for a “lasting peace.” The talks ended.')).toEqual(['She called for a “lasting peace.”', 'The talks ended.']);
  });
  it('does not split after abbreviations and initials', () => {
    expect(split('Mr. Jones met U.S. officials on Oct. 3 in Rome. S. Kumar also came.')).toEqual([
      'Mr. Jones met U.S. officials on Oct. 3 in Rome.',
      'S. Kumar also came.',
    ]);
  });
  it('ends a sentence at a lower-case "no." but not at "No. 10"', () => {
    expect(split('The company said no. The union warned of strikes. He lives at No. 10 Downing Street.')).toEqual(['The company said no.', 'The union warned of strikes.', 'He lives at No. 10 Downing Street.']);
  });
  it('splits inside a multi-sentence quote and after straight quotes', () => {
    expect(split('"We won. We are happy," he said. Fans cheered.')).toEqual(['"We won.', 'We are happy," he said.', 'Fans cheered.']);
  });
  it('drops inline chrome words at the end of a line', () => {
    expect(split('The plant will close next year. Advertisement')).toEqual(['The plant will close next year.']);
  });
  it('keeps spans that index the original text', () => {
    const text = 'First one.  Second one?';
    const s = splitSentences(text, segmentBlocks(text));
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
