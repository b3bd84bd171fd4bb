// Head nouns of unnamed sources ("an expert", "officials", "state media", "the report") and role
// titles of named ones, with the kind of speaker they make. SOURCE: reviewed by the Dateline team;
// the role nouns next to the speaker slot in the Quootstrap seed patterns (coach, spokesman,
// chairman, analyst, economist, …; MIT, see SOURCES.md) are included.
import type { SourceType } from '../../../model/types.js';

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Head noun (singular and plural, lower case) → speaker kind, for sources with no entity. */
export const SOURCE_HEAD_NOUNS: ReadonlyMap<string, SourceType> = new Map<string, SourceType>([
  ...words(`expert experts analyst analysts researcher researchers scholar scholars professor professors academic academics
    economist economists scientist scientists specialist specialists observer observers commentator commentators
    strategist strategists historian historians pundit pundits pollster pollsters fellow fellows`).map((w) => [w, 'expert'] as const),
  ...words(`official officials source sources insider insiders aide aides diplomat diplomats spokesman spokeswoman
    spokesperson spokespeople spokesmen spokeswomen`).map((w) => [w, 'anonymous_official'] as const),
  ...words(`government governments administration ministry ministries department cabinet presidency embassy authorities
    authority regime minister ministers adviser advisers advisor advisors secretary lawmaker lawmakers legislator
    legislators parliament congress senate police prosecutors prosecutor president premier chancellor governor mayor ambassador
    envoy senator senators congressman congresswoman regulators`).map((w) => [w, 'government'] as const),
  ...words(`military militaries army navy marines force forces guard guards troops command commander commanders soldiers
    general generals colonel colonels admiral admirals`).map((w) => [w, 'military'] as const),
  ...words(`newspaper newspapers paper daily broadcaster broadcasters network magazine outlet outlets tabloid website
    radio television tv station reporter reporters correspondent correspondents journalist journalists editor editors
    columnist columnists`).map((w) => [w, 'media'] as const),
  ...words(`group groups rebels militants protesters activists campaigners movement union unions coalition militia
    insurgents separatists respondents majority minority`).map((w) => [w, 'group'] as const),
  ...words(`company companies firm firms corporation organisation organization organisations organizations committee
    commission council agency institute university foundation association bank court board panel campaign charity
    watchdog regulator`).map((w) => [w, 'organisation'] as const),
  ...words(`witness witnesses resident residents voter voters supporter supporters critic critics opponent opponents man
    woman men women people person father mother wife husband son daughter friend friends neighbor neighbors neighbour
    neighbours lawyer lawyers attorney attorneys judge doctor doctors victim victims survivor survivors candidate
    candidates representative leader leaders chairman chairwoman chair chief director
    executive ceo founder owner owners manager coach player host author writer narrator member members student students teacher
    teachers worker workers employee employees defector defectors refugee refugees citizen citizens farmer farmers fan
    fans user users boss producer campaigner advocate coordinator negotiator consultant candidate
    counsel laureate founder partner nominee nominees contender contenders challenger incumbent rival
    rivals officer officers investigator investigators detective detectives organizer organizers organiser organisers
    parent parents resident residents advocates proponents backers donors allies surrogates individuals family families
    readers viewers`).map((w) => [w, 'person'] as const),
]);

/**
 * Nouns for what a text or record says rather than who ("the report", "a study", "photos"): they
 * can be the subject of "said", "showed", "found". Their speaker kind comes from their owner
 * ("KCNA photos", "a Pentagon report") or stays unknown.
 */
export const INFO_SOURCE_NOUNS: ReadonlySet<string> = new Set(words(`
  report reports study studies survey surveys poll polls result results tally average averages statement statements analysis analyses data figures statistics
  document documents records record memo memos letter letters filing filings complaint complaints lawsuit indictment
  assessment assessments review investigation inquiry findings evidence footage video videos images imagery photos
  photographs pictures research article articles book ad ads advertisement clip post posts tweet tweets message messages
  email emails release transcript census estimate estimates model forecast communique communiqué declaration resolution
  ruling verdict order orders decree bill law rules guidelines notice announcement bulletin commentary editorial op-ed account
  testimony slide chart map note notes paper papers page briefing summary draft proposal plan platform manifesto text
  comments remarks claims words warning warnings
`));

