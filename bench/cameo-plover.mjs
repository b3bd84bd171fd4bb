// The CAMEO-to-PLOVER table of the shared data (openeventdata/PLOVER CAMEO2PLOVER-2021.txt, CC BY-SA 4.0),
// read at run time, for the converters of CAMEO-coded sets. Never copied into the repository.
import { readFileSync } from 'node:fs';

export const EVENTS_DATA = '/work/shared/data/events';

const table = new Map();
for (const line of readFileSync(`${EVENTS_DATA}/plover/CAMEO2PLOVER-2021.txt`, 'utf8').split('\n')) {
  const m = /^(\d+):\s*([A-Z]+)/.exec(line);
  if (m && !table.has(m[1])) table.set(m[1], m[2]);
}

/** The PLOVER type of a CAMEO code by its longest listed prefix, or null. */
export const ploverOf = (code) => {
  for (let n = code.length; n >= 2; n--) if (table.has(code.slice(0, n))) return table.get(code.slice(0, n));
  return null;
};
