// Classes of content words that decide what a trigger means: a launch is a weapons test only with a
// weapon nearby, "sent" is a deployment with troops and a transfer with aid. Lower-case lemmas and
// surface forms (both are looked up).
// SOURCE: reviewed by hand (Dateline team) from English international and conflict news usage and
// the weapon, force and aid kinds named in the PLOVER modes and contexts (openeventdata/PLOVER,
// CC BY-SA 4.0) and the CAMEO codebook (Schrodt 2012).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export type WordClass = 'weapon' | 'troops' | 'military' | 'aidGoods' | 'labour' | 'agreementNoun' | 'diplomat'
  | 'restriction' | 'captive' | 'talks' | 'ties' | 'conflict' | 'place' | 'proposal' | 'phone' | 'property' | 'person' | 'dissent'
  | 'actor' | 'armedGroup' | 'lawEnforcement' | 'cyber' | 'condition' | 'civilians' | 'outsiders';

// Round 13 (helper conv): weapon also names the NGEC codebook's ASSAULT explosives mode ("mines, IEDs, car bombs"):
// explosives, grenades, IEDs, landmines and booby-trapped things ("a booby-trapped car went off").
export const WORD_CLASSES: Record<WordClass, ReadonlySet<string>> = {
  weapon: set(`
    missile missiles rocket rockets icbm icbms irbm irbms slbm slbms mrbm srbm warhead warheads nuclear weapon weapons
    weaponry arms artillery projectile projectiles drone drones uav uavs bomb bombs munition munitions ammunition torpedo
    torpedoes cruise ballistic hypersonic interceptor interceptors launcher launchers howitzer howitzers mortar mortars
    shell shells satellite spacecraft anti-aircraft anti-air anti-ship anti-tank air-defense air-defence thermonuclear
    hydrogen atomic multiple-warhead short-range medium-range intermediate-range long-range submarine-launched
    explosive explosives grenade grenades ied ieds landmine landmines booby-trapped
  `),
  troops: set(`
    troop troops soldier soldiers force forces personnel unit units battalion battalions brigade brigades division
    divisions regiment regiments warship warships ship ships vessel vessels destroyer destroyers frigate frigates
    aircraft jet jets fighter fighters bomber bombers submarine submarines carrier carriers tank tanks peacekeeper
    peacekeepers peacekeeping marine marines commando commandos paratrooper paratroopers reinforcement reinforcements reserves
    reservist reservists militia
    militias army armies navy police policemen gendarmes mercenary mercenaries contingent squadron squadrons fleet
    helicopter helicopters warplane warplanes gunship gunships gunboat gunboats guard guards infantry reservist reservists conscript conscripts fighters
    military armor armour
  `),
  military: set(`
    military militaries army armies naval navy navies air joint war combat live-fire drill drills exercise exercises troops forces
    artillery amphibious missile missiles defense defence nuclear tactical warship warships bomber bombers fighter
    fighters tank tanks marine marines aircraft carrier submarine anti-submarine firing field command-post
  `),
  aidGoods: set(`
    aid assistance help relief weapon weapons arms missile missiles equipment technology technologies ammunition munitions
    fund funds funding money loan loans grant grants credit credits cash food grain flour rice wheat medicine medicines
    medical supplies supply fuel oil vaccine vaccines humanitarian tank tanks jet jets aircraft drone drones shell shells
    rocket rockets artillery system systems asylum shelter refuge dollars euros yen pounds package packages donation
    donations goods materiel hardware vehicle vehicles bailout bailouts components parts howitzers interceptors blanket blankets tent tents meal meals
    clothing clothes water purifiers dollar euro crowns kroner guilders francs marks rupees ecus dinars riyals
  `),
  labour: set(`
    worker workers union unions employee employees staff teacher teachers doctor doctors nurse nurses miner miners driver
    drivers pilot pilots farmer farmers student students labour labor trucker truckers docker dockers porter porters
    railway railroad strikers physicians lawyers controllers
  `),
  agreementNoun: set(`
    agreement agreements deal deals accord accords treaty treaties pact pacts memorandum protocol convention declaration
    charter contract contracts ceasefire cease-fire truce armistice understanding settlement
  `),
  diplomat: set('diplomat diplomats ambassador ambassadors envoy envoys attache attaches consul consuls embassy staff'),
  /**
   * Session 14 (helper plov14): the outsiders whose entry PLOVER RETREAT access names (observers, inspectors,
   * peacekeepers, humanitarian workers, the press): "let the monitors into the camp", not "allowed the team into the country".
   */
  outsiders: set(`
    observer observers monitor monitors inspector inspectors peacekeeper peacekeepers peacekeeping investigators
    humanitarian aid relief journalists journalist reporters reporter press mission missions un u.n. red cross crescent
  `),
  restriction: set(`
    restriction restrictions curfew curfews ban bans blockade blockades emergency siege martial law measures measure
    lockdown controls control embargo limits
  `),
  captive: set(`
    prisoner prisoners hostage hostages detainee detainees captive captives activist activists dissident dissidents
    journalist journalists pow pows soldiers inmates mayor governor leader leaders commander commanders politician
    politicians official officials citizen citizens national nationals crew sailors fishermen tourists suspects militants
    fighters rebels children women civilians people aid workers businessman businessmen engineer engineers priest priests
    nun nuns missionary missionaries contractor contractors employee employees pilot pilots girl girls boy boys
    schoolgirls schoolchildren students
  `),
  talks: set('talk talks negotiation negotiations mediation dialogue discussion discussions consultation consultations meeting summit delegation delegations negotiators'),
  ties: set('tie ties relation relations link links contact contacts cooperation exchange exchanges flights trade'),
  conflict: set(`
    retaliate retaliation retaliatory consequence consequences response action actions attack attacks war strike strikes
    force measures countermeasures punishment revenge reprisal reprisals escalation
  `),
  place: set(`
    border borders territory territories town towns city cities village villages region regions area areas province provinces
    district districts capital base bases front frontline positions
  `),
  proposal: set(`
    proposal proposals offer offers plan plans appeal appeals call calls demand demands request requests ultimatum invitation
    resolution initiative idea suggestion bid charge charges claim claims accusation accusations
    criticism criticisms concern concerns warning warnings report reports allegation allegations speculation suggestions
    rumor rumors rumour rumours involvement responsibility wrongdoing
  `),
  phone: set('phone telephone video videoconference video-link'),
  property: set('property properties land assets asset territory'),
  /** Common nouns that name who acts when no name is given ("police fired tear gas", "gunmen attacked"). */
  actor: set(`
    police policemen troops soldiers forces army military militants rebels insurgents gunmen protesters protestors
    demonstrators workers students militia militias militiamen fighters guerrillas jihadists terrorists attackers
    settlers hackers authorities government officials separatists paramilitaries marines commandos mob rioters strikers
    activists prisoners detainees civilians villagers residents refugees migrants
    teachers farmers truckers miners employees lawyers voters supporters opponents
  `),
  /** People in need whom others rescue or evacuate (humanitarian aid), as opposed to troops leaving. */
  civilians: set(`
    wounded injured sick civilians civilian residents villagers refugees children families survivors patients
    inhabitants people tourists evacuees foreigners nationals migrants passengers crew sailors fishermen hikers
  `),
  dissent: set(`
    against protest protests protester protesters protesting demonstrator demonstrators demonstration demonstrations oppose
    opposing opposition anti-government anti-war denounce condemn demand demands demanding calling chant chanted chanting
    slogans banners placards dissent dissidents outrage angry anger resignation
  `),
  /** Non-state armed groups and attackers (PLOVER actor kinds: rebels, militias, insurgents). */
  armedGroup: set(`
    militant militants rebel rebels insurgent insurgents gunman gunmen militia militias militiaman militiamen guerrilla
    guerrillas jihadist jihadists terrorist terrorists attacker attackers assailant assailants raider raiders bandit bandits
    pirate pirates fighters paramilitary paramilitaries extremist extremists mob rioters
  `),
  /** Police and judicial authorities: their raids and searches are COERCE (NGEC codebook: seize). */
  lawEnforcement: set(`
    police policeman policemen officers agents investigators detectives prosecutor prosecutors authorities gendarmes
    gendarmerie customs fbi interpol warrant
  `),
  /** Computer systems and their attackers: an attack on them is COERCE cyber (NGEC codebook). */
  cyber: set(`
    hacker hackers hacking website websites server servers network networks computer computers system systems email
    emails database databases cyber cyberspace online ransomware malware
  `),
  /** A condition put to someone: a warning with one is an ultimatum (CAMEO 139, PLOVER THREATEN). */
  condition: set('unless if otherwise'),
  /** No words: satisfied by a person mention near the trigger (checked by the annotator). */
  person: new Set<string>(),
};
