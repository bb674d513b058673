// Serves dist/ the way a static host does: /path → /path/index.html, anything else that is
// not a file gets 404.html with status 404; the headers from dist/_headers (public/_headers)
// on every response; gzip or brotli when the browser accepts it. Used by `npm run preview`,
// the browser tests and the benchmark.
// Usage: node scripts/serve.ts [port]
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const rules = parseHeaders(await readFile(join(dist, '_headers'), 'utf8'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt', '.atom']);
const compressed = new Map<string, Buffer>();

function compress(path: string, version: number, body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${version}:${path}`;
  let result = compressed.get(key);
  if (!result) {
    result =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, result);
  }
  return result;
}

async function findFile(pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(dist, safe), join(dist, safe, 'index.html')]) {
    if (!candidate.startsWith(dist) || candidate.endsWith('_headers')) continue;
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = await findFile(pathname).catch(() => undefined);
  const path = file ?? join(dist, '404.html');
  let body: Buffer = await readFile(path);
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ...Object.fromEntries(headersFor(rules, pathname)),
    Vary: 'Accept-Encoding',
  };
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (COMPRESSIBLE.has(extname(path))) {
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    if (encoding) {
      body = compress(path, (await stat(path)).mtimeMs, body, encoding);
      headers['Content-Encoding'] = encoding;
    }
  }
  headers['Content-Length'] = String(body.length);
  response.writeHead(file ? 200 : 404, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving dist/ at http://localhost:${port}/`);
});
