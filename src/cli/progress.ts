// A one-line progress bar on standard error, shown only on a terminal so logs and pipes stay clean.
export interface Progress {
  tick(label: string, counts: Record<string, number>): void;
  done(): void;
}

export function createProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  let seen = 0;
  let last = 0;
  const width = 24;
  return {
    tick(label, counts) {
      seen++;
      const now = Date.now();
      if (now - last < 80 && seen !== total) return; // redraw at most ~12 times a second
      last = now;
      const share = total ? Math.min(1, seen / total) : 0;
      const bar = total ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${seen}/${total}` : `${seen}`;
      const tally = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(' · ');
      const line = `${bar} · ${tally} · ${label}`;
      const columns = stream.columns ?? 100;
      stream.write(`\r${line.length > columns - 1 ? line.slice(0, columns - 2) + '…' : line.padEnd(columns - 1)}`);
    },
    done() {
      if (seen > 0) stream.write('\n');
    },
  };
}
