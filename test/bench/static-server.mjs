// A tiny static file server for a built site (dist/), for the widget benchmark and local end-to-end runs.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * from its sub-path); resolves to the running server and its origin.
 */
export function serve(dir, port = 0, base = '/') {
  const root = resolve(dir);
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
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
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
