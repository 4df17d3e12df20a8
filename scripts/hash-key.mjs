#!/usr/bin/env node
// Prints the sha256 of an API key, for API_KEYS="role:sha256hex[:name],...".
// The key is read from stdin (or the first argument) so it stays out of shell history:
//   printf %s "$KEY" | node scripts/hash-key.mjs            -> 64 hex digits
//   node scripts/hash-key.mjs --new editor cms               -> a fresh key and its API_KEYS entry
import { createHash, randomBytes } from 'node:crypto';

const sha256 = (key) => createHash('sha256').update(key, 'utf8').digest('hex');
const args = process.argv.slice(2);

if (args[0] === '--new') {
  const [, role = 'reader', name] = args;
  if (!['reader', 'editor', 'admin'].includes(role)) {
    process.stderr.write('role must be reader, editor or admin\n');
    process.exit(2);
  }
  if (name !== undefined && !/^[\w.-]+$/.test(name)) {
    process.stderr.write('name may hold letters, digits, _, . and - only\n');
    process.exit(2);
  }
  const key = randomBytes(32).toString('base64url');
  process.stdout.write(`key:      ${key}\nAPI_KEYS: ${role}:${sha256(key)}${name ? `:${name}` : ''}\n`);
} else {
  let key = args[0];
  if (key === undefined) {
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    key = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  if (!key) {
    process.stderr.write('usage: printf %s "$KEY" | node scripts/hash-key.mjs   (or: node scripts/hash-key.mjs --new <role> [name])\n');
    process.exit(2);
  }
  process.stdout.write(`${sha256(key)}\n`);
}
