// A tiny static file server for a built site (dist/), for the benchmarks and local end-to-end runs.
// With `gzip`, it compresses text as a static host does (Lighthouse then sees real transfer sizes).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Pagefind's index files (.pagefind, .pf_fragment, .pf_index…) are gzipped already, like images and fonts.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.xml', '.txt', '.wasm']);

/** The file a URL path names inside `root` (index.html for folders), or null. */
export function fileFor(root, urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(full) ? full : null;
}

/**
 * Serves `dir` on `port` (0 = any free port) under the path `base` (a site built with BASE_PATH serves
 * from its sub-path); resolves to the running server and its origin, rejects if the port is taken.
 * `gzip: true` compresses text files for clients that accept it.
 */
export function serve(dir, port = 0, base = '/', { gzip = false } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const file = path.startsWith(base) ? fileFor(root, `/${path.slice(base.length)}`) : null;
    const notFound = join(root, '404.html');
    if (file === null) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file)));
      const body = compressed.get(file);
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'Accept-Encoding' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, 'localhost', () => {
      const address = server.address();
      done({ server, url: `http://localhost:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}

// `node test/bench/static-server.mjs [dir] [port]` serves a build by hand (e.g. for E2E_PORT runs).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { url } = await serve(dir, Number(process.argv[3] ?? 4329));
  console.log(`Serving ${resolve(dir)} at ${url}/`);
}
