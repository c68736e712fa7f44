/**
 * A static file server for the fixture news pages, bound to 127.0.0.1 on an ephemeral port. Used by the
 * browser tests and by `npm run demo`. It serves files under one root only (no directory listing, no
 * path outside the root) and records every request it answers.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  port: number;
  /** Every request answered: method, path and status, in order. */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** A page made when asked (e.g. too big to commit): served at its exact path, any query ignored. */
export interface DynamicRoute {
  type: string;
  body: () => string | Buffer;
}

/**
 * The file a request path names under root, or undefined when it would leave the root.
 * @example filePath('/srv', '/a/b.html') // -> '/srv/a/b.html'
 * @example filePath('/srv', '/../etc/passwd') // -> undefined
 */
export function filePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const full = normalize(join(base, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

/** Serves `root` on 127.0.0.1 (port 0: the system picks a free one), plus `routes` by exact path. */
export async function startStaticServer(root: string, port = 0, routes: Record<string, DynamicRoute> = {}): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      requests.push({ method: req.method ?? 'GET', path, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const route = Object.hasOwn(routes, path.split('?')[0]!) ? routes[path.split('?')[0]!] : undefined;
    if (route) return send(200, route.body(), route.type);
    const file = filePath(root, path);
    if (!file) return send(403, 'forbidden');
    stat(file)
      .then((s) => (s.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
      .then(
        (body) => send(200, body, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
        () => send(404, 'not found'),
      );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
