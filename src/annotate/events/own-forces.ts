// Refiner (session 15, helper conf15): "the military", "the army", "the occupation forces" named with no country. A report
// about one country's war names that country's forces again and again ("Israel's military said …", "Israeli troops …") and
// then says "the military" for them; the unnamed force is that country when the report ties forces to it clearly more
// than to any other (at least twice, and twice as often as the next). Otherwise it stays unnamed (entity null).
import type { EventParticipant } from '../../model/types.js';
import type { Draft } from './draft.js';
import type { DocView } from './view.js';

/** Heads of an unnamed force, as the subject finder keeps them ("army", "air force", "occupation forces"). */
const UNNAMED_FORCE = /^(?:the |its |their )?(?:occupation |israeli occupation )?(?:military|army|armed forces|air force|navy|forces|troops|soldiers|ground forces)$/i;
/** Words after a country or its demonym that make them its forces ("Israel's military", "Israeli troops"). */
const FORCE_WORDS = new Set(['military', 'army', 'forces', 'force', 'troops', 'soldiers', 'navy', 'air', 'armed', 'defense', 'defence', 'warplanes', 'jets', 'tanks']);

export function resolveOwnForces(view: DocView, drafts: readonly Draft[]): void {
  if (!drafts.some((d) => d.actors.some(isUnnamedForce) || d.targets.some(isUnnamedForce))) return;
  const counts = new Map<string, { participant: EventParticipant; n: number }>();
  for (const ref of view.mentions) {
    const owner = ref.entity.type === 'country' ? ref.entity : null;
    // "the Israel Defense Forces", a state's military by name, counts for its state
    const organ = ref.entity.type === 'organisation' && ref.entity.country && ref.entity.sourceType === 'military' ? ref.entity.country : null;
    if (!owner && !organ) continue;
    let next = ref.end;
    if (view.words[next] === "'s" || view.words[next] === '’s') next++;
    if (!organ && !FORCE_WORDS.has(view.words[next] ?? '')) continue;
    const country = owner ?? view.mentions.find((m) => m.entity.type === 'country' && m.entity.country === organ)?.entity;
    if (!country) continue;
    const entry = counts.get(country.id) ?? { participant: { name: country.name, entity: country.id }, n: 0 };
    entry.n++;
    counts.set(country.id, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  if (!top || top.n < 2 || (ranked[1] && ranked[1].n * 2 > top.n)) return;
  for (const d of drafts) {
    for (const list of [d.actors, d.targets]) {
      const i = list.findIndex(isUnnamedForce);
      if (i < 0) continue;
      if (list.some((p) => p.entity === top.participant.entity)) list.splice(i, 1);
      else list.splice(i, 1, Object.assign({}, top.participant, list[i]!.span ? { span: list[i]!.span } : {}));
    }
  }
}

const isUnnamedForce = (p: EventParticipant): boolean => p.entity === null && UNNAMED_FORCE.test(p.name.trim());
