#!/usr/bin/env node
// Runs the extractor over a dev corpus (NN.json files) and scores it with the corpus's score.py.
// usage: node scripts/eval.mjs [CORPUS_DIR | --corpus CORPUS_DIR] [--keep]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extractArticle } = await import(join(root, 'dist/src/ingest/extract.js'));
const { toExtractJson } = await import(join(root, 'dist/src/ingest/extract-output.js'));
const { readArticleFile } = await import(join(root, 'dist/src/ingest/read-input.js'));

const args = process.argv.slice(2);
let corpus = resolve(root, '../shared/dev-corpus');
const ci = args.indexOf('--corpus');
if (ci >= 0 && args[ci + 1]) corpus = resolve(args[ci + 1]);
else if (args[0] && !args[0].startsWith('--')) corpus = resolve(args[0]);
const keep = args.includes('--keep');

const articleDir = existsSync(join(corpus, 'corpus')) ? join(corpus, 'corpus') : corpus;
const files = readdirSync(articleDir).filter((f) => /^\d+\.json$/.test(f)).sort();
if (files.length === 0) {
  console.error(`no NN.json articles in ${articleDir}`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'claimgraph-eval-'));
const t0 = performance.now();
for (const f of files) {
  const raw = readArticleFile(f, readFileSync(join(articleDir, f), 'utf8'));
  writeFileSync(join(out, f), JSON.stringify(toExtractJson(extractArticle(raw)), null, 2));
}
const ms = performance.now() - t0;
console.log(`extracted ${files.length} articles in ${ms.toFixed(0)} ms -> ${out}`);
const score = join(corpus, 'score.py');
const extra = articleDir !== corpus ? [] : ['--corpus', articleDir];
const report = spawnSync('python3', [score, out, ...extra], { encoding: 'utf8' });
process.stdout.write(report.stdout);
if (report.status !== 0) process.stderr.write(report.stderr);
const json = spawnSync('python3', [score, out, ...extra, '--json'], { encoding: 'utf8' });
process.stdout.write(json.stdout);
if (!keep) rmSync(out, { recursive: true, force: true });
process.exit(report.status ?? 1);
