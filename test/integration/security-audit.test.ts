import { serverAudits, type AuditResult } from 'graphql-http';
import type { Running } from '../../src/main.js';
import { startServer } from './harness.js';

/**
 * GraphQL over HTTP conformance (graphql-http's audits) against the real server with
 * introspection on: no MUST audit may fail. SHOULD/MAY findings are printed and documented in
 * the README (Security) with their reasons.
 */
describe('graphql-http server audits', () => {
  let server: Running;
  let results: AuditResult[];

  beforeAll(async () => {
    server = await startServer({ SEED_ON_START: 'false', INTROSPECTION: 'true', RATE_LIMIT_PER_MINUTE: '100000' });
    const url = server.url;
    results = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) results.push(await audit.fn());
  });
  afterAll(() => server.stop());

  test('every audit ran', () => {
    expect(results.length).toBeGreaterThan(30);
  });

  test('no MUST audit fails', () => {
    const failed = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failed.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });

  test('SHOULD and MAY findings are exactly the documented ones', () => {
    const findings = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.status} ${r.id} ${r.name}`)
      .sort();
    process.stderr.write(`graphql-http audit findings:\n${findings.join('\n')}\n`);
    expect(findings).toEqual(DOCUMENTED);
  });
});

/** Kept in step with the table in the README (Security). */
const DOCUMENTED: string[] = [
  // GETs without an apollo-require-preflight header are refused by CSRF prevention (400).
  'notice 5A70 MAY accept application/x-www-form-urlencoded formatted GET requests',
  'notice 6A70 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'notice D6D5 MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  // Requests that cannot execute answer 400 for every media type, so limits and bad input are never 200 or 500.
  'warn 572B SHOULD use 200 status code on document parsing failure when accepting application/json',
  'warn 7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
  'warn FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
];
