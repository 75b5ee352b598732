// Times each reader of src/lib.rs on a file (see run.sh).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [bindings, slice, assessment, rounds] = process.argv.slice(2);
const bench = createRequire(import.meta.url)(bindings);

function time(name, read, text, per = 1) {
  if (!read(text)) throw new Error(`${name} refused the text`);
  for (let i = 0; i < 20; i++) read(text);
  const ms = [];
  for (let i = 0; i < Number(rounds); i++) {
    const start = performance.now();
    read(text);
    ms.push((performance.now() - start) / per);
  }
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(3);
  console.log(`| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB | ${at(0.5)} | ${at(0.9)} |`);
}

console.log('| read | text | median ms | p90 ms |\n| --- | ---: | ---: | ---: |');
for (const [file, kind] of [[slice, 'slice'], [assessment, 'assessment']]) {
  const text = fs.readFileSync(file, 'utf8');
  const label = path.basename(file);
  time(`${label}: serde_json`, bench[`${kind}_serde_json`], text);
  time(`${label}: JSON.parse + serde-wasm-bindgen`, bench[`${kind}_json_parse`], text);
}
// Writing (a draft on every change, an export): parsed once, written in a
// batch of 10 per round, per write.
const text = fs.readFileSync(assessment, 'utf8');
const label = `${path.basename(assessment)}, written`;
time(`${label}: serde_json (pretty)`, (t) => bench.assessment_write_serde_json(t, 10) > 0, text, 10);
time(`${label}: serde-wasm-bindgen + JSON.stringify`, (t) => bench.assessment_write_json_stringify(t, 10) > 0, text, 10);
