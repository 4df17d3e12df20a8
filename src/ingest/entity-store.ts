/**
 * The article's entity table: one record per real-world entity with canonical name,
 * aliases (surface forms), mention spans, role words and geo data. Merges surname,
 * first-name-only and misspelt mentions of people, and suffix mentions of organisations.
 */
import type { EntityType, ExtractedEntity, GeoInfo, Span } from './types.js';
import { editDistance, normKey } from './tokens.js';
import { countryOfAdjective, placeByName } from './gazetteer.js';

export interface EntityRecord {
  id: number;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: Span[];
  /** Lower-case role words seen with the entity ("president", "ceo", "foreign secretary"). */
  roles: Set<string>;
  geo: GeoInfo | null;
  /** Country whose government this organisation is, for "Government of X". */
  governmentOf: string | null;
  /** Only in the output when seen as a name (not just as a speaker description). */
  hidden: boolean;
}

export interface MentionRef extends Span {
  entity: number;
  text: string;
}

function personTokens(name: string): string[] {
  return name.replace(/\./g, '').split(/\s+/).filter((t) => t.length > 0);
}

/** "R" and "Ram", "Mohammed" and "Mohammad", but not "Ram" and "Ritendra": the same given name, or an initial of it. */
function sameGivenName(a: string, b: string): boolean {
  if (a.charAt(0) !== b.charAt(0)) return false;
  return a.length <= 2 || b.length <= 2 || a.startsWith(b) || b.startsWith(a) || editDistance(a.toLowerCase(), b.toLowerCase()) <= 2;
}

export class EntityStore {
  readonly entities: EntityRecord[] = [];
  readonly mentions: MentionRef[] = [];
  /** Acronyms that abbreviate a title ("National Security Advisor (NSA)"), never entities. */
  readonly titleAcronyms = new Set<string>();
  private readonly byKey = new Map<string, number>();

  get(id: number): EntityRecord {
    const e = this.entities[id];
    if (!e) throw new Error(`no entity ${id}`);
    return e;
  }

  byName(name: string): EntityRecord | null {
    const id = this.byKey.get(`${normKey(name)}`);
    return id === undefined ? null : this.entities[id] ?? null;
  }

  private create(name: string, type: EntityType): EntityRecord {
    const rec: EntityRecord = {
      id: this.entities.length, name, type, aliases: new Set([name]), mentions: [], roles: new Set(), geo: null,
      governmentOf: null, hidden: false,
    };
    this.entities.push(rec);
    this.byKey.set(normKey(name), rec.id);
    return rec;
  }

  /** Finds a person already in the table that `name` refers to (surname, first name, initials, misspelling). */
  findPerson(name: string): EntityRecord | null {
    const exact = this.byName(name);
    if (exact && exact.type === 'PERSON') return exact;
    const toks = personTokens(name);
    const last = toks[toks.length - 1] ?? '';
    const people = this.entities.filter((e) => e.type === 'PERSON');
    for (const p of people) {
      const pt = personTokens(p.name);
      const plast = pt[pt.length - 1] ?? '';
      if (toks.length === 1) {
        if (pt.includes(last)) return p;
      } else if (plast === last && (pt.length === 1 || sameGivenName(pt[0] ?? '', toks[0] ?? ''))) {
        return p;
      } else if (pt.length === 1 && toks.includes(pt[0] ?? '')) {
        return p;
      }
    }
    if (toks.length === 1 && last.length >= 5) {
      for (const p of people) {
        const plast = personTokens(p.name).pop() ?? '';
        if (plast.length >= 5 && editDistance(plast.toLowerCase(), last.toLowerCase()) === 1) return p;
      }
    }
    return null;
  }

