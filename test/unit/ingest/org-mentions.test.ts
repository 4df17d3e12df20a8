import { EntityStore } from '../../../src/ingest/entity-store.js';
import { addAcronymMention, addOrgMention } from '../../../src/ingest/org-mentions.js';
import { tokenize } from '../../../src/ingest/tokens.js';

describe('org-mentions', () => {
  it('prefixes a possessive country and records the surface form', () => {
    const text = 'Chile’s Ministry of Energy said';
    const toks = tokenize(text);
    const run = toks.slice(1, 4);
    const store = new EntityStore();
    addOrgMention(text, store, run, 'Ministry of Energy', { start: run[0]!.start, end: run[2]!.end }, toks[0]!);
    expect(store.entities[0]?.name).toBe('Chilean Ministry of Energy');
    expect(store.entities[0]?.aliases.has('Chile’s Ministry of Energy')).toBe(true);
  });
  it('uses a capital after "in" for the country', () => {
    const text = 'the Defense Ministry in Lima said';
    const toks = tokenize(text).slice(1, 3);
    const store = new EntityStore();
    addOrgMention(text, store, toks, 'Defense Ministry', { start: toks[0]!.start, end: toks[1]!.end }, null);
    expect(store.entities[0]?.name).toBe('Peruvian Defense Ministry');
  });
  it('links acronyms to the names they abbreviate and skips title initials', () => {
    const store = new EntityStore();
    store.add('Pan American Health Organization', 'ORGANISATION', null, { start: 0, end: 32 });
    addAcronymMention('x', store, 'PAHO', { start: 40, end: 44 }, null);
    expect(store.entities).toHaveLength(1);
    expect(store.entities[0]?.aliases.has('PAHO')).toBe(true);
    const t = 'Chief Medical Officer (CMO) Ann Lee';
    const s2 = new EntityStore();
    addAcronymMention(t, s2, 'CMO', { start: t.indexOf('CMO'), end: t.indexOf('CMO') + 3 }, null);
    expect(s2.entities).toHaveLength(0);
  });
});
