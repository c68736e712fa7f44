/**
 * The record of every request a browser under test makes, shared by the Chromium and Firefox launchers.
 * The browser-independent net is a local proxy that refuses everything: each browser is told to send all
 * traffic to it, loopback is never proxied, so whatever reaches it was bound for another host, whoever
 * made it (a page, the popup, a worker, the browser itself). Each launcher adds its browser's own
 * request events to the same list.
 */
import { createServer, type Server } from 'node:http';

export interface RecordedRequest {
  url: string;
  /** Who reported it: a page/worker event, a WebSocket, or the catch-all proxy. */
  via: 'page' | 'service-worker' | 'websocket' | 'proxy';
  /** The page or worker that made it, where known. */
  from?: string;
  /**
   * A redirect's next hop that Chromium announced but never sent: a fetch under `redirect: 'manual'`
   * stops at the redirect, yet Chromium still reports a request for the Location and then aborts it
   * (net::ERR_ABORTED, no response; a server at that address logs no hit). Not egress.
   */
  unsent?: boolean;
}

/** Schemes that never reach the network (both browsers' extension, browser and local schemes). */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:', 'resource:']);

/**
 * True when a request stays on this machine: 127.0.0.1 over http(s)/ws(s), or a scheme with no network.
 * @example isLocalRequest('http://127.0.0.1:4000/a.html') // -> true
 * @example isLocalRequest('https://fonts.example.com/x.woff') // -> false
 */
export function isLocalRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && parsed.hostname === '127.0.0.1';
}

export interface RefusingProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A proxy on 127.0.0.1 that answers every request with 403 and records it in `log`: whatever reaches
 * it left loopback. HTTPS and WebSockets arrive as CONNECT, recorded as https://host:port/.
 * @example const proxy = await startRefusingProxy(requests); // then point the browser at 127.0.0.1:proxy.port
 */
export async function startRefusingProxy(log: RecordedRequest[]): Promise<RefusingProxy> {
  const server: Server = createServer((req, res) => {
    log.push({ url: req.url ?? '?', via: 'proxy' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push({ url: `https://${req.url ?? '?'}/`, via: 'proxy' });
    // A browser closed or killed resets its connections: nothing to answer then, and no crash of the run.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy: no address');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
