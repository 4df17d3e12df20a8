/**
 * The attribution-cue lexicon: reporting verbs in all their forms, multi-word cues
 * ("called for", "ruled out", "put the death toll at"), "according to", agentless
 * reporting ("are reported to", "It is also reported"), and how each form behaves.
 */

export type CueForm = 'finite' | 'participle' | 'infinitive' | 'according' | 'passive' | 'agent';

export interface CueMatch {
  start: number;
  end: number;
  text: string;
  lemma: string;
  form: CueForm;
}

const VERBS: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'telling'],
  state: ['stated', 'states', 'stating'],
  add: ['added', 'adds', 'adding'],
  claim: ['claimed', 'claims', 'claiming', 'claim'],
  confirm: ['confirmed', 'confirms', 'confirming'],
  deny: ['denied', 'denies', 'denying', 'deny'],
  reject: ['rejected', 'rejects', 'rejecting'],
  accuse: ['accused', 'accuses', 'accusing', 'accuse'],
  warn: ['warned', 'warns', 'warning', 'warn'],
  caution: ['cautioned', 'cautions', 'cautioning'],
  urge: ['urged', 'urges', 'urging'],
  advise: ['advised', 'advises'],
  'call for': ['called for', 'calls for', 'calling for'],
  'call on': ['called on', 'calls on', 'calling on', 'called upon', 'calls upon'],
  declare: ['declared', 'declares', 'declaring'],
  reveal: ['revealed', 'reveals', 'revealing'],
  report: ['reported', 'reports', 'reporting'],
  write: ['wrote', 'writes', 'writing'],
  announce: ['announced', 'announces', 'announcing'],
  estimate: ['estimated', 'estimates'],
  'rule out': ['ruled out', 'rules out', 'ruling out'],
  insist: ['insisted', 'insists', 'insisting', 'insist'],
  argue: ['argued', 'argues', 'arguing', 'argue'],
  note: ['noted', 'notes', 'noting'],
  explain: ['explained', 'explains', 'explaining'],
  promise: ['promised', 'promises', 'promising'],
  vow: ['vowed', 'vows', 'vowing'],
  pledge: ['pledged', 'pledges', 'pledging'],
  condemn: ['condemned', 'condemns', 'condemning'],
  threaten: ['threatened', 'threatens', 'threatening'],
  predict: ['predicted', 'predicts', 'predicting'],
  allege: ['alleged', 'alleges', 'alleging', 'allege'],
  acknowledge: ['acknowledged', 'acknowledges', 'acknowledging'],
  admit: ['admitted', 'admits', 'admitting'],
  suggest: ['suggested', 'suggests'],
  stress: ['stressed', 'stresses', 'stressing'],
  emphasise: ['emphasised', 'emphasized', 'emphasises', 'emphasizes'],
  assert: ['asserted', 'asserts', 'asserting'],
  maintain: ['maintained', 'maintains'],
  post: ['posted'],
  tweet: ['tweeted', 'tweets'],
  sentence: ['sentenced'],
  order: ['ordered'],
  welcome: ['welcomed', 'welcomes'],
  uphold: ['upheld', 'upholds', 'overturned', 'quashed', 'struck down'],
  remind: ['reminded', 'reminds'],
  mention: ['mentioned'],
  convict: ['convicted', 'acquitted'],
  rule: ['ruled'],
  blame: ['blamed', 'blames', 'blaming'],
  criticise: ['criticised', 'criticized', 'criticises', 'criticizes'],
  demand: ['demanded', 'demands'],
  describe: ['described', 'describes', 'describing'],
  cite: ['cited', 'cites'],
  quote: ['quoted'],
  inform: ['informed', 'informs'],
  'point out': ['pointed out', 'points out'],
  'make clear': ['made clear', 'made it clear', 'makes clear', 'makes it clear'],
  express: ['expressed'],
  'go on to say': ['went on to say', 'went on to state', 'went on to add', 'goes on to say'],
  signal: ['signalled', 'signaled'],
  hint: ['hinted'],
  appeal: ['appealed for', 'appeals for', 'appealed to', 'appeals to'],
  call: ['called', 'calling'],
  recommend: ['recommended', 'recommends'],
  forecast: ['forecast', 'forecasts'],
  'put the toll at': ['put the death toll at', 'put the toll at', 'puts the death toll at', 'puts the toll at'],
  circulate: ['circulated'],
  boast: ['boasted'],
  disclose: ['disclosed'],
  concede: ['conceded'],
  reiterate: ['reiterated', 'reiterates'],
  agree: [],
  dismiss: ['dismissed', 'dismisses', 'dismissing'],
  denounce: ['denounced', 'denounces', 'denouncing'],
  joke: ['joked', 'jokes'],
  indicate: ['indicated', 'indicates'],
  highlight: ['highlighted', 'highlights'],
  praise: ['praised', 'praises', 'praising'],
  ask: ['asked', 'asks'],
  outline: ['outlined', 'outlines'],
  hail: ['hailed', 'hails'],
  expect: ['expect', 'expects', 'expected'],
  slam: ['slammed', 'slams', 'slamming'],
  implore: ['implored', 'implores', 'imploring'],
  affirm: ['affirmed', 'affirms', 'reaffirmed', 'reaffirms'],
  assure: ['assured', 'assures', 'assuring'],
  reply: ['replied', 'replies', 'replying'],
  remark: ['remarked', 'remarks'],
  quip: ['quipped'],
  counter: ['countered', 'counters'],
  complain: ['complained', 'complains'],
  testify: ['testified', 'testifies'],
  respond: ['responded', 'responds'],
  recall: ['recalled', 'recalls'],
  'hit out': ['hit out at', 'hits out at', 'hitting out at', 'lashed out at', 'lashes out at'],
  share: ['shared'],
  underscore: ['underscored', 'underscores', 'underlined'],
  term: ['termed', 'branded', 'labelled', 'labeled'],
  'refer to': ['referred to'],
  identify: ['identified'],
  request: ['requested', 'requests'],
  conclude: ['concluded', 'concludes'],
  continue: ['continued'],
  'go on': ['went on', 'goes on'],
  anticipate: ['anticipated', 'anticipates'],
  lament: ['lamented', 'laments'],
  convey: ['conveyed', 'conveys'],
  comment: ['commented', 'comments'],
  'raise concerns': ['raised concerns', 'raises concerns', 'raising concerns', 'raised concern', 'raised fears', 'raises fears', 'raising fears', 'raised questions', 'raises questions'],
};

