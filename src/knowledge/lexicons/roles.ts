// Titles and roles that name what a person is, and the kind of speaker each makes its holder.
// Modifiers ("deputy", "vice", "former", "acting", "senior", "chief") are handled by the annotator,
// so only heads are listed. SOURCE: reviewed by hand (Dateline team) from English news usage.
import type { RoleInfo } from '../knowledge.js';
import type { SourceType } from '../../model/types.js';

const roles = (sourceType: SourceType, names: string[]): RoleInfo[] => names.map((role) => ({ role, sourceType }));

export const ROLES: RoleInfo[] = [
  ...roles('government', [
    'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'crown prince', 'emir', 'sultan',
    'supreme leader', 'leader', 'head of state', 'head of government', 'dictator', 'ruler',
    'minister', 'foreign minister', 'defense minister', 'defence minister', 'interior minister', 'finance minister',
    'trade minister', 'economy minister', 'energy minister', 'justice minister', 'health minister', 'unification minister',
    'minister of foreign affairs', 'minister of defense', 'minister of defence', 'minister of national defense', 'minister of national defence',
    'secretary of state', 'secretary of defense', 'defense secretary', 'defence secretary', 'foreign secretary', 'home secretary',
    'treasury secretary', 'secretary', 'secretary-general', 'secretary general', 'undersecretary', 'under secretary', 'assistant secretary',
    'security council secretary', 'national security adviser', 'national security advisor', 'security adviser', 'adviser', 'advisor',
    'chief of staff', 'cabinet secretary', 'chief cabinet secretary', 'envoy', 'special envoy', 'special representative',
    'ambassador', 'diplomat', 'consul', 'consul general', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman',
    'representative', 'lawmaker', 'legislator', 'parliamentarian', 'mp', 'speaker', 'deputy', 'commissioner', 'high commissioner',
    'high representative', 'chairman', 'chairwoman', 'chair', 'head', 'director', 'director general', 'director-general',
    'administrator', 'inspector general', 'prosecutor', 'attorney general', 'judge', 'official', 'government official',
    'senior official', 'administration official', 'party secretary', 'first secretary', 'general secretary', 'politburo member',
    'governor-general', 'regent', 'monarch', 'crown princess', 'chief executive', 'chief negotiator', 'negotiator',
    'justice', 'chief justice', 'nominee', 'presidential nominee', 'candidate', 'presidential candidate', 'running mate',
    'incumbent', 'challenger', 'politician', 'premier', 'first minister', 'state secretary', 'minister of state', 'gov.', 'sen.', 'rep.',
    'republican', 'democrat', 'conservative', 'labour leader', 'opposition leader', 'party leader', 'foreign policy chief',
    'security chief', 'defence chief', 'defense chief', 'army chief', 'military chief', 'police chief', 'chief of police',
    // Session 12, from real reports: posts that open a name ("Humanitarian Coordinator Jane Roe", "Ombudsman John Doe").
    'coordinator', 'humanitarian coordinator', 'special coordinator', 'ombudsman', 'superintendent', 'sheriff', 'magistrate',
    'councillor', 'councilman', 'councilwoman', 'council member', 'alderman', 'assemblyman', 'assemblywoman', 'comptroller',
    'rapporteur', 'special rapporteur', 'under-secretary-general', 'undersecretary-general', 'police commissioner',
    'trooper', 'state trooper', 'detective', 'constable',
  ]),
  ...roles('official', ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'representative', 'aide', 'press officer']),
  ...roles('military', [
    'general', 'lieutenant general', 'major general', 'brigadier general', 'brigadier', 'colonel', 'lieutenant colonel', 'major',
    'captain', 'lieutenant', 'sergeant', 'corporal', 'private', 'admiral', 'vice admiral', 'rear admiral', 'commodore', 'marshal',
    'field marshal', 'air marshal', 'commander', 'commander-in-chief', 'chief of the general staff', 'chief of general staff',
    'chief of staff of the army', 'chief of naval operations', 'chairman of the joint chiefs of staff', 'soldier', 'officer',
    'military officer', 'military official', 'defense official', 'defence official', 'troop', 'pilot', 'marine', 'gen.', 'lt.', 'col.',
    'maj.', 'capt.', 'sgt.', 'adm.', 'lt. gen.', 'maj. gen.', 'brig. gen.', 'lt. col.',
    // British style writes the ranks without stops ("Lt Col Jane Roe", "Sgt John Doe").
    'lt', 'col', 'maj', 'capt', 'sgt', 'lt col', 'lt gen', 'maj gen', 'brig gen',
  ]),
  ...roles('intelligence', ['intelligence official', 'spy chief', 'intelligence chief', 'intelligence director', 'agent', 'intelligence officer']),
  ...roles('expert', [
    'analyst', 'researcher', 'research fellow', 'fellow', 'senior fellow', 'professor', 'associate professor', 'assistant professor',
    'scholar', 'expert', 'economist', 'scientist', 'academic', 'lecturer', 'historian', 'political scientist', 'specialist',
    'research director', 'program director', 'programme director', 'commentator', 'observer', 'strategist', 'consultant',
  ]),
  ...roles('media', ['journalist', 'reporter', 'correspondent', 'editor', 'editor-in-chief', 'columnist', 'anchor', 'broadcaster']),
  ...roles('person', [
    'witness', 'resident', 'activist', 'lawyer', 'attorney', 'doctor', 'dr.', 'nurse', 'teacher', 'student', 'defector', 'refugee',
    'survivor', 'victim', 'farmer', 'worker', 'businessman', 'businesswoman', 'executive', 'ceo', 'founder', 'pastor', 'priest',
    'imam', 'bishop', 'pope', 'cardinal', 'rabbi', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'lady',
    // Sports pages: players and staff named with their position ("striker John Smith", "Defender Ann Lee").
    'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'playmaker', 'coach', 'head coach', 'manager', 'skipper',
    'batsman', 'bowler', 'jockey', 'quarterback', 'pitcher', 'player', 'athlete', 'sprinter', 'cyclist', 'golfer', 'swimmer',
    'boxer', 'world champion', 'champion', 'runner',
  ]),
];
