/**
 * Word lists for name-shape heuristics: titles and roles, organisation head words,
 * known organisations (with spelling variants), first names and common capitalised words.
 * Compromise's lexicon (shipped with the npm package) supplies first/last names and known organisations.
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;
const LEX: Lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

function tagsOf(word: string): string[] {
  const t = LEX[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

export function lexTags(word: string): string[] {
  return tagsOf(word);
}

/** Given names that are also English words ("Bill", "Rose"): names only with a surname after them. */
const WORDLIKE_FIRST_NAMES = new Set('bill frank ray rose dawn gene dean penny max rex jay pearl ruby crystal kit'.split(' '));
export function isWordlikeFirstName(word: string): boolean {
  return WORDLIKE_FIRST_NAMES.has(word.toLowerCase());
}

export function isFirstName(word: string): boolean {
  if (EXTRA_FIRST_NAMES.has(word.toLowerCase())) return true;
  if (tagsOf(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'Person')) return true;
  // "Luís", "José", "Zoë": the same name without its accents
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  return plain !== word && isFirstName(plain);
}

/** 'f' / 'm' from the first-name lexicon, null when unknown or ambiguous. */
export function genderOfFirstName(word: string): 'f' | 'm' | null {
  const tags = tagsOf(word);
  const f = tags.includes('FemaleName');
  const m = tags.includes('MaleName');
  return f && !m ? 'f' : m && !f ? 'm' : null;
}

export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

export function isLexOrganisation(phrase: string): boolean {
  return tagsOf(phrase).some((t) => t === 'Organization' || t === 'SportsTeam');
}

/** Words of a ministerial portfolio: "Natural Resources Minister", "Home Affairs Secretary". */
export const PORTFOLIO_WORDS = new Set(
  ('natural resources health finance foreign affairs interior home trade energy water education defence defense justice ' +
    'labour labor environment agriculture transport works housing tourism culture sport sports youth information ' +
    'communications industry commerce economy economic planning budget treasury petroleum mines mining lands fisheries ' +
    'forestry infrastructure roads highways urban rural development social welfare women children family security internal ' +
    'external public local government digital technology science innovation climate power oil gas investment employment ' +
    'immigration citizenship veterans police prisons corrections revenue national state deputy junior shadow and of the &').split(' '),
);

