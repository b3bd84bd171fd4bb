// Closed word lists the entity finders and refiners use. General English news usage, reviewed by
// hand (Dateline team); none is specific to a document.

/** Words that are never names even when capitalised (sentence starts, headlines). */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'both', 'either', 'neither', 'no',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'if', 'as', 'because', 'while', 'when', 'where', 'whether', 'although',
  'though', 'after', 'before', 'since', 'until', 'unless', 'once', 'than', 'then', 'thus', 'also', 'still', 'even', 'just',
  'in', 'on', 'at', 'by', 'of', 'to', 'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'above', 'below',
  'between', 'among', 'against', 'during', 'through', 'across', 'around', 'near', 'despite', 'amid', 'according', 'per', 'via',
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their',
  'who', 'whom', 'whose', 'which', 'what', 'why', 'how', 'there', 'here', 'not', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should',
  'last', 'next', 'earlier', 'later', 'now', 'today', 'yesterday', 'tomorrow', 'meanwhile', 'however', 'moreover', 'many',
  'most', 'more', 'several', 'other', 'another', 'such', 'only', 'first', 'second', 'third', 'former', 'recent',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozens',
  'yes', 'oh', 'mr', 'mrs', 'ms', 'dr', 'st', 'let', 'please', 'thank', 'thanks', 'hello', 'well', 'why',
  // Session 12: prepositions in -ing and others that open a sentence ("Following Smith's arrest, …" made a person
  // "Following Smith", who then became the doer of Smith's acts).
  'following', 'regarding', 'concerning', 'including', 'excluding', 'upon', 'within', 'toward', 'towards', 'throughout', 'unlike',
]);

/** Plural and collective nouns that open news sentences as subjects ("Police said", "Sources say"): never names at a sentence start. */
export const COMMON_SUBJECTS = new Set([
  'police', 'authorities', 'sources', 'prosecutors', 'investigators', 'troops', 'forces', 'rebels', 'militants', 'protesters',
  'demonstrators', 'rescuers', 'firefighters', 'medics', 'voters', 'citizens', 'people', 'critics', 'supporters', 'opponents',
  'residents', 'witnesses', 'reports', 'data', 'figures', 'statistics', 'forecasters', 'organizers', 'organisers', 'markets',
  'investors', 'traders', 'shares', 'prices', 'stocks', 'scientists', 'doctors', 'families', 'relatives', 'students', 'workers',
  'soldiers', 'civilians', 'refugees', 'migrants', 'farmers', 'owners', 'users', 'fans', 'members', 'leaders', 'officials',
  'visits', 'talks', 'tensions', 'sanctions', 'attacks', 'strikes', 'images', 'photos', 'video', 'footage', 'satellite',
  'government', 'parliament', 'army', 'navy', 'military', 'media', 'state', 'president', 'ministers', 'minister', 'everyone',
  'nobody', 'somebody', 'someone', 'anyone', 'many', 'few', 'others', 'both', 'neither', 'none', 'according', 'asked', 'despite',
]);

/** Months and weekdays: capitalised but never entities here (the times stage reads them). */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan',
]);

/** Lower-case words allowed inside a capitalised name ("Ministry of Defence", "Center for Strategic and International Studies"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y', '&']);

/** Connectors that may join two words of a personal name ("Ludwig van Beethoven", "Mohammed bin Salman"). */
export const PERSON_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'von', 'van', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'le', 'la']);

