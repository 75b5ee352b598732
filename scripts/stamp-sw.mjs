// Names the service worker's cache after the build: writes into DIR/sw.js
// the first 16 hex digits of a SHA-256 over every other file of DIR (path
// and content, sorted; the precompressed .br/.gz variants left out), so a
// new deployment is a new sw.js, which browsers install beside the old one
// (crates/web/static/sw.js); and lists in its `SNIPPETS` the files
// wasm-bindgen wrote under DIR/snippets (the widget's JS imports, whose
// paths carry a hash), so the worker keeps them with the shell, and in its
// `CHUNKS` the widget's chunks (names wasm-split-cli gives), kept on install.
// Run by scripts/build-web before compress.mjs.
//   node scripts/stamp-sw.mjs DIR
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/stamp-sw.mjs DIR');
  process.exit(2);
}
const worker = path.join(dir, 'sw.js');
const files = fs.readdirSync(dir, { recursive: true })
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f) && fs.statSync(path.join(dir, f)).isFile())
  .sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(`${f}\0`).update(fs.readFileSync(path.join(dir, f))).update('\0');
const version = hash.digest('hex').slice(0, 16);
const source = fs.readFileSync(worker, 'utf8');
const snippets = files.filter((f) => f.startsWith('snippets/'));
// The widget's chunks cut by wasm-split-cli (scripts/build-web).
const chunks = files.filter((f) => /^(split|chunk)_[a-z0-9_]+\.wasm$/.test(f));
const stamped = source
  .replace(/^const VERSION = '[^']*';$/m, `const VERSION = '${version}';`)
  .replace(/^const SNIPPETS = \[[^\]]*\];$/m, `const SNIPPETS = ${JSON.stringify(snippets)};`)
  .replace(/^const CHUNKS = \[[^\]]*\];$/m, `const CHUNKS = ${JSON.stringify(chunks)};`);
if (stamped === source && !source.includes(`'${version}'`)) {
  console.error(`${worker}: no "const VERSION = '...';" line to stamp`);
  process.exit(1);
}
fs.writeFileSync(worker, stamped);
console.log(version);
