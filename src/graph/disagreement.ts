/**
 * Where sources disagree about one event: a denial set against what others asserted, or
 * different numbers given for the same thing. Pure; works on the claims of one event.
 */

export interface ClaimFacts {
  id: string;
  content: string;
  cue: string;
  speakerId: string | null;
}

export type DisagreementKind = 'DENIAL' | 'NUMBERS';

export interface DisagreementPair {
  kind: DisagreementKind;
  claimId: string;
  opposingId: string;
  sharedTerms: string[];
}

const DENIAL_CUE = /^(categorically\s+)?(den(y|ies|ied)|reject(s|ed)?|dismiss(es|ed)?|refut(es|ed)|disput(es|ed)|contradict(s|ed)?|rebut(s|ted)?)\b/i;

const STOP = new Set(
  'a an the and or but of in on at to for from by with as is was were be been are that this these those it its their his her they he she we our not no has have had will would could should may might than then there which who whom what when where said says told about after before over under into more most some any all also only very just'.split(' '),
);

function terms(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}[\p{L}'-]{2,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

const WORD_NUMBERS: Record<string, string> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i)]),
);

/** Numbers named in a text, digits or small number words: "eight" and "8" are the same. */
function numbers(text: string): Set<string> {
  const digits = (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, ''));
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => WORD_NUMBERS[w]).filter((n): n is string => n !== undefined);
  return new Set([...digits, ...words]);
}

function shared(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => b.has(x)).sort();
}

export function isDenial(cue: string): boolean {
  return DENIAL_CUE.test(cue.trim());
}

/** Pairs of claims by different speakers that contradict each other, most shared terms first. */
export function findDisagreements(claims: ClaimFacts[], minShared = 2): DisagreementPair[] {
  const facts = claims.map((c) => ({ c, t: terms(c.content), n: numbers(c.content), denial: isDenial(c.cue) }));
  const out: DisagreementPair[] = [];
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (!a || !b) continue;
      if (a.c.speakerId !== null && a.c.speakerId === b.c.speakerId) continue;
      const common = shared(a.t, b.t);
      if (common.length < minShared) continue;
      if (a.denial !== b.denial) {
        const [denial, other] = a.denial ? [a, b] : [b, a];
        out.push({ kind: 'DENIAL', claimId: denial.c.id, opposingId: other.c.id, sharedTerms: common });
      } else if (a.n.size > 0 && b.n.size > 0 && shared(a.n, b.n).length === 0) {
        out.push({ kind: 'NUMBERS', claimId: a.c.id, opposingId: b.c.id, sharedTerms: common });
      }
    }
  }
  return out.sort((x, y) => y.sharedTerms.length - x.sharedTerms.length);
}
