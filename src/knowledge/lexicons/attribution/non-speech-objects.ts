// Objects that turn a verb of saying into some other act: "the storm claimed 20 lives", "people
// claiming asylum", "the keeper conceded a penalty", "the prime minister called an election".
// SOURCE: reviewed by the Dateline team. Keyed by the cue verb's lemma; the words are object heads.
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const NON_SPEECH_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['claim', words(`life lives victim victims casualties asylum benefit benefits allowance allowances refund refunds title titles
    crown trophy medal medals prize prizes seat seats land territory ownership damages compensation expenses ticket tickets`)],
  ['concede', words(`penalty penalties goal goals corner corners try tries run runs wicket wickets set sets game games frame frames`)],
  ['call', words(`election elections referendum strike strikes meeting meetings ambulance halt timeout`)],
  // "has maintained strict control over …", "maintains existing tariffs": keeping something, not claiming it
  ['maintain', words(`control tariffs tariff sanctions pressure presence ties relations contact contacts troops forces blockade
    restrictions order calm lead grip hold distance`)],
  // "the country had admitted more than a million refugees": letting people in, not owning up to something
  ['admit', words(`refugee refugees migrant migrants asylum-seekers immigrant immigrants patient patients student students
    applicant applicants newcomers evacuees`)],
  // "wrote a letter to the speaker insisting that …": the writing is an act; what the letter says is its participle's
  ['write', words(`letter letters memo memos op-ed op-eds`)],
  // "drones attacked an oil refinery": a physical target ("attacked the plan" still reports criticism).
  ['attack', words(`refinery refineries depot depots base bases airfield airfields airport port ports village villages town
    convoy convoys positions outpost outposts checkpoint checkpoints facility facilities infrastructure plant plants ship ships
    vessel vessels tanker tankers train trains bus buses hospital hospitals school schools building buildings station stations
    bridge bridges camp camps compound barracks warehouse warehouses pipeline pipelines substation substations power grid dam
    market markets homes houses apartment neighbourhood neighborhood military troops soldiers patrol patrols police`)],
]);

/**
 * Particles right after the verb that make it another act than saying: "called in to a radio show",
 * "called into the programme" (phoned in), "called off the strike", "called up reservists"; a plea in
 * court ("pleaded guilty", "pleaded not guilty", "pleaded no contest") is a step in a case, not a
 * statement whose content is "guilty" ("pleaded with the judge" still reports words).
 */
export const NON_SPEECH_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', words(`in into off up`)],
  ['plead', words(`guilty not innocent no`)],
]);