/** Modifiers that turn a media or agency head into state media ("state media", "state-run agency"). */
export const STATE_MEDIA_MODIFIERS: ReadonlySet<string> = new Set(['state', 'state-run', 'state-controlled', 'state-owned', 'official', 'government-run', 'government-controlled',
  // "the government media in Gaza", "the government press office" (session 15)
  'government']);
export const STATE_MEDIA_HEADS: ReadonlySet<string> = new Set(['media', 'agency', 'television', 'tv', 'broadcaster', 'newspaper', 'outlet', 'outlets', 'radio', 'press', 'news']);

/** Modifiers that make an agency or officials intelligence ("intelligence agency", "spy chief"). */
export const INTELLIGENCE_MODIFIERS: ReadonlySet<string> = new Set(['intelligence', 'spy', 'counterintelligence', 'espionage']);

/** Heads that need "news" or a media modifier to be media at all ("news agency" vs "the agency"). */
export const NEWS_AGENCY_HEADS: ReadonlySet<string> = new Set(['agency', 'service']);

/** Words in a role or apposition that make a named person an expert ("a researcher at …"). */
export const EXPERT_ROLE_WORDS: ReadonlySet<string> = new Set(words(`
  expert analyst researcher research scholar professor academic economist scientist specialist fellow institute
  university think-tank observer commentator strategist historian lecturer
`));

/** Official titles that make a named person an official ("Foreign Minister", "spokesman"). */
export const OFFICIAL_ROLE_WORDS: ReadonlySet<string> = new Set(words(`
  minister secretary spokesman spokeswoman spokesperson ambassador envoy official adviser advisor commissioner diplomat
  governor mayor senator congressman congresswoman lawmaker deputy undersecretary consul attache attaché
`));

/** Military ranks and posts that make a named person military. */
export const MILITARY_ROLE_WORDS: ReadonlySet<string> = new Set(words(`
  general admiral colonel commander lieutenant sergeant marshal brigadier major-general lieutenant-general
`));

/** Media roles ("correspondent", "editor"). */
export const MEDIA_ROLE_WORDS: ReadonlySet<string> = new Set(words(`reporter correspondent journalist editor columnist anchor`));

/** Words that mark an unnamed source as anonymous ("sources familiar with the matter", "a person briefed on"). */
export const ANONYMITY_MARKERS: ReadonlySet<string> = new Set(['familiar', 'briefed', 'anonymity', 'unnamed', 'anonymous', 'knowledgeable']);

/**
 * Lower-case words that open a role apposition after a name: "Anna Berg, senior analyst at …, said",
 * "Tom Reed, president of the union, said" (no article, so the determiner rule does not see them).
 */
export const ROLE_APPOSITION_OPENERS: ReadonlySet<string> = new Set([
  'president', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'senior', 'chief',
  'head', 'founder', 'co-founder', 'executive', 'professor', 'member', 'leader', 'secretary', 'minister', 'ambassador',
  'analyst', 'economist', 'researcher', 'fellow', 'editor', 'author', 'lawyer', 'attorney', 'adviser', 'advisor', 'aide',
  'deputy', 'former', 'vice', 'manager', 'partner', 'candidate', 'governor', 'mayor', 'senator', 'commissioner',
  'coordinator', 'strategist', 'consultant', 'owner', 'ceo', 'general', 'commander', 'associate', 'assistant', 'principal',
  'policy', 'political', 'campaign', 'communications', 'press', 'legal', 'research', 'managing', 'acting', 'interim',
  // session 15: "Roe, program administrator for the X Project at Y, told …"
  'administrator', 'representative', 'investigator', 'inspector', 'organizer', 'organiser',
]);
