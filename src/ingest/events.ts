/**
 * Groups claims into events by trigger words (explosions, strikes, ceasefire, election,
 * sentencing, emergency declaration, results, strike action, departure …). Unrelated stories
 * in one article stay separate events; each claim lists the event names it is about.
 */
import type { ExtractedClaim, ExtractedEntity, ExtractedEvent } from './types.js';

interface Trigger {
  kind: string;
  label: string;
  re: RegExp;
}

const TRIGGERS: Trigger[] = [
  { kind: 'ceasefire', label: 'ceasefire', re: /\b(?:ceasefire|cease-fire|truce|stoppage of firing|armistice)\b/i },
  { kind: 'explosion', label: 'explosions', re: /\b(?:explo(?:sion|sions|ded|de|ding)|blasts?|detonat(?:ed|ion|ions)|bombings?)\b/i },
  { kind: 'election', label: 'election', re: /\b(?:elections?|polls?|voting|ballots?|declared victory|claims? victory|seats)\b/i },
  { kind: 'sentencing', label: 'sentencing', re: /\b(?:sentenced|sentence|verdict|prison|jail|convicted|trial)\b/i },
  { kind: 'health emergency', label: 'health emergency', re: /\b(?:public health emergency|outbreak|pandemic|epidemic|virus|mpox|cases and|infections?)\b/i },
  { kind: 'labour strike', label: 'strike', re: /\b(?:striking|strikers|walkout|labou?r contract|union's strike|machinists|the strike)\b/i },
  { kind: 'financial results', label: 'results', re: /\b(?:quarter|net loss|net profit|revenue|earnings|cash flow|results)\b/i },
  { kind: 'military strike', label: 'strikes', re: /\b(?:strikes?|struck|air ?strikes?|missiles?|shot down|drones?|jets?|military action|retaliat\w*|targeted)\b/i },
  { kind: 'attack', label: 'attack', re: /\b(?:attacks?|attacked|terror\w*|killings?|massacre)\b/i },
  { kind: 'incursion', label: 'incursion', re: /\b(?:incursion|invasion|offensive|troops|exercises|drills)\b/i },
  { kind: 'departure', label: 'departure', re: /\b(?:depart\w*|leave the club|step down|resign\w*|quit|leaving)\b/i },
  { kind: 'conflict', label: 'conflict', re: /\b(?:war|conflict|escalation|fighting|hostilities|clashes)\b/i },
];

const MONTH = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

function monthLabel(date: string | null): string {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  if (!m) return '';
  return ` (${MONTH[Number(m[2]) - 1] ?? ''} ${m[1]})`;
}

/** The trigger of a claim: among those its content matches, the one most salient in the whole article. */
function triggerOf(c: ExtractedClaim, salience: Map<string, number>): Trigger | null {
  const hay = `${c.content} ${c.quote ?? ''}`;
  let found = TRIGGERS.filter((t) => t.re.test(hay));
  if (found.length === 0) found = TRIGGERS.filter((t) => t.re.test(c.sentence));
  if (found.length === 0) return null;
  return found.sort((a, b) => (salience.get(b.kind) ?? 0) - (salience.get(a.kind) ?? 0))[0] ?? null;
}

function countMatches(re: RegExp, text: string): number {
  return (text.match(new RegExp(re.source, 'gi')) ?? []).length;
}

/** Events for the claims (mutates claim.events) given the article's entities and publication date. */
export function groupEvents(claims: ExtractedClaim[], entities: readonly ExtractedEntity[], publishedAt: string | null, text: string): ExtractedEvent[] {
  const groups = new Map<string, { trigger: Trigger; claims: ExtractedClaim[] }>();
  const unassigned: ExtractedClaim[] = [];
  const salience = new Map<string, number>(TRIGGERS.map((t) => [t.kind, countMatches(t.re, text)]));
  for (const c of claims) {
    const t = triggerOf(c, salience);
    if (!t) { unassigned.push(c); continue; }
    const g = groups.get(t.kind) ?? { trigger: t, claims: [] };
    g.claims.push(c);
    groups.set(t.kind, g);
  }
  if (groups.size === 0 && claims.length > 0) {
    groups.set('statement', { trigger: { kind: 'statement', label: 'statements', re: /$^/ }, claims: [] });
  }
  const main = [...groups.values()].sort((a, b) => b.claims.length - a.claims.length)[0];
  if (main) main.claims.push(...unassigned);
  const locations = entities.filter((e) => e.type === 'LOCATION');
  const countMentions = (name: string, cs: ExtractedClaim[]): number => cs.filter((c) => c.sentence.includes(name) || c.content.includes(name)).length;
  const events: ExtractedEvent[] = [];
  const usedNames = new Set<string>();
  for (const g of groups.values()) {
    if (g.claims.length === 0) continue;
    const locs = locations
      .map((l) => ({ l, n: l.aliases.reduce((acc, a) => acc + countMentions(a, g.claims), 0) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .map((x) => x.l.name);
    const actors = [...new Set(g.claims.map((c) => c.speaker?.name).filter((x): x is string => Boolean(x)))];
    const orgActor = g.claims.map((c) => c.speaker).find((sp) => sp && sp.type === 'ORGANISATION' && !/^Government of/.test(sp.name))?.name;
    const where = locs[0] ?? orgActor ?? actors.find((a) => !/^Government of/.test(a)) ?? '';
    const dates = g.claims.map((c) => c.saidOn).filter((d): d is string => Boolean(d)).sort();
    const start = dates[0] ?? (publishedAt ? publishedAt.slice(0, 10) : null);
    let name = `${where ? `${where} ` : ''}${g.trigger.label}${monthLabel(start)}`.trim();
    while (usedNames.has(name)) name = `${name} (2)`;
    usedNames.add(name);
    const keyTerms = [...new Set([g.trigger.kind, ...locs.slice(0, 3).map((l) => l.toLowerCase()), ...(g.trigger.re.exec(text)?.[0] ? [g.trigger.re.exec(text)?.[0]?.toLowerCase() ?? ''] : [])])].filter(Boolean);
    events.push({
      name,
      kind: g.trigger.kind,
      start,
      end: dates[dates.length - 1] ?? start,
      locations: locs.slice(0, 5),
      actors,
      keyTerms,
    });
    for (const c of g.claims) c.events = [name];
  }
  return events;
}
