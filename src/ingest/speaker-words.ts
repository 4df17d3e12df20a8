/**
 * Word classes used to read speaker descriptions: determiners, person-like and
 * organisation-like head nouns, company-type heads, role synonyms, and the head of a phrase.
 */
import { ORG_APPOSITION, ORG_HEADS } from './lexicon.js';

export const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|several|many|two|three|other|one|another|senior|unnamed|anonymous)\s+/i;
export const PERSONISH_HEADS = new Set(['aide', 'adviser', 'advisor', 'official', 'representative', 'prisoner', 'soldier', 'resident', 'man', 'woman', 'worker', 'survivor', 'witness', 'victim', 'doctor', 'nurse', 'student', 'member', 'fighter', 'commander', 'officer', 'lawyer', 'relative', 'father', 'mother', 'son', 'daughter', 'neighbour', 'neighbor', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'insider',
  'homeowner', 'owner', 'driver', 'passenger', 'shopkeeper', 'trader', 'vendor', 'parent', 'customer', 'employee', 'patient', 'teacher',
  'farmer', 'pilot', 'eyewitness', 'bystander', 'tenant', 'landlord', 'motorist', 'pedestrian', 'mourner', 'protester', 'villager', 'local']);
export const ORGISH_HEADS = new Set([...ORG_HEADS, ...ORG_APPOSITION, 'forecaster', 'regulator', 'operator', 'developer', 'provider', 'producer', 'exporter', 'supplier', 'utility', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'government', 'military', 'regime', 'country', 'nation', 'side', 'entity', 'firm', 'organisation', 'organization', 'watchdog', 'body', 'panel', 'committee', 'jury', 'court', 'prosecutors', 'investigators', 'administration', 'kremlin', 'police', 'league', 'federation', 'association', 'tribunal', 'parliament', 'assembly']);

export const COMPANY_HEADS = new Set(['company', 'firm', 'carrier', 'airline', 'manufacturer', 'maker', 'bank', 'lender', 'insurer', 'giant', 'retailer', 'group', 'club', 'team', 'forecaster', 'regulator', 'operator', 'broadcaster', 'developer', 'provider', 'producer', 'exporter', 'importer', 'distributor', 'supplier', 'watchdog', 'organiser', 'organizer', 'utility', 'chain', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'startup', 'publisher', 'outlet']);
export const ROLE_SYNONYMS: Record<string, string[]> = {
  pontiff: ['pope'], monarch: ['king', 'queen'], premier: ['prime', 'premier'], chancellor: ['chancellor'],
  'head of state': ['president', 'king', 'queen'], leader: ['president', 'prime', 'leader', 'chairman'],
  ceo: ['executive', 'chief-executive', 'ceo'], chief: ['chairman', 'chairwoman', 'head', 'executive', 'director', 'chief'], boss: ['executive', 'ceo', 'chairman', 'manager', 'coach', 'head'],
};
export const GENERIC_ORG_HEADS = new Set(['forecaster', 'regulator', 'operator', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'utility', 'group', 'organisation', 'organization', 'company', 'firm', 'party', 'movement', 'militia', 'outfit', 'club', 'team', 'carrier', 'airline', 'manufacturer', 'maker', 'bank', 'lender', 'insurer', 'broadcaster', 'network', 'channel', 'newspaper', 'agency', 'ministry', 'department', 'union', 'giant', 'retailer']);

export function headOf(np: string): string {
  const core = np.replace(/\s+(?:in|of|at|from|for|with|on|based|who|which|that)\s.*$/i, '');
  const words = core.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '');
}
