// linkedom gives every node it creates an entry in a module-private WeakMap (its event listener
// table), whether or not anything ever listens. On a news page that is tens of thousands of
// entries: about a sixth of parse time, and WeakMap entries are costly for the garbage collector.
// Ingest never listens to events on the pages it reads, so while it parses and reads a page the
// node classes are pointed at a base that skips the entry. Nodes made meanwhile cannot take
// listeners (addEventListener on them throws); they never leave ingest. If linkedom's classes are
// not shaped as expected, nothing is changed.
import { EventTarget, Node as NodeFacade } from 'linkedom';

/** linkedom's real Node class (the exported Node is a facade whose prototype is that class). */
const RealNode: object = Object.getPrototypeOf(NodeFacade);
const ListeningBase: object = Object.getPrototypeOf(RealNode);

/** Same statics and prototype chain as linkedom's EventTarget, without its per-object map entry. */
function QuietBase(): void {}
Object.setPrototypeOf(QuietBase, EventTarget);
QuietBase.prototype = (EventTarget as unknown as { prototype: object }).prototype;

const applicable = ListeningBase === EventTarget;
let depth = 0;

/** Runs `read` with node creation that skips linkedom's listener table; nesting is allowed. */
export function withQuietNodes<T>(read: () => T): T {
  if (!applicable) return read();
  if (depth++ === 0) Object.setPrototypeOf(RealNode, QuietBase);
  try {
    return read();
  } finally {
    if (--depth === 0) Object.setPrototypeOf(RealNode, ListeningBase);
  }
}
