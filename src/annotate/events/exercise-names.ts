// An exercise's own name is no one who holds it: "began their annual Ulchi Freedom Shield exercise",
// "drills code-named Joint Sword-2024A". The name, found as a capitalised entity, had been taken as a doer.
import type { Event } from '../../model/types.js';

// After the name: the rest of its token ("-2024A"), capitalised words of the name, a kind word, then the exercise noun.
const EXERCISE_AFTER = /^[\w-]*\s+(?:[A-Z0-9][\w-]*\s+){0,2}(?:(?:military|joint|naval|air|combined|annual|large-scale|live-fire)\s+)*(?:exercises?|drills?|war\s*games?|wargames?|manoeuvres?|maneuvers?)\b/;
const NAMED_BEFORE = /(?:code-?named|dubbed|called|named|known as)\s*["“']?\s*$/i;

/** The events with exercise names dropped from the doers of military exercises. */
export function dropExerciseNames(events: Event[], text: string): Event[] {
  return events.map((e) => {
    if (e.category !== 'military_exercise') return e;
    const actors = e.actors.filter((a) => !a.span || !(EXERCISE_AFTER.test(text.slice(a.span.end, a.span.end + 40)) || NAMED_BEFORE.test(text.slice(Math.max(0, a.span.start - 30), a.span.start))));
    return actors.length === e.actors.length ? e : Object.assign({}, e, { actors });
  });
}
