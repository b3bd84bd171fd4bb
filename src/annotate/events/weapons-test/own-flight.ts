// A weapons test's own flight told with a verb of harm: "the Air Force destroyed the unarmed ICBM
// after an anomaly during a test launch", "the warhead hit its target at the test range", "the
// rocket crashed into the sea". These tell how the test went; none is an attack on anyone.
import type { DocView } from '../view.js';
import type { SentenceClauses } from '../clauses.js';
import { namesSystem } from './system.js';

export const WEAPON_WORDS: ReadonlySet<string> = new Set(['missile', 'missiles', 'rocket', 'rockets', 'icbm', 'icbms', 'slbm', 'slbms', 'warhead', 'warheads', 'projectile', 'projectiles', 'booster', 'interceptor']);
// Words that say the sentence is about a test ("test launch", "test range", "a drill"); a launch alone may be an attack's.
const TEST_WORDS = /\b(?:test(?:s|ed|ing)?|test-fir\w*|test-launch\w*|drills?|exercises?|trials?)\b/i;
const LAUNCH_WORDS = /\b(?:test(?:s|ed|ing)?|test-fir\w*|test-launch\w*|liftoff|lift-off|launch(?:ed|es)?|satellite)\b/i;
const NUCLEAR_TEST = /\bnuclear (?:tests?|device|explosion|detonation|blast)\b/i;
const NUCLEAR_DEVICES = new Set(['bomb', 'bombs', 'device', 'devices', 'warhead', 'weapon']);
const MADE_TARGETS = new Set(['mock', 'simulated', 'dummy', 'designated', 'practice', 'training', 'floating', 'aerial']);
const FALL_VERBS = new Set(['crash', 'explode', 'fall', 'plunge', 'splash', 'land', 'disintegrate']);
const WATERS = new Set(['sea', 'ocean', 'waters', 'gulf', 'bay']);
const OBJECT_STOPS = new Set(['at', 'on', 'over', 'in', 'into', 'near', 'after', 'during', 'from', 'with', 'by', 'for', ',', ';', 'and', 'which', 'that']);

export type OwnFlight = 'test' | 'part-of-test' | null;

/**
 * How a harm verb in a test's sentence reads: 'test' when what it destroys is the tested weapon itself
 * (the test, ended), 'part-of-test' when a weapon hits its target or falls into the sea (already the
 * test's landing), null when it is no test's flight.
 */
export function ownFlight(view: DocView, sc: SentenceClauses, first: number, end: number, objectsEnd: number): OwnFlight {
  const sentence = view.text.slice(view.tokens[sc.first]!.start, view.tokens[sc.end - 1]!.end);
  // "struck a mock target in the desert": a target made for the purpose is a test's, whatever else the sentence says.
  const words = view.words.slice(first, Math.min(sc.end, end + 4));
  const targetAt = words.findIndex((w) => w === 'target' || w === 'targets');
  if (targetAt > 0 && MADE_TARGETS.has(words[targetAt - 1]!)) return 'part-of-test';
  const tested = TEST_WORDS.test(sentence);
  if (!tested && !LAUNCH_WORDS.test(sentence)) return null;
  const objectEnd = Math.min(sc.end, Math.max(objectsEnd, end), end + 8);
  const after = view.words.slice(end, objectEnd);
  // "hit its target", "struck the designated targets" in a test's sentence: where its warheads came down.
  // (The trigger may hold its object: "hit … target" is one phrase.)
  const nearAfter = view.words.slice(first, Math.min(sc.end, end + 4));
  if (tested && nearAfter.some((w) => w === 'target' || w === 'targets')) return 'part-of-test';
  const lemma = view.lemmas[first] ?? '';
  const before = view.words.slice(Math.max(sc.first, first - 4), first);
  // A weapon falling into the sea harms no one, after any launch.
  if (FALL_VERBS.has(lemma) && before.some((w) => WEAPON_WORDS.has(w)) && after.slice(0, 4).some((w) => WATERS.has(w))) return 'part-of-test';
  // The tested weapon itself destroyed ("destroyed the unarmed ICBM over the ocean during a test launch"): the test,
  // ended. Only the direct object counts, up to its first preposition ("destroyed a launcher at the missile base" is not).
  // (From the word after the verb: the trigger may hold its object, "detonated … bomb".)
  let objectStop = first + 1;
  while (objectStop < objectEnd && !OBJECT_STOPS.has(view.words[objectStop]!)) objectStop++;
  const object = view.words.slice(first + 1, objectStop);
  const objectText = objectStop > first + 1 ? view.text.slice(view.tokens[first + 1]!.start, view.tokens[objectStop - 1]!.end) : '';
  // A bomb or device set off in a nuclear test is the test ("claimed it had detonated a hydrogen bomb").
  if (NUCLEAR_TEST.test(sentence) && object.some((w) => NUCLEAR_DEVICES.has(w))) return 'test';
  if (tested && (object.some((w) => WEAPON_WORDS.has(w)) || (objectText !== '' && namesSystem(objectText)))) return 'test';
  return null;
}

const FLIGHT_VERBS = new Set(['fly', 'travel', 'soar', 'climb', 'reach', 'cover', 'glide', 'cruise', 'fall', 'land', 'splash', 'hit', 'strike']);

/**
 * "The missile flew 1,001.2 km for 5,156 seconds", "the warheads travelled 620 miles": a weapon that flies is the flight of
 * a test or an attack told around it (the weapons-test attributes read it), no act of its own.
 */
export function weaponFlies(view: DocView, sc: SentenceClauses, first: number): boolean {
  if (!FLIGHT_VERBS.has(view.lemmas[first] ?? '')) return false;
  const before = view.words.slice(Math.max(sc.first, first - 3), first);
  // ("The hypersonic glide vehicle flew 1,500 km": a glide or re-entry vehicle is a warhead.)
  const weapon = before.some((w, k) => WEAPON_WORDS.has(w) || (w === 'vehicle' && (before[k - 1] === 'glide' || before[k - 1] === 're-entry')));
  return weapon && !before.includes('at') && !before.includes('by');
}
