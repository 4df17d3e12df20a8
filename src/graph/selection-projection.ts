import neo4j from 'neo4j-driver';
import type { Params } from './graph.js';
import { TYPE_LABELS, TYPE_PROJECTIONS, type Entries, type Inline, type Names, type Related, type Scope } from './field-projections.js';

/**
 * Compiles a GraphQL selection into one Cypher map projection: only the selected fields, with
 * every selected relation read in the same statement (COLLECT subqueries, paged before they are
 * projected), however deep. A nested query then costs one round trip, like @neo4j/graphql's
 * single-statement translation, while each field keeps the order and paging of its loader.
 *
 * Values land under their field names (default resolvers read them); relations land under
 * `prefetched`, keyed by response key (alias or field name), since aliases of one relation may
 * carry different arguments. Resolvers read `prefetched` first and fall back to their loaders.
 */

export interface FieldSelection {
  /** The response key: the alias, or the field name. */
  key: string;
  field: string;
  /** Coerced argument values, defaults applied. */
  args: Readonly<Record<string, unknown>>;
  /** Sub-selections by concrete object type; null for leaves. */
  sub: TypeSelections | null;
}
/** The fields selected on each object type a value may have (one entry for an object type). */
export type TypeSelections = ReadonlyMap<string, readonly FieldSelection[]>;

export const PREFETCHED = 'prefetched';

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
    const related = new Map<string, string>();
    for (const f of fields) {
      const value = spec.values[f.field];
      if (value) {
        for (const [k, e] of value(s) as Entries) values.set(k, e);
        continue;
      }
      const rel = spec.relations[f.field];
      if (!rel || !f.sub || related.has(f.key)) continue;
      const cypher = 'inline' in rel ? this.inline(rel, f.sub, s) : this.related(rel, f, s);
      if (cypher !== null) related.set(f.key, cypher);
    }
    const entries = [...values].map(([k, e]) => `${quote(k)}: ${e}`);
    if (related.size > 0) entries.push(`${PREFETCHED}: {${[...related].map(([k, e]) => `${quote(k)}: ${e}`).join(', ')}}`);
    return `{${entries.join(', ')}}`;
  }

  private inline(rel: Inline, sub: TypeSelections, s: Scope): string | null {
    return this.project(sub, rel.inline(s));
  }

  private related(rel: Related, f: FieldSelection, p: Scope): string | null {
    const c = this.names();
    const read = rel.read(p, c, f.args, this.param);
    if (read === null || !f.sub) return null;
    const child = this.project(f.sub, rel.scope ? rel.scope(c) : { node: c.node });
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
