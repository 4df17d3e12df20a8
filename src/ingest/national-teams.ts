/**
 * National sports teams: their nicknames ("the All Blacks", "the Super Eagles") and the sport an
 * article is about, so that "England beat New Zealand 19-7" names the teams, not the places.
 * Canonical names follow the common encyclopaedic form, "New Zealand national rugby union team".
 */

export type Sport = 'football' | 'cricket' | 'rugby union' | 'rugby league' | 'basketball' | 'hockey';

interface Nickname {
  country: string;
  sport: Sport;
  women?: boolean;
}

/** Nicknames that name one team only. Ambiguous ones ("the Elephants", "the Kiwis") are left out. */
const NICKNAMES: Record<string, Nickname> = {
  'All Blacks': { country: 'New Zealand', sport: 'rugby union' },
  'Black Ferns': { country: 'New Zealand', sport: 'rugby union', women: true },
  'Black Caps': { country: 'New Zealand', sport: 'cricket' },
  BlackCaps: { country: 'New Zealand', sport: 'cricket' },
  'White Ferns': { country: 'New Zealand', sport: 'cricket', women: true },
  'Black Sticks': { country: 'New Zealand', sport: 'hockey' },
  'Tall Blacks': { country: 'New Zealand', sport: 'basketball' },
  'All Whites': { country: 'New Zealand', sport: 'football' },
  Springboks: { country: 'South Africa', sport: 'rugby union' },
  Proteas: { country: 'South Africa', sport: 'cricket' },
  'Bafana Bafana': { country: 'South Africa', sport: 'football' },
  'Banyana Banyana': { country: 'South Africa', sport: 'football', women: true },
  Wallabies: { country: 'Australia', sport: 'rugby union' },
  Wallaroos: { country: 'Australia', sport: 'rugby union', women: true },
  Socceroos: { country: 'Australia', sport: 'football' },
  Matildas: { country: 'Australia', sport: 'football', women: true },
  'Los Pumas': { country: 'Argentina', sport: 'rugby union' },
  'Brave Blossoms': { country: 'Japan', sport: 'rugby union' },
  'Samurai Blue': { country: 'Japan', sport: 'football' },
  'Flying Fijians': { country: 'Fiji', sport: 'rugby union' },
  'Manu Samoa': { country: 'Samoa', sport: 'rugby union' },
  'Super Eagles': { country: 'Nigeria', sport: 'football' },
  'Super Falcons': { country: 'Nigeria', sport: 'football', women: true },
  'Black Stars': { country: 'Ghana', sport: 'football' },
  'Black Queens': { country: 'Ghana', sport: 'football', women: true },
  'Indomitable Lions': { country: 'Cameroon', sport: 'football' },
  'Atlas Lions': { country: 'Morocco', sport: 'football' },
  'Teranga Lions': { country: 'Senegal', sport: 'football' },
  'Harambee Stars': { country: 'Kenya', sport: 'football' },
  'Uganda Cranes': { country: 'Uganda', sport: 'football' },
  Chipolopolo: { country: 'Zambia', sport: 'football' },
  'Carthage Eagles': { country: 'Tunisia', sport: 'football' },
  'Desert Foxes': { country: 'Algeria', sport: 'football' },
  'Three Lions': { country: 'England', sport: 'football' },
  Lionesses: { country: 'England', sport: 'football', women: true },
  'Les Bleus': { country: 'France', sport: 'football' },
  Azzurri: { country: 'Italy', sport: 'football' },
  'Seleção': { country: 'Brazil', sport: 'football' },
  'La Roja': { country: 'Spain', sport: 'football' },
  'El Tri': { country: 'Mexico', sport: 'football' },
  USMNT: { country: 'United States', sport: 'football' },
  USWNT: { country: 'United States', sport: 'football', women: true },
  'Taegeuk Warriors': { country: 'South Korea', sport: 'football' },
};

/** "New Zealand national rugby union team", "Spain women's national football team". */
export function nationalTeamName(country: string, sport: Sport, women = false): string {
  return `${country} ${women ? "women's " : ''}national ${sport} team`;
}

/** Surface -> canonical team name, for the known-names table. */
export function nationalTeamNicknames(): Array<[string, string]> {
  return Object.entries(NICKNAMES).map(([surface, n]) => [surface, nationalTeamName(n.country, n.sport, n.women)]);
}

const SPORT_WORDS: Array<[Sport, RegExp]> = [
  ['cricket', /\b(?:cricket(?:er|ers)?|wickets?|innings|ODIs?|T20Is?|T20|Test series|Test match|bowl(?:er|ers|ing)|bats(?:man|men)|batters?|pacers?|spinners?|IPL|BCCI|ICC)\b/g],
  ['rugby league', /\b(?:rugby league|NRL|State of Origin|Super League)\b/g],
  ['rugby union', /\b(?:rugby|scrums?|fly-half|flanker|lineouts?|Six Nations|Rugby Championship|Springboks|All Blacks|Wallabies|Black Ferns)\b/g],
  ['football', /\b(?:football(?:er|ers)?|soccer|FIFA|UEFA|CAF|AFCON|strikers?|midfielders?|goalkeepers?|Premier League|La Liga|Serie A|Bundesliga|penalty shoot-?out|penalt(?:y|ies)|goals?|goalless|equali[sz](?:er|ed)|half-time|World Cup|Asian Cup|Africa Cup|Copa Am[eé]rica|Champions League|Europa League|Super Eagles|Socceroos|Matildas)\b/g],
  ['basketball', /\b(?:basketball|NBA|WNBA|FIBA)\b/g],
  ['hockey', /\b(?:hockey|NHL)\b/g],
];

/** The sport an article is mostly about (at least two of its words), or null when it is not a sports story. */
export function sportOf(text: string): Sport | null {
  const hits = new Map<Sport, number>(SPORT_WORDS.map(([sport, re]) => [sport, text.match(re)?.length ?? 0]));
  // every "rugby league" is also a "rugby": league wins unless union words outnumber it
  const league = hits.get('rugby league') ?? 0;
  if (league > 0 && (hits.get('rugby union') ?? 0) <= 2 * league) hits.set('rugby union', 0);
  let best: Sport | null = null;
  let most = 1;
  for (const [sport, n] of hits) if (n > most) { best = sport; most = n; }
  return best;
}