const PARTICIPLE_ONLY = new Set(['saying', 'telling', 'stating', 'adding', 'claiming', 'confirming', 'denying', 'rejecting',
  'accusing', 'warning', 'cautioning', 'urging', 'calling for', 'declaring', 'revealing', 'reporting', 'writing',
  'announcing', 'ruling out', 'insisting', 'arguing', 'noting', 'explaining', 'promising', 'vowing', 'pledging',
  'condemning', 'threatening', 'predicting', 'alleging', 'acknowledging', 'admitting', 'stressing', 'asserting',
  'blaming', 'describing', 'calling', 'dismissing', 'denouncing', 'praising', 'calling on', 'slamming', 'imploring', 'assuring', 'replying', 'hitting out at',
  'raising concerns', 'raising fears']);

const FORM_TO_LEMMA = new Map<string, string>();
for (const [lemma, forms] of Object.entries(VERBS)) for (const f of forms) FORM_TO_LEMMA.set(f, lemma);

const FORMS = [...FORM_TO_LEMMA.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+'));
const CUE_RE = new RegExp(`\\b(?:${FORMS.join('|')})\\b`, 'g');
/** "was quoted (by TASS) as saying" */
export const QUOTED_AS_RE = /\b(?:was|were|is|are|has\s+been)\s+quoted\s+(?:by\s+([^,.;]{2,60}?)\s+)?as\s+(?:saying|telling|stating|warning)\b/g;
/** "was announced by Volkswagen": a passive cue with its agent. */
const AGENT_RE = /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|as)\s+(?:also\s+)?(announced|confirmed|reported|disclosed|revealed|denied|declared|stated|claimed|condemned|criticised|criticized|rejected|accused|blamed|praised|slammed|warned|urged)\s+(?:of\s+[^,.;]{1,80}?\s+|for\s+[^,.;]{1,80}?\s+)?by\s+/g;
/** "according to X", "as per X" (South Asian and African copy). */
const ACCORDING_RE = /\b(?:[Aa]ccording\s+to|[Aa]s\s+per|[Ii]n\s+(?:his|her|their|its)\s+(?:own\s+)?words)\b/g;
/** "The court heard that", "an inquest was told": the unnamed side that put it to the court. */
const HEARD_RE = /\b(?:[Tt]he|[Aa]n?|\p{Lu}\p{Ll}+(?:['’]\s*|\s+\p{Lu}\p{Ll}+['’]?)*)\s+(?:[Cc]ourt|jury|inquest|[Tt]ribunal|hearing|trial)\s+(?:has\s+)?(?:heard|was\s+told)\b/gu;
const PASSIVE_RE = /\b(?:(?:[Ii]t\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:reported|said|claimed|believed|alleged|understood))|(?:(?:is|are|was|were)\s+(?:also\s+)?(?:reported|said|believed|alleged|thought|understood)\s+to)|(?:(?:has|have)\s+been\s+(?:widely\s+)?(?:attributed|blamed)\s+on|(?:has|have)\s+been\s+(?:widely\s+)?attributed\s+to))\b/g;

