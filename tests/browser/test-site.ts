/**
 * The local web both browsers' tests run against: the fixture pages served on 127.0.0.1 (an ephemeral
 * port) and the refusing proxy that records whatever tries to leave it. One per browser session.
 */
import { readPages, PAGES_DIR, type PageInfo } from './fixture-pages';
import { startRefusingProxy, type RecordedRequest } from './request-recorder';
import { startStaticServer, type DynamicRoute, type StaticServer } from './server';

export interface TestSite {
  server: StaticServer;
  pages: PageInfo[];
  /** Every request seen, by the browser's own events and by the proxy, in order. */
  requests: RecordedRequest[];
  /** Where the browser must send all its traffic (loopback is never proxied). */
  proxyPort: number;
  close(): Promise<void>;
}

/**
 * Starts the fixture server (plus `routes`, pages made at serve time) and the refusing proxy.
 * @example const site = await startTestSite(); // site.server.origin -> 'http://127.0.0.1:41234'
 */
export async function startTestSite(routes: Record<string, DynamicRoute> = {}): Promise<TestSite> {
  const pages = readPages();
  const requests: RecordedRequest[] = [];
  const proxy = await startRefusingProxy(requests);
  try {
    const server = await startStaticServer(PAGES_DIR, 0, routes);
    return {
      server,
      pages,
      requests,
      proxyPort: proxy.port,
      close: async () => {
        await server.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await proxy.close();
    throw error;
  }
}
