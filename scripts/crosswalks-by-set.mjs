// Writes, for each criteria set named on the command line, the bundled
// crosswalks that lead from it as one JSON array,
// `<out>/crosswalks.<set>.json` (`[]` for a set with none), so that the
// widget fetches only the crosswalks of the set a draft is on. The files are
// the bundled ones (crates/core/criteria/crosswalk-*.json, the same the core
// embeds as BUNDLED_CROSSWALKS), copied unchanged apart from whitespace.
// Usage: node scripts/crosswalks-by-set.mjs CRITERIA_DIR OUT_DIR SET...
import fs from 'node:fs';
import path from 'node:path';

const [criteria, out, ...sets] = process.argv.slice(2);
if (!criteria || !out || sets.length === 0) {
  console.error('usage: crosswalks-by-set.mjs CRITERIA_DIR OUT_DIR SET...');
  process.exit(2);
}
const crosswalks = fs.readdirSync(criteria)
  .filter((name) => /^crosswalk-.*\.json$/.test(name))
  .sort()
  .map((name) => JSON.parse(fs.readFileSync(path.join(criteria, name), 'utf8')));
for (const set of sets) {
  const from = crosswalks.filter((c) => c.from?.id === set);
  fs.writeFileSync(path.join(out, `crosswalks.${set}.json`), JSON.stringify(from));
}