/** Head words that make a capitalised name an organisation, with the speaker kind they suggest. */
export const ORG_HEADS = new Map<string, 'government' | 'military' | 'intelligence' | 'expert' | 'media' | 'organisation'>([
  ...(['ministry', 'department', 'office', 'administration', 'commission', 'council', 'committee', 'cabinet', 'secretariat',
    'parliament', 'assembly', 'senate', 'congress', 'government', 'presidency', 'embassy', 'consulate', 'bureau', 'directorate',
    'authority', 'authorities', 'agency', 'court', 'circuit', 'tribunal', 'police', 'party', 'mission', 'delegation', 'chamber', 'duma',
    'ministries', 'legislature', 'municipality', 'prefecture', 'inspectorate', 'commissariat', 'patrol'] as const).map((w) => [w, 'government'] as const),
  ...(['army', 'navy', 'force', 'forces', 'command', 'staff', 'corps', 'guard', 'guards', 'brigade', 'brigades', 'division', 'regiment',
    'battalion', 'fleet', 'militia', 'marines', 'military'] as const).map((w) => [w, 'military'] as const),
  ...(['intelligence'] as const).map((w) => [w, 'intelligence'] as const),
  ...(['institute', 'institution', 'university', 'college', 'academy', 'center', 'centre', 'studies', 'foundation', 'school',
    'laboratory', 'observatory', 'survey', 'endowment', 'programme', 'program', 'project', 'initiative', 'society', 'association', 'hospital',
    // Institutions named by what they house ("Museum of Flight", "Mayo Clinic", "Royal Opera House" is a place).
    'museum', 'gallery', 'library', 'zoo', 'orchestra', 'theatre', 'theater', 'planetarium'] as const).map((w) => [w, 'expert'] as const),
  ...(['news', 'times', 'post', 'journal', 'daily', 'herald', 'gazette', 'tribune', 'television', 'tv', 'radio', 'broadcasting',
    'press', 'media', 'magazine', 'network', 'telegraph', 'chronicle', 'ilbo', 'shimbun', 'sinmun'] as const).map((w) => [w, 'media'] as const),
  ...(['bank', 'corporation', 'corp', 'company', 'group', 'inc', 'ltd', 'plc', 'llc', 'holdings', 'industries', 'airlines',
    'union', 'organisation', 'organization', 'alliance', 'federation', 'league', 'fund', 'coalition', 'front', 'movement',
    'church', 'club', 'team', 'service', 'services', 'systems', 'technologies', 'motors', 'energy', 'enterprises', 'works'] as const).map((w) => [w, 'organisation'] as const),
  // Company and club name endings of general business and sports usage ("Acme Petroleum", "Deutsche Telekom AG", "Ashford Rovers").
  ...(['airways', 'airline', 'petroleum', 'oil', 'steel', 'electric', 'electronics', 'chemical', 'chemicals', 'pharmaceutical',
    'pharmaceuticals', 'pharma', 'telecom', 'telecommunications', 'insurance', 'assurance', 'securities', 'capital', 'partners',
    'investments', 'resources', 'mining', 'foods', 'communications', 'software', 'brothers', 'bros', 'exchange', 'co', 'cos',
    'ag', 'nv', 'gmbh', 'limited', 'incorporated', 'bancorp', 'financial', 'realty', 'properties', 'construction', 'engineering',
    'laboratories', 'entertainment', 'studios', 'publishing', 'stores', 'hotels', 'resorts', 'tobacco', 'cement', 'metals',
    'shipping', 'railways', 'utilities', 'trust', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'fc', 'afc',
    'olympique', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'sa', 'spa', 'ab', 'asa', 'bv', 'oyj', 'oy', 'srl', 'sarl', 'bhd', 'pty', 'ltda',
    // More company-name endings ("Acme Instruments", "Brask Pictures", "Tarvel Motor", "Mersey Breweries").
    'board', 'holding', 'motor', 'instruments', 'machines', 'dynamics', 'pictures', 'records', 'brewery', 'breweries', 'mills',
    'semiconductor', 'semiconductors', 'microsystems', 'aviation', 'logistics', 'leasing', 'savings', 'textiles', 'beverages', 'brands',
    'cosmetics', 'supermarkets', 'newspapers', 'publications', 'networks', 'telephone', 'wireless', 'technology', 'solutions',
    'consortium', 'syndicate', 'cooperative', 'co-operative', 'partnership'] as const).map((w) => [w, 'organisation'] as const),
]);

/** Legal forms that end a company's name in capitals or not ("Volkswagen AG", "IBM Corp", "Fiat SpA"). */
export const LEGAL_FORMS = new Set(['corp', 'corporation', 'co', 'cos', 'inc', 'ltd', 'plc', 'llc', 'ag', 'nv', 'gmbh', 'sa', 'spa', 'ab', 'asa', 'bv', 'oyj', 'oy', 'srl', 'sarl', 'bhd', 'pty', 'ltda', 'group', 'holdings']);

