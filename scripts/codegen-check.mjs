// Fails when src/graphql/*.generated.ts differ from what schema/ + codegen.ts generate now.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';

const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
const outputs = await generate({ ...config, silent: true }, false);
let stale = 0;
for (const o of outputs) {
  let current = '';
  try {
    current = readFileSync(o.filename, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== o.content) {
    stale += 1;
    console.error(`stale: ${o.filename} (run npm run codegen and commit the result)`);
  }
}
if (stale > 0) process.exit(1);
console.log(`codegen: ${outputs.length} generated file(s) up to date`);
