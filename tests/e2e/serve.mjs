// Starts `napcheck serve` (NAPCHECK_BIN) on a free loopback port for the
// embedding tests, collecting into a fresh directory, and a second server on
// another port for a host page (another origin) with the headers a test
// gives. Both are stopped by `stop()`.
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { root } from './lib.mjs';

export const bin = process.env.NAPCHECK_BIN;
export const dist = process.env.NAPCHECK_DIST ?? path.join(root, 'dist');

/** `napcheck serve --collect <fresh dir> ...args`; resolves to { url, origin, collect, stop }.
 * Options: `addr` (default a free port; a stopped server's address brings it
 * back on the same origin), `collect` (a directory to reuse), `dist`. */
export async function startServe(args = [], options = {}) {
  const collect = options.collect ?? fs.mkdtempSync(path.join(os.tmpdir(), 'napcheck-collect-'));
  const addr = options.addr ?? '127.0.0.1:0';
  const child = spawn(bin, ['serve', '--addr', addr, '--dist', options.dist ?? dist, '--collect', collect, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`napcheck serve exited with ${code}`)));
    lines.once('line', (line) => {
      const found = line.match(/http:\/\/[^\s]+/);
      if (found) resolve(found[0]); else reject(new Error(`no URL in ${line}`));
    });
  });
  lines.on('line', () => {});
  const origin = new URL(url).origin;
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { url, origin, collect, stop };
}

/** A host on another loopback port: `respond(pathname)` gives [content type, body, headers] or null (404). */
export async function startHost(respond) {
  const server = http.createServer((req, res) => {
    const file = respond(new URL(req.url, 'http://x').pathname);
    if (!file) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': file[0], ...(file[2] ?? {}) });
    res.end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}
