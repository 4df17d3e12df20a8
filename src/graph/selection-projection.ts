import neo4j from 'neo4j-driver';
import type { Params } from './graph.js';
import { TYPE_LABELS, TYPE_PROJECTIONS, type Entries, type Inline, type Names, type Related, type Scope } from './field-projections.js';

/**
 * Compiles a GraphQL selection into one Cypher map projection: only the selected fields, with
 * every selected relation read in the same statement (COLLECT subqueries, paged before they are
 * projected), however deep. A nested query then costs one round trip, like @neo4j/graphql's
 * single-statement translation, while each field keeps the order and paging of its loader.
 *
 * Values land under their field names, where default resolvers read them. A relation lands under
 * `@field`; when one object selects the same relation under several aliases (with different
 * arguments, say), `@field` holds a list and `@field#` the aliases in the same order, passed as a
 * parameter: the Cypher text holds schema names only, never client text. Resolvers read these
 * (prefetchedValue) and fall back to their loaders.
 */

export interface FieldSelection {
  /** The response key: the alias, or the field name. */
  key: string;
  field: string;
  /** Coerced argument values, defaults applied. */
  args: Readonly<Record<string, unknown>>;
  /** Sub-selections by concrete object type; null for leaves, and for fields whose arguments are refused. */
  sub: TypeSelections | null;
}
/** The fields selected on each object type a value may have (one entry for an object type). */
export type TypeSelections = ReadonlyMap<string, readonly FieldSelection[]>;

const relationKey = (field: string) => `@${field}`;
const aliasesKey = (field: string) => `@${field}#`;

/** Says that a relation was not fetched with its parent. */
export const NOT_FETCHED: unique symbol = Symbol('not fetched');

/** The value fetched with `parent` for the relation `field` under response key `key`, or NOT_FETCHED. */
export function prefetchedValue(parent: object, field: string, key: string): unknown {
  const row = parent as Record<string, unknown>;
  const value = row[relationKey(field)];
  if (value === undefined) return NOT_FETCHED;
  const aliases = row[aliasesKey(field)];
  if (!Array.isArray(aliases)) return value;
  const i = aliases.indexOf(key);
  return i < 0 || !Array.isArray(value) ? NOT_FETCHED : value[i];
}

export interface Projection {
  /** A Cypher expression over the root variable. */
  cypher: string;
  params: Params;
}

const quote = (key: string) => `\`${key.replace(/`/g, '``')}\``;

function signature(sel: TypeSelections | null): unknown {
  return sel && [...sel].map(([type, fields]) => [type, fields.map((f) => [f.key, f.field, f.args, signature(f.sub)])]);
}

class Compiler {
  readonly params: Params = {};
  private vars = 0;
  private paramCount = 0;

  readonly param = (value: unknown): string => {
    const name = `sel${this.paramCount++}`;
    this.params[name] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
    return `$${name}`;
  };

  private names(): Names {
    const i = this.vars++;
    return { node: `n${i}`, rel: `r${i}`, count: `k${i}`, aux: `x${i}` };
  }

  /** The projection of a value of any of the selected types, or null when a type has no projection. */
  project(sel: TypeSelections, s: Scope): string | null {
    const types = [...sel.keys()];
    if (types.length === 0 || types.some((t) => !TYPE_PROJECTIONS[t])) return null;
    // Types selected alike share one map; the others tell themselves apart by label.
    const groups = new Map<string, string[]>();
    for (const t of types) {
      const k = JSON.stringify(signature(new Map([['', sel.get(t) ?? []]])));
      groups.set(k, [...(groups.get(k) ?? []), t]);
    }
    const built = [...groups.values()].map((ts) => ({ types: ts, map: this.object(ts[0] as string, sel.get(ts[0] as string) ?? [], s) }));
    if (built.length === 1) return built[0]?.map ?? null;
    if (types.some((t) => !TYPE_LABELS[t])) return null;
    const branches = built.map((b) => `WHEN ${b.types.map((t) => `${s.node}:${TYPE_LABELS[t]}`).join(' OR ')} THEN ${b.map}`);
    return `CASE ${branches.join(' ')} END`;
  }

