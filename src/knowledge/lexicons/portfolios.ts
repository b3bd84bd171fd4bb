// Words of government portfolios written after "Minister of", "Secretary for", "Director of"
// ("Minister of Foreign Affairs and Cooperation", "Secretary of Health and Human Services").
// The entity stage reads a run of them after a role and "of"/"for" as part of the title, so that
// the person's name starts after them whatever the name's language ("Minister of Education
// Shigeru Tanaka"). SOURCE: reviewed by hand (Dateline team) from English news usage.
export const PORTFOLIO_WORDS = new Set([
  'education', 'higher', 'health', 'finance', 'finances', 'treasury', 'budget', 'economy', 'economic', 'economics', 'planning',
  'foreign', 'affairs', 'external', 'internal', 'interior', 'home', 'justice', 'law', 'legal', 'defence', 'defense', 'national',
  'public', 'security', 'safety', 'order', 'war', 'veterans', 'trade', 'commerce', 'industry', 'industries', 'business',
  'enterprise', 'investment', 'agriculture', 'food', 'fisheries', 'forestry', 'forests', 'livestock', 'rural', 'urban',
  'development', 'energy', 'mines', 'mining', 'petroleum', 'oil', 'gas', 'water', 'environment', 'climate', 'ecology',
  'natural', 'resources', 'land', 'lands', 'housing', 'construction', 'infrastructure', 'transport', 'transportation',
  'communications', 'information', 'technology', 'digital', 'science', 'research', 'innovation', 'culture', 'cultural',
  'tourism', 'sport', 'sports', 'youth', 'women', 'gender', 'equality', 'family', 'families', 'children', 'social', 'welfare',
  'labour', 'labor', 'employment', 'work', 'pensions', 'immigration', 'migration', 'citizenship', 'integration', 'religious',
  'heritage', 'arts', 'media', 'telecommunications', 'aviation', 'maritime', 'shipping', 'railways', 'roads', 'highways',
  'local', 'government', 'territorial', 'administration', 'regional', 'cooperation', 'relations', 'intelligence', 'reconstruction',
  'reform', 'reforms', 'solidarity', 'human', 'services', 'rights', 'homeland', 'emergency', 'emergencies', 'disaster',
  'european', 'overseas', 'state',
]);
