// Hand-picked WordNet seeds for the verb-class table (src/knowledge/build/verb-classes.ts), beyond
// the lexicon's own one-word verb triggers: [lemma, WordNet 3.1 sense number, PLOVER type]; lexicon
// verbs whose most frequent WordNet sense is not their news sense (so they seed nothing); and
// verbs the table must not type. Reviewed by hand (Dateline team) from the generated table.
import type { PloverType } from '../../../model/types.js';

export const VERB_CLASS_SEEDS: ReadonlyArray<readonly [string, number, PloverType]> = [];

/** "investigate" reaches "google" and "experiment", "instruct" reaches "teach", "demonstrate" means to show. */
export const VERB_CLASS_NOT_SEEDS: ReadonlySet<string> = new Set(['investigate', 'probe', 'instruct', 'demonstrate', 'accept']);

/** Table verbs whose first WordNet sense reaches a seed through a sense news does not use ("squash" = press, "comprehend" = seize),
 * and helping verbs that WordNet files under "support" but PLOVER does not count as SUPPORT ("to help the girls enter"). */
export const VERB_CLASS_EXCLUDED: ReadonlySet<string> = new Set(`
  grind mash squash squeeze cranch craunch knuckle encore quest spray splash sprinkle spatter egg grass off pip chine sprain
  bruise contuse subluxate wrick demyelinate aerosolize infest overstretch handicap cremate disassemble erase comprehend grok
  intuit savvy posture thermostat scar pock blemish disfigure clench grip fluster garnish garnishee queer bate mob fin horseshoe
  instrument kit shaft spar stave muzzle wire rejig intersect banquet compere emcee discourse encounter frequent sonnet
  advertize bravo ensky canonise shrive foredoom cheese inactivate negative weather brave beggar plain guy bait blare bleat
  cane wigwag aver action accurse tantalise tantalize twit razz rail nag gripe grouch grumble bitch bellyache kvetch quetch
  repine bemoan bewail armor armour commission refinance salve fin outfit mechanise mechanize motorise motorize
  help assist encourage promote foster further facilitate expedite spur conduce subserve mitigate palliate extenuate
  rationalize advertize patronise benefact bootstrap
`.trim().split(/\s+/));
