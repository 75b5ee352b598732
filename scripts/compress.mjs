// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside every
// text or wasm file under DIR, for servers that send a precompressed
// variant to a browser that accepts it (`napcheck serve` does: tower-http's
// ServeDir with precompressed_br and precompressed_gzip). Node's own zlib,
// so nothing is installed for it.
//   node scripts/compress.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/compress.mjs DIR');
  process.exit(2);
}
const compressible = /\.(wasm|js|mjs|css|html|json|svg)$/;
const files = fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f));
for (const file of files.filter((f) => compressible.test(f) && fs.statSync(f).isFile())) {
  const data = fs.readFileSync(file);
  const brotli = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  fs.writeFileSync(`${file}.br`, brotli);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
}