  /** Finds an organisation whose name ends with `name` ("Health Ministry" -> "Lebanese Health Ministry"). */
  findOrgBySuffix(name: string): EntityRecord | null {
    const k = normKey(name);
    if (!k) return null;
    // "the Health Ministry" is the "Ministry of Health"
    const body = /^(\S+(?: \S+)?) (ministry|department)$/.exec(k);
    if (body) {
      const swapped = `${body[2]} of ${body[1]}`;
      const hit = this.entities.find((e) => e.type === 'ORGANISATION' && [...e.aliases].some((a) => normKey(a) === swapped || normKey(a).endsWith(` ${swapped}`)));
      if (hit) return hit;
    }
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (!e || e.type !== 'ORGANISATION') continue;
      for (const a of e.aliases) {
        const ak = normKey(a);
        if (ak === k || ak.endsWith(` ${k}`)) return e;
      }
    }
    return null;
  }

  /** Adds (or finds) the entity and records a mention. */
  add(name: string, type: EntityType, surface: string | null, span: Span | null, opts: { role?: string; hidden?: boolean } = {}): EntityRecord {
    // "Caroline Goodwin QC": post-nominal letters are no part of the name
    if (type === 'PERSON') name = name.replace(/(?:,?\s+(?:QC|KC|MP|MBE|OBE|CBE|MEP|MSP|MLA|SC))+$/, '');
    let rec: EntityRecord | null = null;
    if (type === 'PERSON') rec = this.findPerson(name);
    if (!rec) {
      const id = this.byKey.get(normKey(name));
      if (id !== undefined) rec = this.entities[id] ?? null;
    }
    if (!rec && type === 'ORGANISATION') {
      for (const e of this.entities) if (e.type === 'ORGANISATION' && [...e.aliases].some((a) => normKey(a) === normKey(name))) rec = e;
    }
    if (!rec) {
      rec = this.create(name, type);
      rec.hidden = opts.hidden ?? false;
      if (type === 'LOCATION') rec.geo = geoOf(name);
    } else {
      if (!opts.hidden) rec.hidden = false;
      // upgrade a surname-only person to the full name
      if (type === 'PERSON' && rec.type === 'PERSON' && personTokens(name).length > personTokens(rec.name).length && !/\./.test(rec.name)) {
        this.byKey.set(normKey(name), rec.id);
        rec.name = name;
      }
    }
    rec.aliases.add(name);
    if (surface) rec.aliases.add(surface);
    if (opts.role) rec.roles.add(opts.role.toLowerCase());
    if (span && !rec.mentions.some((m) => m.start === span.start && m.end === span.end)) {
      rec.mentions.push({ start: span.start, end: span.end });
      this.mentions.push({ start: span.start, end: span.end, entity: rec.id, text: surface ?? name });
    }
    return rec;
  }

  /** "Government of Belarus" for a speaking country, capital or seat of government. */
  government(country: string, surface: string | null, span: Span | null): EntityRecord {
    const rec = this.add(`Government of ${country}`, 'ORGANISATION', surface, span);
    rec.governmentOf = country;
    rec.roles.add('government');
    return rec;
  }

  /** "Government of Kerala" for a state's, province's or city's own government. */
  regionalGovernment(region: string, surface: string | null, span: Span | null): EntityRecord {
    const rec = this.add(`Government of ${region}`, 'ORGANISATION', surface, span);
    rec.roles.add('government');
    rec.roles.add('regional government');
    return rec;
  }

  /** Folds `from` into `into`: its aliases, mentions and roles; `from` leaves the output. */
  merge(from: EntityRecord, into: EntityRecord): void {
    if (from === into) return;
    for (const a of from.aliases) into.aliases.add(a);
    for (const r of from.roles) into.roles.add(r);
    for (const m of from.mentions) if (!into.mentions.some((x) => x.start === m.start && x.end === m.end)) into.mentions.push(m);
    for (const m of this.mentions) if (m.entity === from.id) m.entity = into.id;
    from.mentions = [];
    from.hidden = true;
    this.byKey.set(normKey(from.name), into.id);
  }

  /** Re-assigns one mention; an entity left without mentions leaves the output. */
  moveMention(span: Span, from: EntityRecord, to: EntityRecord): void {
    from.mentions = from.mentions.filter((x) => x.start !== span.start || x.end !== span.end);
    if (!to.mentions.some((x) => x.start === span.start && x.end === span.end)) to.mentions.push({ start: span.start, end: span.end });
    for (const x of this.mentions) if (x.entity === from.id && x.start === span.start && x.end === span.end) x.entity = to.id;
    if (from.mentions.length === 0) from.hidden = true;
  }

  /** "INEC" seen before "Independent National Electoral Commission (INEC)": one organisation. */
  mergeAcronyms(): void {
    const initials = (name: string): string => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
    for (const short of this.entities) {
      if (short.type !== 'ORGANISATION' || short.hidden || !/^[A-Z][A-Z&]{1,5}$/.test(short.name)) continue;
      const full = this.entities.find((e) => e !== short && e.type === 'ORGANISATION' && !e.hidden && !e.governmentOf
        && (e.aliases.has(short.name) || initials(e.name) === short.name || initials(e.name.replace(/^\S+ (?=\S+ \S+)/, '')) === short.name));
      if (full) this.merge(short, full);
    }
  }

  /** Mentions in text order. */
  sortedMentions(): MentionRef[] {
    return [...this.mentions].sort((a, b) => a.start - b.start);
  }

  toExtracted(): ExtractedEntity[] {
    return this.entities
      .filter((e) => !e.hidden)
      .map((e) => ({
        name: e.name,
        type: e.type,
        // a pronoun is a mention, never a name to look the entity up by
        aliases: [...e.aliases].filter((a) => !PRONOUN_ALIAS.test(a)),
        mentions: [...e.mentions].sort((a, b) => a.start - b.start),
        geo: e.geo,
      }));
  }
}

const PRONOUN_ALIAS = /^(?:he|she|it|they|him|her|them|his|its|their|we|us|I)$/i;

export function geoOf(name: string): GeoInfo | null {
  const p = placeByName(name);
  if (!p) return null;
  return { kind: p.kind, lat: p.lat, lon: p.lon, iso: p.iso, partOf: p.partOf };
}

/** "Russian" -> "Russia" (for location linking of nationality adjectives). */
export function countryNameOfAdjective(adj: string): string | null {
  return countryOfAdjective(adj)?.name ?? null;
}
