import type { Running } from '../../src/main.js';
import { buildArticle } from '../fixtures/annotated.js';
import { gql, startServer, uniqueTag } from './harness.js';

/** Two outlets on one invented market shelling, with a denial and conflicting tolls. */
function marketStory(tag: string) {
  const ev = `Market shelling${tag}`;
  const ministry = { name: `Health Ministry${tag}`, type: 'ORGANISATION' as const };
  const medics = { name: `Red Crescent${tag}`, type: 'ORGANISATION' as const };
  const army = { name: `Army Command${tag}`, type: 'ORGANISATION' as const };
  const mayor = { name: `Omar Haddad${tag}`, type: 'PERSON' as const };
  const event = { name: ev, kind: 'attack', start: '2024-04-02', keyTerms: ['market', 'shelling', tag] };
  return [
    buildArticle({
      url: `https://one.example/${tag}`,
      source: 'One',
      entities: [ministry, mayor, army],
      events: [event],
      sentences: [
        { text: `The ${ministry.name} said eight people were killed at the market.`, claim: { speaker: ministry, cue: 'said', content: 'Eight people were killed at the market.', events: [ev] } },
        { text: `${mayor.name} accused the army of shelling the market.`, claim: { speaker: mayor, cue: 'accused', content: 'The army shelled the market.', events: [ev] } },
      ],
    }),
    buildArticle({
      url: `https://two.example/${tag}`,
      source: 'Two',
      entities: [medics, army],
      events: [event],
      sentences: [
        { text: `The ${medics.name} said 12 people were killed at the market.`, claim: { speaker: medics, cue: 'said', content: '12 people were killed at the market.', events: [ev] } },
        { text: `The ${army.name} denied shelling the market.`, claim: { speaker: army, cue: 'denied', content: 'The army did not shell the market.', events: [ev] } },
      ],
    }),
  ];
}

describe('where sources disagree', () => {
  let server: Running;
  const tag = uniqueTag();

  beforeAll(async () => {
    server = await startServer();
    for (const input of marketStory(tag)) {
      const r = await gql(server.url, `mutation($input: AnnotatedArticleInput!) { ingestAnnotatedArticle(input: $input) { created } }`, { input });
      expect(r.body.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await server.stop();
  });

  it('sets denials against assertions and conflicting numbers side by side', async () => {
    const r = await gql(server.url, `query($e: ID!) { disagreements(event: $e) {
      kind sharedTerms claim { content speaker { name } articles { url } } opposing { content speaker { name } } } }`, { e: `Market shelling${tag}` });
    expect(r.body.errors).toBeUndefined();
    const found = r.body.data?.disagreements.map((d: { kind: string; claim: { speaker: { name: string } }; opposing: { speaker: { name: string } } }) => [
      d.kind,
      d.claim.speaker.name,
      d.opposing.speaker.name,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['DENIAL', `Army Command${tag}`, `Omar Haddad${tag}`],
        expect.arrayContaining(['NUMBERS', `Health Ministry${tag}`, `Red Crescent${tag}`]),
      ]),
    );
    expect(found).toHaveLength(2);
  });
});
