import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_FILE = /\.(txt|html?|json)$/i;

/** Files and folders (recursively) -> article files, in a stable order. Missing paths are reported, not thrown. */
export function articleFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        const child = join(p, f);
        if (statSync(child).isDirectory() || (ARTICLE_FILE.test(f) && !f.endsWith('.annotation.json'))) walk(child);
      }
    } else files.push(p);
  };
  paths.forEach(walk);
  return { files, missing };
}
