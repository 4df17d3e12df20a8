import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../../src/server/app.js';
import { exampleQueries } from '../../../src/server/playground.js';
import { aliasLimit, DEFAULT_LIST_SIZE, defaultLimits, depthLimit, estimateCost } from '../../../src/server/query-limits.js';

const schema = buildSchema(loadTypeDefs());

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!op) throw new Error('no operation');
  return estimateCost(schema, doc, op, variables);
}

const errorsOf = (query: string, rules = [depthLimit(defaultLimits.maxDepth), aliasLimit(defaultLimits.maxAliases)]) =>
  validate(schema, parse(query), rules).map((e) => e.extensions.code);

describe('depth limit', () => {
  const nested = (levels: number) => {
    let sel = 'id';
    for (let i = 0; i < levels; i++) sel = `articles { claims { ${sel} } }`;
    return `{ claims(first: 1) { edges { node { ${sel} } } } }`;
  };
  test('counts object levels, refuses past the limit', () => {
    expect(errorsOf(nested(3))).toEqual([]); // depth 3 + 2*3 + 1 = 10
    expect(errorsOf(nested(4))).toEqual(['QUERY_TOO_COMPLEX']);
  });
  test('follows fragments and ignores introspection fields', () => {
    expect(errorsOf('query { ...A } fragment A on Query { claims(first: 1) { edges { node { ...B } } } } fragment B on Claim { articles { claims { articles { claims { articles { claims { articles { id } } } } } } } }')).toEqual(['QUERY_TOO_COMPLEX']);
    expect(errorsOf('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }')).toEqual([]);
  });
});

describe('alias limit', () => {
  test(`${defaultLimits.maxAliases} aliases pass, one more does not`, () => {
    const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { version }`).join(' ')} }`;
    expect(errorsOf(q(defaultLimits.maxAliases))).toEqual([]);
    expect(errorsOf(q(defaultLimits.maxAliases + 1))).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('estimateCost', () => {
  test('scalars and introspection are free; objects count once', () => {
    expect(cost('{ health { version graph } }')).toBe(1);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });

  test('first multiplies what lies below; connection edges do not multiply again', () => {
    // claims 5, edges 5, node 5, speaker 5
    expect(cost('{ claims(first: 5) { edges { node { id speaker { name } } } } }')).toBe(20);
  });

  test('lists without first count DEFAULT_LIST_SIZE', () => {
    // article 1, claims 10
    expect(cost('query($id: ID!) { article(id: $id) { claims { id } } }', { id: 'x' })).toBe(1 + DEFAULT_LIST_SIZE);
  });

  test('variables and schema defaults are used; values past MAX_FIRST are clamped', () => {
    const q = 'query($n: Int) { entities(first: $n) { edges { node { coMentioned(first: $n) { entity { id } } } } } }';
    expect(cost(q, { n: 2 })).toBe(2 + 2 + 2 + 4 + 4);
    expect(cost(q, { n: 1_000_000 })).toBe(cost(q, { n: 100 }));
    expect(cost('{ entities { edges { node { id } } } }')).toBe(60); // first defaults to 20
  });

  test('a fan-out bomb is far past the limit', () => {
    const q = '{ entities(first: 100) { edges { node { coMentioned(first: 100) { entity { coMentioned(first: 100) { entity { id } } } } } } } }';
    expect(cost(q)).toBeGreaterThan(defaultLimits.maxCost * 10);
  });

  test('every playground example is within every limit', () => {
    for (const ex of exampleQueries) {
      expect([ex.title, errorsOf(ex.query)]).toEqual([ex.title, []]);
      expect(cost(ex.query)).toBeLessThanOrEqual(defaultLimits.maxCost);
    }
  });
});
