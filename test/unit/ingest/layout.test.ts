import { classifyLine, segmentBlocks } from '../../../src/ingest/layout.js';

describe('layout', () => {
  it('labels chrome, date lines, captions and headings', () => {
    expect(classifyLine('icon bookmark icon camera icon check icon close', false)).toBe('chrome');
    expect(classifyLine('Advertisement', false)).toBe('chrome');
    expect(classifyLine('Read more: Ten things to know', false)).toBe('chrome');
    expect(classifyLine('Also Read | Markets rally again', false)).toBe('chrome');
    expect(classifyLine('0:00', false)).toBe('chrome');
    expect(classifyLine('2 Feb, 2023 10:15', false)).toBe('dateLine');
    expect(classifyLine('Crowds gather in the square. Photograph: Jane Roe/Agency', false)).toBe('caption');
    expect(classifyLine('Minister quits over budget row', false)).toBe('heading');
    expect(classifyLine('The minister resigned on Monday after a row over the budget.', false)).toBe('body');
  });
  it('keeps offsets into the original text', () => {
    const text = 'Title here\n\n  The mayor said the bridge would reopen.  \nAdvertisement';
    const blocks = segmentBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'body', 'chrome']);
    const body = blocks[1];
    expect(body && text.slice(body.start, body.end)).toBe('The mayor said the bridge would reopen.');
  });
  it('treats a short unpunctuated last line as body (a truncated excerpt)', () => {
    expect(classifyLine('The talks will resume in', true)).toBe('body');
  });
});