  private object(type: string, fields: readonly FieldSelection[], s: Scope): string {
    const spec = TYPE_PROJECTIONS[type];
    if (!spec) throw new Error(`no projection for ${type}`);
    const values = new Map<string, string>(spec.always(s));
    // By field name: how many response keys select it, and the ones compiled.
    const related = new Map<string, { selected: number; keys: string[]; cypher: string[] }>();
    for (const f of fields) {
      const value = spec.values[f.field];
      if (value) {
        for (const [k, e] of value(s) as Entries) values.set(k, e);
        continue;
      }
      const rel = spec.relations[f.field];
      if (!rel) continue;
      const r = related.get(f.field) ?? { selected: 0, keys: [], cypher: [] };
      related.set(f.field, r);
      r.selected += 1;
      const cypher = f.sub && ('inline' in rel ? this.inline(rel, f.sub, s) : this.related(rel, f, f.sub, s));
      if (cypher) {
        r.keys.push(f.key);
        r.cypher.push(cypher);
      }
    }
    const entries = [...values].map(([k, e]) => `${quote(k)}: ${e}`);
    for (const [field, r] of related) {
      if (r.cypher.length === 0) continue;
      if (r.selected === 1) entries.push(`${quote(relationKey(field))}: ${r.cypher[0]}`);
      else entries.push(`${quote(relationKey(field))}: [${r.cypher.join(', ')}]`, `${quote(aliasesKey(field))}: ${this.param(r.keys)}`);
    }
    return `{${entries.join(', ')}}`;
  }

  private inline(rel: Inline, sub: TypeSelections, s: Scope): string | null {
    return this.project(sub, rel.inline(s));
  }

  private related(rel: Related, f: FieldSelection, sub: TypeSelections, p: Scope): string | null {
    const c = this.names();
    const read = rel.read(p, c, f.args, this.param);
    if (read === null) return null;
    const child = this.project(sub, rel.scope ? rel.scope(c) : { node: c.node });
    if (child === null) return null;
    const out = `${c.node}_v`;
    return rel.many ? `COLLECT { ${read} RETURN ${child} AS ${out} }` : `head(COLLECT { ${read} RETURN ${child} AS ${out} LIMIT 1 })`;
  }
}

/** Compiled projections by selection object: a selection reused for a repeated query compiles once. */
const compiled = new WeakMap<TypeSelections, Map<string, Projection | null>>();

/** The projection of the node bound to `node`, for the given selection; null when it cannot be compiled. */
export function selectionProjection(sel: TypeSelections, node: string): Projection | null {
  let byNode = compiled.get(sel);
  if (!byNode) {
    byNode = new Map();
    compiled.set(sel, byNode);
  }
  let p = byNode.get(node);
  if (p === undefined) {
    const compiler = new Compiler();
    const cypher = compiler.project(sel, { node });
    p = cypher === null ? null : { cypher, params: Object.freeze(compiler.params) };
    byNode.set(node, p);
  }
  return p;
}

/** What a statement returns for one node: the selection's projection, or the full record projection. */
export interface NodeReturn {
  cypher: string;
  params: Params;
  /** The row value as a record: projected rows are built to the record's shape, full ones are parsed. */
  record<T>(raw: unknown, schema: { parse(v: unknown): T }): T;
}

/** The selection's projection of `node` when there is a selection and it compiles, else `full`. */
export function nodeReturn(sel: TypeSelections | null | undefined, node: string, full: string): NodeReturn {
  const p = sel ? selectionProjection(sel, node) : null;
  if (p) return { cypher: p.cypher, params: p.params, record: <T>(raw: unknown) => raw as T };
  return { cypher: full, params: {}, record: (raw, schema) => schema.parse(raw) };
}