/** "Unions", "Authorities", "Farmers": a capitalised plural of an ordinary noun, which names a group, not a body. */
export function isPluralCommonNoun(word: string): boolean {
  if (!/[^s'’]s$/.test(word) || isFirstName(word)) return false;
  const lower = word.toLowerCase();
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isCommonWord(singular) || ORG_HEADS.has(singular) || /(?:ists|ers|ors|ians|ants|ents|ogists)$/.test(lower);
}

/** A word that is ordinary English (verb, adjective, common noun...) rather than a name. */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (COMMON.has(w)) return true;
  const tags = tagsOf(w);
  if (tags.length === 0) return false;
  return !tags.some((t) => /Name|Person|Organization|SportsTeam|City|Country|Region|Place|ProperNoun/.test(t));
}

const EXTRA_FIRST_NAMES = new Set(
  // given names that are also English words, which the lexicon files under the word only
  ([...WORDLIKE_FIRST_NAMES].join(' ') + ' ' +
  'vikram ajit narendra rahul sonia amit shehbaz nawaz imran asif khawaja bilawal maryam ziad firas hussein hassan ' +
    'naim nabih najib recep tayyip volodymyr vladimir dmitry sergei sergey alexander aleksandr alexei alexey andriy oleksandr ' +
    'yulia mykhailo kyrylo denys olena yitzhak benjamin benny yoav isaac gideon naftali avigdor itamar bezalel ' +
    'ebrahim ali mojtaba abbas mahmoud ismail yahya khalil antony lloyd jake kamala joe jurgen jürgen ' +
    'emmanuel olaf keir rishi ursula josep charles jean xi wang li kim shinzo fumio narges ' +
    'abdel fattah mohammed muhammad mohammad ahmed ahmad omar osama salman tamim abdullah faisal ' +
    'sheikh recep ilham nikol aleksandar viktor andrzej giorgia pedro lula javier gustavo claudia ' +
    'kelly sam ira lewis sheila bernie donald elon jensen satya sundar tim mark jeff ' +
    'ajay rajnath amit piyush nirmala subrahmanyam jaishankar shashi mamata arvind yogi ' +
    'cyril paul uhuru william bola abiy felix denis emmerson yoweri hakainde ').split(/\s+/).filter(Boolean),
);

/** Words that name a role; a capitalised name right after one is a person. */
export const TITLE_WORDS = new Set(
  ('president vice-president prime premier minister ministers secretary chancellor king queen prince princess emir sheikh ' +
    'sultan pope cardinal bishop ayatollah governor mayor senator sen rep representative congressman congresswoman ' +
    'lawmaker mp pm cs collector judge recorder councilman councilwoman statistician-general justice prosecutor attorney lawyer general gen lt col colonel major commander admiral ' +
    'chief ceo cfo coo cto chairman chairwoman chair director director-general spokesman spokeswoman spokesperson ' +
    'ambassador envoy adviser advisor official boss coach manager captain striker midfielder defender goalkeeper ' +
    'founder co-founder president-elect secretary-general attorney-general leader mr mrs ms dr prof professor sir dame lord lady ' +
    'analyst economist correspondent reporter editor author actor actress singer rapper ' +
    'deputy head executive chief-executive officer superintendent inspector sergeant detective ' +
    'player forward winger star veteran nsa commissioner candidate nominee speaker whip treasurer undersecretary ' +
    'under-secretary counsel solicitor barrister sheriff marshal brigadier lieutenant corporal constable owner rector dean ' +
    'provost archbishop rabbi imam cleric patriarch mep legislator councillor councilor alderman premier consul administrator ' +
    'agent activist campaigner researcher scientist doctor physician surgeon cardiologist epidemiologist virologist ' +
    'historian commentator presenter host anchor journalist columnist novelist singer-songwriter artist designer ' +
    'pontiff monarch emperor crown prince-regent ' +
    'entrepreneur investor billionaire businessman businesswoman banker chairperson president-elect mufti ' +
    // sport: "batsman Liton Das", "pacer Taskin Ahmed", "all-rounder Farhad Reza"
    'batsman batter bowler pacer spinner all-rounder wicketkeeper skipper selector fly-half flanker scrum-half hooker ' +
    'playmaker centre-back full-back sprinter swimmer boxer referee umpire pitcher quarterback jockey cyclist ' +
    // honorifics and offices common in African and South Asian copy
    'magistrate comrade alhaji alhaja engr barr hon pastor rev reverend evangelist apostle prophet mallam otunba oba ' +
    'selector superintendent tehsildar collector inspector-general igp dig sp ssp dcp acp ' +
    // court and public officers: "High Court Registrar Agnes Patemba", "Auditor-General Jane Roe"
    'cllr cllrs cr crs miss gov fm registrar clerk auditor auditor-general ombudsman coroner bailiff comptroller controller registrar-general surveyor-general ' +
    'warden principal headteacher headmaster headmistress vice-chancellor chancellor coordinator co-ordinator organiser organizer').split(/\s+/).filter(Boolean),
);

/** Words that may sit inside a title phrase before the name ("External Affairs Minister"). */
export const TITLE_MODIFIERS = new Set(
  ('foreign defense defence information health interior finance home external affairs state security national ' +
    'economy economic trade justice education energy environment culture sports transport agriculture labour labor ' +
    'senior former acting deputy vice assistant principal permanent special supreme top chief executive federal ' +
    'military operations general public press communications competition digital climate tourism immigration housing ' +
    'industry fisheries science technology employment pensions work women youth sport sports veterans infrastructure budget ' +
    'union cabinet treasury commerce development planning water mines petroleum oil power electricity investment regional local ' +
    'of for the and').split(/\s+/).filter(Boolean),
);

/** Head words of organisation names. */
export const ORG_HEADS = new Set(
  ('ministry department agency organization organisation council committee commission group party union association municipality ' +
    'institute institution university college school bank company corporation corp inc ltd llc plc co forces force army ' +
    'navy air-force police court parliament congress senate assembly service services office authority bureau centre ' +
    'center times post news tv television radio journal tribune herald guardian telegraph gazette network channel ' +
    'hospital clinic fund foundation federation club fc front movement brigade brigades guard guards syndicate ' +
    'airlines airways motors technologies systems holdings partners capital exchange cabinet government administration ' +
    'commission coalition alliance secretariat board trust society institute laboratory labs media press ' +
    'agency daily weekly observer review economist monitor watch command corps unit division regiment battalion ' +
    'ministries embassy consulate directorate pharma pharmaceuticals energy industries ventures media networks foods oil gas ' +
    'petroleum mining steel telecom communications therapeutics biotech insurance financial securities investments logistics ' +
    'shipping railways rail port authority corporation enterprises brands economics research consulting ' +
    'consultancy advisors advisers associates analytics insights strategies survey cross crescent league bloc ' +
    'united rovers wanderers athletic albion hotspur rangers liga ligue lega community centers centres newswire wire ' +
    'minerals resources metals materials mines solutions software robotics aerospace automotive utilities semiconductor ' +
    'semiconductors properties realty developments construction engineering textiles apparel trading dynamics ' +
    'technology electronics terminals chemicals').split(/\s+/).filter(Boolean),
);

/** Competitions, which are not organisations in their own right (guidelines: "Left out"). */
export const COMPETITIONS = new Set([
  'Premier League', 'Champions League', 'Europa League', 'Europa Conference League', 'Conference League', 'League Cup', 'Nations League',
  'League One', 'League Two', 'Carabao Cup', 'FA Cup', 'World Cup', 'Copa America', 'Copa Libertadores', 'Super League',
  'AFCON', 'Africa Cup of Nations', 'Asian Cup', 'Euro', 'Olympics', 'Paralympics', 'Commonwealth Games', 'Six Nations', 'Ashes',
]);

/** Lower-case nouns that, placed before a name, make it an organisation ("news agency Belta"). */
export const ORG_APPOSITION = new Set(
  ('agency broadcaster group company firm newspaper daily channel network outlet militia movement party publication ' +
    'organisation organization website watchdog union bank exchange carrier airline manufacturer maker club team ' +
    'side insurer lender retailer startup giant platform tabloid magazine station network publisher charity ' +
    'service regulator bloc forecaster operator carmaker automaker drugmaker chipmaker conglomerate consortium federation').split(/\s+/).filter(Boolean),
);

/** Well-known organisations: canonical name -> variants/aliases. */
export const KNOWN_ORGS: Record<string, string[]> = {
  Hezbollah: ['Hezbollah', 'Hizbullah', 'Hizballah', 'Hizbollah'],
  Hamas: ['Hamas'],
  'Islamic Jihad': ['Islamic Jihad'],
  Taliban: ['Taliban', 'the Taliban'],
  Houthis: ['Houthis', 'Houthi', 'Ansar Allah'],
  'Islamic State': ['Islamic State', 'ISIS', 'ISIL'],
  'Al-Qaeda': ['Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'al Qaeda'],
  Reuters: ['Reuters'],
  'Associated Press': ['Associated Press', 'AP'],
  'Agence France-Presse': ['Agence France-Presse', 'AFP'],
  'Deutsche Presse-Agentur': ['Deutsche Presse-Agentur', 'DPA', 'dpa'],
  Bloomberg: ['Bloomberg'],
  'Bloomberg TV': ['Bloomberg TV', 'Bloomberg Television'],
  'United Press International': ['United Press International', 'UPI'],
  BBC: ['BBC'],
  CNN: ['CNN'],
  'Sky News': ['Sky News'],
  'Al Jazeera': ['Al Jazeera'],
  Xinhua: ['Xinhua'],
  TASS: ['TASS', 'Tass'],
  'RIA Novosti': ['RIA Novosti', 'RIA'],
  Interfax: ['Interfax'],
  Belta: ['Belta', 'BelTA'],
  'The New York Times': ['The New York Times', 'New York Times', 'NYT'],
  'The Washington Post': ['The Washington Post', 'Washington Post'],
  'The Wall Street Journal': ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  'Financial Times': ['Financial Times', 'FT'],
  'The Guardian': ['The Guardian'],
  'The Tribune': ['The Tribune'],
  Politico: ['Politico'],
  Axios: ['Axios'],
  'United Nations': ['United Nations', 'UN', 'U.N.'],
  'UN Security Council': ['UN Security Council', 'UN security council', 'Security Council', 'UNSC'],
  'UN General Assembly': ['UN General Assembly', 'General Assembly'],
  NATO: ['NATO', 'Nato'],
  'European Union': ['European Union', 'EU'],
  'European Commission': ['European Commission'],
  'World Health Organization': ['World Health Organization', 'World Health Organisation', 'WHO'],
  'Africa CDC': ['Africa CDC', 'Africa Centres for Disease Control and Prevention'],
  'African Union': ['African Union', 'AU'],
  'International Monetary Fund': ['International Monetary Fund', 'IMF'],
  'World Bank': ['World Bank'],
  'International Criminal Court': ['International Criminal Court', 'ICC'],
  'International Court of Justice': ['International Court of Justice', 'ICJ'],
  'International Atomic Energy Agency': ['International Atomic Energy Agency', 'IAEA'],
  'Red Cross': ['Red Cross', 'ICRC'],
  UNICEF: ['UNICEF', 'Unicef'],
  Pentagon: ['Pentagon', 'the Pentagon'],
  FBI: ['FBI'],
  CIA: ['CIA'],
  Mossad: ['Mossad', 'the Mossad'],
  'Israel Defense Forces': ['Israel Defense Forces', 'IDF', 'Israel Defence Forces'],
  'Federal Security Service': ['Federal Security Service', 'FSB'],
  'European Central Bank': ['European Central Bank', 'ECB'],
  'Federal Reserve': ['Federal Reserve', 'Fed'],
  OPEC: ['OPEC'],
  'Amnesty International': ['Amnesty International', 'Amnesty'], 'Human Rights Watch': ['Human Rights Watch', 'HRW'],
  'Doctors Without Borders': ['Doctors Without Borders', 'MSF', 'Medecins Sans Frontieres'], Greenpeace: ['Greenpeace'],
  'International Committee of the Red Cross': ['International Committee of the Red Cross'],
  Apple: ['Apple'], Amazon: ['Amazon'], Tesla: ['Tesla'], Meta: ['Meta'], OpenAI: ['OpenAI'], Samsung: ['Samsung'],
  Toyota: ['Toyota'], Airbus: ['Airbus'], Boeing: ['Boeing'], Google: ['Google'], Microsoft: ['Microsoft'], Nvidia: ['Nvidia'],
  'Jaish-e-Mohammed': ['Jaish-e-Mohammed', 'JeM', 'Jaish-e-Muhammad'],
  'Lashkar-e-Taiba': ['Lashkar-e-Taiba', 'LeT'],
  Mercosur: ['Mercosur', 'Mercosul'], ASEAN: ['ASEAN', 'Association of Southeast Asian Nations'], 'Arab League': ['Arab League'],
  'Gulf Cooperation Council': ['Gulf Cooperation Council', 'GCC'], ECOWAS: ['ECOWAS', 'Economic Community of West African States'],
  'International Federation of Red Cross and Red Crescent Societies': ['International Federation of Red Cross and Red Crescent Societies', 'IFRC'],
  'Kyodo News': ['Kyodo News', 'Kyodo'], Yonhap: ['Yonhap'], ANSA: ['ANSA'], EFE: ['EFE'], 'Europa Press': ['Europa Press'],
  'Press Trust of India': ['Press Trust of India', 'PTI'], 'Anadolu Agency': ['Anadolu Agency', 'Anadolu'], 'Jiji Press': ['Jiji Press', 'Jiji'],
  'Canadian Press': ['Canadian Press'], 'Australian Associated Press': ['Australian Associated Press', 'AAP'],
  'Centers for Disease Control and Prevention': ['Centers for Disease Control and Prevention', 'CDC', 'U.S. Centers for Disease Control and Prevention', 'Centers for Disease Control'],
  FIFA: ['FIFA'], UEFA: ['UEFA'], 'International Olympic Committee': ['International Olympic Committee', 'IOC'],
};

/** Public figures usually named by surname alone: surname -> full name. */
export const FAMOUS_PEOPLE: Record<string, string> = {
  Trump: 'Donald Trump', Biden: 'Joe Biden', Obama: 'Barack Obama', Harris: 'Kamala Harris', Vance: 'JD Vance',
  Rubio: 'Marco Rubio', Blinken: 'Antony Blinken', Hegseth: 'Pete Hegseth', Putin: 'Vladimir Putin',
  Lavrov: 'Sergei Lavrov', Peskov: 'Dmitry Peskov', Zakharova: 'Maria Zakharova', Shoigu: 'Sergei Shoigu',
  Lukashenko: 'Alexander Lukashenko', Zelensky: 'Volodymyr Zelensky', Zelenskyy: 'Volodymyr Zelensky', Zelenskiy: 'Volodymyr Zelensky',
  Netanyahu: 'Benjamin Netanyahu', Gallant: 'Yoav Gallant', Herzog: 'Isaac Herzog', Nasrallah: 'Hassan Nasrallah',
  Sinwar: 'Yahya Sinwar', Haniyeh: 'Ismail Haniyeh', Khamenei: 'Ali Khamenei', Erdogan: 'Recep Tayyip Erdogan',
  Macron: 'Emmanuel Macron', Scholz: 'Olaf Scholz', Merz: 'Friedrich Merz', Starmer: 'Keir Starmer', Sunak: 'Rishi Sunak',
  Meloni: 'Giorgia Meloni', Orban: 'Viktor Orban', Modi: 'Narendra Modi', Jaishankar: 'S. Jaishankar', Xi: 'Xi Jinping',
  Guterres: 'Antonio Guterres', Tedros: 'Tedros Adhanom Ghebreyesus', Lula: 'Luiz Inacio Lula da Silva', Milei: 'Javier Milei',
  Musk: 'Elon Musk', Bezos: 'Jeff Bezos', Zuckerberg: 'Mark Zuckerberg', Altman: 'Sam Altman', Pope: 'Pope Francis',
  'von der Leyen': 'Ursula von der Leyen', Stoltenberg: 'Jens Stoltenberg', Rutte: 'Mark Rutte',
};

/** Platforms and common acronyms that are not entities in their own right. */
export const NOT_ENTITIES = new Set([
  // page chrome
  'Latest News', 'Breaking News', 'Top Stories', 'Most Read', 'Most Popular', 'Related News', 'Related Stories', 'Trending', 'Playback',
  'Read More', 'Advertisement', 'Sponsored', 'Newsletter', 'Subscribe',
  // corporate suffixes left alone by a bracket: "Baiyoujia Food Trading (Shanghai) Co., Ltd."
  'Co', 'Ltd', 'Inc', 'Corp', 'LLC', 'PLC', 'Plc', 'Co.', 'Ltd.', 'Inc.', 'Corp.',
  // sentence adverbs and parliamentary address
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Additionally', 'Consequently', 'Nevertheless', 'Nonetheless', 'Therefore',
  'Mr Speaker', 'Madam Speaker', 'Mr. Speaker', 'Mr President', 'Madam President', 'Mr Chairman', 'Madam Chair',
  // time zones and hospital wards
  'IST', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'MST', 'CET', 'CEST', 'EET', 'EEST', 'WAT', 'EAT', 'CAT', 'SAST', 'AEST', 'AEDT',
  'NZST', 'NZDT', 'JST', 'KST', 'PKT', 'WIB', 'HKT', 'SGT', 'BdST', 'MSK', 'GST', 'ED', 'OPD', 'HDU', 'CCU', 'A&E', 'OCR', 'MLA', 'MLAs',
  'Truth Social', 'X', 'Twitter', 'Telegram', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'WhatsApp', 'Threads', 'Bluesky',
  'AI', 'CEO', 'CFO', 'GDP', 'TV', 'PM', 'MP', 'MPs', 'IT', 'EV', 'EVs', 'COVID', 'HIV', 'AIDS', 'DNA', 'PR', 'ID', 'VIP', 'GMT', 'BST',
  'UTC', 'CCTV', 'SUV', 'LGBT', 'LGBTQ', 'NGO', 'NGOs', 'AM', 'UFO', 'IPO', 'ETF', 'CPI', 'PhD', 'MBA', 'DJ', 'OK', 'FAQ', 'PDF', 'HQ',
  'Police', 'IED', 'KM', 'MPH', 'BREAKING', 'LIVE', 'UPDATE', 'VIDEO', 'WATCH', 'READ', 'US-led', 'Q1', 'Q2', 'Q3', 'Q4', 'ICU', 'ER',
  'Breaking News', 'ODI', 'ODIs', 'T20', 'T20I', 'MPR', 'VAT', 'GST', 'NFT', 'EPS', 'FY', 'YoY', 'ETA', 'ATM', 'SMS', 'URL', 'GPS',
  // faiths and peoples are adjectives or demonyms, not entities
  'Hindu', 'Hindus', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Catholic', 'Catholics', 'Jewish', 'Jews', 'Sikh', 'Sikhs',
  'Buddhist', 'Buddhists', 'Mennonite', 'Mennonites', 'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', 'Protestant', 'Protestants',
  'Evangelical', 'Evangelicals', 'Britons', 'Europeans', 'Africans', 'Asians', 'Arabs', 'Kurds', 'Latinos',
  // units, currencies and diseases
  'MW', 'GW', 'KW', 'kWh', 'MWh', 'Rs', 'INR', 'USD', 'EUR', 'GBP', 'KES', 'NGN', 'ZAR', 'PHP', 'Ebola', 'Zika', 'Marburg',
  'Covid', 'COVID-19', 'Covid-19', 'SARS', 'MERS', 'Omicron', 'Delta', 'H5N1',
]);

/** Words that are never names on their own at the start of a capitalised run. */
export const COMMON = new Set(
  ('the a an this that these those there here it its he she they we i you his her their our my your him them us ' +
    'in on at by for from with without to of into onto over under after before during since until as about against ' +
    'and or but nor yet so if when while where whereas although though because unless whether then than ' +
    'however meanwhile moreover furthermore also earlier later instead still now today yesterday tomorrow ' +
    'according speaking asked despite amid following including some many most more several few all both each ' +
    'every other another such no not what who which why how whose one two three four five six seven eight nine ten ' +
    'first second third last next new former late early breaking update updated live watch read also ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mr mrs ms dr sir ' +
    'operation truth social league cup championship premier champions final semi quarter world global ' +
    'photograph photo image video file credit source sources report reports officials official analysts ' +
    'advertisement podcasts key ally allies troops forces military police government state minister ' +
    'ministry president prime secretary chief judge court parliament army navy ceo cfo coo cto').split(/\s+/).filter(Boolean),
);

/** Nouns that make an unnamed source: "a Hezbollah official", "government sources", "analysts". */
export const UNNAMED_HEADS = new Set(
  ('opposition chiefs executives bosses leaders official officials source sources analyst analysts expert experts report reports diplomat diplomats witness ' +
    'witnesses observer observers insider insiders aide aides resident residents people person critic critics ' +
    'activist activists researcher researchers scientist scientists economist economists investor investors trader ' +
    'traders lawmakers commentators media outlets estimates polls survey surveys figures data results ' +
    'someone many others some officers soldiers medics doctors rescuers authorities workers firefighters paramedics ' +
    'mediators negotiators agencies governments countries nations leaders envoys groups organisations organizations ' +
    'lawyers attorneys aides advisers advisors relatives family spokespeople police organisers organizers participants attendees volunteers teachers nurses pilots farmers drivers students ' +
    'study studies survey poll analysis paper research findings statements ' +
    'staff employees campaigners protesters protestors demonstrators locals villagers survivors families relatives fans supporters opponents').split(/\s+/).filter(Boolean),
);
