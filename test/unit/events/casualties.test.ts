// Casualty figures: the numbers of people killed and injured an attack's sentence gives (invented sentences).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findInjured, findKilled, parseCount } from '../../../src/annotate/events/casualties.js';
import { annotate } from './helpers.js';

const at = (text: string, start = 7) => ({ start, text });
const killed = (text: string) => findKilled(at(text));
const injured = (text: string) => findInjured(at(text));
const figure = (c: ReturnType<typeof findKilled>) => (c ? `${c.minimum ? '>=' : ''}${c.value} «${c.evidence.text}»` : null);

describe('casualty figures', () => {
  it('reads the wire wordings of a death count, with a floor for "at least" and "more than"', () => {
    assert.equal(figure(killed('A bomber struck a bus stop, killing at least 12 people, police said.')), '>=12 «killing at least 12 people»');
    assert.equal(figure(killed('Nine people were killed when gunmen opened fire on a wedding.')), '9 «Nine people were killed»');
    assert.equal(figure(killed('Militants killed 12 in a dawn raid.')), '12 «killed 12»');
    assert.equal(figure(killed('The car bomb left 14 dead.')), '14 «left 14 dead»');
    assert.equal(figure(killed('The death toll from the shelling rose to 15, medics said.')), '15 «death toll from the shelling rose to 15»');
    assert.equal(figure(killed('Soldiers shot dead more than 20 protesters.')), '>=20 «shot dead more than 20 protesters»');
    assert.equal(figure(killed('The raid claimed 30 lives.')), '30 «claimed 30 lives»');
  });

  it('reads killed and wounded told together', () => {
    const s = 'At least 5 dead and 20 wounded after a blast at a fuel depot.';
    assert.equal(figure(killed(s)), '>=5 «At least 5 dead»');
    assert.equal(figure(injured(s)), '20 «20 wounded»');
    assert.equal(figure(injured('The strike killed six and wounded 41 others.')), '41 «wounded 41 others»');
    assert.equal(figure(injured('Three people were hurt in the stampede.')), '3 «Three people were hurt»');
  });

  it('takes the whole count before "including …", not the part', () => {
    assert.equal(killed('Gunmen stormed the village, 12 killed, including five children.')?.value, 12);
    assert.equal(killed('The attack killed 12 people, including five children.')?.value, 12);
    assert.equal(killed('Twelve people, including three children, were killed in the shelling.')?.value, 12);
  });

  it('reads numbers in words: "five", "a dozen", "two dozen", "twenty-three", "one person", "a child"', () => {
    assert.equal(killed('Five people were killed in the ambush.')?.value, 5);
    assert.equal(injured('Two were killed and a dozen injured.')?.value, 12);
    assert.equal(killed('The air strike killed two dozen fighters.')?.value, 24);
    assert.equal(killed('The explosion killed twenty-three people.')?.value, 23);
    assert.equal(killed('One person was killed in the attack.')?.value, 1);
    assert.equal(killed('A child was killed when the shell hit the school.')?.value, 1);
    assert.equal(killed('Police said no one was killed.')?.value, 0);
    assert.equal(parseCount('two hundred'), 200);
    assert.equal(parseCount('1,500'), 1500);
  });

  it('adds people joined by "and", and does not count someone\'s children', () => {
    assert.equal(figure(killed('A firebomb killed two women and a man inside the bank.')), '3 «killed two women and a man»');
    assert.equal(killed('Two soldiers and a civilian were killed at the checkpoint.')?.value, 3);
    assert.equal(killed('Gunmen killed 12 soldiers and 3 goats.')?.value, 12);
    // an article starts a new noun phrase: the three are the man and the two women, not five
    assert.equal(killed('The three guards a man and two women died in the fire.')?.value, 3);
    assert.equal(figure(killed('A gunman killed a local police officer.')), '1 «killed a local police officer»');
    assert.equal(killed('The shooting left a mother of two dead.'), null);
    assert.equal(killed('A father of three was killed in the raid.'), null);
  });

  it('gives no number for vague quantities', () => {
    assert.equal(killed('Gunmen killed dozens of villagers.'), null);
    assert.equal(killed('The blast killed scores of people.'), null);
    assert.equal(killed('Several people were killed.'), null);
  });

  it('does not count ages, drones, dates, years or distances', () => {
    assert.equal(killed('A 45-year-old man was killed in the attack.')?.value, 1);
    assert.equal(killed('Russia launched 17 drones overnight, 14 of which were shot down.'), null);
    assert.equal(injured('Russia launched 17 drones overnight, 14 of which were shot down.'), null);
    assert.equal(killed('The shell killed a man on 12 March.')?.value, 1);
    assert.equal(killed('Rebels attacked the town on 12 March, the army said.'), null);
    assert.equal(killed('The convoy was attacked 12 km from the border and killed 2019 rebels.'), null);
    assert.equal(killed('A mortar round killed 12 goats.'), null);
    assert.equal(killed('A drone strike killed a crisis negotiator.'), null);
  });

  it('ends the evidence at the first person noun, and needs a number next to the toll', () => {
    assert.equal(figure(killed('Car bomb kills 12 people near army recruits center')), '12 «kills 12 people»');
    assert.equal(figure(killed('Troops killed at least three people today as police cleared the square.')), '>=3 «killed at least three people»');
    assert.equal(figure(killed('The toll from the blast near the old city has risen to 40.')), '40 «toll from the blast near the old city has risen to 40»');
    assert.equal(figure(killed('Medics gave a death toll of at least 15 people.')), '>=15 «death toll of at least 15 people»');
    assert.equal(killed('The death toll grew after the bodies of two more victims were found.'), null);
    assert.equal(killed('The film is about a town where people are killed for sport.'), null);
  });

  it('allows up to three words before the person noun and up to three words of "be" before the verb, no more', () => {
    assert.equal(figure(killed('Gunmen killed 12 young unarmed local civilians in the raid.')), '12 «killed 12 young unarmed local civilians»');
    assert.equal(killed('Gunmen killed 12 very young unarmed local civilians in the raid.'), null);
    assert.equal(killed('Twelve young unarmed local civilians were killed in the raid.')?.value, 12);
    assert.equal(killed('Twelve very young unarmed local civilians were killed in the raid.'), null);
    assert.equal(figure(killed('Twelve people were reportedly later killed in the raid.')), '12 «Twelve people were reportedly later killed»');
    assert.equal(killed('Twelve people were now reportedly later killed in the raid.'), null);
  });

  it('reads a figure whose words are split by a line break (the quick pre-checks take any space)', () => {
    assert.equal(figure(killed('Twelve people were\nkilled in the raid.')), '12 «Twelve people were\nkilled»');
    assert.equal(figure(killed('The raid left\n12 dead.')), '12 «left\n12 dead»');
    assert.equal(injured('Two guards suffered minor injuries.')?.value, 2);
  });

  it('counts a plural demonym as people only when capitalised', () => {
    assert.equal(killed('Air strikes killed 12 Palestinians.')?.value, 12);
    assert.equal(killed('The strike killed 12 analysis teams.'), null);
  });
});

describe('casualties on events', () => {
  it('adds the figures to the attack event of the sentence, with offsets into the text', () => {
    const a = annotate('Gunmen attacked a police station on Friday, killing at least 12 people and wounding 30.');
    const attack = a.events.find((e) => e.category === 'attack')!;
    const k = attack.casualties!.killed!;
    assert.equal(k.value, 12);
    assert.equal(k.minimum, true);
    assert.equal(a.text.slice(k.evidence.start, k.evidence.end), 'killing at least 12 people');
    assert.equal(attack.casualties!.injured!.value, 30);
  });

  it('reads a count from the sentence after an attack that tells no event of its own', () => {
    const a = annotate('Rebels shelled the market in the town on Friday. The death toll rose to 15.');
    const attack = a.events.find((e) => e.category === 'attack')!;
    assert.equal(attack.casualties?.killed?.value, 15);
  });

  it('adds nothing to events that are not attacks', () => {
    const a = annotate('The minister visited 12 villages on Friday.');
    assert.ok(a.events.every((e) => !e.casualties));
  });
});
