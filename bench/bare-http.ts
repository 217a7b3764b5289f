/**
 * The register bench's baseline, in a process of its own: a bare `node:http` server answering
 * every request with the bytes of one file as JSON — gzipped (once, at start, at zlib's default
 * level, as the API does) to a request that accepts gzip. Prints `READY <url>`.
 *
 *   node --import tsx bench/bare-http.ts FILE
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const file = process.argv[2];
if (!file) throw new Error('usage: bare-http.ts FILE');
const body = readFileSync(file);
const gz = gzipSync(body);
const server = createServer((req, res) => {
  if (req.headers['accept-encoding']?.includes('gzip')) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': gz.length });
    res.end(gz);
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