/** Head words that make a name a place ("Kursk Oblast", "Gyeonggi Province", "Gulf of Aden"). */
export const PLACE_HEADS = new Set([
  'region', 'province', 'oblast', 'krai', 'county', 'district', 'prefecture', 'state', 'territory', 'city', 'town', 'village',
  'island', 'islands', 'peninsula', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'river', 'lake', 'mountain', 'mountains',
  'mount', 'valley', 'desert', 'coast', 'border', 'square', 'street', 'avenue', 'drive', 'airport', 'port', 'base', 'air base', 'airbase',
  'canal', 'plateau', 'heights', 'strip', 'bank', 'zone', 'governorate', 'municipality', 'republic', 'borough', 'camp',
  'road', 'boulevard', 'highway', 'motorway', 'expressway', 'freeway', 'parkway', 'lane', 'bridge', 'stadium',
  // Buildings and stops ("Shandao Station", "Century City Towers", "Sun Tan Motel"); not words that are also surnames (Arena, Castle, Tower, Temple).
  'station', 'terminal', 'motel', 'hotel', 'mall', 'plaza', 'towers',
  // places of worship ("the Grand Mosque", "St Peter's Basilica"; not "Temple" or "Palace": Shirley Temple, Crystal Palace)
  'mosque', 'cathedral', 'basilica', 'synagogue', 'shrine', 'monastery',
]);

/** First words of place names that no personal name opens with ("San Carlos", "Port Harcourt", "North Kivu"). */
export const PLACE_OPENERS = new Set([
  'san', 'santa', 'santo', 'sao', 'são', 'los', 'las', 'port', 'fort', 'cape', 'lake', 'mount', 'mt', 'north', 'south', 'east',
  'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'puerto', 'porto', 'ciudad', 'bandar', 'kuala', 'kota',
]);

/** Lower-case place heads after a name: "the Kursk border region", "Donetsk region". */
export const LOWER_PLACE_HEADS = new Set(['region', 'province', 'oblast', 'krai', 'county', 'district', 'area', 'border region', 'governorate', 'prefecture', 'state', 'city', 'town', 'village', 'island', 'border']);

/** Prepositions after which a name is a location ("in Moscow", "near Kharkiv"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'from', 'near', 'to', 'into', 'outside', 'around', 'across', 'toward', 'towards', 'via', 'through', 'inside',
  'throughout', 'within', 'off', 'nearby', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown',
]);

/** Verbs of movement whose object is a place ("visited Pyongyang", "left Seoul"). */
export const MOVEMENT_VERBS = new Set([
  'visit', 'visits', 'visited', 'visiting', 'reach', 'reached', 'reaches', 'reaching', 'leave', 'left', 'leaves', 'leaving',
  'tour', 'toured', 'touring', 'tours', 'arrive', 'arrived', 'arrives', 'arriving', 'land', 'landed', 'lands', 'landing',
  'enter', 'entered', 'enters', 'entering', 'shell', 'shelled', 'shelling', 'bomb', 'bombed', 'bombing', 'strike', 'struck',
  'hit', 'hits', 'capture', 'captured', 'capturing', 'seize', 'seized', 'liberate', 'liberated', 'occupy', 'occupied', 'fled',
  'flee', 'fleeing', 'evacuate', 'evacuated', 'return', 'returned', 'returning', 'travel', 'travelled', 'traveled',
]);

/** Verbs of saying that mark the name before them as a speaker ("Smith said"), a small closed list for typing names. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'remarked', 'remarks',
  'wrote', 'writes', 'asked', 'asks', 'explained', 'explains', 'argued', 'argues', 'warned', 'warns', 'insisted', 'insists',
  'claimed', 'claims', 'announced', 'announces', 'declared', 'declares', 'replied', 'replies', 'acknowledged', 'admitted',
  'denied', 'denies', 'confirmed', 'confirms', 'suggested', 'suggests', 'believes', 'believed', 'thinks', 'thought',
  'urged', 'urges', 'called', 'calls', 'accused', 'accuses', 'criticized', 'criticised', 'praised', 'praises', 'vowed', 'vows',
  'pledged', 'pledges', 'promised', 'promises', 'predicted', 'predicts', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'tweeted', 'posted', 'recalled', 'recalls', 'testified', 'responded', 'responds', 'commented', 'comments', 'estimated',
  'met', 'meets', 'visited', 'arrived', 'led', 'leads', 'signed', 'signs',
]);

/** Modifiers before a role head ("Deputy Foreign Minister", "former president"). */
export const ROLE_MODIFIERS = new Set([
  'deputy', 'vice', 'first', 'acting', 'former', 'senior', 'chief', 'top', 'assistant', 'associate', 'interim', 'outgoing',
  'incoming', 'then', 'ex', 'principal', 'executive', 'permanent', 'special', 'joint', 'lead', 'leading', 'veteran', 'retired',
  'prominent', 'independent', 'military', 'political', 'defense', 'defence', 'security', 'foreign', 'policy', 'nuclear',
  'regional', 'local', 'state', 'federal', 'national', 'ruling', 'opposition', 'party', 'government', 'u.s.', 'us',
  'presidential', 'vice-presidential', 'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'centrist', 'hardline',
  'supreme', 'chief', 'general', 'de', 'facto', 'designate', 'elect', 'president-elect', 'newly', 'appointed', 'elected', 'longtime',
]);

