import { findEntities } from '../../../src/ingest/entities.js';
import { SpeakerResolver, type HistoryItem } from '../../../src/ingest/speakers.js';
import { resolveDescription } from '../../../src/ingest/descriptions.js';

function setup(text: string, home: string | null = null): SpeakerResolver {
  const store = findEntities(text, [{ start: 0, end: text.length, sentenceStart: true }]);
  return new SpeakerResolver(text, store, store.sortedMentions(), home);
}

function np(text: string, w: string): { start: number; end: number; text: string; citing: null } {
  const i = text.lastIndexOf(w);
  return { start: i, end: i + w.length, text: w, citing: null };
}

describe('descriptions', () => {
  it('finds the person holding a role, also ahead of the mention', () => {
    const text = 'A federal judge spoke. Judge Ann Roe ruled.';
    const r = setup(text);
    expect(resolveDescription(r, 'A federal judge', np(text, 'A federal judge'), 0, [])[0]?.speaker?.name).toBe('Ann Roe');
  });
  it('gives a document to its author without making it one of their names', () => {
    const text = 'The Defense Ministry said the drills began. the short message';
    const r = setup(text);
    const hist: HistoryItem[] = [{ sentence: 0, speaker: { name: 'Defense Ministry', type: 'ORGANISATION' }, type: 'ORGANISATION', mention: 'The Defense Ministry' }];
    expect(resolveDescription(r, 'the short message', np(text, 'the short message'), 1, hist)[0]?.speaker?.name).toBe('Defense Ministry');
    expect([...(r.store.byName('Defense Ministry')?.aliases ?? [])]).not.toContain('the short message');
  });
  it('keeps an unnamed official unnamed and carries "the official" on', () => {
    const text = 'x';
    const r = setup(text);
    const hist: HistoryItem[] = [{ sentence: 0, speaker: null, type: 'PERSON', mention: 'A police official' }];
    expect(resolveDescription(r, 'the official', np(text, 'x'), 1, hist)[0]).toMatchObject({ speaker: null, kind: 'unnamed' });
  });
  it('resolves the ministry and the company to organisations seen before', () => {
    const text = 'The Chilean Health Ministry and Atlas Motors spoke. the ministry. the company';
    const r = setup(text);
    expect(resolveDescription(r, 'the ministry', np(text, 'the ministry'), 1, [])[0]?.speaker?.name).toBe('Chilean Health Ministry');
    expect(resolveDescription(r, 'the company', np(text, 'the company'), 1, [])[0]?.speaker?.name).toBe('Atlas Motors');
  });
  it('keeps a role-only speaker by its words', () => {
    const text = 'the African Union’s health watchdog';
    const r = setup(text);
    expect(resolveDescription(r, text, np(text, text), 0, [])[0]?.speaker).toEqual({ name: text, type: 'ORGANISATION' });
  });
});
