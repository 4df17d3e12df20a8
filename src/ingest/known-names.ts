/**
 * The table of known names matched longest-first before shape heuristics: gazetteer
 * surfaces (countries, cities, regions and their aliases) and well-known organisations.
 */
import type { EntityType } from './types.js';
import { allSurfaces, lookupPlace } from './gazetteer.js';
import { KNOWN_ORGS } from './lexicon.js';
import { nationalTeamNicknames } from './national-teams.js';

export interface Known {
  name: string;
  type: EntityType;
}

export const KNOWN = new Map<string, Known>();
let maxTokens = 1;
function addKnown(surface: string, k: Known): void {
  if (!KNOWN.has(surface)) KNOWN.set(surface, k);
  maxTokens = Math.max(maxTokens, surface.split(/\s+/).length);
}
for (const [name, variants] of Object.entries(KNOWN_ORGS)) {
  for (const v of variants) addKnown(v.replace(/^the /, ''), { name, type: 'ORGANISATION' });
}
for (const [surface, team] of nationalTeamNicknames()) addKnown(surface, { name: team, type: 'ORGANISATION' });
for (const s of allSurfaces()) {
  const p = lookupPlace(s);
  if (p) addKnown(s, { name: p.name, type: 'LOCATION' });
}

/** The longest known name, in tokens. */
export function maxKnownTokens(): number {
  return maxTokens;
}

/** The known entity a surface form names, if any. */
export function knownName(surface: string): Known | null {
  return KNOWN.get(surface) ?? null;
}