/** Nouns that refer back to a country ("the country's latest missile", "the nation"). */
export const COUNTRY_NOMINALS = new Set(['country', 'nation']);

/** All-capital words that are not names: clock and time-zone abbreviations, units, common initialisms. */
export const NON_NAME_CAPS = new Set([
  'AM', 'PM', 'A.M.', 'P.M.', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'KST', 'JST', 'BST', 'CET', 'CEST', 'MSK',
  'TV', 'OK', 'ID', 'PDF', 'GDP', 'USD', 'EUR', 'KM', 'MM', 'KG', 'AD', 'BC', 'CEO', 'CFO', 'PhD', 'DNA', 'COVID', 'AI', 'IT',
  'Q1', 'Q2', 'Q3', 'Q4', 'FY', 'I', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'A', 'AN', 'THE', 'AND', 'OF',
  // Common nouns written as acronyms: things, not bodies ("EV makers", "an SUV", "the EEZ").
  'EV', 'EVs', 'SUV', 'SUVs', 'EEZ', 'UAV', 'UAVs', 'ATM', 'ATMs', 'GPS', 'ICU', 'LNG', 'IPO', 'ETF', 'HIV', 'CCTV', 'VPN', 'USB',
  'SMS', 'CPI', 'ESG', 'GMO', 'LGBT', 'LGBTQ', 'DIY', 'FAQ', 'URL', 'HQ', 'VIP', 'ICBM', 'ICBMs', 'SLBM', 'IRBM', 'SRBM', 'MLRS',
]);

/** Roman numerals that follow a name ("Willem II", "Pope John Paul II", "Elizabeth II"). */
export const REGNAL_NUMBERS = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII']);

/** Honorifics and abbreviated ranks before a surname ("Mr. Obama", "Gen. Milley"), with the speaker kind they imply. */
export const HONORIFICS = new Map<string, 'person' | 'expert' | 'military' | 'government'>([
  ['mr', 'person'], ['mrs', 'person'], ['ms', 'person'], ['miss', 'person'], ['mx', 'person'], ['dr', 'person'], ['sir', 'person'],
  ['dame', 'person'], ['lord', 'person'], ['lady', 'person'], ['rev', 'person'], ['prof', 'expert'], ['professor', 'expert'],
  ['gen', 'military'], ['lt', 'military'], ['col', 'military'], ['sgt', 'military'], ['capt', 'military'], ['adm', 'military'],
  ['maj', 'military'], ['cmdr', 'military'], ['cpl', 'military'], ['pvt', 'military'], ['brig', 'military'],
  ['sen', 'government'], ['rep', 'government'], ['gov', 'government'], ['pres', 'government'], ['amb', 'government'],
]);

/** Head words of names that are neither persons, organisations nor places: events, laws, documents, eras. */
export const OTHER_NAME_HEADS = new Set([
  'day', 'days', 'war', 'wars', 'act', 'bill', 'treaty', 'agreement', 'accord', 'accords', 'deal', 'summit', 'games', 'cup',
  'olympics', 'prize', 'award', 'awards', 'festival', 'week', 'election', 'elections', 'revolution', 'crisis', 'plan',
  'doctrine', 'protocol', 'convention', 'declaration', 'resolution', 'amendment', 'constitution', 'law', 'code', 'report',
  'index', 'strategy', 'campaign', 'operation', 'exercise', 'exercises', 'speech', 'talks', 'process', 'era', 'dynasty', 'age',
  'century', 'championship', 'championships', 'open', 'series', 'tournament', 'marathon', 'grand', 'prix', 'trophy', 'medal',
  'conference', 'forum', 'expo', 'show', 'album', 'film', 'book', 'novel', 'song', 'award', 'memorial', 'holiday', 'eve',
  'initiative', 'program', 'programme', 'project', 'fund', 'index', 'missile', 'missiles', 'system', 'rocket', 'drone', 'grant',
  'grants', 'scholarship', 'fellowship', 'lecture', 'lectures', 'prize', 'rule', 'rules', 'order', 'orders', 'policy',
  'masters', 'ashes', 'finals', 'paralympics',
]);

