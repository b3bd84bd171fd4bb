// The inputs whose extract output is kept as golden files in test/golden/*.json. Update them
// with `npm run golden:update` and review the diff like code.
export interface GoldenInput {
  name: string;
  path: string;
  published?: string;
}

export const GOLDEN_INPUTS: readonly GoldenInput[] = [
  { name: 'seed-article', path: 'examples/seed-article.txt', published: '2025-03-21' },
  { name: 'wikinews', path: 'examples/wikinews.jsonl' },
  { name: 'wire-report', path: 'test/fixtures/golden/wire-report.txt', published: '2024-11-29' },
  { name: 'html-article', path: 'test/fixtures/golden/html-article.html' },
];
