// Helpers shared by the tests. Tests run from the repository root (npm test), so paths are
// resolved from process.cwd(), whatever folder the compiled test file sits in.
import path from 'node:path';
import fs from 'node:fs';

export const repoRoot = (): string => process.cwd();
export const fixturePath = (...parts: string[]): string => path.join(repoRoot(), 'test', 'fixtures', ...parts);
export const readFixture = (...parts: string[]): string => fs.readFileSync(fixturePath(...parts), 'utf8');
export const sharedPath = (...parts: string[]): string => path.join(repoRoot(), '..', 'shared', ...parts);
