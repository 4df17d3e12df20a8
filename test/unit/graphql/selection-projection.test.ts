import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { NOT_FETCHED, prefetchedValue, selectionProjection, type TypeSelections } from '../../../src/graph/selection-projection.js';
import { selectionOf } from '../../../src/graphql/selection.js';

const schemaDir = join(process.cwd(), 'schema');
const schema = buildSchema(
  readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n'),
);

/** The selection below `article` in `query` (a string, or a document parsed once), as its resolver sees it. */
function selectionIn(query: string | DocumentNode, variables: Record<string, unknown> = {}): TypeSelections {
  let sel: TypeSelections | null = null;
  const rootValue = {
    article: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      sel = selectionOf({ prefetch: true }, info);
      return null;
    },
  };
  const res = execute({ schema, document: typeof query === 'string' ? parse(query) : query, rootValue, variableValues: variables });
  if ('then' in res) throw new Error('expected a synchronous result');
  expect(res.errors).toBeUndefined();
  if (!sel) throw new Error('article was not resolved');
  return sel;
}

function compile(query: string, variables: Record<string, unknown> = {}) {
  const p = selectionProjection(selectionIn(query, variables), 'a');
  if (!p) throw new Error('no projection');
  return p;
}

describe('selection projections', () => {
  it('project only the selected fields, ids always', () => {
    const p = compile('{ article(id: "x") { title } }');
    expect(p.cypher).toBe('{`id`: a.id, `title`: a.title}');
    expect(p.params).toEqual({});
  });

  it('pass argument values as parameters, never in the Cypher text', () => {
    const p = compile('query($n: Int) { article(id: "x") { source { articles(first: $n) { url } } people: entities(type: PERSON) { spans { start } } } }', { n: 7 });
    expect(p.cypher).not.toMatch(/\b7\b|'Person' IN/);
    expect(Object.values(p.params)).toEqual([neo4j.int(7), 'Person']);
    expect(p.cypher).toMatch(/LIMIT \$sel0/);
    expect(p.cypher).toMatch(/\$sel1 IN labels/);
  });

  it('keep aliases of one relation apart without putting them in the Cypher text', () => {
    const p = compile('{ article(id: "x") { claims { speaker { ... on Person { top: claimsMade(first: 1) { cue } everything: claimsMade { cue } } } } } }');
    expect(p.cypher).toMatch(/`@claimsMade`: \[COLLECT \{.*\}, COLLECT \{.*\}\], `@claimsMade#`: \$sel2/);
    expect(p.cypher).not.toMatch(/top|everything/);
    expect(Object.values(p.params)).toEqual([neo4j.int(1), neo4j.int(20), ['top', 'everything']]);
    const single = compile('{ article(id: "x") { mine: claims { cue } } }');
    expect(single.cypher).toMatch(/`@claims`: COLLECT/);
    expect(single.cypher).not.toMatch(/mine/);
  });

  it('read a fetched relation back by field and response key', () => {
    const row = { '@claims': [1], '@events': [['a'], ['b']], '@events#': ['x', 'y'], '@source': null };
    expect(prefetchedValue(row, 'claims', 'anything')).toEqual([1]);
    expect(prefetchedValue(row, 'events', 'y')).toEqual(['b']);
    expect(prefetchedValue(row, 'events', 'z')).toBe(NOT_FETCHED);
    expect(prefetchedValue(row, 'source', 'source')).toBeNull();
    expect(prefetchedValue(row, 'entities', 'entities')).toBe(NOT_FETCHED);
  });

  it('tell the types of an interface apart by label when their selections differ', () => {
    const p = compile('{ article(id: "x") { claims { speaker { name ... on Location { kind } } } } }');
    expect(p.cypher).toMatch(/CASE WHEN n\d+:Person OR n\d+:Organisation THEN .* WHEN n\d+:Location THEN .*`kind`/);
    const same = compile('{ article(id: "x") { claims { speaker { name } } } }');
    expect(same.cypher).not.toMatch(/CASE/);
  });

  it('follow fragments and apply @skip and @include', () => {
    const p = compile(
      'query($no: Boolean!) { article(id: "x") { ...f url @include(if: $no) claims @skip(if: $no) { cue } } } fragment f on Article { title }',
      { no: false },
    );
    expect(p.cypher).toMatch(/`title`/);
    expect(p.cypher).not.toMatch(/`url`/);
    expect(p.cypher).toMatch(/`@claims`/);
  });

  it('leave out a relation whose `first` is out of range, for its resolver to refuse', () => {
    const p = compile('{ article(id: "x") { title source { articles(first: 1000) { url } } } }');
    expect(p.cypher).not.toMatch(/articles/);
    expect(p.cypher).toMatch(/`@source`/);
    // Beside a valid alias, the refused one is not among the fetched aliases.
    const q = compile('{ article(id: "x") { source { ok: articles(first: 2) { url } bad: articles(first: 0) { url } } } }');
    expect(Object.values(q.params)).toEqual([neo4j.int(2), ['ok']]);
  });

  it('reuse the selection and its Cypher for a repeated query, per value of the variables used below the root', () => {
    const doc = parse('query($id: ID!, $n: Int) { article(id: $id) { title source { articles(first: $n) { url } } } }');
    const a = selectionIn(doc, { id: 'a', n: 2 });
    expect(selectionIn(doc, { id: 'b', n: 2 })).toBe(a);
    expect(selectionProjection(a, 'x')).toBe(selectionProjection(a, 'x'));
    const other = selectionIn(doc, { id: 'a', n: 3 });
    expect(other).not.toBe(a);
    expect(Object.values(selectionProjection(other, 'x')?.params ?? {})).toEqual([neo4j.int(3)]);
  });
});
