// Where a command writes. main.ts passes the process streams; tests can pass buffers.
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal: progress bars are worth drawing. */
  interactive: boolean;
}

export const processIO: CommandIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};
