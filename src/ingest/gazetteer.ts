/**
 * Offline gazetteer: countries, capitals, major cities and regions, with coordinates,
 * ISO codes, parent locations, nationality adjectives and seats of government.
 */
import type { LocationKind } from './types.js';
import { CITY_ROWS, COUNTRY_ROWS, EXTRA_CITY_ROWS, EXTRA_REGION_ROWS, NATURAL_REGION_ROWS, REGION_ROWS } from './gazetteer-data.js';

export interface Place {
  name: string;
  kind: LocationKind;
  lat: number | null;
  lon: number | null;
  iso: string | null;
  partOf: string | null;
  /** For a capital: the country it is the capital of. */
  capitalOf: string | null;
}

const bySurface = new Map<string, Place>();
const byName = new Map<string, Place>();
const byAdjective = new Map<string, Place>();
const countryByIso = new Map<string, Place>();
const adjectiveOfCountry = new Map<string, string>();

function num(s: string | undefined): number | null {
  if (s === undefined || s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function list(s: string | undefined): string[] {
  return (s ?? '').split(',').map((x) => x.trim()).filter((x) => x.length > 0);
}

/** "Washington (state)" is said "Washington". */
function surfaceOf(name: string): string {
  return name.replace(/\s*\([^)]*\)$/, '');
}

function add(surface: string, place: Place, override = false): void {
  if (override || !bySurface.has(surface)) bySurface.set(surface, place);
}

for (const row of COUNTRY_ROWS) {
  const [name = '', iso = '', lat, lon, adjs, capital = '', cLat, cLon, aliases] = row.split('|');
  const country: Place = { name, kind: 'COUNTRY', lat: num(lat), lon: num(lon), iso, partOf: null, capitalOf: null };
  byName.set(name, country);
  countryByIso.set(iso, country);
  add(name, country, true);
  for (const a of list(aliases)) add(a.replace(/^the /, ''), country, true);
  for (const adj of list(adjs)) if (!byAdjective.has(adj)) byAdjective.set(adj, country);
  const firstAdj = list(adjs)[0];
  if (firstAdj) adjectiveOfCountry.set(name, firstAdj);
  if (capital) {
    const cap: Place = { name: capital, kind: 'CITY', lat: num(cLat), lon: num(cLon), iso: null, partOf: name, capitalOf: name };
    byName.set(capital, cap);
    add(capital, cap);
  }
}
for (const row of [...CITY_ROWS, ...EXTRA_CITY_ROWS]) {
  const [name = '', iso = '', lat, lon, aliases] = row.split('|');
  const country = countryByIso.get(iso);
  const existing = byName.get(name);
  const city: Place = existing ?? {
    name, kind: 'CITY', lat: num(lat), lon: num(lon), iso: null, partOf: country?.name ?? null, capitalOf: null,
  };
  byName.set(name, city);
  add(name, city);
  for (const a of list(aliases)) add(a, city, true);
}
for (const row of [...REGION_ROWS, ...EXTRA_REGION_ROWS, ...NATURAL_REGION_ROWS]) {
  const [name = '', iso = '', lat, lon, aliases, iso2] = row.split('|');
  const country = iso ? countryByIso.get(iso) : undefined;
  const region: Place = {
    name, kind: 'REGION', lat: num(lat), lon: num(lon), iso: iso2 || null, partOf: country?.name ?? null, capitalOf: null,
  };
  byName.set(name, region);
  add(surfaceOf(name), region);
  for (const a of list(aliases)) add(a, region);
}
// Washington, D.C. is usually said "Washington".
{
  const dc = byName.get('Washington, D.C.');
  if (dc) {
    add('Washington', dc, true);
    add('Washington DC', dc, true);
  }
}

/** Seats of government that speak for their country ("the Kremlin said"). */
const SEATS: Record<string, string> = {
  Kremlin: 'Russia',
  'White House': 'United States',
  'Downing Street': 'United Kingdom',
  'Elysee': 'France',
  'Élysée': 'France',
  'Elysee Palace': 'France',
  'Élysée Palace': 'France',
  'Blue House': 'South Korea',
  'Quai d’Orsay': 'France',
  "Quai d'Orsay": 'France',
  Moncloa: 'Spain',
  'Moncloa Palace': 'Spain',
  'Palazzo Chigi': 'Italy',
  'Chigi Palace': 'Italy',
  Zhongnanhai: 'China',
  'Planalto': 'Brazil',
  'Planalto Palace': 'Brazil',
  'Casa Rosada': 'Argentina',
  'La Moneda': 'Chile',
  'Miraflores Palace': 'Venezuela',
  'Kantei': 'Japan',
  'Yongsan': 'South Korea',
  'Bankova': 'Ukraine',
  'Bundeskanzleramt': 'Germany',
  'Number 10': 'United Kingdom',
  'No 10': 'United Kingdom',
  'Rideau Hall': 'Canada',
  'Malacañang': 'Philippines',
  'Malacanang': 'Philippines',
  'Istana': 'Singapore',
  'Union Buildings': 'South Africa',
  'Aso Rock': 'Nigeria',
  'Bellevue Palace': 'Germany',
};

/** The place a surface form names, e.g. "Kiev" -> Kyiv, "DRC" -> Democratic Republic of the Congo. */
export function lookupPlace(surface: string): Place | null {
  return bySurface.get(surface) ?? bySurface.get(surface.replace(/^the /i, '')) ?? null;
}

export function placeByName(name: string): Place | null {
  return byName.get(name) ?? null;
}

/** "Russian" -> Russia; also accepts plural demonyms ("Pakistanis"). */
export function countryOfAdjective(adj: string): Place | null {
  return byAdjective.get(adj) ?? (adj.endsWith('s') ? byAdjective.get(adj.slice(0, -1)) ?? null : null);
}

/** "Lebanon" -> "Lebanese". */
export function adjectiveOf(country: string): string | null {
  return adjectiveOfCountry.get(country) ?? null;
}

export function countryOfIso(iso: string): Place | null {
  return countryByIso.get(iso.toUpperCase()) ?? null;
}

/** The country whose government a place or seat stands for when it speaks: Minsk -> Belarus. */
export function governmentCountry(surface: string): string | null {
  const seat = SEATS[surface.replace(/^the /i, '')];
  if (seat) return seat;
  const p = lookupPlace(surface);
  if (!p) return null;
  if (p.kind === 'COUNTRY') return p.name;
  if (p.capitalOf) return p.capitalOf;
  return null;
}

export function isSeatOfGovernment(surface: string): boolean {
  return SEATS[surface.replace(/^the /i, '')] !== undefined;
}

/** Country-code top-level domains of outlets, for guessing an article's home country. */
export function countryOfUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url);
  const host = m?.[1]?.toLowerCase();
  if (!host) return null;
  const tld = host.split('.').pop() ?? '';
  if (tld.length !== 2) return null;
  const iso = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return countryByIso.get(iso)?.name ?? null;
}

export function allSurfaces(): string[] {
  return [...bySurface.keys()];
}
