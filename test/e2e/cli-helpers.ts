// Runs the built `dateline` command as a user would, in a child process.
import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CLI = path.join(process.cwd(), 'dist', 'src', 'cli', 'main.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function dateline(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: options.input, cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function datelineAsync(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix = 'dateline-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function jsonLines(text: string): any[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