/** Words that make "claims"/"reports"/"estimates" a noun rather than a verb. */
const NOUN_BEFORE = /\b(?:the|a|an|these|those|such|his|her|its|their|our|unconfirmed|media|news|press|initial|earlier|early|new|latest|official|false|conflicting|several|many|some|of|and|with|by|to|in|on|for|no|any|both|all|two|three|'s|’s)\s+$/i;

function lemmaOf(form: string): string {
  return FORM_TO_LEMMA.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? form.toLowerCase();
}

/** All cue candidates in `s` (offsets relative to `s`). */
export function findCues(s: string): CueMatch[] {
  const out: CueMatch[] = [];
  for (const m of s.matchAll(PASSIVE_RE)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], lemma: 'report', form: 'passive' });
  }
  for (const m of s.matchAll(AGENT_RE)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[1] ?? m[0].trim(), lemma: lemmaOf(m[1] ?? ''), form: 'agent' });
  }
  for (const m of s.matchAll(QUOTED_AS_RE)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], lemma: 'say', form: 'finite' });
  }
  for (const m of s.matchAll(HEARD_RE)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], lemma: 'hear', form: 'passive' });
  }
  // "“…” Remarked Mulinge.": a capitalised verb of saying opening the attribution after a quote
  const opener = /^(Added|Remarked|Stated|Noted|Explained|Continued|Concluded)\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}[.!]?\s*$)/u.exec(s);
  if (opener) out.push({ start: 0, end: (opener[1] ?? '').length, text: opener[1] ?? '', lemma: lemmaOf((opener[1] ?? '').toLowerCase()), form: 'finite' });
  for (const m of s.matchAll(ACCORDING_RE)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], lemma: 'according', form: 'according' });
  }
  for (const m of s.matchAll(CUE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) continue;
    const before = s.slice(Math.max(0, start - 30), start);
    const after = s.slice(end, end + 20);
    const form = m[0].replace(/\s+/g, ' ');
    const lemma = lemmaOf(form);
    // noun uses: "the claims made by", "unconfirmed reports", "estimates of"
    if (/^(?:claims|reports|estimates|forecasts|notes|demands|states|promises|threats|pledges|vows|posts|cites)$/.test(form) && NOUN_BEFORE.test(before)) continue;
    if (/^(?:claims|reports|estimates|states|notes|promises)$/.test(form) && /^\s+(?:of|made|by|from|on|in|about|and|were|was|are|is|have|has|that\s+were)\b/.test(after)) continue;
    // "venomous tweets by Trump", "attacks claimed by the TTP": a noun or a reduced passive, not the speaker's verb
    if (/^(?:tweets|posts|claimed|reported|announced|described)$/.test(form) && /^\s+by\b/.test(after)) continue;
    if (/^(?:[Uu]nited|[Mm]ember|[Gg]ulf|[Bb]altic|[Ii]slamic)\s*$/.test(before.slice(-8)) && form === 'states') continue;
    // infinitive "to say", but "was quick to add:", "went on to say that"
    if (/\bto\s+$/.test(before) && !PARTICIPLE_ONLY.has(form) && !(/\b(?:quick|quicker|keen|swift|hastened|rushed|went\s+on|moved)\s+to\s+$/.test(before) && /^\s*(?:[:,]\s*["“]|\s+that\b)/.test(s.slice(end, end + 8)))) continue;
    // non-comments: "did not say", "would not confirm", "never claimed"
    if (/\b(?:not|n't|never|neither|nor)\s+(?:\p{Ll}+ly\s+)?$/iu.test(before)) continue;
    if (/^(?:say|claim|argue|warn|insist|allege|deny|accuse)$/.test(form)) {
      // base forms only after a plural subject: "critics argue", "officials deny"
      // ("people living in the community say", "Representatives from the city of Stockton say": the plural noun opens the clause)
      const pluralOpener = /^(?:(?:The|Some|Many|Most|Other)\s+)?(?:\p{Ll}+\s+)?(?:[Pp]eople|\p{L}+(?:ers|ents|ives|ians|ists|ors|ies|ants|ses))\s+(?:\p{Ll}+ing|from|in|at|of|near|for|with|who)\b[^,;:]{0,80}$/u.test(s.slice(0, start));
      if (!pluralOpener && !/\b(?:[Tt]hey|[Ww]e|\p{Ll}+s|[Pp]eople|[Pp]olice|[Aa]uthorities|\p{Lu}\p{Ll}+s|\p{Lu}{2,})\s+(?:also\s+|still\s+|now\s+|often\s+)?$/u.test(before)) continue;
      if (/\b(?:not|n't|did|does|do|will|would|could|can|may|might|must|should)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
    }
    if (form === 'warning' && /\b(?:a|an|the|no|early|storm|health)\s+$/i.test(before)) continue;
    if (form === 'reporting' && /\b(?:the|of|news|media)\s+$/i.test(before)) continue;
    if ((form === 'said' || form === 'reported' || form === 'alleged') && /\b(?:the|a|an|is|are|was|were|be|been|being|his|her|their|its|our)\s+$/i.test(before) && !/^\s+(?:that|to)\b/.test(after)) {
      // "the said company", agentless "were said to be" handled by PASSIVE_RE
      continue;
    }
    if (form === 'described' && !/^\s+(?:it|them|him|her|the|this|that|as|how)\b/.test(after)) continue;
    // "The coach commented: “…”", "commented that …": a comment with its content, not "comments on the post"
    if ((form === 'commented' || form === 'comments') && (!/^\s*(?:[:,]\s*["“]|\s+that\b)/.test(s.slice(end, end + 8)) || NOUN_BEFORE.test(before))) continue;
    if ((form === 'cited' || form === 'quoted') && /\b(?:is|are|was|were|been)\s+$/.test(before)) continue;
    if (form === 'quoted' && !/^\s+.{1,80}?\s+as\s+(?:saying|telling|stating|warning)\b/.test(s.slice(end, end + 100))) continue;
    if (form === 'calling' && !/^\s+(?:it|her|him|them|the|this|his|its|their)\b/.test(after)) continue;
    // "condemned what she said was an attack": the framing of another cue's object, no claim of its own
    if (form === 'said' && /\bwhat\s+(?:he|she|they|it|we)\s+$/i.test(before) && /^\s+(?:was|were|is|are)\b/.test(after)) continue;
    // "in what Washington called a “coordinated attack”"
    if (form === 'called' && /\bwhat\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+$/u.test(before)) { out.push({ start, end, text: m[0], lemma, form: 'finite' }); continue; }
    if (form === 'called' && (/\b(?:is|are|was|were|been|be|being|so|also|a|the|once|previously)\s+$/i.test(before) || /-$/.test(before) || !/^\s+(?:it|them|him|her|this|that|the|on|upon|his|their|its)\b|^\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+["“]/u.test(s.slice(end, end + 40)))) continue;
    // "maintained momentum, adding 2.1 million new customers": adding a quantity is no speech
    if (form === 'adding' && /^\s+(?:\d|(?:more\s+than|nearly|almost|about|around|over|some|another|a\s+further)\s+\d)/.test(s.slice(end, end + 30))) continue;
    // "took away the grant, added VAT to water": adding something to something is no speech
    if ((form === 'added' || form === 'adds') && /^\s+(?!that\b)[\p{L}\d][^.,;:"“”]{0,40}?\s+(?:to|on|onto|into)\s+\p{L}/u.test(s.slice(end, end + 60)) && !/^\s+(?:that|,)/.test(after)) continue;
    if ((form === 'added' || form === 'adds') && /^\s+(?!that\b)(?:\d|an?\s|the\s|some\s|more\s|new\s|another\s|\p{Ll}+\s)[^.,;"“]{0,50}?\s+to\s+(?:its|the|a|an|his|her|their|our)\b/u.test(s.slice(end, end + 80))) continue;
    if ((form === 'informed' || form === 'informs') && !/^\s+(?:(?:the\s+)?[\p{L}\s]{1,40}?\s+)?(?:that|about|of)\b/u.test(s.slice(end, end + 60))) continue;
    // "also shared that the acronym …": sharing a clause, not a meal or a border
    if (form === 'shared' && !/^\s+(?:that|how)\b/.test(after)) continue;
    // "termed the team deserving winners", "referred to the cases as “probable”", "identified the suspects as": a naming by an active speaker
    if (/^(?:termed|branded|labelled|labeled|referred to|identified)$/.test(form) && (/\b(?:is|are|was|were|be|been|being|so|also\s+be|the|a|an|newly|first)\s+$/i.test(before) || /-$/.test(before))) continue;
    if (/^(?:termed|branded|labelled|labeled)$/.test(form) && !/^\s+(?:it|them|him|her|this|that|these|those|the|his|its|their|our|\p{Lu})/u.test(after)) continue;
    if ((form === 'referred to' || form === 'identified') && !/^\s+(?:[^.;:]{1,60}?)\s+as\s+(?!well\b|a\s+result\b|part\s+of\b)/u.test(s.slice(end, end + 90))) continue;
    // speech only with the right complement: "dismissed the reports as", "countered that", "recalled how"
    if (/^dismiss/.test(form) && !/^\s+(?:the\s+|as\b|such\s+|any\s+|these\s+|those\s+|all\s+)?(?:as\b|claims?|reports?|allegations?|suggestions?|speculation|rumou?rs?|criticism|concerns?|calls?|fears?|accusations?|charges?|the\s+(?:claims?|reports?|allegations?|result|results|suggestions?|idea|notion|criticism|concerns?|accusations?)\b)/.test(s.slice(end, end + 40))) continue;
    if (/^(?:countered|counters|complained|complains|responded|responds|recalled|recalls|remarks)$/.test(form) && !/^\s+(?:that|how)\b|^,?\s*["“]/.test(after)) continue;
    // "indicated inflation will ease", "highlighted that", "asked residents to move": speech only with a clause or an appeal
    if (/^(?:indicated|indicates)$/.test(form) && !/^\s+(?:that\b|(?:the\s+)?\p{L}+(?:\s+\p{L}+){0,3}\s+(?:will|would|could|may|might|was|were|is|are|had|has|have)\b)/u.test(s.slice(end, end + 60))) continue;
    // "highlighted the company’s drive to …", "underscored the significance of …": a point made about something, not a passive or a marker pen
    if (/^(?:highlighted|highlights|underscored|underscores|underlined)$/.test(form) && (/\b(?:is|are|was|were|be|been|being|also\s+be)\s+$/i.test(before) || !/^\s+(?:that\b|how\b|the\s+(?:need|importance|significance|role|urgency|value|benefits?|risks?|dangers?|challenges?|progress|achievements?|gains?|commitment|company|government|bank|group|firm|fact)\b|an?\s+(?:\p{L}+[\s-]+){0,3}(?:operation|programme|program|project|plan|initiative|case|series|number|rise|drop|increase|decline)\b|(?:the\s+)?\p{L}+(?:\s+\p{L}+){0,3}\s+(?:will|would|could|may|might|was|were|is|are|had|has|have)\b|(?:its|their|his|her|our)\s+)/u.test(s.slice(end, end + 60)))) continue;
    // "the latest survey data indicates that …": figures are evidence, not a speaker
    if (/^(?:indicated|indicates|highlighted|highlights|underscored|underscores|underlined)$/.test(form) && /\b(?:data|survey|surveys|figures|numbers|statistics|results?|study|studies|analysis|evidence|research|readings?|images?|footage|records?|trends?|models?)\s+(?:also\s+|clearly\s+|now\s+)?$/i.test(before)) continue;
    // "Authorities expect the toll to rise", "Analysts expected a cut": not "is expected to"
    if (/^(?:expect|expects|expected)$/.test(form) && (/\b(?:is|are|was|were|be|been|being|as|than|widely|not)\s+$/i.test(before) || !/^\s+(?:that\b|the\s|a\s|an\s|\p{L}+\s+to\s|it\s+to\s|\p{L}+\s+\p{L}+\s+to\s)/u.test(after))) continue;
    // "told the paper that he expected …": an expectation inside someone's reported words
    if (/^(?:expect|expects|expected)$/.test(form) && /\b(?:said|says|told|tells|added|stated|according)\b/.test(s.slice(0, start))) continue;
    if (form === 'expect' && !/\b(?:[Tt]hey|[Ww]e|\p{Ll}+s|[Pp]eople|[Pp]olice|[Aa]uthorities|\p{Lu}\p{Ll}+s|\p{Lu}{2,})\s+(?:also\s+|still\s+|now\s+)?$/u.test(before)) continue;
    // "was hailed as", "hailed from Muzaffarabad": praised by others, or a home town
    if (/^(?:hailed|hails)$/.test(form) && (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(before) || /^\s+from\b/.test(after))) continue;
    if (/^(?:asked|asks)$/.test(form) && /\b(?:when|if|once|after|before|as|being|not|never)\s+$/i.test(before)) continue;
    if (/^(?:asked|asks)$/.test(form) && /\b(?:whether|if|what|why|how|when|who|about)\b/.test(s.slice(end, end + 60).split(/\bto\s+\p{Ll}/u)[0] ?? '')) continue;
    if (/^(?:asked|asks)$/.test(form) && (!/^\s+(?:[\p{L}-]+,?\s+){1,16}?to\s+\p{Ll}+/u.test(s.slice(end, end + 160)) || /\b(?:was|were|been|being|be|is|are)\s+$/.test(before) || /^\s+(?:about|for|if|whether|why|how|what|when)\b/.test(after))) continue;
    if (/^(?:assured|assures|assuring)$/.test(form) && !/^\s+(?:\p{L}+\s+){0,4}?that\b/u.test(s.slice(end, end + 60))) continue;
    if (form === 'expressed' && !/^\s+(?:\p{Ll}+\s+){0,2}(?:concern|hope|confidence|regret|support|doubt|frustration|anger|disappointment|optimism|fear|alarm|sympathy|condolences|solidarity|pride|gratitude|appreciation|satisfaction|dismay|outrage|reservations?|interest|willingness|readiness|commitment)/u.test(after)) continue;
    if (form === 'posted' && (!/^\s+(?:on|to|a|an)\b/.test(after) || /\b(?:a|an|the|this|that|his|her|its|their)\s+\p{Ll}+\s+$/u.test(before))) continue;
    if (form === 'circulated' && !/\breports?\s+$/i.test(before)) continue;
    if (form === 'forecast' || form === 'forecasts') { if (NOUN_BEFORE.test(before)) continue; }
    if ((form === 'sentenced' || form === 'convicted' || form === 'acquitted' || form === 'ruled') && /\b(?:was|were|been|is|be|being)\s+$/.test(before)) continue;
    if (form === 'accused' && /\b(?:the|an?|was|were|is|are|been|being)\s+$/i.test(before)) continue;
    // "were arraigned … and accused of trespassing", "has been granted bail … and ordered to report": the passive runs on
    if (/^(?:accused|ordered|told|sentenced|convicted|asked|acquitted)$/.test(form) && /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+(?:ed|en)|found|held|sent|made|kept|caught|put|set)\b[^.;]{0,80}\band\s+$/u.test(s.slice(Math.max(0, start - 120), start))) continue;
    // "Details added (first version posted at 11:30)": an update note, not speech
    if ((form === 'added' || form === 'adds') && /\b(?:[Dd]etails|[Ii]nformation|[Mm]ore|[Cc]orrection|[Uu]pdates?|[Pp]hotos?|[Vv]ideo)\s+$/.test(before)) continue;
    // "He said this after a meeting …": what was said is elsewhere; the sentence only dates it
    if (/^(?:said|says|stated|disclosed|revealed|made)$/.test(form) && /^\s+(?:this|these|so)(?:\s+(?:after|during|while|when|at|in|on|to|before|yesterday|today|last|this)\b|\s*[.,;])/.test(s.slice(end, end + 30))) continue;
    // "the magistrate ordered the 19 to be held", "they ordered residents to evacuate": an order with its object
    if (form === 'ordered' && (/\b(?:was|were|been|being|is|are|be|had|has|have|the|an?)\s+$/i.test(before) || !/^\s+(?:[\p{L}\d'’-]+\s+){1,6}?to\s+\p{Ll}|^\s+that\b/u.test(s.slice(end, end + 80)))) continue;
    // "welcomed the decision", "upheld the guidelines": with an object, not a passive or a host's welcome of guests
    if ((form === 'welcomed' || form === 'welcomes') && (/\b(?:was|were|been|be|is|are|warmly)\s+$/i.test(before) || !/^\s+(?:the|a|an|this|that|these|his|her|their|its|our|news|moves?|plans?|decisions?|reports?)\b/.test(after) || /^\s+(?:the\s+)?(?:guests?|visitors?|delegation|team|players?|crowd|fans?|back|home)\b/.test(after))) continue;
    if (/^(?:upheld|upholds|overturned|quashed|struck down)$/.test(form) && /\b(?:was|were|been|be|is|are)\s+$/i.test(before)) continue;
    // "Staff were told of the closure": those told are no speakers
    if ((form === 'told' || form === 'informed') && /\b(?:was|were|been|being|be|is|are)\s+$/i.test(before)) continue;
    // "he reminded the public that …", "reminded the community of the new reality", "reminded: “…”": a reminder with its content
    if ((form === 'reminded' || form === 'reminds') && (/\b(?:was|were|been|be|is|are)\s+$/i.test(before) || !/^\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:that|of)\b|^\s*[:,]\s*["“]/u.test(s.slice(end, end + 80)))) continue;
    // "Broos mentioned a desire for victory": not "as mentioned", not a bare "mentioned it"
    if (form === 'mentioned' && (/\b(?:as|was|were|been|being|is|are|be|the|above|previously|earlier|already)\s+$/i.test(before) || /^\s+(?:it|this|that|them|him|her)\s*[,.;]|^\s*[,.;]|^\s+(?:by|in|on|at)\b/.test(after))) continue;
    // "Safaricom maintained a steady momentum": keeping up is no speech; "maintained that …" is
    if ((form === 'maintained' || form === 'maintains') && !/^\s+(?:that\b|(?:his|her|their|its)\s+innocence\b)|^,?\s*["“]/.test(after)) continue;
    // "claimed gold in the 125kg category", "claimed 40 seats", "claimed the lives of": a win or a toll, not a claim
    if (/^(?:claimed|claims|claiming)$/.test(form) && /^\s+(?:(?:the|a|an|his|her|their|its|a\s+record|\d+(?:st|nd|rd|th)?)\s+)?(?:gold|silver|bronze|medals?|titles?|victory|win|trophy|crown|pole|seats?|lives\s+of|places?|spots?|wickets?|points?|goals?|prize|\d+\s+(?:seats|lives|wickets|points|medals))\b/.test(s.slice(end, end + 40))) continue;
    // "in writing", "the writing on the wall": not a cue
    if (form === 'writing' && /\b(?:in|the|of|on)\s+$/i.test(before)) continue;
    // "requested the ambassador to …", "requested that …": a request with its content
    if ((form === 'requested' || form === 'requests') && (/\b(?:was|were|been|be|is|are|as|the|if)\s+$/i.test(before) || !/^\s+(?:that\b|(?:[\p{L}'’-]+,?\s+){1,10}?to\s+\p{Ll}+)/u.test(s.slice(end, end + 120)))) continue;
    // "“…,” he concluded / continued / went on", "concluded that …", "anticipated that …": with their content only
    if (/^(?:concluded|concludes|continued|went on|goes on|lamented|laments)$/.test(form) && !/^\s*(?:[.!?]|,\s*["“]|:\s*["“]|\s+that\b|\s+by\s+saying\b)/.test(after) && !/[,”"]\s*["”]?\s*(?:he|she|they|it|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+$/u.test(before)) continue;
    if (/^(?:anticipated|anticipates)$/.test(form) && !/^\s+that\b/.test(after)) continue;
    // "conveyed that India was looking forward", "conveyed his condolences to": a message, not goods
    if (/^(?:conveyed|conveys)$/.test(form) && (/\b(?:was|were|been|be|is|are)\s+$/i.test(before) || !/^\s+(?:(?:to\s+[^.;]{1,40}?\s+)?that\b|(?:his|her|their|its|the)\s+(?:\p{Ll}+\s+)?(?:condolences|message|gratitude|appreciation|concerns?|wishes|greetings|support|position|view|decision|invitation)\b)/u.test(s.slice(end, end + 80)))) continue;
    // "were confirmed negative", "was announced on Friday", "residents were warned": a passive with no agent names no speaker
    if (/^(?:confirmed|announced|declared|denied|rejected|revealed|disclosed|stated|criticised|criticized|praised|condemned|urged|warned|estimated|predicted|suggested|described|noted|mentioned|dismissed|claimed)$/.test(form)
      && /\b(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+ly\s+|also\s+|not\s+|now\s+)?$/u.test(before) && !/^[^.;]{0,80}?\bby\s/.test(s.slice(end, end + 90))) continue;
    // "is calling on", "are calling for": a progressive is a finite cue
    const progressive = PARTICIPLE_ONLY.has(form) && /\b(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+)?$/u.test(before);
    out.push({ start, end, text: m[0], lemma, form: PARTICIPLE_ONLY.has(form) && !progressive ? 'participle' : 'finite' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Cues that take a direct object before the content ("told the AP that", "accused Israel of"). */
export function takesObject(lemma: string): boolean {
  return lemma === 'tell' || lemma === 'inform' || lemma === 'accuse' || lemma === 'urge' || lemma === 'advise' || lemma === 'warn' || lemma === 'caution' || lemma === 'blame' || lemma === 'criticise' || lemma === 'cite' || lemma === 'sentence';
}
